#pragma once

#include <string>
#include <vector>

namespace plancheck {

enum class Align { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
  // 0: never cut. 1, 2, …: free text (titles, names) that may be cut with … to fit a narrow
  // terminal; columns of rank 1 shrink first, then rank 2, …; the widest first within a rank.
  int shrink_rank = 0;
};

// A cell's text, and optionally how to colour it (applied after padding, so colour codes
// never disturb alignment).
struct Cell {
  std::string text;
  std::string style_start;  // e.g. an ANSI colour sequence, or empty
  std::string style_end;
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

// Renders the table with columns aligned by display width, two spaces apart, each line
// prefixed by `indent`. Trailing spaces are trimmed. When `max_width` > 0 and the table is
// wider, shrinking columns are narrowed (never below their header, nor below four columns) in
// the order of their rank and their cells cut with …, until it fits or nothing more can shrink.
// Cells are cut at the end, or in the middle (第一…一党小组) in a column where cutting at the end
// would make two different cells read the same.
std::string render_table(const Table& table, const std::string& indent, int max_width = 0);

}  // namespace plancheck
