#include "present/table.h"

#include <algorithm>
#include <optional>

#include "present/text_width.h"
#include "present/terminal_text.h"

namespace plancheck {

namespace {

void append_line(std::string& out, const std::string& indent, const std::vector<Cell>& cells,
                 const std::vector<Column>& columns, const std::vector<int>& widths) {
  std::string line = indent;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Cell& cell = c < cells.size() ? cells[c] : Cell{};
    if (c > 0) line += "  ";
    bool last = c + 1 == columns.size();
    std::string text = display_width(cell.text) > widths[c] ? truncate_to_width(cell.text, widths[c]) : cell.text;
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
  std::vector<Cell> headers;
  for (const auto& column : table.columns) headers.push_back(Cell{column.header, {}, {}});
  std::string out;
  append_line(out, indent, headers, table.columns, widths);
  for (const auto& row : table.rows) append_line(out, indent, row, table.columns, widths);
  return out;
}

}  // namespace plancheck
