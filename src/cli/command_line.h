#pragma once

#include <any>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/context.h"

namespace plancheck {

// The command line read: either a command to run with its options, or what to print instead
// (--help, --version, a usage error) and the exit code.
struct ParsedCommandLine {
  const Command* command = nullptr;
  CommonOptions common;
  std::any options;  // the command's own options struct
  // The command's PLAN when the command line gave none: to be found (cli/plan_choice.h) and stored.
  const OptionSpec* plan_to_find = nullptr;

  int exit_code = 0;
  std::string out;  // help and version
  std::string err;  // a usage error: "plancheck: error: …" and a pointer to the command's --help

  bool runs() const { return command != nullptr; }
};

// Reads `arguments` (the words after the program's name) against the table of commands, speaking
// `language` in help and errors, the help wrapped to `help_width` columns. The only user of the
// command-line library.
ParsedCommandLine parse_command_line(const std::vector<std::string>& arguments, Language language,
                                     int help_width = 80);

// "plancheck: error: MESSAGE" and, when given, "  = help: HINT", in `language`: a problem with the
// command line itself (not with the plan's files).
std::string usage_error_text(Language language, const std::string& message, const std::string& hint = {});

}  // namespace plancheck
