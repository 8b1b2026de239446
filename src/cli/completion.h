#pragma once

// Shell completion: the hidden `plancheck complete [--shell bash|zsh] -- WORD…` prints the words
// that may come next on a command line. The commands and options come from the table of commands
// (command_line_spec); the plan's names (people, units, activities, item ids, months) from the plan
// named on the command line being completed, or else the one the command would find. See completions/.

#include <iosfwd>
#include <string>
#include <vector>

#include "messages/message.h"

namespace plancheck {

struct CompletionOption {
  std::vector<std::string> names;    // "--who", "-q": long names first
  std::string description;
  bool takes_value = false;          // false: a flag
  bool repeatable = false;           // may be given more than once (--by, --tag)
  std::vector<std::string> choices;  // the values it accepts, when it names them (--format)
};

struct CompletionPositional {
  std::string name;  // PLAN, DIR, KIND…
  std::vector<std::string> choices;
};

struct CompletionCommand {
  std::string name;
  std::string description;
  std::vector<CompletionOption> options;
  std::vector<CompletionPositional> positionals;
};

// What the command line accepts: the options before any command, and the (visible) commands.
struct CommandLineSpec {
  std::vector<CompletionOption> options;
  std::vector<CompletionCommand> commands;
};

// One possible next word; `description` is shown by zsh.
struct Candidate {
  std::string word;
  std::string description;
};

// What to offer for the last of `words` (the command line after the program's name, the last word
// being the one under the cursor, maybe empty). Either `candidates`, which all start with that
// word, or `files` naming the kind of path the shell should complete itself.
struct Completion {
  std::vector<Candidate> candidates;
  enum class Files { none, any, yaml, directories } files = Files::none;
};

// `home` stands for ~/ in a plan's path on the command line; `plan_when_omitted` is the plan whose
// names are offered when the command line names none (PLANCHECK_PLAN, or the nearest plan.yaml).
Completion complete_command_line(const CommandLineSpec& spec, const std::vector<std::string>& words,
                                 const std::string& home, const std::string& plan_when_omitted = {});

// The command line as the table of commands declares it, with descriptions in `language`.
CommandLineSpec command_line_spec(Language language);

// Prints a completion for `shell` ("bash" or "zsh"): one candidate a line (zsh: `word:description`
// with colons in the word escaped), or one line `::files`, `::yaml` or `::dirs` for paths.
void print_completion(const Completion& completion, const std::string& shell, std::ostream& out);

}  // namespace plancheck
