#include "evaluate/report.h"

#include <algorithm>
#include <tuple>

#include "evaluate/agenda.h"

namespace plancheck {

namespace {

bool is_gap(Status status) { return status == Status::overdue || status == Status::late || status == Status::open; }

int urgency(Status status) {
  switch (status) {
    case Status::overdue: return 0;
    case Status::late: return 1;
    case Status::open: return 2;
    default: return 3;
  }
}

bool matches(const Result& result, const Query& query) {
  return query.selects(result.subject) && (!query.item || result.item->id == *query.item);
}

std::vector<const Result*> rows_of(const Report& report) {
  std::vector<const Result*> rows;
  switch (report.kind) {
    case ReportKind::status: rows = report.scope; break;
    case ReportKind::gaps: rows = select_gaps(report.scope); break;
    default: break;
  }
  if (report.only_failures)
    std::erase_if(rows, [&report](const Result* row) { return !report.policy.fails(*row); });
  return rows;
}

}  // namespace

Summary summarize(const std::vector<const Result*>& results) {
  Summary summary;
  for (const Result* result : results) summary.add(result->status);
  return summary;
}

Summary summarize(const Evaluation& evaluation) {
  Summary summary;
  for (const auto& result : evaluation.results) summary.add(result.status);
  return summary;
}

std::vector<const Result*> select_scope(const Evaluation& evaluation, const Query& query) {
  std::vector<const Result*> scope;
  for (const auto& result : evaluation.results)
    if (matches(result, query)) scope.push_back(&result);
  return scope;
}

std::vector<const Result*> select_gaps(const std::vector<const Result*>& scope) {
  // The scope is in plan order, so items are already grouped; number the groups to keep them.
  std::vector<std::pair<int, const Result*>> grouped;
  int group = -1;
  const Item* previous = nullptr;
  for (const Result* result : scope) {
    if (result->item != previous) ++group;
    previous = result->item;
    if (is_gap(result->status)) grouped.emplace_back(group, result);
  }
  std::stable_sort(grouped.begin(), grouped.end(), [](const auto& a, const auto& b) {
    return std::tuple(a.first, urgency(a.second->status), a.second->days_left) <
           std::tuple(b.first, urgency(b.second->status), b.second->days_left);
  });
  std::vector<const Result*> gaps;
  for (const auto& [index, result] : grouped) gaps.push_back(result);
  return gaps;
}

std::vector<SectionRows> group_by_item(const Plan& plan, const std::vector<const Result*>& rows, bool every_item) {
  std::vector<SectionRows> sections;
  std::size_t next = 0;
  for (const auto& section : plan.sections) {
    SectionRows shown{&section, {}, {}};
    for (const auto& item : section.items) {
      ItemRows item_rows{&item, {}, {}};
      while (next < rows.size() && rows[next]->item == &item) item_rows.rows.push_back(rows[next++]);
      if (item_rows.rows.empty() && !(every_item && item.rules.empty())) continue;
      item_rows.summary = summarize(item_rows.rows);
      for (const Result* row : item_rows.rows) shown.summary.add(row->status);
      shown.items.push_back(std::move(item_rows));
    }
    if (!shown.items.empty()) sections.push_back(std::move(shown));
  }
  return sections;
}

int Report::exit_code() const {
  if (!inputs->ok()) return kExitInvalid;
  if (kind != ReportKind::gaps || policy.fail_on == FailOn::never) return kExitOk;
  bool failed = std::any_of(rows.begin(), rows.end(), [this](const Result* row) { return policy.fails(*row); });
  return failed ? kExitGaps : kExitOk;
}

Report build_report(ReportKind kind, const Workspace& inputs, const Evaluation& evaluation, const Query& query,
                    const FailurePolicy& policy, bool only_failures) {
  Report report;
  report.kind = kind;
  report.inputs = &inputs;
  report.evaluation = &evaluation;
  report.query = query;
  report.policy = policy;
  report.only_failures = only_failures;
  report.scope = select_scope(evaluation, query);
  report.all = summarize(evaluation);
  if (kind == ReportKind::agenda) {
    report.subjects = select_agenda(report.scope, evaluation.as_of, query.within_days);
    for (const auto& subject : report.subjects)
      report.rows.insert(report.rows.end(), subject.rows.begin(), subject.rows.end());
  } else {
    report.rows = rows_of(report);
    report.sections = group_by_item(*inputs.plan, report.rows, report.shows_every_item());
  }
  report.shown = summarize(report.rows);
  return report;
}

Report inputs_report(ReportKind kind, const Workspace& inputs, bool only_failures) {
  Report report;
  report.kind = kind;
  report.inputs = &inputs;
  report.only_failures = only_failures;
  return report;
}

}  // namespace plancheck
