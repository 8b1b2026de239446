#pragma once

#include <optional>
#include <string>
#include <vector>

#include "evaluate/evaluate.h"

namespace plancheck {

// Which results a report shows.
struct Query {
  std::optional<std::string> who;   // one subject (person or unit)
  std::optional<std::string> item;  // one item id
  bool gaps_only = false;           // only overdue, late and open
};

// The rows of a report: results matching `query`, grouped by section and item in plan order.
// For gaps, each item's rows go most urgent first: overdue (oldest first), late, then open
// (fewest days left first).
std::vector<const Result*> select_results(const Evaluation& evaluation, const Query& query);

Summary summarize(const std::vector<const Result*>& results);
Summary summarize(const Evaluation& evaluation);

}  // namespace plancheck
