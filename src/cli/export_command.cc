#include "cli/export_command.h"

#include <ostream>

#include "cli/loading.h"
#include "evaluate/export.h"
#include "cli/command_line_messages.h"
#include "cli/program_messages.h"
#include "messages/spreadsheet.h"
#include "read/log_reader.h"
#include "read/suggest.h"
#include "cli/output.h"
#include "write/output_file.h"

namespace plancheck {

namespace {

// Listed in the order --help shows them.
constexpr Choice<ExportFormat> kExportFormats[] = {{"csv", ExportFormat::csv}, {"xlsx", ExportFormat::xlsx}};

ExportFormat format_of(const ExportOptions& options) {
  if (options.format) return *options.format;
  std::string_view file = options.output_file;
  return file.size() >= 4 && (file.ends_with(".csv") || file.ends_with(".CSV")) ? ExportFormat::csv
                                                                                 : ExportFormat::xlsx;
}

// --from, --to, --who and --activity checked against the plan; a usage error is printed.
std::optional<ExportQuery> check_export_query(const ExportOptions& options, const Plan& plan, const Context& context,
                                              Date& as_of) {
  using namespace messages;
  Language language = context.language;
  ExportQuery query;
  Date from{}, to{};
  if (read_date_option(options.from, "--from", plan.start, from, context)) return std::nullopt;
  if (read_date_option(options.to, "--to", context.environment.today, to, context)) return std::nullopt;
  if (!options.from.empty()) query.from = from;
  if (!options.to.empty()) query.to = to;
  as_of = to;
  if (query.from && query.to && *query.from > *query.to) {
    usage_error(context, say(language, kFromAfterTo, options.from, options.to), say(language, kSwapFromTo));
    return std::nullopt;
  }
  PlanNames names(plan);
  if (!options.who.empty()) {
    if (!names.subject_set.count(options.who)) {
      usage_error(context, say(language, kWhoUnknown, options.who), did_you_mean(options.who, names.subjects).in(language));
      return std::nullopt;
    }
    query.who = options.who;
    query.who_subjects = subjects_within(plan, options.who);
  }
  if (!options.activity.empty()) {
    if (!find_activity(plan, options.activity)) {
      usage_error(context, say(language, kActivityUnknown, options.activity),
                  did_you_mean(options.activity, names.activities).in(language));
      return std::nullopt;
    }
    query.activity = options.activity;
  }
  return query;
}

}  // namespace

void declare_export(OptionDeclarations<ExportOptions>& options) {
  using namespace messages;
  options.positional("PLAN", kPlanOption, &ExportOptions::plan_file);
  options.choice<ExportFormat, 2, std::optional<ExportFormat>>("--format", kExportFormatOption, kExportFormats,
                                                               &ExportOptions::format);
  options.text("--from", kFromOption, &ExportOptions::from);
  options.text("--to", kToOption, &ExportOptions::to);
  options.text("--who", kWhoOption, &ExportOptions::who);
  options.text("--activity", kExportActivityOption, &ExportOptions::activity);
  options.text("--output,-o", kExportOutputOption, &ExportOptions::output_file, true);
}

int run_export(const ExportOptions& options, const Context& context) {
  Workspace inputs = load_inputs(options.plan_file, LoadOptions{}, context);
  if (!inputs.ok()) {
    context.streams.err << "plancheck: " << say(context.language, messages::kPlanHasErrors, options.plan_file) << "\n";
    return kExitInvalid;
  }
  Date as_of{};
  auto query = check_export_query(options, *inputs.plan, context, as_of);
  if (!query) return kExitInvalid;
  Evaluation evaluation = evaluate(*inputs.plan, inputs.ledger, as_of);
  ExportReport report = build_export(inputs, evaluation, *query);
  RenderOptions render_options{context.languages_for(inputs), Style{}, 0};
  ExportFormat format = format_of(options);
  auto refusal = write_output_by_name(
      options.output_file,
      [&](const std::string& temporary) { return render_export(report, format, render_options, temporary); },
      *context.inputs_read);
  if (refusal) return output_refused(*refusal, context);
  std::size_t items = 0;
  for (const auto& section : report.sections) items += section.items.size();
  context.streams.err << "plancheck: " << say(context.language, messages::kWrote, options.output_file) << "\n"
                      << "plancheck: "
                      << say(context.language, messages::kExported, report.entries.size(), report.results.size(), items)
                      << "\n";
  return kExitOk;
}

}  // namespace plancheck
