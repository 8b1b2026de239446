#pragma once

#include <optional>
#include <string>

#include "evaluate/export.h"
#include "messages/message.h"
#include "present/render.h"

namespace plancheck {

// The export as an Excel workbook (libxlsxwriter): the entries, quota results and summary sheets,
// each with its header row frozen, an auto-filter over it, columns as wide as their text (a
// Chinese character counts two) and dates as real dates. Returns why `file` could not be written.
std::optional<Text> write_xlsx_export(const ExportReport& report, const RenderOptions& options,
                                      const std::string& file);

// Excel's width (in characters of the default font) for a column whose widest line takes
// `display_columns` terminal columns.
double column_width_for(int display_columns);

}  // namespace plancheck
