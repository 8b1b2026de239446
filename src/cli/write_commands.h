#pragma once

#include <string>
#include <vector>

#include "cli/commands.h"

namespace plancheck {

struct LogOptions {
  std::string plan_file;
  ColorMode color = ColorMode::automatic;
  std::string date;  // empty: today (local time)
  std::string activity;
  std::vector<std::string> by;
  std::string title;
  std::string item;
  std::string place;
  std::vector<std::string> attendees;  // one whole number: a head count; otherwise names
  std::string notes;
  std::vector<std::string> evidence;
  std::vector<std::string> tags;
  std::string file;  // empty: the month's file under the plan's first `logs` folder
  bool dry_run = false;
  bool force = false;  // record a date outside the plan, or an exact repeat
};

struct InitOptions {
  std::string directory;
  std::string title;  // empty: "2025年工作要点"
  std::string start;  // empty: see new_plan_with_defaults
  std::string end;
  std::optional<Language> language;  // --lang: the new plan's `lang`
};

// `plancheck log`: checks the entry against the plan and appends it to the ledger.
int run_log(const LogOptions& options, Streams streams);

// `plancheck init`: creates a new plan repo.
int run_init(const InitOptions& options, Streams streams);

}  // namespace plancheck
