#pragma once

#include <string>
#include <string_view>

#include "model/diagnostic.h"
#include "present/style.h"

namespace plancheck {

// clang-style text for one diagnostic:
//   plan.yaml:12:15: error: unknown activity '党課'
//      12 |     activity: 党課
//         |               ^~~~
//      = help: did you mean '党课'?
// `source_line` is the offending line's text (empty: nothing is quoted).
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source_line, const Style& style,
                              Language language);

// Formats every diagnostic, quoting lines from the files they name (each file read once).
std::string format_diagnostics(const Diagnostics& diagnostics, const Style& style, Language language);

// "2 errors, 1 warning"
std::string count_text(const Diagnostics& diagnostics, Language language);

}  // namespace plancheck
