#pragma once

#include <string>

#include "evaluate/export.h"
#include "present/export_tables.h"
#include "present/render.h"

namespace plancheck {

// The entries table as CSV (RFC 4180, CRLF line ends) in UTF-8 with a byte-order mark, which is
// what makes Excel on Chinese Windows read it as UTF-8 rather than GBK. Dates are YYYY-MM-DD.
std::string render_csv_export(const ExportReport& report, const RenderOptions& options);

// One table as such CSV.
std::string csv_of(const ExportTable& table);

}  // namespace plancheck
