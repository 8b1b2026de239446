#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"
#include "model/date.h"
#include "model/diagnostic.h"

namespace plancheck {

// log: one entry, checked against the plan, appended to the ledger.
struct LogOptions {
  std::string plan_file;
  std::string date;  // empty: today
  std::string activity;
  std::vector<std::string> by;
  std::string title;
  std::string item;
  std::string place;
  std::vector<std::string> attendees;  // one whole number: a head count; otherwise names
  std::vector<std::string> absent;     // NAME:REASON (or NAME:REASON with a full-width colon, or NAME)
  std::string notes;
  std::vector<std::string> evidence;
  std::vector<std::string> tags;
  std::string for_period;  // empty: the period its date falls in
  std::string hours;       // empty: none
  std::string file;  // empty: the month's file under the plan's first `logs` folder
  std::string replace;  // FILE:LINE: rewrite that entry instead of appending
  bool dry_run = false;
  bool strict = false;  // refuse when any log file has errors, not only the one written
  bool force = false;  // record a date outside the plan (without --for), or an exact repeat
};

// A period as --for takes it, read as the reader reads `for:` (2021, 2022-H1, 2022-Q3, 2022-06):
// its days, or nothing with the problem added to `problems`.
// `what` names the value in the problem (--for, or for: when asked at a prompt).
std::optional<DateSpan> read_for_period(const std::string& text, Diagnostics& problems, std::string_view what = "--for");

void declare_log(OptionDeclarations<LogOptions>& options);
int run_log(const LogOptions& options, const Context& context);

}  // namespace plancheck
