#include "present/diagnostic_printer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>
#include <string_view>

#include "present/output_messages.h"
#include "present/terminal_text.h"
#include "present/text_width.h"

namespace plancheck {

namespace {

// The byte offset of the 1-based `column` (counted in characters) of `line`.
std::size_t byte_offset(std::string_view line, int column) {
  std::size_t byte = 0;
  for (int c = 1; c < column && byte < line.size(); ++c) {
    auto lead = static_cast<unsigned char>(line[byte]);
    byte += lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  }
  return std::min(byte, line.size());
}

// The token starting at `column`: a quoted string, or text up to a separator or comment.
std::string_view token_at(std::string_view line, int column) {
  std::string_view rest = line.substr(byte_offset(line, column));
  if (rest.empty()) return rest;
  if (rest[0] == '"' || rest[0] == '\'') {
    std::size_t close = rest.find(rest[0], 1);
    return rest.substr(0, close == std::string_view::npos ? rest.size() : close + 1);
  }
  std::size_t end = rest.find_first_of(",]}");
  std::size_t comment = rest.find(" #");
  end = std::min(end, comment);
  if (std::size_t colon = rest.find(": "); colon != std::string_view::npos && rest[0] != '-') end = std::min(end, colon);
  std::string_view token = rest.substr(0, end == std::string_view::npos ? rest.size() : end);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  return token;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Lines and messages are shown in full up to this many bytes; a longer line (a generated file, a
// pasted document, a 50 MB value) is shown around the column, a longer message is cut.
constexpr std::size_t kMaxShownBytes = 240;

std::string clipped(std::string_view text) {
  if (text.size() <= kMaxShownBytes) return std::string(text);
  std::size_t end = kMaxShownBytes;
  while (end > 0 && is_continuation(text[end])) --end;
  return std::string(text.substr(0, end)) + "…";
}

// A part of a long `line` around `column`, "…" where it was cut, and the column within that part.
std::pair<std::string, int> excerpt(std::string_view line, int column) {
  if (line.size() <= kMaxShownBytes) return {std::string(line), column};
  std::size_t at = byte_offset(line, std::max(column, 1));
  std::size_t start = at > kMaxShownBytes / 3 ? at - kMaxShownBytes / 3 : 0;
  while (start > 0 && is_continuation(line[start])) --start;
  std::size_t end = std::min(line.size(), start + kMaxShownBytes);
  while (end < line.size() && end > start && is_continuation(line[end])) --end;
  std::string shown = (start > 0 ? "…" : "") + std::string(line.substr(start, end - start)) + (end < line.size() ? "…" : "");
  auto before = std::count_if(line.begin() + static_cast<long>(start), line.begin() + static_cast<long>(at),
                              [](char c) { return !is_continuation(c); });
  return {shown, column > 0 ? static_cast<int>(before) + (start > 0 ? 2 : 1) : column};
}

std::string untabify(std::string_view line) {
  std::string out(line);
  for (char& c : out)
    if (c == '\t') c = ' ';
  return out;
}

// The quoted `line` with its control characters escaped, and the 1-based `column` moved to where
// its character is then (0 stays 0).
std::pair<std::string, int> escaped_line(std::string_view line, int column) {
  if (column <= 0) return {escape_control_characters(line), column};
  std::size_t at = byte_offset(line, column);
  std::string before = escape_control_characters(line.substr(0, at));
  auto characters = std::count_if(before.begin(), before.end(), [](char c) { return !is_continuation(c); });
  return {before + escape_control_characters(line.substr(at)), static_cast<int>(characters) + 1};
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const Style& style, Language language, LineQuote quote) {
  std::string_view source_line = quote == LineQuote::shown ? std::string_view(d.source_line) : std::string_view{};
  // The file's name, the message and the quoted line hold values from the inputs: escaped, they
  // can neither move the terminal's cursor nor start a CI log's workflow command on a line of their own.
  std::string where = terminal_text(d.file);
  if (d.line > 0) where += fmt::format(":{}", d.line);
  if (d.line > 0 && d.column > 0) where += fmt::format(":{}", d.column);
  std::string kind = d.severity == Severity::error ? style.red(say(language, messages::kError))
                                                    : style.yellow(say(language, messages::kWarning));
  std::string out = fmt::format("{}: {}{}\n", style.bold(where), kind, style.bold(clipped(terminal_text(d.message.in(language)))));
  std::string gutter(std::to_string(d.line).size(), ' ');
  if (d.line > 0 && !source_line.empty()) {
    auto [cut, cut_column] = excerpt(untabify(source_line), d.column);
    auto [line, column] = escaped_line(cut, cut_column);
    out += fmt::format(" {} | {}\n", d.line, line);
    if (column > 0) {
      int width = std::max(1, display_width(token_at(line, column)));
      std::string marker(static_cast<std::size_t>(width), '~');
      marker[0] = '^';
      out += fmt::format(" {} | {}{}\n", gutter, std::string(static_cast<std::size_t>(display_width(line.substr(0, byte_offset(line, column)))), ' '),
                         style.cyan(marker));
    }
  }
  if (!d.hint.empty()) out += fmt::format(" {} = {}{}\n", gutter, style.cyan(say(language, messages::kHelp)), clipped(terminal_text(d.hint.in(language))));
  return out;
}

namespace {

// What makes diagnostics of one kind: their severity and the wording they were phrased from (their
// words themselves when phrased otherwise).
using Kind = std::pair<Severity, std::string_view>;

Kind kind_of(const Diagnostic& d) {
  return {d.severity, d.message.wording.empty() ? std::string_view(d.message.en) : d.message.wording};
}

// A message quoted in the line that counts the rest of its kind: its first line, shortened.
std::string quoted_example(const Diagnostic& d, Language language) {
  constexpr std::size_t kExampleBytes = 80;
  std::string_view text = d.message.in(language);
  text = text.substr(0, text.find('\n'));
  if (text.size() <= kExampleBytes) return std::string(text);
  std::size_t end = kExampleBytes;
  while (end > 0 && is_continuation(text[end])) --end;
  return std::string(text.substr(0, end)) + "…";
}

struct KindCount {
  std::size_t seen = 0;
  std::size_t first = 0;  // the index of its first diagnostic
};

}  // namespace

std::string format_diagnostics(const Diagnostics& diagnostics, const Style& style, Language language,
                               std::size_t shown_per_kind) {
  std::string out;
  std::map<Kind, KindCount> kinds;
  std::vector<const KindCount*> cut;  // the kinds with more than shown, in the order they first came
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    if (shown_per_kind > 0) {
      auto [found, added] = kinds.try_emplace(kind_of(d), KindCount{0, i});
      if (++found->second.seen > shown_per_kind) {
        if (found->second.seen == shown_per_kind + 1) cut.push_back(&found->second);
        continue;
      }
    }
    out += format_diagnostic(d, style, language);
  }
  using namespace messages;
  for (const KindCount* kind : cut) {
    const Diagnostic& first = diagnostics[kind->first];
    const auto& words = first.severity == Severity::error ? kMoreErrorsOfKind : kMoreWarningsOfKind;
    out += "plancheck: " + say(language, words, kind->seen - shown_per_kind, quoted_example(first, language)) + "\n";
  }
  return out;
}

std::string count_text(const Diagnostics& diagnostics, Language language) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  using namespace messages;
  return say(language, kCounts, say(language, kErrorCount, errors), say(language, kWarningCount, warnings));
}

}  // namespace plancheck
