#include "read/suggest.h"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <numeric>

#include "read/read_messages.h"

namespace plancheck {

namespace {

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> points;
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    char32_t point = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      point = point << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    points.push_back(point);
    i += length;
  }
  return points;
}

std::size_t character_count(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The form two names are compared in by lookalike_of: NFKC, ignorable characters dropped, spaces
// (also U+3000) trimmed. Empty for text that is not UTF-8.
std::string plain_form(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                 UTF8PROC_IGNORE);
  utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                         static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
  if (length < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  std::string_view form(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
  auto first = form.find_first_not_of(" \t"), last = form.find_last_not_of(" \t");
  return first == std::string_view::npos ? std::string() : std::string(form.substr(first, last - first + 1));
}

}  // namespace

std::string lookalike_of(std::string_view wanted, const std::vector<std::string>& candidates) {
  std::string wanted_form = plain_form(wanted);
  if (wanted_form.empty()) return {};
  for (const auto& candidate : candidates)
    if (candidate != wanted && plain_form(candidate) == wanted_form) return candidate;
  return {};
}

std::string with_invisible_shown(std::string_view text) {
  std::string shown;
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t point = 0;
    auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                   static_cast<utf8proc_ssize_t>(text.size() - i), &point);
    if (length <= 0) return std::string(text);
    auto category = utf8proc_category(point);
    bool invisible = category == UTF8PROC_CATEGORY_CF ||
                     ((category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
                       category == UTF8PROC_CATEGORY_ZP) && point != ' ');
    shown += invisible ? fmt::format("U+{:04X}", point) : std::string(text.substr(i, static_cast<std::size_t>(length)));
    i += static_cast<std::size_t>(length);
  }
  return shown;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours (titel → title) each count as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  auto left = code_points(a), right = code_points(b);
  std::size_t width = right.size() + 1;
  std::vector<std::size_t> before(width), previous(width), current(width);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= left.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= right.size(); ++j) {
      std::size_t cost = left[i - 1] == right[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[right.size()];
}

std::string closest_match(std::string_view wanted, const std::vector<std::string>& candidates) {
  // A third of the name may be wrong, but never all of it (乙 is no typo of 甲).
  std::size_t length = character_count(wanted);
  std::size_t allowed = std::min(std::max<std::size_t>(1, length / 3), length - 1);
  if (length == 0) return {};
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    // The distance is at least the difference in length: skip the quadratic work when that is
    // already too far (a 50 MB unknown key compared with every allowed key, say).
    std::size_t other = character_count(candidate);
    if ((other > length ? other - length : length - other) >= best_distance) continue;
    std::size_t distance = edit_distance(wanted, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

Text did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates) {
  std::string match = closest_match(wanted, candidates);
  return match.empty() ? Text{} : phrase(messages::kDidYouMean, match);
}

}  // namespace plancheck
