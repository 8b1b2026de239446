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

namespace {

using namespace plancheck;

const char* kFooter = R"(Examples:
  plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30
  plancheck status plans/fao-2022/plan.yaml --who 陈立新
  plancheck agenda plans/fao-2022/plan.yaml --within 2w --who 刘振华
  plancheck validate plans/fao-2022/plan.yaml

Exit codes: 0 fine, 1 check found gaps (see --fail-on), 2 invalid input or usage.)";

// What runs once the command line is parsed.
using Action = std::function<int(Streams)>;

// --color is accepted before or after the command.
void add_color(CLI::App& command, CommandOptions& options) {
  command.add_option("--color", options.color, "Colour: auto, always or never (auto: only on a terminal, not with NO_COLOR)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ColorMode>{
          {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}}));
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description, const std::string& example,
                      CommandOptions& options, Action& action,
                      std::function<int(const CommandOptions&, Streams)> run) {
  CLI::App* command = app.add_subcommand(name, description);
  command->footer("Example:\n  " + example);
  add_color(*command, options);
  command->callback([&action, &options, run] { action = [&options, run](Streams streams) { return run(options, streams); }; });
  return command;
}

void add_plan_and_format(CLI::App& command, CommandOptions& options) {
  command.add_option("PLAN", options.plan_file, "The plan file (plan.yaml)")->required();
  command
      .add_option("--format", options.format, "Output format: text, json, junit (JUnit XML) or github (Actions annotations)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, OutputFormat>{{"text", OutputFormat::text},
                                                                               {"json", OutputFormat::json},
                                                                               {"junit", OutputFormat::junit},
                                                                               {"github", OutputFormat::github}}));
}

void add_output(CLI::App& command, CommandOptions& options) {
  command.add_option("--output,-o", options.output_file, "Write the report to this file (atomically) instead of stdout");
}

void add_query(CLI::App& command, CommandOptions& options) {
  command.add_option("--as-of", options.as_of, "Report as known on this date (YYYY-MM-DD; default: today)");
  command.add_option("--who", options.who, "Only this person or unit");
  command.add_option("--item", options.item, "Only this plan item (its id)");
}

void add_report_commands(CLI::App& app, CommandOptions& options, Action& action) {
  CLI::App* status = add_command(app, "status", "Every quota: per item, per person or unit, per period",
                                 "plancheck status plans/fao-2022/plan.yaml --as-of 2022-06-30 --item 2", options,
                                 action, run_status);
  add_plan_and_format(*status, options);
  add_query(*status, options);
  add_output(*status, options);

  CLI::App* check = add_command(app, "check", "The gap report: overdue, late and open quotas, most urgent first",
                                "plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30 --fail-on open", options,
                                action, run_check);
  add_plan_and_format(*check, options);
  add_query(*check, options);
  add_output(*check, options);
  check->add_option("--fail-on", options.fail_on, "Exit 1 when there are gaps of this kind: overdue (default), open or never")
      ->transform(CLI::CheckedTransformer(std::map<std::string, FailOn>{
          {"overdue", FailOn::overdue}, {"open", FailOn::open}, {"never", FailOn::never}}));
  check->add_flag("--quiet,-q", options.quiet, "Print only what fails (overdue; open too with --fail-on open), for CI");

  CLI::App* validate = add_command(app, "validate", "Check the plan and every log file; print problems as file:line:col",
                                   "plancheck validate plans/fao-2022/plan.yaml --format json", options, action,
                                   run_validate);
  add_plan_and_format(*validate, options);
  add_output(*validate, options);
  validate->add_flag("--quiet,-q", options.quiet, "Print only problems: nothing when the files are valid");
}

void add_schema_command(CLI::App& app, CommandOptions& options, Action& action) {
  CLI::App* schema = add_command(app, "schema", "Print the JSON Schema of the plan or of a log file (for editors)",
                                 "plancheck schema log > log.schema.json", options, action, run_schema);
  schema->add_option("KIND", options.schema_kind, "plan (default) or log")->check(CLI::IsMember({"plan", "log"}));
  add_output(*schema, options);
}

void add_agenda_command(CLI::App& app, CommandOptions& options, Action& action) {
  CLI::App* agenda = add_command(app, "agenda",
                                 "What each person or unit still owes, soonest deadline first",
                                 "plancheck agenda plans/fao-2022/plan.yaml --as-of 2022-06-30 --within 2w --who 刘振华",
                                 options, action, run_agenda);
  agenda->add_option("PLAN", options.plan_file, "The plan file (plan.yaml)")->required();
  agenda->add_option("--format", options.format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, OutputFormat>{{"text", OutputFormat::text}, {"json", OutputFormat::json}}));
  agenda->add_option("--within", options.within,
                     "Also list quotas whose period starts within this many days or weeks (e.g. 14d, 2w; default 30d)");
  agenda->add_option("--as-of", options.as_of, "Report as known on this date (YYYY-MM-DD; default: today)");
  agenda->add_option("--who", options.who, "Only this person or unit");
  add_output(*agenda, options);
}

void add_render_command(CLI::App& app, CommandOptions& options, Action& action) {
  CLI::App* render = add_command(app, "render", "Write a document (the monthly briefing) from a Mustache template",
                                 "plancheck render plans/fao-2022/plan.yaml --template templates/monthly-briefing.md.mustache "
                                 "--month 2022-06 -o 简报-2022-06.md",
                                 options, action, run_render);
  render->add_option("PLAN", options.plan_file, "The plan file (plan.yaml)")->required();
  render->add_option("--template,-t", options.template_file, "The Mustache template")->check(CLI::ExistingFile);
  render->add_option("--month", options.month, "Report on this month, as of its last day (YYYY-MM)");
  render->add_option("--as-of", options.as_of, "Report as known on this date (default: today); the month is the one it falls in");
  render->add_option("--who", options.who, "Only this person or unit (e.g. with templates/person-summary.md.mustache)");
  render->add_option("--output,-o", options.output_file, "Write to this file (atomically) instead of stdout");
  render->add_flag("--context", options.print_context, "Print the template's data as JSON instead of rendering");
  render->add_flag("!--no-charts", options.charts, "Leave out Mermaid charts (for the Word path: pandoc shows them as code)");
}

void add_log_command(CLI::App& app, CommandOptions& options, LogOptions& log, Action& action) {
  CLI::App* command = add_command(
      app, "log", "Append an entry to the ledger (台账), checked against the plan first",
      "plancheck log plans/fao-2022/plan.yaml --date 2022-06-15 --activity 党课 --by 陈立新 --title 专题党课",
      options, action, [&log](const CommandOptions& common, Streams streams) {
        log.color = common.color;
        return run_log(log, streams);
      });
  command->add_option("PLAN", log.plan_file, "The plan file (plan.yaml)")->required();
  command->add_option("--date", log.date, "When it happened (YYYY-MM-DD; default: today)");
  command->add_option("--activity", log.activity, "What was done: an activity id from the plan")->required();
  command->add_option("--by", log.by, "Who did it: a person or unit; repeat for several")->required()->allow_extra_args(false);
  command->add_option("--title", log.title, "Its title or topic");
  command->add_option("--item", log.item, "The plan item it serves (its id)");
  command->add_option("--place", log.place, "Where");
  command->add_option("--attendees", log.attendees, "A head count (23), or names: repeat, or separate with commas")
      ->allow_extra_args(false);
  command->add_option("--notes", log.notes, "Notes (may span several lines)");
  command->add_option("--evidence", log.evidence, "A file or link as evidence; repeat for several")->allow_extra_args(false);
  command->add_option("--tag", log.tags, "A tag; repeat for several")->allow_extra_args(false);
  command->add_option("--file", log.file, "Append to this log file (default: log/YYYY-MM.yaml beside the plan)");
  command->add_flag("--dry-run", log.dry_run, "Print the entry; write nothing");
  command->add_flag("--force", log.force, "Record it even if its date is outside the plan or it is already in the ledger");
}

void add_init_command(CLI::App& app, CommandOptions& options, InitOptions& init, Action& action) {
  CLI::App* command = add_command(
      app, "init", "Start a plan repo: plan.yaml with examples, log/, templates/, README.md",
      "plancheck init office-2025 --title 2025年机关党建工作要点 --start 2025-01-01 --end 2025-12-31", options, action,
      [&init](const CommandOptions&, Streams streams) { return run_init(init, streams); });
  command->add_option("DIR", init.directory, "The folder to create (it may exist, but must not hold these files)")
      ->required();
  command->add_option("--title", init.title, "The plan's title (default: YYYY年工作要点)");
  command->add_option("--start", init.start, "The plan's first day (YYYY-MM-DD; default: 1 January)");
  command->add_option("--end", init.end, "The plan's last day (YYYY-MM-DD; default: 31 December)");
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
void add_complete_command(CLI::App& app, CompletionRequest& request, Action& action) {
  CLI::App* command = app.add_subcommand("complete", "Print the words that may come next on a command line");
  command->group("");
  command->footer("Example:\n  plancheck complete --shell bash -- check plans/fao-2022/plan.yaml --who ''");
  command->add_option("--shell", request.shell, "bash (one word a line) or zsh (word:description)")
      ->check(CLI::IsMember({"bash", "zsh"}));
  command->add_option("WORDS", request.words, "The command line after `plancheck`, up to the word being completed");
  command->callback([&app, &request, &action] {
    action = [&app, &request](Streams streams) {
      print_completion(complete_command_line(describe_app(std::as_const(app)), request.words), request.shell,
                       streams.out);
      return kExitOk;
    };
  });
}

}  // namespace

int main(int argc, char** argv) {
  CommandOptions options;
  Action action;
  CLI::App app{"plancheck: check an annual work plan's quotas against its ledger (台账)", "plancheck"};
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.footer(kFooter);
  app.require_subcommand(1);
  add_color(app, options);
  add_report_commands(app, options, action);
  add_agenda_command(app, options, action);
  add_render_command(app, options, action);
  add_schema_command(app, options, action);
  LogOptions log_options;
  InitOptions init_options;
  add_log_command(app, options, log_options, action);
  add_init_command(app, options, init_options, action);
  CompletionRequest completion_request;
  add_complete_command(app, completion_request, action);
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
                  language_of_environment(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"))};
  try {
    return action(streams);
  } catch (const std::exception& e) {
    std::cerr << "plancheck: internal error: " << e.what() << "\n";
    return kExitInvalid;
  }
}
