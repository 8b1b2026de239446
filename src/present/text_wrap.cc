#include "present/text_wrap.h"

#include <utf8proc.h>

#include "present/text_width.h"

namespace plancheck {

namespace {

// The code point at `text[i]` and its length in bytes (an invalid byte: itself, one byte).
std::pair<utf8proc_int32_t, std::size_t> code_point_at(std::string_view text, std::size_t i) {
  utf8proc_int32_t point = 0;
  auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                 static_cast<utf8proc_ssize_t>(text.size() - i), &point);
  if (length <= 0) return {static_cast<unsigned char>(text[i]), 1};
  return {point, static_cast<std::size_t>(length)};
}

bool wide(utf8proc_int32_t point) { return utf8proc_charwidth(point) == 2; }

// Marks a line must not start with, and marks it must not end with.
bool closing_mark(utf8proc_int32_t point) {
  static constexpr std::u32string_view marks = U"，。、；：？！）》」』】〉”’…·,.;:?!)]}";
  return marks.find(static_cast<char32_t>(point)) != std::u32string_view::npos;
}
bool opening_mark(utf8proc_int32_t point) {
  static constexpr std::u32string_view marks = U"（《「『【〈“‘([{";
  return marks.find(static_cast<char32_t>(point)) != std::u32string_view::npos;
}

// The pieces a line may break between: runs of narrow characters (words), single wide characters,
// and single spaces; a closing mark sticks to what comes before it, an opening mark to what follows.
std::vector<std::string> pieces_of(std::string_view text) {
  std::vector<std::string> pieces;
  bool glue_next = false;
  bool last_was_narrow = false;
  for (std::size_t i = 0; i < text.size();) {
    auto [point, length] = code_point_at(text, i);
    std::string_view character = text.substr(i, length);
    i += length;
    bool space = point == ' ';
    bool narrow = !space && !wide(point);
    bool joins = !pieces.empty() && !space && pieces.back() != " " &&
                 (glue_next || closing_mark(point) || (narrow && last_was_narrow));
    if (joins)
      pieces.back() += character;
    else
      pieces.emplace_back(character);
    glue_next = opening_mark(point);
    last_was_narrow = narrow;
  }
  return pieces;
}

}  // namespace

std::vector<std::string> wrap_to_width(std::string_view text, int width) {
  std::vector<std::string> lines{""};
  if (width <= 0) return {std::string(text)};
  int used = 0;
  for (const std::string& piece : pieces_of(text)) {
    int piece_width = display_width(piece);
    if (piece == " ") {
      if (used > 0 && used + 1 <= width) lines.back() += ' ', ++used;
      continue;
    }
    if (used > 0 && used + piece_width > width) {
      while (!lines.back().empty() && lines.back().back() == ' ') lines.back().pop_back();
      lines.emplace_back();
      used = 0;
    }
    lines.back() += piece;
    used += piece_width;
  }
  while (!lines.back().empty() && lines.back().back() == ' ') lines.back().pop_back();
  return lines;
}

}  // namespace plancheck
