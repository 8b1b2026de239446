#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "evaluate/evaluate.h"
#include "model/diagnostic.h"
#include "model/plan.h"
#include "present/failure_policy.h"

namespace plancheck {

// GitHub Actions workflow commands (::error / ::warning / ::notice), which GitHub shows as
// annotations on the file and line they name.

// A command's message: % → %25, \r → %0D, \n → %0A.
std::string github_escape_data(std::string_view text);
// A property value (file=…, title=…): as data, and also : → %3A, , → %2C.
std::string github_escape_property(std::string_view text);

// One command per diagnostic, at its file, line and column: ::error or ::warning.
std::string github_diagnostic_commands(const Diagnostics& diagnostics, Language language);

// One command per row that needs attention, at its rule's line in the plan file: ::error for
// what `policy` fails, ::warning for late quotas, ::notice for open ones that do not fail.
std::string github_quota_commands(const Plan& plan, const Evaluation& evaluation, const std::vector<const Result*>& rows,
                                  const FailurePolicy& policy, Language language);

}  // namespace plancheck
