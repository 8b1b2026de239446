// The command line: parses arguments with CLI11 and hands over to the commands.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <utility>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "cli/completion.h"
#include "cli/write_commands.h"
#include "messages/command_line.h"
#include "messages/program.h"
#include "present/text_width.h"
#include "read/suggest.h"

namespace {

using namespace plancheck;

// What runs once the command line is parsed.
using Action = std::function<int(Streams)>;

// Refuses anything but one of `names` ("--lang: fr is not one of {en,zh}").
CLI::Validator one_of(const std::vector<std::string>& names, Language language) {
  std::string listed;
  for (const auto& name : names) listed += (listed.empty() ? "" : ",") + name;
  listed = "{" + listed + "}";
  return CLI::Validator(
      [names, listed, language](std::string& text) -> std::string {
        if (std::find(names.begin(), names.end(), text) != names.end()) return {};
        return say(language, messages::kNotOneOf, text, listed);
      },
      listed);
}

// The same for an option whose value is the name's: turns the name into its value.
template <class Value>
CLI::Validator one_of(const std::map<std::string, Value>& choices, Language language) {
  std::vector<std::string> names;
  for (const auto& [name, value] : choices) names.push_back(name);
  CLI::Validator check = one_of(names, language);
  return CLI::Validator(
      [check, choices](std::string& text) -> std::string {
        std::string problem = check(text);
        if (problem.empty()) text = std::to_string(static_cast<int>(choices.at(text)));
        return problem;
      },
      check.get_description());
}

// --color and --lang are accepted before or after the command.
void add_color_and_language(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("--color", options.color, say(language, messages::kColorOption))
      ->transform(one_of(std::map<std::string, ColorMode>{
          {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}}, language));
  command.add_option("--lang", options.lang, say(language, messages::kLangOption))
      ->transform(one_of(std::map<std::string, Language>{{"zh", Language::zh}, {"en", Language::en}}, language));
}

// CLI11's help, with the option column padded by display width, not bytes, so that the
// descriptions line up after a Chinese label such as 必填.
class DisplayWidthFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    std::string name = "  " + make_option_name(option, is_positional) + make_option_opts(option);
    std::string description = make_option_desc(option);
    if (description.empty()) return name + "\n";
    int column = static_cast<int>(column_width_);
    std::string indent(column_width_, ' ');
    std::string out = display_width(name) >= column ? name + "\n" + indent : pad_right(name, column);
    for (char c : description) out += c == '\n' ? "\n" + indent : std::string(1, c);
    return out + "\n";
  }
};

// CLI11's own words in the help, once: every command shares the app's formatter.
void label_help(CLI::Formatter& formatter, Language language) {
  using namespace messages;
  formatter.label("Usage", say(language, kUsageLabel));
  formatter.label("OPTIONS", say(language, kOptionsLabel));
  formatter.label("SUBCOMMAND", say(language, kCommandLabel));
  formatter.label("SUBCOMMANDS", say(language, kCommandLabel));
  formatter.label("Positionals", say(language, kPositionalsLabel));
  formatter.label("REQUIRED", say(language, kRequiredLabel));
}

// A command's options group and --help flag in `language`. Each command needs its own: CLI11
// makes a command's --help before it copies the app's option defaults.
void speak(CLI::App& command, Language language) {
  command.option_defaults()->group(say(language, messages::kOptionsGroup));
  command.set_help_flag("--help,-h", say(language, messages::kHelpOption));
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description, const std::string& example,
                      CommandOptions& options, Action& action, Language language,
                      std::function<int(const CommandOptions&, Streams)> run) {
  CLI::App* command = app.add_subcommand(name, description);
  command->group(say(language, messages::kCommandsGroup));
  speak(*command, language);
  command->footer(say(language, messages::kExample, example));
  add_color_and_language(*command, options, language);
  command->callback([&action, &options, run] { action = [&options, run](Streams streams) { return run(options, streams); }; });
  return command;
}

void add_plan_and_format(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("PLAN", options.plan_file, say(language, messages::kPlanOption))->required();
  command.add_option("--format", options.format, say(language, messages::kFormatOption))
      ->transform(one_of(std::map<std::string, OutputFormat>{{"text", OutputFormat::text},
                                                                               {"json", OutputFormat::json},
                                                                               {"junit", OutputFormat::junit},
                                                                               {"github", OutputFormat::github}}, language));
}

void add_output(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("--output,-o", options.output_file, say(language, messages::kOutputOption));
}

void add_query(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("--as-of", options.as_of, say(language, messages::kAsOfOption));
  command.add_option("--who", options.who, say(language, messages::kWhoOption));
  command.add_option("--item", options.item, say(language, messages::kItemOption));
}

void add_report_commands(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  using namespace messages;
  CLI::App* status = add_command(app, "status", say(language, kStatusCommand),
                                 "plancheck status plans/fao-2022/plan.yaml --as-of 2022-06-30 --item 2", options,
                                 action, language, run_status);
  add_plan_and_format(*status, options, language);
  add_query(*status, options, language);
  add_output(*status, options, language);

  CLI::App* check = add_command(app, "check", say(language, kCheckCommand),
                                "plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30 --fail-on open", options,
                                action, language, run_check);
  add_plan_and_format(*check, options, language);
  add_query(*check, options, language);
  add_output(*check, options, language);
  check->add_option("--fail-on", options.fail_on, say(language, kFailOnOption))
      ->transform(one_of(std::map<std::string, FailOn>{
          {"overdue", FailOn::overdue}, {"open", FailOn::open}, {"never", FailOn::never}}, language));
  check->add_flag("--quiet,-q", options.quiet, say(language, kCheckQuietOption));

  CLI::App* validate = add_command(app, "validate", say(language, kValidateCommand),
                                   "plancheck validate plans/fao-2022/plan.yaml --format json", options, action,
                                   language, run_validate);
  add_plan_and_format(*validate, options, language);
  add_output(*validate, options, language);
  validate->add_flag("--quiet,-q", options.quiet, say(language, kValidateQuietOption));
}

void add_schema_command(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  CLI::App* schema = add_command(app, "schema", say(language, messages::kSchemaCommand),
                                 "plancheck schema log > log.schema.json", options, action, language, run_schema);
  schema->add_option("KIND", options.schema_kind, say(language, messages::kSchemaKindOption))
      ->check(one_of({"plan", "log"}, language));
  add_output(*schema, options, language);
}

void add_agenda_command(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  using namespace messages;
  CLI::App* agenda = add_command(app, "agenda", say(language, kAgendaCommand),
                                 "plancheck agenda plans/fao-2022/plan.yaml --as-of 2022-06-30 --within 2w --who 刘振华",
                                 options, action, language, run_agenda);
  agenda->add_option("PLAN", options.plan_file, say(language, kPlanOption))->required();
  agenda->add_option("--format", options.format, say(language, kAgendaFormatOption))
      ->transform(one_of(
          std::map<std::string, OutputFormat>{{"text", OutputFormat::text}, {"json", OutputFormat::json}}, language));
  agenda->add_option("--within", options.within, say(language, kWithinOption));
  agenda->add_option("--as-of", options.as_of, say(language, kAsOfOption));
  agenda->add_option("--who", options.who, say(language, kWhoOption));
  add_output(*agenda, options, language);
}

void add_render_command(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  using namespace messages;
  CLI::App* render = add_command(app, "render", say(language, kRenderCommand),
                                 "plancheck render plans/fao-2022/plan.yaml --template templates/monthly-briefing.md.mustache "
                                 "--month 2022-06 -o 简报-2022-06.md",
                                 options, action, language, run_render);
  render->add_option("PLAN", options.plan_file, say(language, kPlanOption))->required();
  render->add_option("--template,-t", options.template_file, say(language, kTemplateOption))->check(CLI::ExistingFile);
  render->add_option("--month", options.month, say(language, kMonthOption));
  render->add_option("--as-of", options.as_of, say(language, kRenderAsOfOption));
  render->add_option("--who", options.who, say(language, kRenderWhoOption));
  render->add_option("--output,-o", options.output_file, say(language, kRenderOutputOption));
  render->add_flag("--context", options.print_context, say(language, kContextOption));
  render->add_flag("!--no-charts", options.charts, say(language, kNoChartsOption));
}

void add_log_command(CLI::App& app, CommandOptions& options, LogOptions& log, Action& action, Language language) {
  using namespace messages;
  CLI::App* command = add_command(
      app, "log", say(language, kLogCommand),
      "plancheck log plans/fao-2022/plan.yaml --date 2022-06-15 --activity 党课 --by 陈立新 --title 专题党课",
      options, action, language, [&log](const CommandOptions& common, Streams streams) {
        log.color = common.color;
        return run_log(log, streams);
      });
  command->add_option("PLAN", log.plan_file, say(language, kPlanOption))->required();
  command->add_option("--date", log.date, say(language, kDateOption));
  command->add_option("--activity", log.activity, say(language, kActivityOption))->required();
  command->add_option("--by", log.by, say(language, kByOption))->required()->allow_extra_args(false);
  command->add_option("--title", log.title, say(language, kTitleOption));
  command->add_option("--item", log.item, say(language, kEntryItemOption));
  command->add_option("--place", log.place, say(language, kPlaceOption));
  command->add_option("--attendees", log.attendees, say(language, kAttendeesOption))->allow_extra_args(false);
  command->add_option("--notes", log.notes, say(language, kNotesOption));
  command->add_option("--evidence", log.evidence, say(language, kEvidenceOption))->allow_extra_args(false);
  command->add_option("--tag", log.tags, say(language, kTagOption))->allow_extra_args(false);
  command->add_option("--file", log.file, say(language, kFileOption));
  command->add_flag("--dry-run", log.dry_run, say(language, kDryRunOption));
  command->add_flag("--force", log.force, say(language, kForceOption));
}

void add_init_command(CLI::App& app, CommandOptions& options, InitOptions& init, Action& action, Language language) {
  using namespace messages;
  CLI::App* command = add_command(
      app, "init", say(language, kInitCommand),
      "plancheck init office-2025 --title 2025年机关党建工作要点 --start 2025-01-01 --end 2025-12-31", options, action,
      language, [&init](const CommandOptions& common, Streams streams) {
        init.language = common.lang;
        return run_init(init, streams);
      });
  command->add_option("DIR", init.directory, say(language, kDirectoryOption))->required();
  command->add_option("--title", init.title, say(language, kPlanTitleOption));
  command->add_option("--start", init.start, say(language, kStartOption));
  command->add_option("--end", init.end, say(language, kEndOption));
}

// The command line as shell completion sees it, walked from the app itself (hidden parts left out).
OptionSpec describe_option(const CLI::Option& option) {
  OptionSpec spec;
  for (const auto& name : option.get_lnames()) spec.names.push_back("--" + name);
  for (const auto& name : option.get_snames()) spec.names.push_back("-" + name);
  spec.description = option.get_description();
  spec.takes_value = option.get_items_expected_max() > 0;
  spec.repeatable = option.get_expected_max() > 1;
  spec.choices = choices_in_type_name(option.get_type_name());
  return spec;
}

CommandSpec describe_command(const CLI::App& command) {
  CommandSpec spec{command.get_name(), command.get_description(), {}, {}};
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_group().empty()) continue;
    if (option->nonpositional())
      spec.options.push_back(describe_option(*option));
    else
      spec.positionals.push_back({option->get_name(true), choices_in_type_name(option->get_type_name())});
  }
  return spec;
}

CommandLineSpec describe_app(const CLI::App& app) {
  CommandLineSpec spec{describe_command(app).options, {}};
  for (const CLI::App* command : app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); }))
    spec.commands.push_back(describe_command(*command));
  return spec;
}

// Shows a choice option's values in --help (and so in the man page) as "{always,auto,never}"
// instead of CLI11's "ENUM:{always,auto,never}" or "TEXT:{bash,zsh}".
void show_choices_plainly(CLI::App& command) {
  for (CLI::Option* option : command.get_options()) {
    std::string type = option->get_type_name();
    std::string shown;
    for (const auto& choice : choices_in_type_name(type)) shown += (shown.empty() ? "" : ",") + choice;
    if (shown.empty()) continue;
    option->option_text("{" + shown + "}");
  }
  for (CLI::App* subcommand : command.get_subcommands([](CLI::App*) { return true; })) show_choices_plainly(*subcommand);
}

struct CompletionRequest {
  std::string shell = "bash";
  std::vector<std::string> words;
};

// Hidden: what completions/plancheck.bash and completions/_plancheck call on each Tab.
void add_complete_command(CLI::App& app, CompletionRequest& request, Action& action, Language language) {
  using namespace messages;
  CLI::App* command = app.add_subcommand("complete", say(language, kCompleteCommand));
  speak(*command, language);
  command->group("");
  command->footer(say(language, kExample, "plancheck complete --shell bash -- check plans/fao-2022/plan.yaml --who ''"));
  command->add_option("--shell", request.shell, say(language, kShellOption))->check(one_of({"bash", "zsh"}, language));
  command->add_option("WORDS", request.words, say(language, kWordsOption));
  command->callback([&app, &request, &action] {
    action = [&app, &request](Streams streams) {
      print_completion(complete_command_line(describe_app(std::as_const(app)), request.words), request.shell,
                       streams.out);
      return kExitOk;
    };
  });
}

// The language of messages and help: --lang if given (looked for before the help is built, in
// whichever form CLI11 accepts), else the locale's.
Language messages_language(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    if (argument == "--") break;
    std::optional<Language> given;
    if (argument == "--lang" && i + 1 < argc) given = parse_language(argv[i + 1]);
    if (argument.starts_with("--lang=")) given = parse_language(argument.substr(7));
    if (given) return *given;
  }
  return language_of_environment(
      {std::getenv("LANGUAGE"), std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG")});
}

// What went wrong on the command line, as "plancheck: error: …" with a pointer to the help of
// the command being used.
std::string command_line_failure(const CLI::App& app, const CLI::Error& error, Language language) {
  using namespace messages;
  // By type: CLI11 names some errors after the command they happened in.
  const Message<std::string_view>& kind = dynamic_cast<const CLI::RequiredError*>(&error)     ? kMissingArgument
                                          : dynamic_cast<const CLI::ExtrasError*>(&error)     ? kExtraArgument
                                          : dynamic_cast<const CLI::ValidationError*>(&error) ? kWrongValue
                                          : dynamic_cast<const CLI::ConversionError*>(&error) ? kWrongValue
                                                                                              : kWrongCommandLine;
  std::string command = "plancheck";
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* sub) { return sub->parsed(); }))
    command += " " + sub->get_name();
  bool no_command = command == "plancheck" && std::string_view(error.what()).starts_with("A subcommand");
  std::string message = say(language, kind, error.what());
  std::string hint = say(language, kSeeHelp, command);
  if (no_command) {
    std::vector<std::string> words = app.remaining();
    bool named = !words.empty() && !words.front().starts_with("-");
    message = named ? say(language, kUnknownCommand, words.front()) : say(language, kMissingCommand);
    std::vector<std::string> commands;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); }))
      commands.push_back(sub->get_name());
    Text suggestion = named ? did_you_mean(words.front(), commands) : Text{};
    if (!suggestion.empty()) hint = suggestion.in(language);
  }
  return usage_error_text(language, message, hint);
}

}  // namespace

int main(int argc, char** argv) {
  Language language = messages_language(argc, argv);
  CommandOptions options;
  Action action;
  CLI::App app{say(language, messages::kAppDescription), "plancheck"};
  auto formatter = std::make_shared<DisplayWidthFormatter>();
  label_help(*formatter, language);
  app.formatter(formatter);
  speak(app, language);
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION, say(language, messages::kVersionOption));
  app.footer(say(language, messages::kAppFooter));
  app.require_subcommand(1);
  app.failure_message([language](const CLI::App* failed, const CLI::Error& error) {
    return command_line_failure(*failed, error, language);
  });
  add_color_and_language(app, options, language);
  add_report_commands(app, options, action, language);
  add_agenda_command(app, options, action, language);
  add_render_command(app, options, action, language);
  add_schema_command(app, options, action, language);
  LogOptions log_options;
  InitOptions init_options;
  add_log_command(app, options, log_options, action, language);
  add_init_command(app, options, init_options, action, language);
  CompletionRequest completion_request;
  add_complete_command(app, completion_request, action, language);
  show_choices_plainly(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitInvalid;
  }

  bool out_is_terminal = isatty(STDOUT_FILENO) == 1;
  Streams streams{std::cout, std::cerr, out_is_terminal, isatty(STDERR_FILENO) == 1, report_columns(out_is_terminal),
                  language};
  try {
    return action(streams);
  } catch (const std::exception& e) {
    std::cerr << "plancheck: " << say(language, messages::kInternalError, e.what()) << "\n";
    return kExitInvalid;
  }
}
