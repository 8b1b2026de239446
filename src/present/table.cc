#include "present/table.h"

#include <algorithm>
#include <limits>
#include <set>
#include <optional>

#include "present/text_width.h"
#include "present/terminal_text.h"

namespace plancheck {

namespace {

// How a column's cells too wide for it are cut: at the end (kCutAtEnd), or in the middle keeping
// this many columns of their start.
constexpr int kCutAtEnd = -1;

std::string cut_to(const std::string& text, int width, int cut) {
  if (display_width(text) <= width) return text;
  return cut == kCutAtEnd ? truncate_to_width(text, width) : cut_middle_to_width(text, width, cut);
}

// How many different texts the column's cells show when cut so.
std::size_t distinct_shown(const Table& table, std::size_t column, int width, int cut) {
  std::set<std::string> shown;
  for (const auto& row : table.rows)
    if (column < row.size()) shown.insert(cut_to(row[column].text, width, cut));
  return shown.size();
}

// Cut at the end unless that makes different cells of the column read the same (第一支部第一党小组
// and 第一支部第二党小组 both 第一支部…): then in the middle where that tells the most of them apart.
int cut_for_column(const Table& table, std::size_t column, int width) {
  std::size_t different = distinct_shown(table, column, std::numeric_limits<int>::max(), kCutAtEnd);
  std::size_t best_count = distinct_shown(table, column, width, kCutAtEnd);
  int best = kCutAtEnd;
  if (best_count == different) return best;
  // The default third of the room first, so that it wins a tie; then every other split.
  std::vector<int> heads{(width - 1) / 3};
  for (int head = 0; head < width - 1; ++head) heads.push_back(head);
  for (int head : heads) {
    std::size_t count = distinct_shown(table, column, width, head);
    if (count > best_count) best_count = count, best = head;
  }
  return best;
}

void append_line(std::string& out, const std::string& indent, const std::vector<Cell>& cells,
                 const std::vector<Column>& columns, const std::vector<int>& widths, const std::vector<int>& cuts) {
  std::string line = indent;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Cell& cell = c < cells.size() ? cells[c] : Cell{};
    if (c > 0) line += "  ";
    bool last = c + 1 == columns.size();
    std::string text = cut_to(cell.text, widths[c], cuts[c]);
    std::string padded = columns[c].align == Align::right ? pad_left(text, widths[c])
                         : last                           ? text
                                                          : pad_right(text, widths[c]);
    line += cell.style_start.empty() ? padded : cell.style_start + padded + cell.style_end;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out += line;
  out += '\n';
}

// The narrowest a shrinking column gets: its header, and room for a character and "…".
int min_width(const Column& column) { return std::max(display_width(column.header), 4); }

// The column to narrow next: of the lowest rank that can still shrink, the widest.
std::optional<std::size_t> next_to_shrink(const std::vector<int>& widths, const std::vector<Column>& columns) {
  std::optional<std::size_t> best;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (columns[c].shrink_rank == 0 || widths[c] <= min_width(columns[c])) continue;
    if (!best || columns[c].shrink_rank < columns[*best].shrink_rank ||
        (columns[c].shrink_rank == columns[*best].shrink_rank && widths[c] > widths[*best]))
      best = c;
  }
  return best;
}

// Narrows columns one column at a time until the lines fit in `max_width` or nothing can
// shrink any more.
void fit_to_width(std::vector<int>& widths, const std::vector<Column>& columns, int indent_width, int max_width) {
  if (max_width <= 0 || widths.empty()) return;
  int total = indent_width + 2 * static_cast<int>(widths.size() - 1);
  for (int width : widths) total += width;
  for (; total > max_width; --total) {
    auto column = next_to_shrink(widths, columns);
    if (!column) return;
    --widths[*column];
  }
}

}  // namespace

std::string render_table(const Table& given, const std::string& indent, int max_width) {
  // Every cell's text is a value (a name, an activity, a period) shown as it may reach a terminal.
  Table table = given;
  for (auto& row : table.rows)
    for (Cell& cell : row) cell.text = terminal_text(cell.text);
  std::vector<int> widths;
  for (const auto& column : table.columns) widths.push_back(display_width(column.header));
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c].text));
  fit_to_width(widths, table.columns, display_width(indent), max_width);
  std::vector<int> cuts;
  for (std::size_t c = 0; c < widths.size(); ++c) cuts.push_back(cut_for_column(table, c, widths[c]));
  std::vector<Cell> headers;
  for (const auto& column : table.columns) headers.push_back(Cell{column.header, {}, {}});
  std::string out;
  append_line(out, indent, headers, table.columns, widths, std::vector<int>(widths.size(), kCutAtEnd));
  for (const auto& row : table.rows) append_line(out, indent, row, table.columns, widths, cuts);
  return out;
}

}  // namespace plancheck
