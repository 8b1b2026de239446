#pragma once

#include <string>
#include <vector>

#include "messages/message.h"

namespace plancheck {

enum class Severity { error, warning };

// One problem found in an input file. line and column are 1-based; 0 means "the whole file" or
// "the whole line".
struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  int line = 0;
  int column = 0;
  Text message;
  Text hint;  // optional: what to do about it, e.g. "did you mean '党课'?"
  // The text of `line`, kept by the reader that found the problem, to be quoted under the message
  // (empty: nothing to quote).
  std::string source_line = {};
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

// Orders by file (in the order of `files`; others after them, by name), then position,
// keeping the order of equal positions.
void sort_diagnostics(Diagnostics& diagnostics, const std::vector<std::string>& files);

}  // namespace plancheck
