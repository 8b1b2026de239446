#pragma once

#include <filesystem>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"
#include "read/counted_subjects.h"
#include "read/load_options.h"

namespace plancheck {

// The names a ledger entry may use, gathered once from the plan.
struct PlanNames {
  explicit PlanNames(const Plan& plan);
  const Plan& plan;
  std::vector<std::string> activities, subjects, items, people;
  std::unordered_set<std::string_view> activity_set, subject_set, item_set;
  CountedSubjects counted;
};

// What one log file holds.
struct LogFile {
  std::vector<Entry> entries;
  Diagnostics diagnostics;  // each with its source line
  // The file's text when it was read from disk (read_log_file), kept so that a repeat found
  // among its entries later can be quoted; dropped once that has been looked for.
  std::string text;
};

// Whether the evidence `path` names is there: a link (anything with "://") is taken as there; a
// file is looked for in `folder` (the plan's) unless the path is absolute.
bool evidence_exists(std::string_view path, const std::filesystem::path& folder);

// `folder` as evidence warnings name it: "." for the working directory.
std::string folder_shown(const std::filesystem::path& folder);

// Reads one log file's text (a YAML list of entries), checking every entry against the plan.
// Entries dated outside the plan are reported and left out; entries get `file_index`.
LogFile read_log_entries(std::string_view text, const std::string& file, std::uint32_t file_index,
                         const PlanNames& names, const LoadOptions& options = {});

// The same from disk.
LogFile read_log_file(const std::string& file, std::uint32_t file_index, const PlanNames& names,
                      const LoadOptions& options = {});

// Reads one log file's text and adds it to `ledger` (its entries) and `diagnostics`.
void read_log_text(std::string_view text, const std::string& file, const PlanNames& names, Ledger& ledger,
                   Diagnostics& diagnostics, const LoadOptions& options = {});

}  // namespace plancheck
