#pragma once

#include <nlohmann/json.hpp>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// What the HTML dashboard's template (src/present/dashboard/) is filled with: the value
// `--format json` prints for the same report (status and check: report_json; agenda: agenda_json),
// plus what the page shows, in the report's language:
//   lang, page (title, heading, kind flags), labels (headings and column names),
//   totals (one per status: key, label, count), overall (completion of the started quotas),
//   status_chart (a stacked bar: each status's share, as x and width in per cent),
//   section_chart (a bar per section: its heading and completion),
//   gaps (status: what needs attention, overdue first), sections → items → rows (status, check),
//   subjects → rows (agenda), filter (the people and units and the statuses in the rows),
//   total_text, made_by, and the warnings found while reading (diagnostics, has_warnings), in the
//   report's language.
// A row is the JSON result (result_fields) plus its words: status_label, activity_label,
// done_text, due, left_text, item_heading, section_heading. The page's numbers are those fields, so
// they are the JSON's by construction.
nlohmann::ordered_json dashboard_context(const Report& report, const RenderOptions& options);

}  // namespace plancheck
