#include "cli/render_command.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/loading.h"
#include "cli/output.h"
#include "cli/program_messages.h"
#include "cli/template_choice.h"
#include "evaluate/briefing.h"
#include "present/briefing.h"
#include "present/diagnostic_printer.h"
#include "present/json_text.h"
#include "present/template.h"
#include "read/template_files.h"
#include "write/word_document.h"

namespace plancheck {

namespace {

// A briefing shows the details of its month's entries and, with --who, of that subject's; the
// rest of a large ledger is only counted.
LoadOptions details_for(const RenderCommandOptions& options, Date today) {
  Date as_of = options.as_of.empty() ? today : parse_date(options.as_of).value_or(today);
  Date month_start = briefing_month(as_of).start;
  LoadOptions load;
  load.keep_details = [month_start, as_of, who = options.who](const Entry& entry) {
    bool in_month = entry.date >= month_start && entry.date <= as_of;
    return in_month || (!who.empty() && std::find(entry.by.begin(), entry.by.end(), who) != entry.by.end());
  };
  return load;
}

bool is_word_file(const std::string& file) {
  std::string extension = std::filesystem::path(file).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == ".docx";
}

// The briefing reports on a month of the plan.
std::optional<int> check_month_in_plan(const Plan& plan, Date as_of, const Context& context) {
  using namespace messages;
  BriefingMonth month = briefing_month(as_of);
  if (month.end >= plan.start && month.start <= plan.end) return std::nullopt;
  Language language = context.language;
  std::string shown = format_date(month.start).substr(0, 7);
  return usage_error(context, say(language, kMonthOutsidePlan, shown, format_date(plan.start), format_date(plan.end)),
                     say(language, kChooseMonthOfPlan, format_date(plan.start).substr(0, 7)));
}

// pandoc works in a folder beside the file (or, for a device or a pipe, in the system's temporary
// folder); the file is refused before pandoc runs when it cannot be written.
int write_word_file(const std::string& file, std::string markdown, Language report_language, const Context& context) {
  OutputDecision decision = choose_output_target(file, *context.inputs_read);
  if (!decision.target) return output_refused(decision.refusal, context);
  std::filesystem::path target(decision.target->path);
  std::error_code unused;
  std::string work_folder = decision.target->kind == OutputTarget::Kind::stream ? std::filesystem::temp_directory_path(unused).string()
                            : target.has_parent_path()                         ? target.parent_path().string()
                                                                               : ".";
  WordRequest request{std::move(markdown), report_language == Language::zh ? "zh-CN" : "en-US", work_folder,
                      split_search_path(context.environment.path)};
  auto made = make_word_document(request);
  if (auto* failure = std::get_if<WordFailure>(&made))
    return usage_error(context, failure->message.in(context.language), failure->hint.in(context.language));
  return write_output_file(file, std::get<std::string>(made), kExitOk, context);
}

int template_not_found(const std::string& name, const std::vector<std::string>& folders, const Context& context) {
  using namespace messages;
  Language language = context.language;
  std::vector<std::string> names = template_names(folders);
  std::string where = folders.empty() ? say(language, kNowhere) : joined(folders, kListSeparator).in(language);
  std::string hint = names.empty() ? say(language, kNoTemplateFolder)
                                   : say(language, kTemplateNotFound.hint, joined(names, kListSeparator).in(language));
  return usage_error(context, say(language, kTemplateNotFound.message, name, where), hint);
}

int template_error(const Diagnostic& error, const Context& context) {
  context.streams.err << format_diagnostics({error}, context.err_style(), context.language);
  return kExitInvalid;
}

}  // namespace

void declare_render(OptionDeclarations<RenderCommandOptions>& options) {
  using namespace messages;
  options.plan(kPlanOption, &RenderCommandOptions::plan_file);
  options.text("--template,-t", kTemplateOption, &RenderCommandOptions::template_file);
  options.text("--month", kMonthOption, &RenderCommandOptions::month);
  options.text("--as-of", kRenderAsOfOption, &RenderCommandOptions::as_of);
  options.text("--issued", kIssuedOption, &RenderCommandOptions::issued);
  options.text("--who", kRenderWhoOption, &RenderCommandOptions::who);
  options.text("--output,-o", kRenderOutputOption, &RenderCommandOptions::output_file);
  options.flag("--context", kContextOption, &RenderCommandOptions::print_context);
  options.flag("--no-charts", kNoChartsOption, &RenderCommandOptions::charts, false);
}

int run_render(const RenderCommandOptions& given, const Context& context) {
  using namespace messages;
  Language language = context.language;
  RenderCommandOptions options = given;
  if (!options.month.empty()) {
    if (!options.as_of.empty()) return usage_error(context, say(language, kMonthAndAsOf));
    // --month YYYY-MM means "as of the month's last day".
    auto month = named_month(options.month);
    if (!month)
      return usage_error(context, say(language, kMonthNotMonth.message, options.month),
                         say(language, kMonthNotMonth.hint));
    options.as_of = format_date(month->end);
  }
  Template loaded;
  if (!options.print_context) {
    std::vector<std::string> folders = template_folders(options.plan_file, context);
    std::string name = options.template_file.empty() ? kDefaultTemplate : options.template_file;
    std::string file = find_template(name, folders);
    if (file.empty()) return template_not_found(name, folders, context);
    auto error = load_template(file, loaded);
    // The template's own file first, then its partials' (load_template).
    if (!loaded.files.empty()) {
      context.record_inputs(InputFile::Role::template_file, {loaded.files.front()});
      context.record_inputs(InputFile::Role::partial, {std::next(loaded.files.begin()), loaded.files.end()});
    }
    if (error) return template_error(*error, context);
  }
  Workspace inputs = load_inputs(options.plan_file, details_for(options, context.environment.today), context);
  if (!inputs.ok()) return kExitInvalid;
  auto checked = check_query({options.as_of, options.who, {}}, *inputs.plan, context);
  if (!checked) return kExitInvalid;
  if (auto refused = check_month_in_plan(*inputs.plan, checked->as_of, context)) return *refused;
  Date issued;
  if (auto failed = read_date_option(options.issued, "--issued", checked->as_of, issued, context)) return *failed;
  Evaluation evaluation = evaluate(*inputs.plan, inputs.ledger, checked->as_of);
  Report report = build_report(ReportKind::status, inputs, evaluation, checked->query);
  BriefingReport briefing = build_briefing(report, issued);
  RenderOptions render_options{context.languages_for(inputs), Style{}, 0};
  bool with_results = options.print_context || loaded.names.count("results");
  auto data = briefing_context(report, briefing, render_options, with_results);
  data["charts"] = options.charts;
  std::string text;
  if (options.print_context) {
    text = json_text(data, 2) + "\n";
  } else {
    std::vector<std::string> fields;
    for (const auto& [field, value] : data.items()) fields.push_back(field);
    Diagnostics warnings = loaded.warnings;
    for (Diagnostic& warning : partials_shadowing(loaded, fields)) warnings.push_back(std::move(warning));
    context.streams.err << format_diagnostics(warnings, context.err_style(), context.language);
    RenderedTemplate rendered = render_template(loaded, data);
    if (rendered.error) return template_error(*rendered.error, context);
    text = std::move(rendered.text);
  }
  if (options.output_file.empty()) {
    context.streams.out << text;
    return kExitOk;
  }
  if (!options.print_context && is_word_file(options.output_file))
    return write_word_file(options.output_file, std::move(text), render_options.languages.report, context);
  return write_output_file(options.output_file, text, kExitOk, context);
}

}  // namespace plancheck
