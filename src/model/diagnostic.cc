#include "model/diagnostic.h"

#include <algorithm>
#include <functional>
#include <tuple>

namespace plancheck {

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_diagnostics(Diagnostics& diagnostics, const std::vector<std::string>& files) {
  auto rank = [&](const std::string& file) {
    return static_cast<std::size_t>(std::find(files.begin(), files.end(), file) - files.begin());
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    return std::make_tuple(rank(a.file), std::cref(a.file), a.line, a.column) <
           std::make_tuple(rank(b.file), std::cref(b.file), b.line, b.column);
  });
}

}  // namespace plancheck
