#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"

namespace plancheck {

// The largest file plancheck reads; anything bigger is refused with a clear error.
inline constexpr std::size_t kMaxFileBytes = 512u * 1024 * 1024;

// A file's text as UTF-8 without a byte-order mark, or the reason it can't be read as text.
struct SourceText {
  std::string text;
  std::optional<Diagnostic> problem;
  bool is_utf8 = false;  // `text` is valid UTF-8 (even when `problem` says something else)
};

// Reads `path` and turns it into UTF-8 text: a UTF-8 BOM is dropped, UTF-16 is converted;
// GBK, invalid UTF-8, NUL bytes and git conflict markers are reported with their position.
SourceText read_source(const std::string& path);

// The same checks on text already in memory (`path` only names it in diagnostics).
SourceText decode_source(std::string bytes, const std::string& path);

// Whether `text` is valid UTF-8 throughout (NUL bytes allowed), e.g. a command-line option or a CSV cell.
bool is_utf8(std::string_view text);

// The 1-based line `line` of `text`, without its line break; empty when out of range.
std::string_view line_of(std::string_view text, int line);

// Gives each diagnostic from `first` on that names `file` at a line the text of that line in
// `text` (its source_line), so that it is quoted without reading the file again.
void quote_source_lines(Diagnostics& diagnostics, std::size_t first, std::string_view text, const std::string& file);

}  // namespace plancheck
