#pragma once

#include <optional>
#include <string>
#include <vector>

#include "messages/message.h"

namespace plancheck {

// One cell as a spreadsheet holds it: its text, and its number when it is a number (an Excel date
// is a number of days: a serial number).
struct SheetCell {
  std::string text;
  std::optional<double> number;

  bool empty() const { return text.empty() && !number; }
};

// The cells of one sheet: rows[0] is row 1, cells[0] column A. Rows and cells not in the file
// are empty.
struct Sheet {
  std::string file;
  std::string name;  // the sheet's name in a workbook; empty for CSV
  std::vector<std::vector<SheetCell>> rows;
};

// A sheet, or why it could not be read.
struct SheetRead {
  std::optional<Sheet> sheet;
  Text error;
  Text hint;
};

// Reads one sheet of an Excel workbook (.xlsx: a zip of XML files, read with libzip and expat):
// `sheet_name`, or the first sheet when it is empty.
SheetRead read_xlsx_sheet(const std::string& file, const std::string& sheet_name);

// Reads a CSV file in UTF-8 (with or without a byte-order mark) or in GBK (Excel's "CSV" on Chinese
// Windows), separated by commas, quoted as RFC 4180 says.
SheetRead read_csv_sheet(const std::string& file);

// The decoding on its own: UTF-8 with or without BOM, else GBK (through iconv, as GB18030),
// else nothing.
std::optional<std::string> csv_text_as_utf8(std::string bytes);

// Splits CSV text into rows of cells.
std::vector<std::vector<SheetCell>> parse_csv(std::string_view text);

// "A", "B", … "Z", "AA": the name of the 0-based `column`.
std::string column_name(std::size_t column);

}  // namespace plancheck
