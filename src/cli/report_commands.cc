#include "cli/report_commands.h"

#include <cctype>

#include <cerrno>
#include <fstream>
#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/loading.h"
#include "cli/output.h"
#include "cli/program_messages.h"
#include "evaluate/agenda.h"
#include "messages/system_reason.h"
#include "present/github_summary.h"
#include "present/output_messages.h"

namespace plancheck {

namespace {

// Listed in the order --help shows them.
constexpr Choice<Format> kReportFormats[] = {{"csv", Format::csv},   {"github", Format::github}, {"html", Format::html},
                                             {"json", Format::json}, {"junit", Format::junit},   {"text", Format::text}};
// validate has no page: what it reports is the files' problems.
constexpr Choice<Format> kValidateFormats[] = {{"csv", Format::csv},     {"github", Format::github}, {"json", Format::json},
                                               {"junit", Format::junit}, {"text", Format::text}};
constexpr Choice<Format> kAgendaFormats[] = {
    {"csv", Format::csv}, {"html", Format::html}, {"ics", Format::ics}, {"json", Format::json}, {"text", Format::text}};
constexpr Choice<FailOn> kFailOnChoices[] = {{"never", FailOn::never}, {"open", FailOn::open}, {"overdue", FailOn::overdue}};

// The format asked for, else the one the output file's extension names among `formats` (看板.html,
// 待办.ics, gaps.json, gaps.csv), else text.
template <std::size_t N>
Format format_of(std::optional<Format> given, std::string_view output_file, const Choice<Format> (&formats)[N]) {
  if (given) return *given;
  std::size_t dot = output_file.rfind('.');
  if (dot == std::string_view::npos) return Format::text;
  std::string extension;
  for (char c : output_file.substr(dot + 1)) extension += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == "htm") extension = "html";
  if (extension != "html" && extension != "ics" && extension != "json" && extension != "csv") return Format::text;
  return find_choice(std::span<const Choice<Format>>(formats), extension).value_or(Format::text);
}

template <class Options>
void declare_plan_and_format(OptionDeclarations<Options>& options) {
  options.plan(messages::kPlanOption, &Options::plan_file);
  options.template choice<Format, std::size(kReportFormats), std::optional<Format>>("--format", messages::kFormatOption,
                                                                                  kReportFormats, &Options::format);
}

template <class Options>
void declare_query(OptionDeclarations<Options>& options) {
  options.text("--as-of", messages::kAsOfOption, &Options::as_of);
  options.text("--who", messages::kWhoOption, &Options::who);
  options.text("--item", messages::kItemOption, &Options::item);
}

// Appends the job summary to the file GITHUB_STEP_SUMMARY names; a failure is a warning.
void append_step_summary(const std::string& markdown, const Context& context) {
  const std::string& path = context.environment.step_summary;
  if (path.empty()) return;
  std::ofstream summary(path, std::ios::binary | std::ios::app);
  if (summary) summary << markdown;
  if (!summary)
    context.streams.err << "plancheck: " << say(context.language, messages::kWarning)
                        << say(context.language, messages::kCannotAppendSummary, path, system_reason(errno)) << "\n";
}

// Renders the report on the context's out (and, for --format github, the job summary); returns the
// report's exit code.
int emit(const Report& report, Format format, const Context& context, int remind_days = 3) {
  RenderOptions options{context.languages_for(*report.inputs), context.out_style(), context.streams.out_columns,
                        remind_days};
  render(report, format, options, context.streams.out);
  if (format == Format::github) append_step_summary(render_github_summary(report, options), context);
  return report.exit_code();
}

struct QuotaRequest {
  ReportKind kind;
  const std::string& plan_file;
  Format format;
  QueryRequest query;
  int within_days = 0;
  int remind_days = 3;  // agenda --format ics
  FailurePolicy policy{};
  bool only_failures = false;
};

// Loads, checks the query, evaluates, builds the report and renders it: check, status and agenda.
int run_quota_report(const QuotaRequest& request, const Context& context) {
  Workspace inputs = load_inputs(request.plan_file, counts_only(), context);
  if (!inputs.ok())
    return emit(inputs_report(request.kind, inputs, request.only_failures), request.format, context,
                request.remind_days);
  auto checked = check_query(request.query, *inputs.plan, context);
  if (!checked) return kExitInvalid;
  checked->query.within_days = request.within_days;
  Evaluation evaluation = evaluate(*inputs.plan, inputs.ledger, checked->as_of);
  Report report =
      build_report(request.kind, inputs, evaluation, checked->query, request.policy, request.only_failures);
  return emit(report, request.format, context, request.remind_days);
}

}  // namespace

void declare_status(OptionDeclarations<StatusOptions>& options) {
  declare_plan_and_format(options);
  declare_query(options);
  options.text("--output,-o", messages::kOutputOption, &StatusOptions::output_file);
}

void declare_check(OptionDeclarations<CheckOptions>& options) {
  declare_plan_and_format(options);
  declare_query(options);
  options.text("--output,-o", messages::kOutputOption, &CheckOptions::output_file);
  options.choice("--fail-on", messages::kFailOnOption, kFailOnChoices, &CheckOptions::fail_on);
  options.flag("--quiet,-q", messages::kCheckQuietOption, &CheckOptions::quiet);
}

void declare_validate(OptionDeclarations<ValidateOptions>& options) {
  options.plan(messages::kPlanOption, &ValidateOptions::plan_file);
  options.choice<Format, std::size(kValidateFormats), std::optional<Format>>("--format", messages::kValidateFormatOption,
                                                                             kValidateFormats, &ValidateOptions::format);
  options.text("--output,-o", messages::kOutputOption, &ValidateOptions::output_file);
  options.flag("--quiet,-q", messages::kValidateQuietOption, &ValidateOptions::quiet);
}

void declare_agenda(OptionDeclarations<AgendaOptions>& options) {
  options.plan(messages::kPlanOption, &AgendaOptions::plan_file);
  options.choice<Format, std::size(kAgendaFormats), std::optional<Format>>("--format", messages::kAgendaFormatOption,
                                                                           kAgendaFormats, &AgendaOptions::format);
  options.text("--within", messages::kWithinOption, &AgendaOptions::within);
  options.text("--remind", messages::kRemindOption, &AgendaOptions::remind);
  options.text("--as-of", messages::kAsOfOption, &AgendaOptions::as_of);
  options.text("--who", messages::kWhoOption, &AgendaOptions::who);
  options.text("--output,-o", messages::kOutputOption, &AgendaOptions::output_file);
}

int run_status(const StatusOptions& options, const Context& context) {
  QuotaRequest request{.kind = ReportKind::status,
                       .plan_file = options.plan_file,
                       .format = format_of(options.format, options.output_file, kReportFormats),
                       .query = {options.as_of, options.who, options.item}};
  return with_output(options.output_file, context, [&](const Context& to) { return run_quota_report(request, to); });
}

int run_check(const CheckOptions& options, const Context& context) {
  QuotaRequest request{.kind = ReportKind::gaps,
                       .plan_file = options.plan_file,
                       .format = format_of(options.format, options.output_file, kReportFormats),
                       .query = {options.as_of, options.who, options.item},
                       .policy = FailurePolicy{options.fail_on},
                       .only_failures = options.quiet};
  return with_output(options.output_file, context, [&](const Context& to) { return run_quota_report(request, to); });
}

int run_agenda(const AgendaOptions& options, const Context& context) {
  std::optional<int> within = parse_within(options.within);
  if (!within)
    return usage_error(context, say(context.language, messages::kWithinNotDuration.message, options.within),
                       say(context.language, messages::kWithinNotDuration.hint));
  std::optional<int> remind = parse_within(options.remind);
  if (!remind)
    return usage_error(context, say(context.language, messages::kRemindNotDuration.message, options.remind),
                       say(context.language, messages::kRemindNotDuration.hint));
  QuotaRequest request{.kind = ReportKind::agenda,
                       .plan_file = options.plan_file,
                       .format = format_of(options.format, options.output_file, kAgendaFormats),
                       .query = {options.as_of, options.who, {}},
                       .within_days = *within,
                       .remind_days = *remind};
  return with_output(options.output_file, context, [&](const Context& to) { return run_quota_report(request, to); });
}

int run_validate(const ValidateOptions& options, const Context& context) {
  return with_output(options.output_file, context, [&](const Context& to) {
    Workspace inputs = load_inputs(options.plan_file, counts_only(), to);
    return emit(inputs_report(ReportKind::validation, inputs, options.quiet),
                format_of(options.format, options.output_file, kValidateFormats), to);
  });
}

}  // namespace plancheck
