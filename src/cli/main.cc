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

namespace {

using namespace plancheck;

// Catalogue words in the help's language.
std::string words(const Message<>& message, Language language) { return say(language, message); }

// What runs once the command line is parsed.
using Action = std::function<int(Streams)>;

// Turns one of the names in `choices` into its value; anything else is refused with the list of
// names ("--lang: fr is not one of {en,zh}").
template <class Value>
CLI::Validator one_of(const std::map<std::string, Value>& choices) {
  std::string names;
  for (const auto& [name, value] : choices) names += (names.empty() ? "" : ",") + name;
  names = "{" + names + "}";
  return CLI::Validator(
      [choices, names](std::string& text) -> std::string {
        auto found = choices.find(text);
        if (found == choices.end()) return text + " is not one of " + names;
        text = std::to_string(static_cast<int>(found->second));
        return {};
      },
      names);
}

// --color and --lang are accepted before or after the command.
void add_color_and_language(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("--color", options.color, words(messages::kColorOption, language))
      ->transform(one_of(std::map<std::string, ColorMode>{
          {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}}));
  command.add_option("--lang", options.report_language, words(messages::kLangOption, language))
      ->transform(one_of(std::map<std::string, Language>{{"zh", Language::zh}, {"en", Language::en}}));
}

// CLI11's help, with the option column padded by display width, not bytes, so that the
// descriptions line up after a Chinese label such as 必填.
class DisplayWidthFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    std::string name = "  " + make_option_name(option, is_positional) + make_option_opts(option);
    std::string description = make_option_desc(option);
    std::string indent(column_width_, ' ');
    int width = display_width(name);
    std::string out = name;
    if (!description.empty()) {
      if (width >= static_cast<int>(column_width_))
        out += "\n" + indent;
      else
        out += std::string(column_width_ - static_cast<std::size_t>(width), ' ');
      for (char c : description) out += c == '\n' ? "\n" + indent : std::string(1, c);
    }
    return out + "\n";
  }
};

// The help's own words (CLI11's labels and the --help flag) in `language`.
void speak(CLI::App& command, Language language) {
  using namespace messages;
  command.option_defaults()->group(words(kOptionsGroup, language));
  command.set_help_flag("--help,-h", words(kHelpOption, language));
  auto formatter = command.get_formatter();
  formatter->label("Usage", words(kUsageLabel, language));
  formatter->label("OPTIONS", words(kOptionsLabel, language));
  formatter->label("SUBCOMMAND", words(kCommandLabel, language));
  formatter->label("SUBCOMMANDS", words(kCommandLabel, language));
  formatter->label("Positionals", words(kPositionalsLabel, language));
  formatter->label("REQUIRED", words(kRequiredLabel, language));
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description, const std::string& example,
                      CommandOptions& options, Action& action, Language language,
                      std::function<int(const CommandOptions&, Streams)> run) {
  CLI::App* command = app.add_subcommand(name, description);
  command->group(words(messages::kCommandsGroup, language));
  speak(*command, language);
  command->footer(say(language, messages::kExample, example));
  add_color_and_language(*command, options, language);
  command->callback([&action, &options, run] { action = [&options, run](Streams streams) { return run(options, streams); }; });
  return command;
}

void add_plan_and_format(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("PLAN", options.plan_file, words(messages::kPlanOption, language))->required();
  command.add_option("--format", options.format, words(messages::kFormatOption, language))
      ->transform(one_of(std::map<std::string, OutputFormat>{{"text", OutputFormat::text},
                                                                               {"json", OutputFormat::json},
                                                                               {"junit", OutputFormat::junit},
                                                                               {"github", OutputFormat::github}}));
}

void add_output(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("--output,-o", options.output_file, words(messages::kOutputOption, language));
}

void add_query(CLI::App& command, CommandOptions& options, Language language) {
  command.add_option("--as-of", options.as_of, words(messages::kAsOfOption, language));
  command.add_option("--who", options.who, words(messages::kWhoOption, language));
  command.add_option("--item", options.item, words(messages::kItemOption, language));
}

void add_report_commands(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  using namespace messages;
  CLI::App* status = add_command(app, "status", words(kStatusCommand, language),
                                 "plancheck status plans/fao-2022/plan.yaml --as-of 2022-06-30 --item 2", options,
                                 action, language, run_status);
  add_plan_and_format(*status, options, language);
  add_query(*status, options, language);
  add_output(*status, options, language);

  CLI::App* check = add_command(app, "check", words(kCheckCommand, language),
                                "plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30 --fail-on open", options,
                                action, language, run_check);
  add_plan_and_format(*check, options, language);
  add_query(*check, options, language);
  add_output(*check, options, language);
  check->add_option("--fail-on", options.fail_on, words(kFailOnOption, language))
      ->transform(one_of(std::map<std::string, FailOn>{
          {"overdue", FailOn::overdue}, {"open", FailOn::open}, {"never", FailOn::never}}));
  check->add_flag("--quiet,-q", options.quiet, words(kCheckQuietOption, language));

  CLI::App* validate = add_command(app, "validate", words(kValidateCommand, language),
                                   "plancheck validate plans/fao-2022/plan.yaml --format json", options, action,
                                   language, run_validate);
  add_plan_and_format(*validate, options, language);
  add_output(*validate, options, language);
  validate->add_flag("--quiet,-q", options.quiet, words(kValidateQuietOption, language));
}

void add_schema_command(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  CLI::App* schema = add_command(app, "schema", words(messages::kSchemaCommand, language),
                                 "plancheck schema log > log.schema.json", options, action, language, run_schema);
  schema->add_option("KIND", options.schema_kind, words(messages::kSchemaKindOption, language))
      ->check(CLI::IsMember({"plan", "log"}));
  add_output(*schema, options, language);
}

void add_agenda_command(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  using namespace messages;
  CLI::App* agenda = add_command(app, "agenda", words(kAgendaCommand, language),
                                 "plancheck agenda plans/fao-2022/plan.yaml --as-of 2022-06-30 --within 2w --who 刘振华",
                                 options, action, language, run_agenda);
  agenda->add_option("PLAN", options.plan_file, words(kPlanOption, language))->required();
  agenda->add_option("--format", options.format, words(kAgendaFormatOption, language))
      ->transform(one_of(
          std::map<std::string, OutputFormat>{{"text", OutputFormat::text}, {"json", OutputFormat::json}}));
  agenda->add_option("--within", options.within, words(kWithinOption, language));
  agenda->add_option("--as-of", options.as_of, words(kAsOfOption, language));
  agenda->add_option("--who", options.who, words(kWhoOption, language));
  add_output(*agenda, options, language);
}

void add_render_command(CLI::App& app, CommandOptions& options, Action& action, Language language) {
  using namespace messages;
  CLI::App* render = add_command(app, "render", words(kRenderCommand, language),
                                 "plancheck render plans/fao-2022/plan.yaml --template templates/monthly-briefing.md.mustache "
                                 "--month 2022-06 -o 简报-2022-06.md",
                                 options, action, language, run_render);
  render->add_option("PLAN", options.plan_file, words(kPlanOption, language))->required();
  render->add_option("--template,-t", options.template_file, words(kTemplateOption, language))->check(CLI::ExistingFile);
  render->add_option("--month", options.month, words(kMonthOption, language));
  render->add_option("--as-of", options.as_of, words(kRenderAsOfOption, language));
  render->add_option("--who", options.who, words(kRenderWhoOption, language));
  render->add_option("--output,-o", options.output_file, words(kRenderOutputOption, language));
  render->add_flag("--context", options.print_context, words(kContextOption, language));
  render->add_flag("!--no-charts", options.charts, words(kNoChartsOption, language));
}

void add_log_command(CLI::App& app, CommandOptions& options, LogOptions& log, Action& action, Language language) {
  using namespace messages;
  CLI::App* command = add_command(
      app, "log", words(kLogCommand, language),
      "plancheck log plans/fao-2022/plan.yaml --date 2022-06-15 --activity 党课 --by 陈立新 --title 专题党课",
      options, action, language, [&log](const CommandOptions& common, Streams streams) {
        log.color = common.color;
        return run_log(log, streams);
      });
  command->add_option("PLAN", log.plan_file, words(kPlanOption, language))->required();
  command->add_option("--date", log.date, words(kDateOption, language));
  command->add_option("--activity", log.activity, words(kActivityOption, language))->required();
  command->add_option("--by", log.by, words(kByOption, language))->required()->allow_extra_args(false);
  command->add_option("--title", log.title, words(kTitleOption, language));
  command->add_option("--item", log.item, words(kEntryItemOption, language));
  command->add_option("--place", log.place, words(kPlaceOption, language));
  command->add_option("--attendees", log.attendees, words(kAttendeesOption, language))->allow_extra_args(false);
  command->add_option("--notes", log.notes, words(kNotesOption, language));
  command->add_option("--evidence", log.evidence, words(kEvidenceOption, language))->allow_extra_args(false);
  command->add_option("--tag", log.tags, words(kTagOption, language))->allow_extra_args(false);
  command->add_option("--file", log.file, words(kFileOption, language));
  command->add_flag("--dry-run", log.dry_run, words(kDryRunOption, language));
  command->add_flag("--force", log.force, words(kForceOption, language));
}

void add_init_command(CLI::App& app, CommandOptions& options, InitOptions& init, Action& action, Language language) {
  using namespace messages;
  CLI::App* command = add_command(
      app, "init", words(kInitCommand, language),
      "plancheck init office-2025 --title 2025年机关党建工作要点 --start 2025-01-01 --end 2025-12-31", options, action,
      language, [&init](const CommandOptions&, Streams streams) { return run_init(init, streams); });
  command->add_option("DIR", init.directory, words(kDirectoryOption, language))->required();
  command->add_option("--title", init.title, words(kPlanTitleOption, language));
  command->add_option("--start", init.start, words(kStartOption, language));
  command->add_option("--end", init.end, words(kEndOption, language));
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
// instead of CLI11's "ENUM:value in {always->1,auto->0,never->2} OR {1,0,2}".
void show_choices_plainly(CLI::App& command) {
  for (CLI::Option* option : command.get_options()) {
    std::string type = option->get_type_name();
    if (!type.starts_with("ENUM:")) continue;
    std::string shown;
    for (const auto& choice : choices_in_type_name(type)) shown += (shown.empty() ? "" : ",") + choice;
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
  CLI::App* command = app.add_subcommand("complete", words(kCompleteCommand, language));
  speak(*command, language);
  command->group("");
  command->footer(say(language, kExample, "plancheck complete --shell bash -- check plans/fao-2022/plan.yaml --who ''"));
  command->add_option("--shell", request.shell, words(kShellOption, language))->check(CLI::IsMember({"bash", "zsh"}));
  command->add_option("WORDS", request.words, words(kWordsOption, language));
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
  return language_of_environment(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

// What went wrong on the command line, as "plancheck: error: …" with a pointer to the help of
// the command being used.
std::string command_line_failure(const CLI::App& app, const CLI::Error& error, Language language) {
  using namespace messages;
  // By type: CLI11 names some errors after the command they happened in.
  const Message<std::string_view>& message = dynamic_cast<const CLI::RequiredError*>(&error)     ? kMissingArgument
                                             : dynamic_cast<const CLI::ExtrasError*>(&error)     ? kExtraArgument
                                             : dynamic_cast<const CLI::ValidationError*>(&error) ? kWrongValue
                                             : dynamic_cast<const CLI::ConversionError*>(&error) ? kWrongValue
                                                                                                 : kWrongCommandLine;
  std::string command = "plancheck";
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* sub) { return sub->parsed(); }))
    command += " " + sub->get_name();
  return "plancheck: " + say(language, kError) + say(language, message, error.what()) + "\n  = " +
         say(language, kHelp) + say(language, kSeeHelp, command) + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  Language language = messages_language(argc, argv);
  CommandOptions options;
  Action action;
  CLI::App app{words(messages::kAppDescription, language), "plancheck"};
  app.formatter(std::make_shared<DisplayWidthFormatter>());
  speak(app, language);
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION, words(messages::kVersionOption, language));
  app.footer(words(messages::kAppFooter, language));
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
