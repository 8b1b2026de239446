#include "present/csv_export.h"

namespace plancheck {

namespace {

std::string cell_text(const ExportCell& cell) {
  switch (cell.kind) {
    case ExportCell::Kind::empty: return {};
    case ExportCell::Kind::text: return cell.text;
    case ExportCell::Kind::number: return format_amount(cell.number);
    case ExportCell::Kind::date: return format_date(cell.date);
  }
  return {};
}

// Quoted when it holds a separator, a quote, a line break or spaces at either end.
void append_field(std::string& out, const std::string& text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string csv_of(const ExportTable& table) {
  std::string out = "\xEF\xBB\xBF";
  append_row(out, table.headers);
  for (const auto& row : table.rows) {
    std::vector<std::string> fields;
    for (const ExportCell& cell : row) fields.push_back(cell_text(cell));
    append_row(out, fields);
  }
  return out;
}

std::string render_csv_export(const ExportReport& report, const RenderOptions& options) {
  return csv_of(entries_table(report, options.languages.report));
}

}  // namespace plancheck
