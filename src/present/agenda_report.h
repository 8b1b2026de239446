#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The agenda as text: a title, then per person or unit a heading with their counts and a table of
// what they owe, soonest deadline first, then the totals. With `options.width` > 0 (a terminal's
// columns) the tables' text columns are cut with … to fit.
std::string agenda_text(const Report& report, const RenderOptions& options);

// The agenda as JSON: like the status report (plan, as_of, summary of the rows, results,
// diagnostics), plus the window; results go in the text's order and every one has days_left
// (negative when overdue).
nlohmann::ordered_json agenda_json(const Report& report, const RenderOptions& options);

}  // namespace plancheck
