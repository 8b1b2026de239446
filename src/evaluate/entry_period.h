#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/plan.h"

namespace plancheck {

// The name `for:` gives the calendar period of `frequency` containing `day`: 2022, 2022-H1,
// 2022-Q3, 2022-06; nothing for weeks and `once`, which `for:` cannot name.
std::optional<std::string> period_name_containing(Frequency frequency, Date day);

// What an entry of `activity` by `by`, dated `date`, may be for besides the period its date falls
// in: the period just before it of the first rule (in plan order) that counts the activity for
// one of `by` and whose grace reaches `date` (a 组织生活会 held on 2023-01-16 under `every: year,
// grace: 59` may be for 2022). `current` is the period its date falls in, for that rule.
struct GracePeriod {
  std::string earlier;
  std::string current;
};
std::optional<GracePeriod> grace_period_at(const Plan& plan, std::string_view activity,
                                           const std::vector<std::string>& by, Date date);

}  // namespace plancheck
