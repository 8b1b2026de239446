#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "evaluate/evaluate.h"

namespace plancheck {

// What `agenda` shows: everything owed now (overdue and open quotas, whatever their deadline)
// and the quotas whose period starts within `within_days` after the as-of date.
struct AgendaQuery {
  int within_days = 30;
  std::optional<std::string> who;  // one subject (person or unit)
};

// One person's or unit's rows, soonest deadline first.
struct AgendaGroup {
  std::string subject;
  SubjectKind subject_kind = SubjectKind::person;
  std::vector<const Result*> rows;
};

// The agenda: results not met (overdue, open, and upcoming ones starting in the window),
// grouped by subject. Rows go soonest deadline first (overdue ones, oldest first, come before
// open ones; an open row before an upcoming one with the same deadline; then plan order);
// groups go in the order of their first row, so the subject with the most pressing deadline
// comes first.
std::vector<AgendaGroup> select_agenda(const Evaluation& evaluation, const AgendaQuery& query);

// Days from `as_of` to the last day of the result's period: 0 on that day, negative once it
// has passed (overdue).
int days_to_deadline(const Result& result, Date as_of);

// A window written as a number of days or weeks: "30d", "2w" → 30, 14. Nothing when it is not
// written that way (or is longer than 100 years).
std::optional<int> parse_within(std::string_view text);

}  // namespace plancheck
