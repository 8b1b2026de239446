#include "write/entry_edit.h"

#include <algorithm>
#include <vector>

#include "read/log_reader.h"
#include "read/source_text.h"
#include "read/yaml_tree.h"
#include "write/write_messages.h"

namespace plancheck {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The offset where each line starts, and the text's size after the last.
std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t at = 0; at < text.size(); ++at)
    if (text[at] == '\n') starts.push_back(at + 1);
  if (starts.back() != text.size()) starts.push_back(text.size());
  return starts;
}

std::string_view line_text(std::string_view text, const std::vector<std::size_t>& starts, int line) {
  std::size_t begin = starts[line - 1], end = starts[line];
  return text.substr(begin, end - begin);
}

std::size_t indentation(std::string_view line) { return std::min(line.find_first_not_of(' '), line.size()); }

bool blank_or_comment(std::string_view line) {
  std::size_t first = line.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos || line[first] == '#';
}

// The line of the `-` that starts the item whose content begins at `position`: the same line, or
// an earlier one holding only the `-` (an item written "-" then its keys below).
int dash_line(std::string_view text, const std::vector<std::size_t>& starts, SourcePosition position) {
  int line = position.line;
  std::string_view before = line_text(text, starts, line).substr(0, std::max(position.column - 1, 0));
  if (before.find('-') != std::string_view::npos) return line;
  while (line > 1) {
    std::string_view previous = line_text(text, starts, --line);
    if (!blank_or_comment(previous)) return line;
  }
  return position.line;
}

// Where a top-level item of a log file starts: the line of its `-`, and of its first key (the line
// the reader gives the entry; the same unless the `-` stands alone).
struct ItemLines {
  int dash = 0;
  int content = 0;
};

// The top-level items of a log file, or nothing when it does not read as YAML.
std::optional<std::vector<ItemLines>> item_lines(std::string_view text, const std::vector<std::size_t>& starts) {
  Diagnostics diagnostics;
  std::vector<SourcePosition> positions;
  parse_yaml_sequence(text, "", diagnostics, [&](YamlNode&& item) { positions.push_back(item.position); });
  if (has_errors(diagnostics)) return std::nullopt;
  std::vector<ItemLines> lines;
  for (SourcePosition position : positions) lines.push_back({dash_line(text, starts, position), position.line});
  return lines;
}

}  // namespace

std::optional<EntrySpan> find_entry_at(std::string_view text, int line) {
  std::size_t offset = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  text.remove_prefix(offset);
  std::vector<std::size_t> starts = line_starts(text);
  int line_count = static_cast<int>(starts.size()) - 1;
  if (line < 1 || line > line_count) return std::nullopt;
  auto lines = item_lines(text, starts);
  if (!lines) return std::nullopt;
  for (std::size_t i = 0; i < lines->size(); ++i) {
    if ((*lines)[i].dash != line && (*lines)[i].content != line) continue;
    line = (*lines)[i].dash;
    std::size_t dash_column = indentation(line_text(text, starts, line));
    int end = i + 1 < lines->size() ? (*lines)[i + 1].dash : line_count + 1;
    // Comments and blank lines just before the next entry (not indented into this one) stay.
    while (end - 1 > line && blank_or_comment(line_text(text, starts, end - 1)) &&
           indentation(line_text(text, starts, end - 1)) <= dash_column)
      --end;
    return EntrySpan{offset + starts[line - 1], offset + starts[end - 1]};
  }
  return std::nullopt;
}

std::optional<std::string> entry_text_at(const std::string& file, int line) {
  SourceText source = read_source(file);
  if (source.problem && source.problem->severity == Severity::error) return std::nullopt;
  auto span = find_entry_at(source.text, line);
  if (!span) return std::nullopt;
  return source.text.substr(span->begin, span->end - span->begin);
}

AppendResult change_entry(const std::string& file, int line, const std::string& replacement, const Plan& plan) {
  auto change = [&](std::string_view before) {
    ChangedText changed;
    auto span = find_entry_at(before, line);
    if (!span) {
      changed.problems.push_back(Diagnostic{Severity::error, file, line, 0, phrase(messages::kNoEntryAtLine.message, line),
                                            phrase(messages::kNoEntryAtLine.hint)});
      return changed;
    }
    std::string inserted = with_line_ends_of(before, replacement);
    changed.removed = std::string(before.substr(span->begin, span->end - span->begin));
    if (!changed.removed.empty() && changed.removed.back() != '\n' && !inserted.empty())
      inserted.insert(0, with_line_ends_of(before, "\n"));  // the last line of the file had no line break
    changed.after = std::string(before.substr(0, span->begin)) + inserted + std::string(before.substr(span->end));
    changed.first_line = line;
    return changed;
  };
  // Correcting a file must not make it worse: as many items less the removed one, and no error the
  // file did not have (errors of other entries are the clerk's to mend, and must not block this).
  auto check = [&](std::string_view before, std::string_view after) -> Diagnostics {
    auto errors_in = [&](std::string_view text) {
      Diagnostics diagnostics;
      Ledger ledger;
      read_log_text(decode_source(std::string(text), file).text, file, PlanNames(plan), ledger, diagnostics);
      return std::count_if(diagnostics.begin(), diagnostics.end(),
                           [](const Diagnostic& d) { return d.severity == Severity::error; });
    };
    auto items_in = [](std::string_view text) {
      text.remove_prefix(text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0);
      auto lines = item_lines(text, line_starts(text));
      return lines ? std::optional<std::size_t>(lines->size()) : std::nullopt;
    };
    auto items_before = items_in(before), items_after = items_in(after);
    bool whole = items_before && items_after && *items_after == *items_before - (replacement.empty() ? 1 : 0) &&
                 errors_in(after) <= errors_in(before);
    if (whole) return {};
    return {Diagnostic{Severity::error, file, line, 0, phrase(messages::kCannotChange.message),
                       phrase(messages::kCannotChange.hint)}};
  };
  return change_files({ChangeRequest{file, change, check}}).front();
}

}  // namespace plancheck
