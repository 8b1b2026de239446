#include "model/diagnostic.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace plancheck {

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_diagnostics(Diagnostics& diagnostics, const std::vector<std::string>& files) {
  // Each file's rank is looked up once, not at every comparison: a ledger's tens of thousands of
  // warnings would otherwise search the list of files a million times.
  std::unordered_map<std::string_view, std::size_t> rank_of;
  for (std::size_t i = 0; i < files.size(); ++i) rank_of.try_emplace(files[i], i);
  std::vector<std::size_t> ranks(diagnostics.size()), order(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    auto found = rank_of.find(diagnostics[i].file);
    ranks[i] = found == rank_of.end() ? files.size() : found->second;
  }
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Diagnostic& first = diagnostics[a];
    const Diagnostic& second = diagnostics[b];
    if (ranks[a] != ranks[b]) return ranks[a] < ranks[b];
    if (ranks[a] == files.size() && first.file != second.file) return first.file < second.file;
    return std::tie(first.line, first.column) < std::tie(second.line, second.column);
  });
  Diagnostics sorted;
  sorted.reserve(diagnostics.size());
  for (std::size_t i : order) sorted.push_back(std::move(diagnostics[i]));
  diagnostics = std::move(sorted);
}

}  // namespace plancheck
