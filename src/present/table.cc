#include "present/table.h"

#include <algorithm>

#include "present/text_width.h"

namespace plancheck {

namespace {

void append_line(std::string& out, const std::string& indent, const std::vector<Cell>& cells,
                 const std::vector<Column>& columns, const std::vector<int>& widths) {
  std::string line = indent;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Cell& cell = c < cells.size() ? cells[c] : Cell{};
    if (c > 0) line += "  ";
    bool last = c + 1 == columns.size();
    std::string padded = columns[c].align == Align::right ? pad_left(cell.text, widths[c])
                         : last                           ? cell.text
                                                          : pad_right(cell.text, widths[c]);
    line += cell.style_start.empty() ? padded : cell.style_start + padded + cell.style_end;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out += line;
  out += '\n';
}

}  // namespace

std::string render_table(const Table& table, const std::string& indent) {
  std::vector<int> widths;
  for (const auto& column : table.columns) widths.push_back(display_width(column.header));
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c].text));
  std::vector<Cell> headers;
  for (const auto& column : table.columns) headers.push_back(Cell{column.header, {}, {}});
  std::string out;
  append_line(out, indent, headers, table.columns, widths);
  for (const auto& row : table.rows) append_line(out, indent, row, table.columns, widths);
  return out;
}

}  // namespace plancheck
