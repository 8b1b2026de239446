#pragma once

#include <cstdint>

#include "model/plan.h"
#include "read/fields.h"

namespace plancheck {

// The most quota results (periods × subjects, summed over the rules) a plan may ask for, about
// 600 MB of memory: a year's plan with a weekly rule for each of 500 people and monthly ones for
// 2,000 more asks for about 50,000; one spanning the years 0001 to 9999 (a slip) for millions.
inline constexpr std::uint64_t kMaxQuotaResults = 1'000'000;

// How many quota results `plan` asks for at the most: each rule's calendar periods inside its
// window times the people or units it applies to.
std::uint64_t quota_result_bound(const Plan& plan);

// An error at the plan's `end` (under `header`) when the plan asks for more than kMaxQuotaResults,
// so that no report spends the memory first.
void check_plan_size(NodeReader& reader, const YamlNode* header, const Plan& plan);

}  // namespace plancheck
