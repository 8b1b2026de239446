#pragma once

#include <string>
#include <vector>

#include "cli/context.h"

namespace plancheck {

// The template render uses when none is given.
inline constexpr const char* kDefaultTemplate = "monthly-briefing";

// Where templates named without a folder are looked for, in order: the nearest templates/ folder
// at the plan or above it (a plan repo made by init has one), then the templates installed with
// plancheck (PREFIX/share/plancheck/templates beside PREFIX/bin/plancheck).
std::vector<std::string> template_folders(const std::string& plan_file, const Context& context);

// The template file `--template` names: a file as given, or a name (monthly-briefing, or
// monthly-briefing.md.mustache) in the first of `folders` that has it. Empty when there is none.
std::string find_template(const std::string& given, const std::vector<std::string>& folders);

// The names of the templates in `folders` (monthly-briefing, person-summary), for the hint.
std::vector<std::string> template_names(const std::vector<std::string>& folders);

}  // namespace plancheck
