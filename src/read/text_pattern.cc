#include "read/text_pattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdexcept>

namespace plancheck {

namespace {

pcre2_code* as_code(void* code) { return static_cast<pcre2_code*>(code); }

}  // namespace

TextPattern::TextPattern(std::string_view pattern) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), PCRE2_UTF | PCRE2_UCP, &error,
                        &offset, nullptr);
  if (!code_) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw std::logic_error("pattern " + std::string(pattern) + ": " + reinterpret_cast<const char*>(message));
  }
}

TextPattern::~TextPattern() {
  if (code_) pcre2_code_free(as_code(code_));
}

TextPattern::TextPattern(TextPattern&& other) noexcept : code_(other.code_) { other.code_ = nullptr; }

std::optional<TextPattern::Match> TextPattern::find(std::string_view text, std::size_t from) const {
  return match_at(text, from, false);
}

std::optional<TextPattern::Match> TextPattern::match_at(std::string_view text, std::size_t from, bool checked) const {
  if (from > text.size()) return std::nullopt;
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(as_code(code_), nullptr);
  // PCRE2 checks the text from `from` to its end on each match: once is enough for all of them.
  int count = pcre2_match(as_code(code_), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), from,
                          checked ? PCRE2_NO_UTF_CHECK : 0, data, nullptr);
  std::optional<Match> found;
  if (count > 0) {
    PCRE2_SIZE* offsets = pcre2_get_ovector_pointer(data);
    std::uint32_t groups = pcre2_get_ovector_count(data);
    Match match{offsets[0], offsets[1], {}};
    for (std::uint32_t i = 0; i < groups; ++i) {
      bool taken = offsets[2 * i] != PCRE2_UNSET && static_cast<int>(i) < count;
      match.groups.push_back(taken ? std::string(text.substr(offsets[2 * i], offsets[2 * i + 1] - offsets[2 * i])) : "");
    }
    found = std::move(match);
  }
  pcre2_match_data_free(data);
  return found;
}

std::vector<TextPattern::Match> TextPattern::find_all(std::string_view text) const {
  std::vector<Match> matches;
  std::size_t from = 0;
  for (std::optional<Match> match; (match = match_at(text, from, !matches.empty()));) {
    // An empty match moves on by one whole character.
    std::size_t next = match->end > match->start ? match->end : match->end + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    matches.push_back(std::move(*match));
    from = next;
  }
  return matches;
}

std::string replaced(std::string_view text, const TextPattern& pattern, std::string_view replacement) {
  std::string out;
  std::size_t kept = 0;
  for (const auto& match : pattern.find_all(text)) {
    out.append(text.substr(kept, match.start - kept));
    out.append(replacement);
    kept = match.end;
  }
  out.append(text.substr(kept));
  return out;
}

}  // namespace plancheck
