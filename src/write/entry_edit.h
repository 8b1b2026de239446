#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/plan.h"
#include "write/append.h"

namespace plancheck {

// Where an entry's text lies in its file: the bytes [begin, end), from the start of the line its
// `-` is on to the start of the next entry (the comments and blank lines before that one kept
// with it, as they usually belong to it).
struct EntrySpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The span of the entry that starts on `line` (1-based) of a log file's `text`, if one does.
std::optional<EntrySpan> find_entry_at(std::string_view text, int line);

// The text of the entry starting on `line` of `file` as it is now (a dry run's preview).
std::optional<std::string> entry_text_at(const std::string& file, int line);

// Replaces the entry starting on `line` of `file` with `replacement` (whole lines, as entry_yaml
// writes them), or removes it when `replacement` is empty; every other byte stays as it was. Under
// the lock of an append, the file must still read without errors, the entry must still start
// there, and afterwards the file must read back as its old entries with that one replaced (or
// gone). The result's `removed` is the entry's old text, `first_line` where the new one starts.
AppendResult change_entry(const std::string& file, int line, const std::string& replacement, const Plan& plan);

}  // namespace plancheck
