#include "read/ledger_sheet.h"

#include <algorithm>
#include <charconv>

#include "messages/spreadsheet.h"
#include "read/office_values.h"
#include "read/source_text.h"
#include "read/yaml_tree.h"

namespace plancheck {

namespace {

constexpr int kHeaderSearchRows = 10;

struct KnownHeader {
  std::string_view name;
  std::optional<LedgerField> field;  // nothing: a column known to hold nothing the ledger keeps
};

// Header names as offices write them, and the ones `export` writes (both languages). Compared
// without spaces and ASCII case.
constexpr KnownHeader kKnownHeaders[] = {
    {"日期", LedgerField::date},           {"时间", LedgerField::date},         {"活动时间", LedgerField::date},
    {"开展时间", LedgerField::date},       {"会议时间", LedgerField::date},     {"date", LedgerField::date},
    {"活动", LedgerField::activity},       {"类型", LedgerField::activity},     {"活动类型", LedgerField::activity},
    {"会议类型", LedgerField::activity},   {"activity", LedgerField::activity}, {"责任人", LedgerField::by},
    {"主持人", LedgerField::by},           {"主讲人", LedgerField::by},         {"参加人", LedgerField::by},
    {"支部", LedgerField::by},
    {"责任单位", LedgerField::by},         {"by", LedgerField::by},             {"主题", LedgerField::title},
    {"内容", LedgerField::title},          {"议题", LedgerField::title},        {"标题", LedgerField::title},
    {"title", LedgerField::title},         {"地点", LedgerField::place},        {"place", LedgerField::place},
    {"人数", LedgerField::head_count},     {"实到", LedgerField::head_count},   {"实到人数", LedgerField::head_count},
    {"参加人数", LedgerField::head_count}, {"headcount", LedgerField::head_count},
    {"参加人员", LedgerField::attendees},  {"参会人员", LedgerField::attendees}, {"attendees", LedgerField::attendees},
    {"备注", LedgerField::notes},          {"notes", LedgerField::notes},       {"佐证材料", LedgerField::evidence},
    {"附件", LedgerField::evidence},       {"evidence", LedgerField::evidence}, {"计划项", LedgerField::item},
    {"item", LedgerField::item},           {"标签", LedgerField::tags},         {"tags", LedgerField::tags},
    {"学时", LedgerField::hours},          {"课时", LedgerField::hours},        {"hours", LedgerField::hours},
    {"所属年度", LedgerField::for_period}, {"年度", LedgerField::for_period}, {"所属期间", LedgerField::for_period},
    {"for", LedgerField::for_period},
    // export's own columns, worked out from the plan and the file, and row numbers.
    {"计入指标", std::nullopt},            {"来源", std::nullopt},              {"countedtoward", std::nullopt},
    {"source", std::nullopt},              {"序号", std::nullopt},
};

constexpr const char* kFieldKeys[kLedgerFieldCount] = {"date",      "activity", "by",    "title",    "item",
                                                        "place",     "head_count", "attendees", "notes", "evidence",
                                                        "tags",      "hours",    "for"};

std::string normalized(std::string_view header) {
  std::string text;
  for (char c : header) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (text.starts_with("\xE3\x80\x80")) text.erase(0, 3);  // an ideographic space
  return text;
}

// What a header names: from --map first, then the known names. The outer optional says whether it
// is known at all.
std::optional<std::optional<LedgerField>> field_of_header(const std::string& header, const ColumnMap& map) {
  if (auto mapped = map.find(header); mapped != map.end()) return mapped->second;
  std::string name = normalized(header);
  for (const KnownHeader& known : kKnownHeaders)
    if (name == known.name) return known.field;
  return std::nullopt;
}

const SheetCell& cell_at(const std::vector<SheetCell>& row, std::optional<std::size_t> column) {
  static const SheetCell kEmpty;
  return column && *column < row.size() ? row[*column] : kEmpty;
}

std::string trimmed(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// Splits names or tags at commas (also full-width), 、, semicolons and line breaks.
std::vector<std::string> split_list(std::string_view text, bool at_commas = true) {
  std::vector<std::string> parts;
  while (!text.empty()) {
    std::size_t end = text.size(), skip = 0;
    for (std::string_view separator : {",", "，", "、", ";", "；", "\n"}) {
      if (!at_commas && separator != "\n") continue;
      std::size_t at = text.find(separator);
      if (at < end) end = at, skip = separator.size();
    }
    std::string part = trimmed(text.substr(0, end));
    if (!part.empty()) parts.push_back(std::move(part));
    text.remove_prefix(std::min(text.size(), end + skip));
  }
  return parts;
}

std::optional<int> number_in(std::string_view text) {
  int number = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (problem != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return number;
}

// Excel's day numbers start at 1900-01-01 = 1, with 1900-02-29 (60), which never was; from 61 on
// a day number n is 1899-12-30 + n.
std::optional<Date> date_from_serial(double serial) {
  if (serial < 61 || serial > 2958465) return std::nullopt;
  using namespace std::chrono;
  return sys_days{year{1899} / December / 30} + days{static_cast<int>(serial)};
}

SheetProblem cell_problem(const SheetColumns& columns, int row, std::optional<std::size_t> column,
                          std::string cell, Text message, Text hint) {
  std::string header = column && *column < columns.headers.size() ? columns.headers[*column] : "";
  return SheetProblem{Severity::error, row, column, std::move(header), std::move(cell), std::move(message),
                      std::move(hint)};
}

bool row_is_empty(const std::vector<SheetCell>& row) {
  return std::all_of(row.begin(), row.end(), [](const SheetCell& cell) { return trimmed(cell.text).empty(); });
}

// The header row and which column holds what; problems when there is none.
SheetColumns find_columns(const Sheet& sheet, const ColumnMap& map, std::vector<SheetProblem>& problems) {
  SheetColumns columns;
  int last = std::min<int>(kHeaderSearchRows, static_cast<int>(sheet.rows.size()));
  for (int row = 0; row < last; ++row) {
    SheetColumns candidate;
    candidate.header_row = row + 1;
    for (const SheetCell& cell : sheet.rows[row]) candidate.headers.push_back(trimmed(cell.text));
    std::vector<SheetProblem> warnings;
    for (std::size_t column = 0; column < candidate.headers.size(); ++column) {
      const std::string& header = candidate.headers[column];
      if (header.empty()) continue;
      auto field = field_of_header(header, map);
      if (!field) {
        warnings.push_back({Severity::warning, row + 1, column, header, header,
                            phrase(messages::kColumnNotImported, header), phrase(messages::kUseMap)});
        continue;
      }
      if (!*field) continue;  // export's own columns, or `ignore` in the map
      auto& slot = candidate.of[static_cast<std::size_t>(**field)];
      if (slot) {
        warnings.push_back({Severity::warning, row + 1, column, header, header,
                            phrase(messages::kColumnRepeated, header, candidate.headers[*slot]), {}});
        continue;
      }
      slot = column;
    }
    if (candidate.column(LedgerField::date) && candidate.column(LedgerField::activity) &&
        candidate.column(LedgerField::by)) {
      problems.insert(problems.end(), warnings.begin(), warnings.end());
      for (const auto& [header, field] : map)
        if (std::find(candidate.headers.begin(), candidate.headers.end(), header) == candidate.headers.end())
          problems.push_back({Severity::error, row + 1, std::nullopt, "", "", phrase(messages::kMapUnknownHeader, header),
                              {}});
      return candidate;
    }
  }
  problems.push_back({Severity::error, 0, std::nullopt, "", "", phrase(messages::kNoHeaderRow), phrase(messages::kUseMap)});
  return columns;
}

// The hours and the period an entry is for, when the row gives them; false after a problem.
template <class Problem>
bool read_hours_and_period(const std::vector<SheetCell>& cells, const SheetColumns& columns, Entry& entry,
                           const Problem& problem) {
  bool ok = true;
  const SheetCell& hours = cell_at(cells, columns.column(LedgerField::hours));
  if (!trimmed(hours.text).empty() || hours.number) {
    entry.hours = parse_office_hours(hours);
    if (!entry.hours) {
      problem(LedgerField::hours, phrase(messages::kHoursNotAmount, trimmed(hours.text)), phrase(messages::kHoursHint));
      ok = false;
    }
  }
  std::string period = trimmed(cell_at(cells, columns.column(LedgerField::for_period)).text);
  if (!period.empty()) {
    if (auto name = parse_office_period(period)) {
      entry.for_period = *name;
      entry.for_end = parse_period_name(*name)->last;
    } else {
      problem(LedgerField::for_period, phrase(messages::kCellNotPeriod, period), phrase(messages::kCellPeriodHint));
      ok = false;
    }
  }
  return ok;
}

// Reads one data row; problems go to `problems`.
std::optional<Entry> read_row(const std::vector<SheetCell>& cells, int row, const SheetColumns& columns,
                              std::vector<SheetProblem>& problems) {
  auto text_of = [&](LedgerField field) { return trimmed(cell_at(cells, columns.column(field)).text); };
  auto problem = [&](LedgerField field, Text message, Text hint) {
    problems.push_back(cell_problem(columns, row, columns.column(field), text_of(field), std::move(message),
                                    std::move(hint)));
  };
  bool ok = true;
  Entry entry;
  const SheetCell& date_cell = cell_at(cells, columns.column(LedgerField::date));
  for (LedgerField required : {LedgerField::date, LedgerField::activity, LedgerField::by}) {
    if (!text_of(required).empty()) continue;
    std::string_view header = columns.headers[*columns.column(required)];
    problem(required, phrase(messages::kRequiredCell, header), phrase(messages::kFillCell));
    ok = false;
  }
  if (auto date = parse_office_date(date_cell)) {
    entry.date = *date;
  } else if (!text_of(LedgerField::date).empty()) {
    problem(LedgerField::date, phrase(messages::kCellNotDate, text_of(LedgerField::date)),
            phrase(messages::kCellDateHint));
    ok = false;
  }
  entry.activity = text_of(LedgerField::activity);
  entry.by = split_list(text_of(LedgerField::by));
  entry.item = text_of(LedgerField::item);
  EntryDetails& details = entry.edit_details();
  details.title = text_of(LedgerField::title);
  details.place = text_of(LedgerField::place);
  details.notes = trimmed(cell_at(cells, columns.column(LedgerField::notes)).text);
  details.evidence = split_list(text_of(LedgerField::evidence), false);
  details.tags = split_list(text_of(LedgerField::tags));
  details.attendees.names = split_list(text_of(LedgerField::attendees));
  std::string count = text_of(LedgerField::head_count);
  if (!count.empty()) {
    if (auto number = number_in(count); number && *number >= 0) {
      details.attendees.count = number;
    } else {
      problem(LedgerField::head_count, phrase(messages::kCountNotNumber, count), {});
      ok = false;
    }
  }
  if (!read_hours_and_period(cells, columns, entry, problem)) ok = false;
  if (details.attendees.count && !details.attendees.names.empty()) {
    problem(LedgerField::attendees, phrase(messages::kCountAndNames), phrase(messages::kKeepOneOfThem));
    ok = false;
  }
  if (!ok) return std::nullopt;
  entry.fingerprint = entry_fingerprint(entry);
  return entry;
}

}  // namespace

namespace {

ColumnMap read_columns(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  ColumnMap map;
  auto root = parse_yaml(text, file, diagnostics);
  if (has_errors(diagnostics)) return map;
  const YamlNode* columns = root && root->kind == YamlNode::Kind::mapping ? root->find("columns") : nullptr;
  if (!columns || columns->kind != YamlNode::Kind::mapping) {
    SourcePosition at = root ? root->position : SourcePosition{1, 1};
    diagnostics.push_back({Severity::error, file, at.line, at.column, phrase(messages::kMapNeedsColumns),
                           phrase(messages::kMapExample)});
    return map;
  }
  std::string fields;
  for (const char* key : kFieldKeys) fields += std::string(fields.empty() ? "" : ", ") + key;
  fields += ", ignore";
  for (std::size_t i = 0; i < columns->pair_count(); ++i) {
    const YamlNode& value = columns->value_at(i);
    if (value.value == "ignore" && value.kind == YamlNode::Kind::scalar) {
      map[columns->key(i).value] = std::nullopt;
    } else if (auto field = value.kind == YamlNode::Kind::scalar ? field_of_key(value.value) : std::nullopt) {
      map[columns->key(i).value] = *field;
    } else {
      diagnostics.push_back({Severity::error, file, value.position.line, value.position.column,
                             phrase(messages::kMapUnknownField, value.value), phrase(messages::kMapFields, fields)});
    }
  }
  return map;
}

}  // namespace

ColumnMap read_column_map(const std::string& file, Diagnostics& diagnostics) {
  SourceText source = read_source(file);
  if (source.problem) {
    diagnostics.push_back(*source.problem);
    return {};
  }
  std::size_t first = diagnostics.size();
  ColumnMap map = read_columns(source.text, file, diagnostics);
  quote_source_lines(diagnostics, first, source.text, file);
  return map;
}

const char* field_key(LedgerField field) { return kFieldKeys[static_cast<std::size_t>(field)]; }

std::optional<LedgerField> field_of_key(std::string_view key) {
  for (std::size_t i = 0; i < kLedgerFieldCount; ++i)
    if (key == kFieldKeys[i]) return static_cast<LedgerField>(i);
  return std::nullopt;
}

std::optional<Date> parse_office_date(const SheetCell& cell) {
  if (cell.number) return date_from_serial(*cell.number);
  std::string text = trimmed(cell.text);
  if (auto serial = number_in(text)) return date_from_serial(*serial);
  return parse_office_date_text(text);
}

LedgerSheet read_ledger_sheet(const Sheet& sheet, const ColumnMap& map) {
  LedgerSheet result;
  result.columns = find_columns(sheet, map, result.problems);
  if (result.columns.header_row == 0) return result;
  for (std::size_t index = static_cast<std::size_t>(result.columns.header_row); index < sheet.rows.size(); ++index) {
    const auto& cells = sheet.rows[index];
    if (row_is_empty(cells)) continue;
    int row = static_cast<int>(index) + 1;
    ++result.data_rows;
    if (auto entry = read_row(cells, row, result.columns, result.problems))
      result.rows.push_back(SheetRow{row, std::move(*entry), cells});
  }
  return result;
}

}  // namespace plancheck
