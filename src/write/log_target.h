#pragma once

#include <optional>
#include <string>

#include "messages/message.h"
#include "model/date.h"
#include "model/plan.h"

namespace plancheck {

// The log file a new entry goes to, or why the requested one cannot be used.
struct LogTarget {
  std::string file;  // relative to the working directory, like the plan file
  Text error;  // non-empty: `file` is unusable
  Text hint;
};

// With `requested` empty: the plan's first `logs` path, and when that is a folder (or does not
// exist yet and is not named .yaml/.yml), the month's file in it: log/2022-06.yaml.
// With `requested` given: that file, which must be one plancheck reads for this plan (a .yaml or
// .yml file listed in `logs` or inside a folder listed there), else an error says so.
LogTarget choose_log_file(const Plan& plan, Date date, const std::string& requested);

}  // namespace plancheck
