#include "present/xlsx_export.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "messages/spreadsheet.h"
#include "present/export_tables.h"
#include "present/text_width.h"

namespace plancheck {

namespace {

// Wider columns wrap their text instead: a note of 300 characters would make the sheet unreadable.
constexpr int kWidestColumn = 60;

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* date = nullptr;
  lxw_format* wrapped = nullptr;
};

Formats add_formats(lxw_workbook* workbook) {
  Formats formats;
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xDDEBF7);
  format_set_border(formats.header, LXW_BORDER_THIN);
  format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
  formats.date = workbook_add_format(workbook);
  format_set_num_format(formats.date, "yyyy-mm-dd");
  format_set_align(formats.date, LXW_ALIGN_VERTICAL_TOP);
  formats.wrapped = workbook_add_format(workbook);
  format_set_text_wrap(formats.wrapped);
  format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
  return formats;
}

// The widest line of the cell, in terminal columns (a Chinese character takes two).
int cell_columns(const ExportCell& cell) {
  switch (cell.kind) {
    case ExportCell::Kind::empty: return 0;
    case ExportCell::Kind::number: return static_cast<int>(format_amount(cell.number).size());
    case ExportCell::Kind::date: return 10;
    case ExportCell::Kind::text: break;
  }
  int widest = 0;
  std::string_view rest = cell.text;
  while (true) {
    std::size_t end = std::min(rest.find('\n'), rest.size());
    widest = std::max(widest, display_width(rest.substr(0, end)));
    if (end == rest.size()) return widest;
    rest.remove_prefix(end + 1);
  }
}

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const ExportCell& cell,
                const Formats& formats) {
  switch (cell.kind) {
    case ExportCell::Kind::empty: return;
    case ExportCell::Kind::text: worksheet_write_string(sheet, row, column, cell.text.c_str(), nullptr); return;
    case ExportCell::Kind::number:
      worksheet_write_number(sheet, row, column, static_cast<double>(cell.number.hundredths) / 100.0, nullptr);
      return;
    case ExportCell::Kind::date: {
      std::chrono::year_month_day day{cell.date};
      lxw_datetime when{static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                        static_cast<int>(static_cast<unsigned>(day.day())), 0, 0, 0.0};
      worksheet_write_datetime(sheet, row, column, &when, formats.date);
      return;
    }
  }
}

void write_sheet(lxw_workbook* workbook, const ExportTable& table, const Formats& formats) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.name.c_str());
  std::vector<int> widths(table.headers.size(), 0);
  std::vector<bool> multiline(table.headers.size(), false);
  for (lxw_col_t column = 0; column < table.headers.size(); ++column) {
    worksheet_write_string(sheet, 0, column, table.headers[column].c_str(), formats.header);
    widths[column] = display_width(table.headers[column]) + 2;  // room for the filter's button
  }
  for (std::size_t index = 0; index < table.rows.size(); ++index) {
    const auto& row = table.rows[index];
    for (lxw_col_t column = 0; column < row.size(); ++column) {
      write_cell(sheet, static_cast<lxw_row_t>(index + 1), column, row[column], formats);
      widths[column] = std::max(widths[column], cell_columns(row[column]));
      multiline[column] = multiline[column] || row[column].text.find('\n') != std::string::npos;
    }
  }
  for (lxw_col_t column = 0; column < widths.size(); ++column) {
    bool wraps = multiline[column] || widths[column] > kWidestColumn;
    worksheet_set_column(sheet, column, column, column_width_for(std::min(widths[column], kWidestColumn)),
                         wraps ? formats.wrapped : nullptr);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  auto last_row = static_cast<lxw_row_t>(table.rows.size());
  worksheet_autofilter(sheet, 0, 0, last_row, static_cast<lxw_col_t>(table.headers.size() - 1));
}

}  // namespace

double column_width_for(int display_columns) { return std::max(display_columns, 6) + 1.0; }

std::optional<Text> write_xlsx_export(const ExportReport& report, const RenderOptions& options,
                                      const std::string& file) {
  Language language = options.languages.report;
  lxw_workbook* workbook = workbook_new(file.c_str());
  if (!workbook) return phrase(messages::kCannotWriteWorkbook, file, std::string_view("libxlsxwriter"));
  std::string title = report.plan().title;
  std::string subject = say(language, messages::kWorkbookSubject, format_date(report.as_of()), report.plan().file);
  lxw_doc_properties properties{};
  properties.title = title.data();  // libxlsxwriter only reads them
  properties.subject = subject.data();
  workbook_set_properties(workbook, &properties);
  Formats formats = add_formats(workbook);
  for (const ExportTable& table : export_tables(report, language)) write_sheet(workbook, table, formats);
  lxw_error error = workbook_close(workbook);
  if (error != LXW_NO_ERROR)
    return phrase(messages::kCannotWriteWorkbook, file, std::string_view(lxw_strerror(error)));
  return std::nullopt;
}

}  // namespace plancheck
