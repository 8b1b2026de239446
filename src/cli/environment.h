#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "messages/message.h"
#include "model/date.h"

namespace plancheck {

// Everything plancheck takes from its surroundings, read once in main(): nothing else reads an
// environment variable, the clock or the terminal.
struct Environment {
  Date today;                     // the local day (TZ honoured): what "today" means to the office
  LocaleVariables locale;         // LANGUAGE, LC_ALL, LC_MESSAGES, LANG
  bool no_color = false;          // NO_COLOR set to anything but ""
  bool force_color = false;       // CLICOLOR_FORCE set to anything but "" or "0"
  std::optional<int> columns;     // COLUMNS, when a positive number
  bool ci = false;                // CI set: no progress line
  std::string step_summary;       // GITHUB_STEP_SUMMARY: the file a job summary is appended to
  std::string home;               // HOME, for ~/ in completed words
  std::string path;               // PATH: where programs plancheck runs (pandoc) are looked for
  std::string plan_variable;      // PLANCHECK_PLAN: the plan file, when a command is given none
  std::string working_folder;     // where plancheck was started: the nearest plan.yaml is looked for from here
  std::string program_folder;     // the folder of the running program (/usr/bin), for its installed templates
  bool in_is_terminal = false;    // stdin: log may ask for an entry
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  int terminal_columns = 0;       // of stdout, when it is a terminal
};

// The environment of this process, now.
Environment read_environment();

// How wide --help is: COLUMNS when set, else the terminal's width when stdout is one, else 80.
int help_width(const Environment& environment);

// The local day at `now` in the time zone the C library uses (TZ, else the system's).
Date local_day(std::time_t now);

// The language of messages and help: --lang if `arguments` give it (looked for before anything is
// parsed, in whichever form the parser accepts), else the locale's.
Language messages_language(const std::vector<std::string>& arguments, const LocaleVariables& locale);

}  // namespace plancheck
