#include <fmt/format.h>

#include <ostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "evaluate/agenda.h"
#include "evaluate/report.h"
#include "present/agenda_report.h"
#include "read/workspace.h"

namespace plancheck {

namespace {

int print_agenda(const CommandOptions& options, Streams streams) {
  std::optional<int> within = parse_within(options.within);
  if (!within)
    return usage_error(streams, fmt::format("--within '{}' is not a number of days or weeks", options.within),
                       "write it as days or weeks, e.g. --within 14d or --within 2w");
  auto workspace = load_or_report(options, streams);
  if (!workspace) return kExitInvalid;
  const Plan& plan = *workspace->plan;
  Date as_of;
  Query query;
  if (auto failed = read_query(options, plan, streams, as_of, query)) return *failed;
  AgendaQuery agenda{*within, query.who};
  Evaluation evaluation = evaluate(plan, workspace->ledger, as_of);
  std::vector<AgendaGroup> groups = select_agenda(evaluation, agenda);
  if (options.format == OutputFormat::json) {
    streams.out << agenda_json(plan, workspace->ledger, evaluation, groups, agenda, workspace->diagnostics).dump(2)
                << "\n";
  } else {
    Style style{color_wanted(options.color, streams.out_is_terminal)};
    streams.out << render_text_agenda(plan, evaluation, groups, agenda, style, streams.out_columns);
  }
  return kExitOk;
}

}  // namespace

int run_agenda(const CommandOptions& options, Streams streams) {
  return with_output_file(options, streams, [&](Streams to) { return print_agenda(options, to); });
}

}  // namespace plancheck
