#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/ledger.h"
#include "read/sheet.h"

namespace plancheck {

// What a column of a 台账 sheet holds: a field of a ledger entry.
enum class LedgerField {
  date, activity, by, title, item, place, head_count, attendees, notes, evidence, tags, hours, for_period
};
inline constexpr std::size_t kLedgerFieldCount = 13;

// The name of a field in a --map file (as in a log file, and head_count for a count of attendees).
const char* field_key(LedgerField field);
std::optional<LedgerField> field_of_key(std::string_view key);

// What --map says: a header (as written in the sheet) → a field, or nothing for a column to leave out.
using ColumnMap = std::map<std::string, std::optional<LedgerField>>;

// Reads a --map file:
//   columns:
//     开展日期: date        # a header as the sheet writes it: a field (see field_key), or ignore
//     记录人: ignore
// Problems are reported as file:line:column.
ColumnMap read_column_map(const std::string& file, Diagnostics& diagnostics);

// A problem with a sheet, at a row (1-based; 0: the whole sheet) and a column (0-based, when known),
// with the cell's text to quote.
struct SheetProblem {
  Severity severity = Severity::error;
  int row = 0;
  std::optional<std::size_t> column;
  std::string header;  // the column's header
  std::string cell;    // the cell's text
  Text message;
  Text hint;
};

// One data row made into a ledger entry.
struct SheetRow {
  int row = 0;  // 1-based, as the spreadsheet numbers it
  Entry entry;
  std::vector<SheetCell> cells;  // as read, to quote in diagnostics
};

// Which column holds which field, found from the header row.
struct SheetColumns {
  int header_row = 0;  // 1-based
  std::array<std::optional<std::size_t>, kLedgerFieldCount> of{};
  std::vector<std::string> headers;  // the header row's texts

  std::optional<std::size_t> column(LedgerField field) const { return of[static_cast<std::size_t>(field)]; }
};

struct LedgerSheet {
  SheetColumns columns;
  std::vector<SheetRow> rows;          // the rows read without problems
  std::vector<SheetProblem> problems;
  std::size_t data_rows = 0;           // every non-empty row below the header
};

// Finds the header row (in the first 10 rows: the first naming the date, the activity and who),
// recognises headers by name (日期/时间, 活动/类型, 主持人/责任人/参加人/支部, 主题/内容, 地点, 人数/实到,
// 参加人员, 备注, 佐证材料, 计划项, 标签, 学时/课时, 所属年度/年度/所属期间, and their English names) or as
// `map` says, and reads every non-empty row below it as an entry. Problems with cells (a date that
// is not one, a head count that is not a number, hours that are not an amount, a period that is
// not one, a missing activity) are errors at their cell; columns left out are warnings.
LedgerSheet read_ledger_sheet(const Sheet& sheet, const ColumnMap& map);

// The dates offices type: 2022-03-15, 2022/3/15, 2022.3.15, 2022年3月15日 (a time after it is
// ignored), and Excel serial numbers (days since 1899-12-30, as a number cell or digits).
std::optional<Date> parse_office_date(const SheetCell& cell);

}  // namespace plancheck
