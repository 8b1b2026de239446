#pragma once

#include <string>
#include <string_view>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// Markdown for a GitHub Actions job summary (the file named by GITHUB_STEP_SUMMARY), made with the
// github format. check and status: the counts, then a table of the rows that need attention
// (overdue, late, open), then the diagnostics. validate, and any report whose inputs have errors:
// valid or not, how much was read, and a table of the diagnostics.
std::string render_github_summary(const Report& report, const RenderOptions& options);

// Text for one table cell, shown as written: a line end becomes a space (it would end the row),
// Markdown punctuation is escaped, & < > become entities, control characters are dropped.
std::string markdown_cell(std::string_view text);

}  // namespace plancheck
