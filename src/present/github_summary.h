#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "evaluate/evaluate.h"
#include "model/diagnostic.h"
#include "model/plan.h"

namespace plancheck {

// Markdown for a GitHub Actions job summary (the file named by GITHUB_STEP_SUMMARY).

// The counts, then a table of the rows that need attention (overdue, late, open), then the
// diagnostics. `all` summarises every result.
std::string github_quota_summary(std::string_view run_name, const Plan& plan, const Evaluation& evaluation,
                                 const std::vector<const Result*>& rows, const Summary& all,
                                 const Diagnostics& diagnostics, Languages languages);

// Valid or not, how much was read, and a table of the diagnostics.
std::string github_validation_summary(std::string_view run_name, std::string_view plan_file, std::size_t log_files,
                                      std::size_t entries, const Diagnostics& diagnostics, Language language);

// Text for one table cell, shown as written: a line end becomes a space (it would end the row),
// Markdown punctuation is escaped, & < > become entities, control characters are dropped.
std::string markdown_cell(std::string_view text);

}  // namespace plancheck
