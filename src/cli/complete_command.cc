#include "cli/complete_command.h"

#include "cli/command_line_messages.h"
#include "cli/completion.h"
#include "evaluate/report.h"
#include "read/workspace.h"

namespace plancheck {

namespace {

constexpr Choice<std::string_view> kShells[] = {{"bash", "bash"}, {"zsh", "zsh"}};

}  // namespace

void declare_complete(OptionDeclarations<CompleteOptions>& options) {
  options.choice<std::string_view, 2, std::string>("--shell", messages::kShellOption, kShells, &CompleteOptions::shell);
  options.positionals("WORDS", messages::kWordsOption, &CompleteOptions::words);
}

int run_complete(const CompleteOptions& options, const Context& context) {
  CommandLineSpec spec = command_line_spec(context.language);
  // The plan a command without PLAN would run on (cli/plan_choice.h), found without a word on stderr.
  const Environment& environment = context.environment;
  std::string omitted = environment.plan_variable;
  if (omitted.empty())
    omitted = find_nearest_plan(environment.working_folder, environment.working_folder).value_or("");
  print_completion(complete_command_line(spec, options.words, environment.home, omitted), options.shell,
                   context.streams.out);
  return kExitOk;
}

}  // namespace plancheck
