#pragma once

#include <iosfwd>

#include "evaluate/report.h"
#include "messages/message.h"
#include "present/style.h"

namespace plancheck {

// The formats a report can be rendered in.
enum class Format { text, json, junit, github, csv, html, ics };

// How to render, whatever the report: the words' languages, colour, and the width to fit.
struct RenderOptions {
  Languages languages;  // the report's words (--lang, else the plan's) and the messages' (the locale's)
  Style style{};        // colour, for text on a terminal
  int width = 0;        // text tables are fitted to this many columns; 0: unlimited
  int remind_days = 3;  // a calendar (ics) reminds this many days before each deadline
};

// Renders `report` in `format` onto `out`: the one place that picks a renderer. Each renderer
// (text_report.h, json_report.h, junit_report.h, github_report.h, csv_report.h,
// html_report.h, ics_report.h) takes the report and the options.
void render(const Report& report, Format format, const RenderOptions& options, std::ostream& out);

}  // namespace plancheck
