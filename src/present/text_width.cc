#include "present/text_width.h"

#include <utf8proc.h>

#include <utility>
#include <vector>

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

std::string cut_middle_to_width(std::string_view text, int width, int head_width) {
  if (display_width(text) <= width) return std::string(text);
  if (width <= 1) return "…";
  int room = width - 1;
  if (head_width < 0) head_width = room / 3;
  std::vector<std::pair<std::size_t, int>> characters;  // start, width
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    characters.emplace_back(start, next_width(text, i));
  }
  std::size_t head = 0;
  int used = 0;
  while (head < characters.size() && used + characters[head].second <= head_width) used += characters[head++].second;
  std::size_t tail = characters.size();
  while (tail > head && used + characters[tail - 1].second <= room) used += characters[--tail].second;
  std::string_view start = text.substr(0, head < characters.size() ? characters[head].first : text.size());
  std::string_view end = text.substr(tail < characters.size() ? characters[tail].first : text.size());
  return std::string(start) + "…" + std::string(end);
}

}  // namespace plancheck
