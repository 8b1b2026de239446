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

// "逾期 1 · 进行中 2 · 未开始 1": the counts of what is owed, leaving out the statuses without rows.
std::string agenda_counts_text(const Summary& summary, Language language);

// "待办事项，截至 2022-06-30，含 14 天内（至 2022-07-14）开始的指标": the agenda's title line.
std::string agenda_heading(const Report& report, Language language);

// The agenda as JSON: like the status report (plan, as_of, summary of the rows, results,
// diagnostics), plus the window; results go in the text's order and every one has days_left
// (negative when overdue).
nlohmann::ordered_json agenda_json(const Report& report, const RenderOptions& options);

}  // namespace plancheck
