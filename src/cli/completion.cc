#include "cli/completion.h"

#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/command_line_messages.h"
#include "cli/completion_values.h"

namespace plancheck {

namespace {

// Where the last word stands, after reading the words before it.
struct CommandLinePosition {
  const CompletionCommand* command = nullptr;
  std::vector<std::string> positionals;          // the command's, given so far
  std::vector<const CompletionOption*> given_options;  // each time one is given
  const CompletionOption* awaiting_value = nullptr;    // the last word is this option's value
  bool options_ended = false;                    // after `--`, every word is a positional
  bool unknown_command = false;                  // the words name no command: offer nothing
  std::string home;                              // what ~/ stands for
  std::string plan_when_omitted;                 // the plan a command without PLAN runs on
};

const std::vector<CompletionOption>& options_in_scope(const CommandLineSpec& spec, const CommandLinePosition& position) {
  return position.command ? position.command->options : spec.options;
}

const CompletionOption* find_option(const std::vector<CompletionOption>& options, const std::string& name) {
  for (const auto& option : options)
    if (std::find(option.names.begin(), option.names.end(), name) != option.names.end()) return &option;
  return nullptr;
}

const CompletionCommand* find_command(const CommandLineSpec& spec, const std::string& name) {
  for (const auto& command : spec.commands)
    if (command.name == name) return &command;
  return nullptr;
}

bool looks_like_option(const std::string& word) { return word.size() > 1 && word[0] == '-'; }

void read_word(const CommandLineSpec& spec, const std::string& word, CommandLinePosition& position) {
  if (position.awaiting_value) {
    position.awaiting_value = nullptr;
  } else if (!position.options_ended && word == "--") {
    position.options_ended = true;
  } else if (!position.options_ended && looks_like_option(word)) {
    std::size_t equals = word.find('=');
    const CompletionOption* option = find_option(options_in_scope(spec, position), word.substr(0, equals));
    if (!option) return;
    position.given_options.push_back(option);
    if (option->takes_value && equals == std::string::npos) position.awaiting_value = option;
  } else if (!position.command) {
    position.command = find_command(spec, word);
    position.unknown_command = !position.command;
  } else {
    position.positionals.push_back(word);
  }
}

bool given_already(const CommandLinePosition& position, const CompletionOption& option) {
  return std::find(position.given_options.begin(), position.given_options.end(), &option) !=
         position.given_options.end();
}

// Options whose names start with `prefix`: long names, and short ones only when no long one fits.
Completion complete_option_names(const std::vector<CompletionOption>& options, const CommandLinePosition& position,
                                 const std::string& prefix) {
  Completion long_names, short_names;
  for (const auto& option : options) {
    if (given_already(position, option) && !option.repeatable) continue;
    for (const auto& name : option.names) {
      if (!name.starts_with(prefix)) continue;
      (name.starts_with("--") ? long_names : short_names).candidates.push_back({name, option.description});
    }
  }
  return long_names.candidates.empty() ? short_names : long_names;
}

Completion complete_command_names(const CommandLineSpec& spec, const std::string& prefix) {
  Completion completion;
  for (const auto& command : spec.commands)
    if (command.name.starts_with(prefix)) completion.candidates.push_back({command.name, command.description});
  return completion;
}

// The plan file of the command line: the command's first positional when it is PLAN (the only
// positional, or a .yaml file where more may follow: import [PLAN] SHEET), else the plan the
// command finds when PLAN is left out.
std::string plan_file_of(const CommandLinePosition& position) {
  if (!position.command || position.command->positionals.empty()) return {};
  if (position.command->positionals.front().name != "PLAN") return {};
  if (position.positionals.empty()) return position.plan_when_omitted;
  const std::string& first = position.positionals.front();
  bool named = position.command->positionals.size() == 1 || first.ends_with(".yaml") || first.ends_with(".yml");
  return named ? first : position.plan_when_omitted;
}

Completion complete_positional(const CommandLinePosition& position, const std::string& prefix) {
  Completion completion;
  const auto& wanted = position.command->positionals;
  if (position.positionals.size() >= wanted.size()) return completion;
  const CompletionPositional& next = wanted[position.positionals.size()];
  if (next.name == "PLAN") completion.files = Completion::Files::yaml;
  if (next.name == "DIR") completion.files = Completion::Files::directories;
  for (const auto& choice : next.choices)
    if (choice.starts_with(prefix)) completion.candidates.push_back({choice, {}});
  return completion;
}

Completion complete_option_value(const CompletionOption& option, const CommandLinePosition& position,
                                 const std::string& prefix, const std::string& word_prefix = {}) {
  Completion completion;
  completion.files = files_for_option(option);
  std::vector<Candidate> values;
  if (!option.choices.empty()) {
    for (const auto& choice : option.choices) values.push_back({choice, {}});
  } else {
    values = plan_values_for_option(option, plan_file_of(position), position.home);
  }
  for (const auto& value : values)
    if (value.word.starts_with(prefix)) completion.candidates.push_back({word_prefix + value.word, value.description});
  return completion;
}

Completion complete_last_word(const CommandLineSpec& spec, const CommandLinePosition& position,
                              const std::string& word) {
  if (position.unknown_command) return {};
  if (position.awaiting_value) return complete_option_value(*position.awaiting_value, position, word);
  const auto& options = options_in_scope(spec, position);
  if (!position.options_ended && word.starts_with("-")) {
    std::size_t equals = word.find('=');
    if (equals == std::string::npos) return complete_option_names(options, position, word);
    const CompletionOption* option = find_option(options, word.substr(0, equals));
    if (!option || !option->takes_value) return {};
    return complete_option_value(*option, position, word.substr(equals + 1), word.substr(0, equals + 1));
  }
  if (!position.command) return complete_command_names(spec, word);
  Completion completion = complete_positional(position, word);
  // Nothing more to give but options: offer them on an empty word too.
  if (completion.candidates.empty() && completion.files == Completion::Files::none && word.empty() &&
      !position.options_ended)
    return complete_option_names(options, position, "--");
  return completion;
}

}  // namespace

Completion complete_command_line(const CommandLineSpec& spec, const std::vector<std::string>& words,
                                 const std::string& home, const std::string& plan_when_omitted) {
  CommandLinePosition position;
  position.home = home;
  position.plan_when_omitted = plan_when_omitted;
  if (words.empty()) return complete_command_names(spec, "");
  for (std::size_t i = 0; i + 1 < words.size(); ++i) read_word(spec, words[i], position);
  return complete_last_word(spec, position, words.back());
}

void print_completion(const Completion& completion, const std::string& shell, std::ostream& out) {
  if (completion.candidates.empty()) {
    if (completion.files == Completion::Files::any) out << "::files\n";
    if (completion.files == Completion::Files::yaml) out << "::yaml\n";
    if (completion.files == Completion::Files::directories) out << "::dirs\n";
    return;
  }
  for (const auto& candidate : completion.candidates) {
    if (shell != "zsh") {
      out << candidate.word << "\n";
      continue;
    }
    std::string word;
    for (char c : candidate.word) word += c == ':' ? std::string("\\:") : std::string(1, c);
    out << word;
    if (!candidate.description.empty()) out << ":" << candidate.description;
    out << "\n";
  }
}

CommandLineSpec command_line_spec(Language language) {
  auto option_of = [language](const OptionSpec& spec) {
    return CompletionOption{spec.names, say(language, *spec.help), spec.takes_value(), spec.repeatable(), spec.choices};
  };
  // Every command, and the app, also takes --help; the app --version.
  CompletionOption help{{"--help", "-h"}, say(language, messages::kHelpOption), false, false, {}};
  CommandLineSpec spec;
  spec.options.push_back(help);
  spec.options.push_back({{"--version"}, say(language, messages::kVersionOption), false, false, {}});
  for (const OptionSpec& common : common_option_specs()) spec.options.push_back(option_of(common));
  for (const Command& command : command_table()) {
    if (command.hidden) continue;
    CompletionCommand described{std::string(command.name), say(language, *command.summary), {help}, {}};
    for (const OptionSpec& common : common_option_specs()) described.options.push_back(option_of(common));
    for (const OptionSpec& option : command.options) {
      if (option.positional)
        described.positionals.push_back({option.names.front(), option.choices});
      else
        described.options.push_back(option_of(option));
    }
    spec.commands.push_back(std::move(described));
  }
  return spec;
}

}  // namespace plancheck
