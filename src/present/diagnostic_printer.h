#pragma once

#include <cstddef>
#include <string>

#include "model/diagnostic.h"
#include "present/style.h"

namespace plancheck {

// Whether the offending line is quoted under the message (the details of a JUnit failure leave it
// out).
enum class LineQuote { shown, left_out };

// clang-style text for one diagnostic:
//   plan.yaml:12:15: error: unknown activity '党課'
//      12 |     activity: 党課
//         |               ^~~~
//      = help: did you mean '党课'?
// The quoted line is the diagnostic's source_line, as the reader kept it (empty: nothing is quoted).
std::string format_diagnostic(const Diagnostic& diagnostic, const Style& style, Language language,
                              LineQuote quote = LineQuote::shown);

// How many diagnostics of one kind text output shows unless asked for all (--all-diagnostics).
inline constexpr std::size_t kDiagnosticsShownPerKind = 20;

// Formats the diagnostics, one after the other. With `shown_per_kind` (0: all), only the first that
// many of each kind (the same severity and message wording, as one catalogue entry gives them)
// are shown, and then one line for each kind with more, counting the rest.
std::string format_diagnostics(const Diagnostics& diagnostics, const Style& style, Language language,
                               std::size_t shown_per_kind = 0);

// "2 errors, 1 warning"
std::string count_text(const Diagnostics& diagnostics, Language language);

}  // namespace plancheck
