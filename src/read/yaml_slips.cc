#include "read/yaml_slips.h"

#include <vector>

namespace plancheck {

namespace {

constexpr std::string_view kFullWidthColon = "：";

bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_key_character(char c) { return is_key_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// The characters in `text` before byte `bytes` (columns are counted in characters).
int characters_before(std::string_view text, std::size_t bytes) {
  int count = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

// The length of a plancheck key at the start of `content` (an ASCII name of two characters or
// more: not a drive letter, D:资料), or 0.
std::size_t key_length(std::string_view content) {
  if (content.empty() || !is_key_start(content[0])) return 0;
  std::size_t length = 1;
  while (length < content.size() && is_key_character(content[length])) ++length;
  return length >= 2 ? length : 0;
}

std::string_view trimmed_left(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

// Whether the quoted text starting at `value` (a quote) is closed on this line.
bool closes_on_line(std::string_view value) {
  char quote = value[0];
  for (std::size_t i = 1; i < value.size(); ++i) {
    if (quote == '"' && value[i] == '\\') {
      ++i;
      continue;
    }
    if (value[i] != quote) continue;
    if (quote == '\'' && i + 1 < value.size() && value[i + 1] == '\'') {
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

// at_least:2 → at_least: 2, and date：2022-03-01 → date: 2022-03-01. The slips of this and the next
// function hold in `column` the byte of the line where they are, counted from `content_start`.
std::optional<YamlSlip> slip_after_key(std::string_view content, std::size_t content_start) {
  std::size_t key = key_length(content);
  if (key == 0) return std::nullopt;
  std::string_view rest = content.substr(key);
  std::string_view name = content.substr(0, key);
  if (rest.starts_with(':') && rest.size() > 1 && rest[1] != ' ' && rest[1] != '/' && rest[1] != '\\' &&
      rest[1] != ':')
    return YamlSlip{YamlSlip::Kind::no_space_after_colon, 0, static_cast<int>(content_start + key),
                    std::string(content.substr(0, content.find(' '))), std::string(name) + ": " + std::string(rest.substr(1))};
  std::string_view spaced = trimmed_left(rest);
  if (spaced.starts_with(kFullWidthColon)) {
    std::string value(trimmed_left(spaced.substr(kFullWidthColon.size())));
    int column = static_cast<int>(content_start + key + (rest.size() - spaced.size()));
    return YamlSlip{YamlSlip::Kind::full_width_colon, 0, column, std::string(content), std::string(name) + ": " + value};
  }
  return std::nullopt;
}

// title: "会议 → title: "会议", when the quote is not closed on its line.
std::optional<YamlSlip> unclosed_quote(std::string_view content, std::size_t content_start) {
  std::size_t value_start = 0;
  if (!content.starts_with('"') && !content.starts_with('\'')) {
    std::size_t colon = content.find(": ");
    if (colon == std::string_view::npos || content[0] == '#') return std::nullopt;
    value_start = content.find_first_not_of(' ', colon + 1);
    if (value_start == std::string_view::npos) return std::nullopt;
  }
  std::string_view value = content.substr(value_start);
  if ((!value.starts_with('"') && !value.starts_with('\'')) || closes_on_line(value)) return std::nullopt;
  std::string corrected(content);
  while (!corrected.empty() && corrected.back() == ' ') corrected.pop_back();
  return YamlSlip{YamlSlip::Kind::unclosed_quote, 0, static_cast<int>(content_start + value_start),
                  std::string(content), corrected + value[0]};
}

// A line that starts a block scalar (notes: |), whose more indented lines that follow are text.
bool starts_block_scalar(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  for (std::string_view end : {": |", ": >", ": |-", ": >-", ": |+", ": >+", "- |", "- >"})
    if (line.ends_with(end)) return true;
  return false;
}

std::size_t indentation_of(std::string_view line) {
  std::size_t spaces = 0;
  while (spaces < line.size() && line[spaces] == ' ') ++spaces;
  return spaces;
}

}  // namespace

std::optional<YamlSlip> slip_in_line(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  // The indentation and any "- " of list items, then the content.
  std::size_t start = 0;
  while (start < line.size()) {
    if (line[start] == '\t') {
      std::string corrected(line.substr(start));
      while (!corrected.empty() && (corrected[0] == '\t' || corrected[0] == ' ')) corrected.erase(0, 1);
      return YamlSlip{YamlSlip::Kind::tab_indentation, 0, characters_before(line, start) + 1, corrected, corrected};
    }
    if (line[start] == ' ' || (line[start] == '-' && start + 1 < line.size() && (line[start + 1] == ' ' || line[start + 1] == '\t')))
      ++start;
    else
      break;
  }
  std::string_view content = line.substr(start);
  if (content.empty() || content[0] == '#') return std::nullopt;
  std::optional<YamlSlip> slip = slip_after_key(content, start);
  if (!slip) slip = unclosed_quote(content, start);
  // The slips above hold the byte where they are: the column counts characters.
  if (slip) slip->column = characters_before(line, static_cast<std::size_t>(slip->column)) + 1;
  return slip;
}

std::optional<YamlSlip> find_yaml_slip(std::string_view text, int last_line) {
  std::optional<std::size_t> block_indentation;  // of the line that opened a block scalar
  int number = 0;
  for (std::size_t start = 0; start < text.size() && number < last_line;) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    std::size_t indentation = indentation_of(line);
    bool blank = indentation == line.size() || line.substr(indentation) == "\r";
    if (block_indentation && (blank || indentation > *block_indentation)) continue;
    block_indentation.reset();
    if (starts_block_scalar(line)) block_indentation = indentation;
    if (auto slip = slip_in_line(line)) {
      slip->line = number;
      return slip;
    }
  }
  return std::nullopt;
}

}  // namespace plancheck
