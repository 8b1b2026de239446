#include "evaluate/agenda.h"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <unordered_map>

namespace plancheck {

namespace {

bool on_agenda(const Result& result, Date as_of, int within_days) {
  switch (result.status) {
    case Status::overdue:
    case Status::open: return true;
    case Status::upcoming: return result.period.start <= as_of + std::chrono::days(within_days);
    default: return false;  // met and late quotas are done
  }
}

// Among rows with the same deadline: what is owed now before what is still to come.
int rank(Status status) { return status == Status::upcoming ? 1 : 0; }

}  // namespace

std::vector<SubjectRows> select_agenda(const std::vector<const Result*>& scope, Date as_of, int within_days) {
  std::vector<const Result*> rows;
  for (const Result* result : scope)
    if (on_agenda(*result, as_of, within_days)) rows.push_back(result);
  // The scope is in plan order, so a stable sort keeps it among equal deadlines.
  std::stable_sort(rows.begin(), rows.end(), [](const Result* a, const Result* b) {
    return std::tuple(a->deadline, rank(a->status)) < std::tuple(b->deadline, rank(b->status));
  });
  std::vector<SubjectRows> groups;
  std::unordered_map<std::string_view, std::size_t> group_of;
  for (const Result* row : rows) {
    auto [found, added] = group_of.try_emplace(row->subject, groups.size());
    if (added) groups.push_back(SubjectRows{row->subject, row->subject_kind, {}, {}});
    groups[found->second].rows.push_back(row);
    groups[found->second].summary.add(row->status);
  }
  return groups;
}

std::vector<const Result*> select_recently_done(const std::vector<const Result*>& scope, Date as_of,
                                                int within_days) {
  std::vector<const Result*> rows;
  Date earliest_deadline = as_of - std::chrono::days(within_days);
  for (const Result* result : scope)
    if ((result->status == Status::met || result->status == Status::late) && result->deadline >= earliest_deadline)
      rows.push_back(result);
  std::stable_sort(rows.begin(), rows.end(), [](const Result* a, const Result* b) { return a->deadline < b->deadline; });
  return rows;
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
