#include "evaluate/agenda.h"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <unordered_map>

namespace plancheck {

namespace {

bool on_agenda(const Result& result, const AgendaQuery& query, Date as_of) {
  if (query.who && result.subject != *query.who) return false;
  switch (result.status) {
    case Status::overdue:
    case Status::open: return true;
    case Status::upcoming: return result.period.start <= as_of + std::chrono::days(query.within_days);
    default: return false;  // met and late quotas are done
  }
}

// Among rows with the same deadline: what is owed now before what is still to come.
int rank(Status status) { return status == Status::upcoming ? 1 : 0; }

}  // namespace

int days_to_deadline(const Result& result, Date as_of) {
  return static_cast<int>((result.period.end - as_of).count());
}

std::vector<AgendaGroup> select_agenda(const Evaluation& evaluation, const AgendaQuery& query) {
  std::vector<const Result*> rows;
  for (const auto& result : evaluation.results)
    if (on_agenda(result, query, evaluation.as_of)) rows.push_back(&result);
  // Results are in plan order, so a stable sort keeps it among equal deadlines.
  std::stable_sort(rows.begin(), rows.end(), [](const Result* a, const Result* b) {
    return std::tuple(a->period.end, rank(a->status)) < std::tuple(b->period.end, rank(b->status));
  });
  std::vector<AgendaGroup> groups;
  std::unordered_map<std::string_view, std::size_t> group_of;
  for (const Result* row : rows) {
    auto [found, added] = group_of.try_emplace(row->subject, groups.size());
    if (added) groups.push_back(AgendaGroup{row->subject, row->subject_kind, {}});
    groups[found->second].rows.push_back(row);
  }
  return groups;
}

std::optional<int> parse_within(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  char unit = static_cast<char>(text.back() | 0x20);  // lower case
  if (unit != 'd' && unit != 'w') return std::nullopt;
  std::string_view digits = text.substr(0, text.size() - 1);
  int count = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (error != std::errc{} || end != digits.data() + digits.size() || count < 0) return std::nullopt;
  if (count > 36525 / (unit == 'w' ? 7 : 1)) return std::nullopt;
  return unit == 'w' ? count * 7 : count;
}

}  // namespace plancheck
