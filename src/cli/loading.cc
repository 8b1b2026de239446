#include "cli/loading.h"

#include <algorithm>
#include <ostream>

#include "cli/command_line.h"
#include "cli/load_progress.h"
#include "cli/program_messages.h"
#include "present/output_messages.h"
#include "present/diagnostic_printer.h"
#include "read/log_reader.h"
#include "read/suggest.h"
#include "read/workspace.h"

namespace plancheck {

LoadOptions counts_only() {
  LoadOptions options;
  options.keep_details = [](const Entry&) { return false; };
  return options;
}

Workspace load_inputs(const std::string& plan_file, const LoadOptions& options, const Context& context) {
  Workspace inputs;
  LoadOptions load = options;
  load.today = context.environment.today;
  if (!context.progress_wanted()) {
    inputs = load_workspace(plan_file, load);
  } else {
    LoadProgress progress(context.streams.err, context.language);
    LoadOptions with_progress = load;
    with_progress.progress = [&progress](std::size_t read, std::size_t total) { progress(read, total); };
    inputs = load_workspace(plan_file, with_progress);
    progress.finish();
  }
  context.record_workspace(inputs);
  print_diagnostics(inputs.diagnostics, context);
  return inputs;
}

std::optional<Workspace> load_for_change(const std::string& plan_file, bool strict, const Context& context) {
  using namespace messages;
  // Without today: other entries dated after it are not this change's business.
  Workspace workspace = load_workspace(plan_file, counts_only());
  context.record_workspace(workspace);
  bool plan_ok = workspace.plan && std::none_of(workspace.diagnostics.begin(), workspace.diagnostics.end(),
                                                [&](const Diagnostic& d) {
                                                  return d.severity == Severity::error && d.file == plan_file;
                                                });
  std::size_t log_errors = 0;
  if (plan_ok && !strict)
    for (Diagnostic& diagnostic : workspace.diagnostics)
      if (diagnostic.severity == Severity::error) diagnostic.severity = Severity::warning, ++log_errors;
  print_diagnostics(workspace.diagnostics, context);
  if (!plan_ok || has_errors(workspace.diagnostics)) {
    context.streams.err << "plancheck: " << say(context.language, kPlanHasErrors, plan_file) << "\n";
    return std::nullopt;
  }
  if (log_errors > 0)
    context.streams.err << "plancheck: " << say(context.language, kWarning) << say(context.language, kOtherLogsHaveErrors, log_errors)
                        << "\n";
  return workspace;
}

void print_diagnostics(const Diagnostics& diagnostics, const Context& context) {
  if (diagnostics.empty()) return;
  context.streams.err << format_diagnostics(diagnostics, context.err_style(), context.language,
                                            context.diagnostics_shown_per_kind());
  context.streams.err << "plancheck: " << count_text(diagnostics, context.language) << "\n";
}

int usage_error(const Context& context, const std::string& message, const std::string& hint) {
  context.streams.err << usage_error_text(context.language, message, hint);
  return kExitInvalid;
}

std::optional<CheckedQuery> check_query(const QueryRequest& request, const Plan& plan, const Context& context) {
  using namespace messages;
  Language language = context.language;
  CheckedQuery checked{context.environment.today, {}};
  if (!request.as_of.empty()) {
    auto parsed = parse_date(request.as_of);
    if (!parsed) {
      usage_error(context, say(language, kAsOfNotDate.message, request.as_of), say(language, kAsOfNotDate.hint));
      return std::nullopt;
    }
    checked.as_of = *parsed;
  }
  PlanNames names(plan);
  if (!request.who.empty()) {
    if (!names.subject_set.count(request.who)) {
      usage_error(context, say(language, kWhoUnknown, request.who), did_you_mean(request.who, names.subjects).in(language));
      return std::nullopt;
    }
    checked.query.who = request.who;
    checked.query.who_subjects = subjects_within(plan, request.who);
  }
  if (!request.item.empty()) {
    if (!names.item_set.count(request.item)) {
      usage_error(context, say(language, kItemUnknown, request.item), did_you_mean(request.item, names.items).in(language));
      return std::nullopt;
    }
    checked.query.item = request.item;
  }
  return checked;
}

std::optional<int> read_date_option(const std::string& text, std::string_view option, Date fallback, Date& date,
                                    const Context& context) {
  date = fallback;
  if (text.empty()) return std::nullopt;
  auto parsed = parse_date(text);
  if (!parsed) {
    auto [message, hint] = why_not_a_date(text, Text::verbatim(std::string(option)));
    return usage_error(context, message.in(context.language), hint.in(context.language));
  }
  date = *parsed;
  return std::nullopt;
}

}  // namespace plancheck
