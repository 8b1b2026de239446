#include "present/spreadsheet_export.h"

#include <fstream>

#include "write/write_messages.h"
#include "messages/system_reason.h"
#include "present/csv_export.h"
#include "present/xlsx_export.h"

namespace plancheck {

namespace {

std::optional<Text> write_text(const std::string& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) return phrase(messages::kCannotWrite, file, system_reason(errno));
  return std::nullopt;
}

}  // namespace

std::optional<Text> render_export(const ExportReport& report, ExportFormat format, const RenderOptions& options,
                                  const std::string& file) {
  switch (format) {
    case ExportFormat::xlsx: return write_xlsx_export(report, options, file);
    case ExportFormat::csv: return write_text(file, render_csv_export(report, options));
  }
  return std::nullopt;
}

}  // namespace plancheck
