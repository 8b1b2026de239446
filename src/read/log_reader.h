#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

// The names a ledger entry may use, gathered once from the plan.
struct PlanNames {
  explicit PlanNames(const Plan& plan);
  const Plan& plan;
  std::vector<std::string> activities, subjects, items;
  std::unordered_set<std::string_view> activity_set, subject_set, item_set;
};

// Reads one log file (a YAML list of entries) into `ledger`, checking every entry against the
// plan. Entries dated outside the plan are reported and left out.
void read_log_text(std::string_view text, const std::string& file, const PlanNames& names,
                   Ledger& ledger, Diagnostics& diagnostics);

void read_log(const std::string& file, const PlanNames& names, Ledger& ledger, Diagnostics& diagnostics);

}  // namespace plancheck
