#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"
#include "model/plan.h"

namespace plancheck {

inline constexpr int kPlanFormat = 1;

// Reads and checks a plan file: structure, types, dates and every cross-reference (roles,
// activities, unit kinds, people, units). Returns nothing when the file can't be read as a
// plan at all; otherwise the plan, with any problems added to `diagnostics`.
std::optional<Plan> read_plan(const std::string& file, Diagnostics& diagnostics);

// The same for text already in memory; `file` names it in diagnostics.
std::optional<Plan> read_plan_text(std::string_view text, const std::string& file,
                                   Diagnostics& diagnostics);

}  // namespace plancheck
