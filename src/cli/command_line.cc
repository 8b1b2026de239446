// The command line, read with CLI11 from the table of commands. CLI11 is used here (and for the
// layout of --help, in cli/help_formatter.cc) and nowhere else.
#include "cli/command_line.h"

#include <CLI/CLI.hpp>

#include <deque>
#include <sstream>

#include "cli/command_line_messages.h"
#include "cli/help_formatter.h"
#include "cli/program_messages.h"
#include "evaluate/report.h"
#include "present/output_messages.h"
#include "read/suggest.h"

namespace plancheck {

namespace {

// A command's options group and --help flag in `language`. Each command needs its own: CLI11
// makes a command's --help before it copies the app's option defaults.
void speak(CLI::App& command, Language language) {
  command.option_defaults()->group(say(language, messages::kOptionsGroup));
  command.set_help_flag("--help,-h", say(language, messages::kHelpOption));
}

// Refuses anything but one of `names` ("--lang: fr is not one of {en,zh}").
CLI::Validator one_of(const std::vector<std::string>& names, const std::string& listed, Language language) {
  return CLI::Validator(
      [names, listed, language](std::string& text) -> std::string {
        if (std::find(names.begin(), names.end(), text) != names.end()) return {};
        return say(language, messages::kNotOneOf, text, listed);
      },
      listed);
}

// An option as the table declares it, bound to where CLI11 puts what it reads.
struct BoundOption {
  const OptionSpec* spec = nullptr;
  CLI::Option* option = nullptr;
  std::string value;
  std::vector<std::string> values;
  bool flag = false;
  // A required positional after an optional PLAN (import [PLAN] SHEET): the parser fills
  // positionals in order, so it is left optional there and a lone word is moved to it after.
  bool after_plan = false;

  // Hands what was given to the command's options, in the spec's own terms.
  void store(std::any& options) const {
    if (option->count() == 0) return;
    switch (spec->arity) {
      case OptionSpec::Arity::flag: spec->store(options, ""); break;
      case OptionSpec::Arity::one: spec->store(options, value); break;
      case OptionSpec::Arity::many:
        for (const auto& each : values)
          if (!spec->splits_lists)
            spec->store(options, each);
          else
            for (const auto& part : split_list(each)) spec->store(options, part);
        break;
    }
  }
};

std::string cli11_name(const OptionSpec& spec) {
  std::string name;
  for (const auto& part : spec.names) name += (name.empty() ? "" : ",") + part;
  // A flag that turns something off (--no-charts) reads as "!" in CLI11's terms.
  return spec.arity == OptionSpec::Arity::flag && spec.names.front().starts_with("--no-") ? "!" + name : name;
}

void bind(CLI::App& app, const OptionSpec& spec, BoundOption& bound, Language language) {
  bound.spec = &spec;
  std::string name = cli11_name(spec);
  std::string help = say(language, *spec.help);
  switch (spec.arity) {
    case OptionSpec::Arity::flag: bound.option = app.add_flag(name, bound.flag, help); break;
    case OptionSpec::Arity::one: bound.option = app.add_option(name, bound.value, help); break;
    case OptionSpec::Arity::many:
      bound.option = app.add_option(name, bound.values, help);
      if (!spec.positional) bound.option->allow_extra_args(false);
      break;
  }
  // After the names in --help, a value's placeholder (--who 值), unless the choices stand there.
  if (spec.takes_value() && !spec.positional) bound.option->option_text(say(language, messages::kValuePlaceholder));
  if (spec.required && !bound.after_plan) bound.option->required();
  if (spec.existing_file) bound.option->check(CLI::ExistingFile);
  if (!spec.choices.empty()) {
    std::string listed;
    for (const auto& choice : spec.choices) listed += (listed.empty() ? "" : ",") + choice;
    listed = "{" + listed + "}";
    bound.option->check(one_of(spec.choices, listed, language));
    bound.option->option_text(listed);
  }
}

// The words after `prefix` in `text`, if it starts so.
std::optional<std::string_view> after(std::string_view text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return std::nullopt;
  return text.substr(prefix.size());
}

// The option a message of the parser's is about: "--item" of "--item: At Most 1 …".
std::string_view option_of(std::string_view text) { return text.substr(0, text.find(": ")); }

// Extra words as they stood on the command line (the parser lists them the other way round).
std::string extras_in_order(std::string_view listed, const std::vector<std::string>& arguments, std::size_t& count) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < listed.size();) {
    std::size_t space = std::min(listed.find(' ', start), listed.size());
    words.push_back(listed.substr(start, space - start));
    start = space + 1;
  }
  std::string ordered;
  count = 0;
  for (const std::string& argument : arguments)
    if (std::find(words.begin(), words.end(), argument) != words.end())
      ordered += (count++ ? " " : "") + argument;
  if (count == 0) count = words.size(), ordered = std::string(listed);
  return ordered;
}

// The parser's message in plancheck's words, and a suggestion when one is likely ("--whom": --who).
std::pair<std::string, Text> reworded(const CLI::App& app, const CLI::Error& error,
                                      const std::vector<std::string>& arguments, Language language) {
  using namespace messages;
  std::string_view what = error.what();
  if (dynamic_cast<const CLI::RequiredError*>(&error) && what.ends_with(" is required"))
    return {say(language, kOptionRequired, what.substr(0, what.size() - 12)), {}};
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    if (what.find(": At Most ") != std::string_view::npos) return {say(language, kOptionOnlyOnce, option_of(what)), {}};
    if (what.ends_with(" missing")) return {say(language, kOptionNeedsValue, option_of(what)), {}};
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    auto listed = after(what, "The following argument was not expected: ");
    if (!listed) listed = after(what, "The following arguments were not expected: ");
    if (listed) {
      std::size_t count = 0;
      std::string extras = extras_in_order(*listed, arguments, count);
      if (extras.starts_with("-")) {
        std::vector<std::string> names;
        for (const CLI::Option* option : app.get_options())
          for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
        std::string option = extras.substr(0, std::min(extras.find('='), extras.find(' ')));
        return {say(language, kUnknownOption, option), did_you_mean(option, names)};
      }
      return {say(language, kUnexpectedArguments, count, extras), {}};
    }
  }
  // A switch given a value it cannot take (--dry-run=maybe): CLI11 reads switches as true or false.
  if (auto converted = after(what, "Could not convert: "); converted && converted->find(" = ") != std::string_view::npos) {
    std::string_view option = converted->substr(0, converted->find(" = "));
    return {say(language, kSwitchTakesNoValue, option, converted->substr(option.size() + 3)), phrase(kWriteSwitchAlone, option)};
  }
  if (auto file = what.find(": File does not exist: "); file != std::string_view::npos)
    return {say(language, kFileDoesNotExist, what.substr(0, file), what.substr(file + 23)), {}};
  bool value = dynamic_cast<const CLI::ValidationError*>(&error) || dynamic_cast<const CLI::ConversionError*>(&error);
  return {say(language, value ? kWrongValue : kWrongCommandLine, what), {}};
}

// What went wrong on the command line, as "plancheck: error: …" with a pointer to the help of
// the command being used.
std::string command_line_failure(const CLI::App& app, const CLI::Error& error,
                                 const std::vector<std::string>& arguments, Language language) {
  using namespace messages;
  std::string command = "plancheck";
  const CLI::App* innermost = &app;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* sub) { return sub->parsed(); })) {
    command += " " + sub->get_name();
    innermost = sub;
  }
  bool no_command = command == "plancheck" && std::string_view(error.what()).starts_with("A subcommand");
  auto [message, suggestion] = reworded(*innermost, error, arguments, language);
  std::string hint = suggestion.empty() ? say(language, kSeeHelp, command) : suggestion.in(language);
  if (no_command) {
    std::vector<std::string> words = app.remaining();
    bool named = !words.empty() && !words.front().starts_with("-");
    message = named ? say(language, kUnknownCommand, words.front()) : say(language, kMissingCommand);
    std::vector<std::string> commands;
    for (const Command& each : command_table())
      if (!each.hidden) commands.emplace_back(each.name);
    Text command_suggestion = named ? did_you_mean(words.front(), commands) : Text{};
    if (!command_suggestion.empty()) hint = command_suggestion.in(language);
  }
  return usage_error_text(language, message, hint);
}

// The app and every command of the table, with their options bound to `bound`.
class CommandLineApp {
 public:
  CommandLineApp(Language language, int help_width)
      : app_{say(language, messages::kAppDescription), "plancheck"}, language_(language) {
    app_.formatter(formatter_ = std::make_shared<HelpFormatter>(help_width, language));
    speak(app_, language);
    app_.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION,
                          say(language, messages::kVersionOption));
    app_.footer(say(language, messages::kAppFooter));
    app_.require_subcommand(1);
    app_.failure_message([this, language](const CLI::App* failed, const CLI::Error& error) {
      return command_line_failure(*failed, error, arguments_, language);
    });
    bind_common(app_, language);
    for (const Command& command : command_table()) add(command, language);
  }

  ParsedCommandLine parse(const std::vector<std::string>& arguments) {
    arguments_ = arguments;
    std::vector<const char*> argv{"plancheck"};
    for (const auto& argument : arguments) argv.push_back(argument.c_str());
    ParsedCommandLine parsed;
    std::ostringstream out, err;
    try {
      app_.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& error) {
      int code = app_.exit(error, out, err);
      bool help_or_version = dynamic_cast<const CLI::CallForHelp*>(&error) ||
                             dynamic_cast<const CLI::CallForAllHelp*>(&error) ||
                             dynamic_cast<const CLI::CallForVersion*>(&error);
      parsed.exit_code = help_or_version ? code : kExitInvalid;
      parsed.out = out.str();
      parsed.err = err.str();
      return parsed;
    }
    std::any common = CommonOptions{};
    for (const auto& bound : common_) bound.store(common);
    parsed.common = std::any_cast<const CommonOptions&>(common);
    for (const auto& [command, sub] : subcommands_) {
      if (!sub->parsed()) continue;
      parsed.command = command;
      parsed.options = command->default_options();
      for (const auto& bound : bound_) {
        if (bound.first != command) continue;
        bound.second.store(parsed.options);
        if (bound.second.spec->plan && bound.second.option->count() == 0) parsed.plan_to_find = bound.second.spec;
      }
      if (!shift_to_required(command, parsed, language_)) return parsed;
    }
    return parsed;
  }

 private:
  // --color and --lang, accepted before or after the command.
  void bind_common(CLI::App& app, Language language) {
    for (const OptionSpec& spec : common_option_specs()) bind(app, spec, common_.emplace_back(), language);
  }

  void add(const Command& command, Language language) {
    CLI::App* sub = app_.add_subcommand(std::string(command.name), say(language, *command.summary));
    sub->group(command.hidden ? "" : say(language, messages::kCommandsGroup));
    speak(*sub, language);
    sub->footer(say(language, messages::kExample, command.example));
    bind_common(*sub, language);
    bool plan_seen = false;
    for (const OptionSpec& spec : command.options) {
      bound_.emplace_back(&command, BoundOption{});
      BoundOption& bound = bound_.back().second;
      bound.after_plan = plan_seen && spec.positional && spec.required;
      bind(*sub, spec, bound, language);
      if (bound.after_plan) formatter_->show_as_required(bound.option);
      plan_seen = plan_seen || spec.plan;
    }
    subcommands_.emplace_back(&command, sub);
  }

  // The one word given to `command` for PLAN and a required positional after it: moved to that
  // positional, PLAN left to find. False (and `parsed` a usage error) when that positional has none.
  bool shift_to_required(const Command* command, ParsedCommandLine& parsed, Language language) {
    const BoundOption* plan = nullptr;
    for (const auto& [owner, bound] : bound_) {
      if (owner != command) continue;
      if (bound.spec->plan) plan = &bound;
      if (!bound.after_plan || bound.option->count() > 0) continue;
      if (plan == nullptr || plan->option->count() == 0) {
        parsed = ParsedCommandLine{};
        parsed.exit_code = kExitInvalid;
        parsed.err = usage_error_text(language, say(language, messages::kOptionRequired, bound.spec->names.front()),
                                      say(language, messages::kSeeHelp, "plancheck " + std::string(command->name)));
        return false;
      }
      bound.spec->store(parsed.options, plan->value);
      parsed.plan_to_find = plan->spec;
    }
    return true;
  }

  CLI::App app_;
  Language language_;
  std::shared_ptr<HelpFormatter> formatter_;
  std::vector<std::string> arguments_;  // of the parse under way
  // Deques: CLI11 keeps pointers to the bound values.
  std::deque<BoundOption> common_;
  std::deque<std::pair<const Command*, BoundOption>> bound_;
  std::vector<std::pair<const Command*, CLI::App*>> subcommands_;
};

}  // namespace

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> parts;
  auto add = [&parts](std::string_view part) {
    std::size_t first = part.find_first_not_of(" \t"), last = part.find_last_not_of(" \t");
    if (first != std::string_view::npos) parts.emplace_back(part.substr(first, last - first + 1));
  };
  while (!text.empty()) {
    std::size_t end = text.size(), skip = 0;
    for (std::string_view separator : {",", "，", "、"}) {
      std::size_t at = text.find(separator);
      if (at < end) end = at, skip = separator.size();
    }
    add(text.substr(0, end));
    text.remove_prefix(std::min(text.size(), end + skip));
  }
  return parts;
}

std::string usage_error_text(Language language, const std::string& message, const std::string& hint) {
  std::string text = "plancheck: " + say(language, messages::kError) + message + "\n";
  if (!hint.empty()) text += "  = " + say(language, messages::kHelp) + hint + "\n";
  return text;
}

ParsedCommandLine parse_command_line(const std::vector<std::string>& arguments, Language language, int help_width) {
  CommandLineApp app(language, help_width);
  return app.parse(arguments);
}

}  // namespace plancheck
