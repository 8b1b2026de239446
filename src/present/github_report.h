#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The report as GitHub Actions workflow commands (::error / ::warning / ::notice), which GitHub shows
// as annotations on the file and line they name: one per diagnostic, at its file, line and column;
// then, for check and status, one per row that needs attention, at its rule's line in the plan file —
// ::error for what the policy fails, ::warning for late quotas, ::notice for open ones that do not fail.
void render_github(const Report& report, const RenderOptions& options, std::ostream& out);

// A command's message: % → %25, \r → %0D, \n → %0A.
std::string github_escape_data(std::string_view text);
// A property value (file=…, title=…): as data, and also : → %3A, , → %2C.
std::string github_escape_property(std::string_view text);

}  // namespace plancheck
