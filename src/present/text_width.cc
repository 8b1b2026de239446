#include "present/text_width.h"

#include <utf8proc.h>

namespace plancheck {

namespace {

// Decodes the code point at `text[i]`, advancing i; invalid bytes count as one column each.
int next_width(std::string_view text, std::size_t& i) {
  utf8proc_int32_t point = 0;
  auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                 static_cast<utf8proc_ssize_t>(text.size() - i), &point);
  if (length <= 0) {
    ++i;
    return 1;
  }
  i += static_cast<std::size_t>(length);
  if (point == '\t') return 1;
  return utf8proc_charwidth(point);
}

}  // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (std::size_t i = 0; i < text.size();) width += next_width(text, i);
  return width;
}

std::string pad_right(std::string_view text, int width) {
  std::string out(text);
  int missing = width - display_width(text);
  if (missing > 0) out.append(static_cast<std::size_t>(missing), ' ');
  return out;
}

std::string pad_left(std::string_view text, int width) {
  int missing = width - display_width(text);
  std::string out(missing > 0 ? static_cast<std::size_t>(missing) : 0, ' ');
  out += text;
  return out;
}

std::string truncate_to_width(std::string_view text, int width) {
  if (display_width(text) <= width) return std::string(text);
  std::string out;
  int used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    int w = next_width(text, i);
    if (used + w > width - 1) break;
    used += w;
    out.append(text.substr(start, i - start));
  }
  return out + "…";
}

}  // namespace plancheck
