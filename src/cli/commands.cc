#include "cli/commands.h"

#include "cli/evaluated_plan.h"

#include <fmt/format.h>

#include <cstdlib>
#include <ostream>

#include "cli/ci_output.h"
#include "cli/load_progress.h"
#include "cli/output_file.h"

#include "evaluate/evaluate.h"
#include "evaluate/report.h"
#include "messages/program.h"
#include "present/diagnostic_printer.h"
#include "present/json_report.h"
#include "present/text_report.h"
#include "read/log_reader.h"
#include "read/suggest.h"
#include "read/workspace.h"

namespace plancheck {

bool color_wanted(ColorMode mode, bool is_terminal) {
  if (mode != ColorMode::automatic) return mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  return is_terminal && !(no_color && *no_color);
}

// A problem with the command line itself (not with the plan's files).
std::string usage_error_text(Language language, const std::string& message, const std::string& hint) {
  std::string text = "plancheck: " + say(language, messages::kError) + message + "\n";
  if (!hint.empty()) text += "  = " + say(language, messages::kHelp) + hint + "\n";
  return text;
}

int usage_error(Streams streams, const std::string& message, const std::string& hint) {
  streams.err << usage_error_text(streams.language, message, hint);
  return kExitInvalid;
}

namespace {

void print_diagnostics(const Diagnostics& diagnostics, const CommandOptions& options, Streams streams) {
  if (diagnostics.empty()) return;
  Style style{color_wanted(options.color, streams.err_is_terminal)};
  streams.err << format_diagnostics(diagnostics, style, streams.language);
  streams.err << "plancheck: " << count_text(diagnostics, streams.language) << "\n";
}

}  // namespace

Languages languages_for(const CommandOptions& options, const Workspace& workspace, Streams streams) {
  Language plan_language = workspace.plan ? workspace.plan->language : Language::zh;
  return {options.lang.value_or(plan_language), streams.language};
}

LoadOptions counts_only() {
  LoadOptions options;
  options.keep_details = [](const Entry&) { return false; };
  return options;
}

std::optional<Workspace> load_or_report(const CommandOptions& options, Streams streams, const LoadOptions& load) {
  Workspace workspace = load_with_progress(options.plan_file, load, streams);
  print_diagnostics(workspace.diagnostics, options, streams);
  if (workspace.ok()) return workspace;
  if (options.format == OutputFormat::json)
    streams.out << nlohmann::ordered_json{{"plancheck", 1}, {"diagnostics", diagnostics_json(workspace.diagnostics, streams.language)}}
                       .dump(2)
                << "\n";
  else if (is_ci_format(options.format))
    print_ci_validation(options, workspace, streams);
  return std::nullopt;
}

// Turns the options' as-of, who and item into a checked query; returns an exit code on error.
std::optional<int> read_query(const CommandOptions& options, const Plan& plan, Streams streams, Date& as_of,
                              Query& query) {
  as_of = today();
  if (!options.as_of.empty()) {
    auto parsed = parse_date(options.as_of);
    if (!parsed)
      return usage_error(streams, say(streams.language, messages::kAsOfNotDate, options.as_of),
                         say(streams.language, messages::kAsOfHint));
    as_of = *parsed;
  }
  PlanNames names(plan);
  if (!options.who.empty()) {
    if (!names.subject_set.count(options.who))
      return usage_error(streams, say(streams.language, messages::kWhoUnknown, options.who),
                         did_you_mean(options.who, names.subjects).in(streams.language));
    query.who = options.who;
  }
  if (!options.item.empty()) {
    if (!names.item_set.count(options.item))
      return usage_error(streams, say(streams.language, messages::kItemUnknown, options.item),
                         did_you_mean(options.item, names.items).in(streams.language));
    query.item = options.item;
  }
  return std::nullopt;
}

std::unique_ptr<EvaluatedPlan> load_and_evaluate(const CommandOptions& options, Streams streams,
                                                 const LoadOptions& load) {
  auto workspace = load_or_report(options, streams, load);
  if (!workspace) return nullptr;
  auto evaluated = std::make_unique<EvaluatedPlan>();
  evaluated->workspace = std::move(*workspace);
  if (read_query(options, evaluated->plan(), streams, evaluated->as_of, evaluated->query)) return nullptr;
  evaluated->evaluation = evaluate(evaluated->plan(), evaluated->ledger(), evaluated->as_of);
  evaluated->languages = languages_for(options, evaluated->workspace, streams);
  return evaluated;
}

namespace {

int run_report(const CommandOptions& options, Streams streams, ReportKind kind) {
  auto evaluated = load_and_evaluate(options, streams);
  if (!evaluated) return kExitInvalid;
  const Plan& plan = evaluated->plan();
  const Workspace& workspace = evaluated->workspace;
  const Evaluation& evaluation = evaluated->evaluation;
  Query query = evaluated->query;
  // A JUnit report lists every quota (met ones pass, upcoming ones are skipped), also for check.
  query.gaps_only = kind == ReportKind::gaps && options.format != OutputFormat::junit;
  auto rows = select_results(evaluation, query);
  FailurePolicy policy = failure_policy(options);
  if (options.quiet) std::erase_if(rows, [&policy](const Result* row) { return !policy.fails(*row); });
  Summary all = summarize(evaluation);
  Summary shown = kind == ReportKind::gaps ? all : summarize(rows);
  if (options.format == OutputFormat::json) {
    write_report_json(streams.out, plan, workspace.ledger, evaluation, rows, shown, workspace.diagnostics,
                      evaluated->languages);
  } else if (is_ci_format(options.format)) {
    print_ci_quota_report(options, workspace, evaluation, rows, kind, all, streams, evaluated->languages);
  } else if (!(options.quiet && rows.empty())) {
    Style style{color_wanted(options.color, streams.out_is_terminal)};
    streams.out << render_text_report(plan, evaluation, rows, kind, all, style, evaluated->languages.report,
                                      streams.out_columns);
  }
  if (kind != ReportKind::gaps) return kExitOk;
  Summary gaps = summarize(rows);
  bool failed = (options.fail_on == FailOn::overdue && gaps.overdue > 0) ||
                (options.fail_on == FailOn::open && (gaps.overdue + gaps.open) > 0);
  return failed ? kExitGaps : kExitOk;
}

int print_validation(const CommandOptions& options, Streams streams) {
  Workspace workspace = load_with_progress(options.plan_file, counts_only(), streams);
  print_diagnostics(workspace.diagnostics, options, streams);
  std::size_t files = workspace.ledger.files.size();
  std::size_t entries = workspace.ledger.entries.size();
  if (options.format == OutputFormat::json) {
    nlohmann::ordered_json files_json = nlohmann::ordered_json::array();
    files_json.push_back(options.plan_file);
    for (const auto& file : workspace.ledger.files) files_json.push_back(file);
    streams.out << nlohmann::ordered_json{{"plancheck", 1},
                                          {"valid", workspace.ok()},
                                          {"files", std::move(files_json)},
                                          {"entries", entries},
                                          {"diagnostics", diagnostics_json(workspace.diagnostics, streams.language)}}
                       .dump(2)
                << "\n";
  } else if (is_ci_format(options.format)) {
    print_ci_validation(options, workspace, streams);
  } else if (workspace.ok() && !options.quiet) {
    using namespace messages;
    Language language = streams.language;
    streams.out << say(language, workspace.diagnostics.empty() ? kValid : kValidWithWarnings, options.plan_file,
                       say(language, kLogFileCount, files), say(language, kEntryCount, entries))
                << "\n";
  }
  return workspace.ok() ? kExitOk : kExitInvalid;
}

}  // namespace

int run_status(const CommandOptions& options, Streams streams) {
  return with_output_file(options, streams, [&](Streams to) { return run_report(options, to, ReportKind::status); });
}

int run_check(const CommandOptions& options, Streams streams) {
  return with_output_file(options, streams, [&](Streams to) { return run_report(options, to, ReportKind::gaps); });
}

int run_validate(const CommandOptions& options, Streams streams) {
  return with_output_file(options, streams, [&](Streams to) { return print_validation(options, to); });
}

}  // namespace plancheck
