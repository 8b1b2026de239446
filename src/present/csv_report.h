#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The report as a CSV table for a spreadsheet: UTF-8 with a byte order mark (so that Excel on
// Chinese Windows opens it as UTF-8), CRLF line ends, headings in the report's language. One row per
// result the report shows (status, check, agenda); for validate, or when the inputs have errors, one
// row per diagnostic.
void render_csv(const Report& report, const RenderOptions& options, std::ostream& out);

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, or starts or
// ends with a space; quotes doubled.
std::string csv_field(std::string_view text);

}  // namespace plancheck
