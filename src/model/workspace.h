#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

// A plan with its ledger and everything found wrong while reading them.
struct Workspace {
  std::string plan_file;  // as given on the command line
  std::optional<Plan> plan;
  Ledger ledger;
  Diagnostics diagnostics;

  bool ok() const { return plan && !has_errors(diagnostics); }

  // The plan file, then every log file, in reading order.
  std::vector<std::string> files_read() const {
    std::vector<std::string> files{plan_file};
    files.insert(files.end(), ledger.files.begin(), ledger.files.end());
    return files;
  }
};

}  // namespace plancheck
