#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/evaluated_plan.h"
#include "evaluate/report.h"
#include "messages/program.h"
#include "present/briefing.h"
#include "present/diagnostic_printer.h"
#include "present/template.h"
#include "read/workspace.h"
#include "cli/output_file.h"

namespace plancheck {

namespace {

// --month YYYY-MM means "as of the month's last day".
std::optional<Date> last_day_of(const std::string& month) {
  auto first = parse_date(month + "-01");
  if (!first || month.size() != 7) return std::nullopt;
  return briefing_month(*first).end;
}

// A briefing shows the details of its month's entries and, with --who, of that subject's; the
// rest of a large ledger is only counted.
LoadOptions details_for(const CommandOptions& options) {
  Date as_of = options.as_of.empty() ? today() : parse_date(options.as_of).value_or(today());
  Date month_start = briefing_month(as_of).start;
  LoadOptions load;
  load.keep_details = [month_start, as_of, who = options.who](const Entry& entry) {
    bool in_month = entry.date >= month_start && entry.date <= as_of;
    return in_month || (!who.empty() && std::find(entry.by.begin(), entry.by.end(), who) != entry.by.end());
  };
  return load;
}

}  // namespace

int run_render(const CommandOptions& given, Streams streams) {
  CommandOptions options = given;
  if (options.template_file.empty() && !options.print_context)
    return usage_error(streams, say(streams.language, messages::kTemplateMissing),
                       say(streams.language, messages::kTemplateMissingHint));
  if (!options.month.empty()) {
    if (!options.as_of.empty()) return usage_error(streams, say(streams.language, messages::kMonthAndAsOf));
    auto last = last_day_of(options.month);
    if (!last)
      return usage_error(streams, say(streams.language, messages::kMonthNotMonth, options.month),
                         say(streams.language, messages::kMonthHint));
    options.as_of = format_date(*last);
  }
  Template loaded;
  if (!options.print_context) {
    if (auto error = load_template(options.template_file, loaded)) {
      Style style{color_wanted(options.color, streams.err_is_terminal)};
      streams.err << format_diagnostics({*error}, style, streams.language);
      return kExitInvalid;
    }
  }
  auto evaluated = load_and_evaluate(options, streams, details_for(options));
  if (!evaluated) return kExitInvalid;
  const Plan& plan = evaluated->plan();
  const Workspace& workspace = evaluated->workspace;
  const Evaluation& evaluation = evaluated->evaluation;
  Date as_of = evaluated->as_of;
  const Query& query = evaluated->query;
  bool with_results = options.print_context || loaded.names.count("results");
  auto context = briefing_context(plan, workspace.ledger, evaluation, briefing_month(as_of), query.who,
                                  workspace.diagnostics, evaluated->languages, with_results);
  context["charts"] = options.charts;
  std::string text;
  if (options.print_context) {
    text = context.dump(2) + "\n";
  } else {
    RenderedTemplate rendered = render_template(loaded, context);
    if (rendered.error) {
      Style style{color_wanted(options.color, streams.err_is_terminal)};
      streams.err << format_diagnostics({*rendered.error}, style, streams.language);
      return kExitInvalid;
    }
    text = std::move(rendered.text);
  }
  if (options.output_file.empty()) {
    streams.out << text;
    return kExitOk;
  }
  return write_output_file(options.output_file, text, kExitOk, streams);
}

}  // namespace plancheck
