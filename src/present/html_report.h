#pragma once

#include <iosfwd>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The report as one self-contained HTML page, a dashboard for people who read it in a browser or
// print it: the plan's title and as-of date, the count per status as a stacked bar, completion per
// section as a bar chart (inline SVG), what needs attention first (status), then a table per item
// (status, check) or per person and unit (agenda); a filter by person or unit and by status, by a
// small inline script (without it, everything is shown). Nothing is loaded from elsewhere: the styles
// and the script are in the page, fonts are the system's. Filled from dashboard_context() by the page
// template compiled into plancheck (src/present/dashboard/), every value HTML-escaped.
// Nothing when the inputs have errors (they are printed on stderr), as for text; validate has no page.
void render_html(const Report& report, const RenderOptions& options, std::ostream& out);

}  // namespace plancheck
