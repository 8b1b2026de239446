#pragma once

#include <optional>
#include <string>

#include "cli/command_line.h"
#include "cli/context.h"

namespace plancheck {

// The plan a command runs on when its command line named none: PLANCHECK_PLAN, else the nearest
// plan.yaml in the working folder or above. Says on stderr which plan it chose; when there is none,
// says so with a hint and returns nothing.
std::optional<std::string> choose_plan(const Context& context);

// The same search from `folder` (remove FILE:LINE finds the plan above the file).
std::optional<std::string> choose_plan_above(const std::string& folder, const Context& context);

// Fills in the PLAN of `parsed` when it is to be found; returns an exit code when there is none.
std::optional<int> fill_in_plan(ParsedCommandLine& parsed, const Context& context);

}  // namespace plancheck
