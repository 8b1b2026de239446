// plancheck's entry point: reads the environment once, reads the command line against the table
// of commands (cli/command_table.cc) and runs the command.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "cli/context.h"
#include "cli/environment.h"
#include "cli/plan_choice.h"
#include "cli/program_messages.h"
#include "evaluate/report.h"

int main(int argc, char** argv) {
  using namespace plancheck;
  Environment environment = read_environment();
  std::vector<std::string> arguments(argv + 1, argv + argc);
  Language language = messages_language(arguments, environment.locale);
  ParsedCommandLine parsed = parse_command_line(arguments, language, help_width(environment));
  if (!parsed.runs()) {
    std::cout << parsed.out;
    std::cerr << parsed.err;
    return parsed.exit_code;
  }
  Context context = make_context(environment, parsed.common, language);
  try {
    if (auto failed = fill_in_plan(parsed, context)) return *failed;
    return parsed.command->run(parsed.options, context);
  } catch (const std::exception& e) {
    std::cerr << "plancheck: " << say(language, messages::kInternalError, e.what()) << "\n";
    return kExitInvalid;
  }
}
