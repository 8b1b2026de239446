#include "cli/export_command.h"

#include <ostream>

#include "cli/ledger_query.h"
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

}  // namespace

void declare_export(OptionDeclarations<ExportOptions>& options) {
  using namespace messages;
  options.plan(kPlanOption, &ExportOptions::plan_file);
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
  auto query = check_ledger_query({options.from, options.to, {}, options.who, options.activity, {}}, *inputs.plan, context);
  if (!query) return kExitInvalid;
  Date as_of = query->to.value_or(context.environment.today);
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
