#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "evaluate/report.h"

namespace plancheck {

// The agenda: of `scope`, what is owed now (overdue and open quotas, whatever their deadline) and
// the quotas whose period starts within `within_days` after `as_of`, grouped by subject. Rows go
// soonest deadline first (overdue ones, oldest first, come before open ones; an open row before
// an upcoming one with the same deadline; then plan order); groups go in the order of their first
// row, so the subject with the most pressing deadline comes first.
std::vector<SubjectRows> select_agenda(const std::vector<const Result*>& scope, Date as_of, int within_days);

// The quotas of `scope` already done (met, or met late) whose deadline is on or after `within_days`
// before `as_of`: what an agenda exported in the last `within_days` may still show as owed, so that
// a calendar can mark it done. Soonest deadline first, then plan order.
std::vector<const Result*> select_recently_done(const std::vector<const Result*>& scope, Date as_of, int within_days);

// A window written as a number of days or weeks: "30d", "2w" → 30, 14. Nothing when it is not
// written that way (or is longer than 100 years).
std::optional<int> parse_within(std::string_view text);

}  // namespace plancheck
