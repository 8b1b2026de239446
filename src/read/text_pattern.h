#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// A regular expression over UTF-8 text (PCRE2, with Unicode properties such as \p{Han}). The
// patterns are the program's own, so one that does not compile is a bug: it throws.
class TextPattern {
 public:
  explicit TextPattern(std::string_view pattern);
  ~TextPattern();
  TextPattern(TextPattern&& other) noexcept;
  TextPattern(const TextPattern&) = delete;
  TextPattern& operator=(const TextPattern&) = delete;
  TextPattern& operator=(TextPattern&&) = delete;

  struct Match {
    std::size_t start = 0;  // bytes into the text
    std::size_t end = 0;
    std::vector<std::string> groups;  // groups[0] the whole match; a group that took no part is empty
  };
  // The first match starting at or after `from`, or nothing.
  std::optional<Match> find(std::string_view text, std::size_t from = 0) const;
  // Every match, left to right, not overlapping.
  std::vector<Match> find_all(std::string_view text) const;

 private:
  // `checked`: the text is known to be valid UTF-8 (checked by an earlier match on it).
  std::optional<Match> match_at(std::string_view text, std::size_t from, bool checked) const;

  void* code_ = nullptr;  // pcre2_code_8
};

// `text` with every match of `pattern` replaced by `replacement` (no group references).
std::string replaced(std::string_view text, const TextPattern& pattern, std::string_view replacement);

}  // namespace plancheck
