#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>

#include "model/ledger.h"

namespace plancheck {

inline constexpr std::size_t kMaxLedgerEntries = 20'000'000;

// How much of the ledger to keep in memory.
struct LoadOptions {
  // Which entries keep their details (title, place, notes…); every one when unset. Reports that
  // only count entries keep none, so a ledger of millions stays small. Called from several
  // threads at once: it must not change anything. An entry that says who was absent keeps its
  // details whatever this says: `in: contact` rules count by them, and reports give them beside
  // the attendance rate of a whole period (such entries are few: meetings of a unit).
  std::function<bool(const Entry&)> keep_details;

  // Threads reading log files at once; 0 means one per processor core.
  unsigned threads = 0;

  // The most entries a ledger may hold (about 3 GB of log files, 2.5 GB of memory when every
  // entry is only counted); a larger ledger is refused with an error.
  std::size_t max_entries = kMaxLedgerEntries;

  // Called after each log file is read, with how many of how many are done (each count once;
  // calls may come from several threads at once and out of order, so it must be thread-safe).
  // For a progress line: the read layer itself never prints.
  std::function<void(std::size_t read, std::size_t total)> progress;

  // Today, when known: entries dated after it are warned about (they count for nothing until then).
  std::optional<Date> today;

  // The folder evidence paths are relative to (the plan's): each named file is looked for there
  // and a missing one warned about. Unset: evidence is not looked for.
  std::optional<std::filesystem::path> evidence_folder;
};

}  // namespace plancheck
