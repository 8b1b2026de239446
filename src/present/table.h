#pragma once

#include <string>
#include <vector>

namespace plancheck {

enum class Align { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
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
// prefixed by `indent`. Trailing spaces are trimmed.
std::string render_table(const Table& table, const std::string& indent);

}  // namespace plancheck
