#include <fmt/format.h>

#include <ostream>

#include "cli/commands.h"
#include "cli/evaluated_plan.h"
#include "cli/output_file.h"
#include "evaluate/agenda.h"
#include "evaluate/report.h"
#include "messages/program.h"
#include "present/agenda_report.h"
#include "read/workspace.h"

namespace plancheck {

namespace {

int print_agenda(const CommandOptions& options, Streams streams) {
  std::optional<int> within = parse_within(options.within);
  if (!within)
    return usage_error(streams, say(streams.language, messages::kWithinNotDuration, options.within),
                       say(streams.language, messages::kWithinHint));
  auto evaluated = load_and_evaluate(options, streams);
  if (!evaluated) return kExitInvalid;
  const Plan& plan = evaluated->plan();
  const Workspace& workspace = evaluated->workspace;
  const Evaluation& evaluation = evaluated->evaluation;
  AgendaQuery agenda{*within, evaluated->query.who};
  std::vector<AgendaGroup> groups = select_agenda(evaluation, agenda);
  if (options.format == OutputFormat::json) {
    streams.out << agenda_json(plan, workspace.ledger, evaluation, groups, agenda, workspace.diagnostics, evaluated->languages).dump(2)
                << "\n";
  } else {
    Style style{color_wanted(options.color, streams.out_is_terminal)};
    streams.out << render_text_agenda(plan, evaluation, groups, agenda, style, evaluated->languages.report,
                                      streams.out_columns);
  }
  return kExitOk;
}

}  // namespace

int run_agenda(const CommandOptions& options, Streams streams) {
  return with_output_file(options, streams, [&](Streams to) { return print_agenda(options, to); });
}

}  // namespace plancheck
