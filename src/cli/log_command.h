#pragma once

#include <string>
#include <vector>

#include "cli/command.h"

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

void declare_log(OptionDeclarations<LogOptions>& options);
int run_log(const LogOptions& options, const Context& context);

}  // namespace plancheck
