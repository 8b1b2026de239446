#include "evaluate/report.h"

#include <algorithm>
#include <tuple>

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
  return (!query.who || result.subject == *query.who) && (!query.item || result.item->id == *query.item) &&
         (!query.gaps_only || is_gap(result.status));
}

}  // namespace

std::vector<const Result*> select_results(const Evaluation& evaluation, const Query& query) {
  // Results arrive in plan order, so items are already grouped; number the groups to keep them.
  std::vector<std::pair<int, const Result*>> grouped;
  int group = -1;
  const Item* previous = nullptr;
  for (const auto& result : evaluation.results) {
    if (result.item != previous) ++group;
    previous = result.item;
    if (matches(result, query)) grouped.emplace_back(group, &result);
  }
  if (query.gaps_only) {
    std::stable_sort(grouped.begin(), grouped.end(), [](const auto& a, const auto& b) {
      return std::tuple(a.first, urgency(a.second->status), a.second->days_left, a.second->period.end) <
             std::tuple(b.first, urgency(b.second->status), b.second->days_left, b.second->period.end);
    });
  }
  std::vector<const Result*> rows;
  for (const auto& [index, result] : grouped) rows.push_back(result);
  return rows;
}

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

}  // namespace plancheck
