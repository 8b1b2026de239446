#pragma once

#include <string>
#include <vector>

#include "evaluate/export.h"
#include "messages/message.h"

namespace plancheck {

// One cell of an exported table: text, a whole number or a date, so that a spreadsheet gets
// numbers it can add and dates it can filter by.
struct ExportCell {
  enum class Kind { empty, text, number, date };
  Kind kind = Kind::empty;
  std::string text;  // text cells; lines separated by \n
  Amount number;     // number cells: counts, hours, days
  Date date{};

  static ExportCell of_text(std::string text);
  static ExportCell of_number(long long number);
  static ExportCell of_amount(Amount amount);
  static ExportCell of_date(Date date);
};

// A table of the export: a header row, then its rows, each as wide as the header.
struct ExportTable {
  std::string name;  // the sheet's name: 台账, 指标完成情况, 汇总
  std::vector<std::string> headers;
  std::vector<std::vector<ExportCell>> rows;
};

// The export's tables in `language`: the entries (first: import reads them back), the quota
// results, and the summary per section and item.
std::vector<ExportTable> export_tables(const ExportReport& report, Language language);

// The entries table alone (what the CSV holds).
ExportTable entries_table(const ExportReport& report, Language language);

}  // namespace plancheck
