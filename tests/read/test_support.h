// Small helpers shared by the read-layer tests.
#pragma once

#include <fmt/format.h>

#include <string>

#include "model/diagnostic.h"

namespace plancheck::testing {

// One diagnostic as "LINE:COLUMN: error|warning: message [hint]" (the file left out).
inline std::string show(const Diagnostic& d) {
  return fmt::format("{}:{}: {}: {}{}", d.line, d.column, d.severity == Severity::error ? "error" : "warning",
                     d.message.en, d.hint.en.empty() ? "" : " [" + d.hint.en + "]");
}

// Every diagnostic, one a line, in order: compare with an exact expected text.
inline std::string show(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += show(d) + "\n";
  return out;
}

}  // namespace plancheck::testing
