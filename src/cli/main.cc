// The command line: parses arguments with CLI11 and hands over to the commands.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>
#include <map>

#include "cli/commands.h"

namespace {

using namespace plancheck;

const char* kFooter = R"(Examples:
  plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30
  plancheck status plans/fao-2022/plan.yaml --who 陈立新
  plancheck validate plans/fao-2022/plan.yaml

Exit codes: 0 fine, 1 check found gaps (see --fail-on), 2 invalid input or usage.)";

void add_plan_and_format(CLI::App& command, CommandOptions& options) {
  command.add_option("PLAN", options.plan_file, "The plan file (plan.yaml)")->required();
  command
      .add_option("--format", options.format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(std::map<std::string, OutputFormat>{{"text", OutputFormat::text},
                                                                               {"json", OutputFormat::json}}));
}

void add_query(CLI::App& command, CommandOptions& options) {
  command.add_option("--as-of", options.as_of, "Report as known on this date (YYYY-MM-DD; default: today)");
  command.add_option("--who", options.who, "Only this person or unit");
  command.add_option("--item", options.item, "Only this plan item (its id)");
}

// --color is accepted before or after the command.
void add_color(CLI::App& command, CommandOptions& options) {
  command.add_option("--color", options.color, "Colour: auto, always or never (auto: only on a terminal, not with NO_COLOR)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ColorMode>{
          {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}}));
}

}  // namespace

int main(int argc, char** argv) {
  CommandOptions options;
  CLI::App app{"plancheck: check an annual work plan's quotas against its ledger (台账)", "plancheck"};
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.footer(kFooter);
  app.require_subcommand(1);
  add_color(app, options);

  CLI::App* status = app.add_subcommand("status", "Every quota: per item, per person or unit, per period");
  add_plan_and_format(*status, options);
  add_query(*status, options);
  status->footer("Example:\n  plancheck status plans/fao-2022/plan.yaml --as-of 2022-06-30 --item 2");

  CLI::App* check = app.add_subcommand("check", "The gap report: overdue, late and open quotas, most urgent first");
  add_plan_and_format(*check, options);
  add_query(*check, options);
  check->add_option("--fail-on", options.fail_on, "Exit 1 when there are gaps of this kind: overdue (default), open or never")
      ->transform(CLI::CheckedTransformer(std::map<std::string, FailOn>{
          {"overdue", FailOn::overdue}, {"open", FailOn::open}, {"never", FailOn::never}}));
  check->footer("Example:\n  plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30 --fail-on open");

  CLI::App* validate = app.add_subcommand("validate", "Check the plan and every log file; print problems as file:line:col");
  add_plan_and_format(*validate, options);
  validate->footer("Example:\n  plancheck validate plans/fao-2022/plan.yaml --format json");

  for (CLI::App* command : {status, check, validate}) add_color(*command, options);

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

  Streams streams{std::cout, std::cerr, isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1};
  try {
    if (status->parsed()) return run_status(options, streams);
    if (check->parsed()) return run_check(options, streams);
    return run_validate(options, streams);
  } catch (const std::exception& e) {
    std::cerr << "plancheck: internal error: " << e.what() << "\n";
    return kExitInvalid;
  }
}
