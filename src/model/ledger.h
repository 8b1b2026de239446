#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace plancheck {

// Who attended: either a head count or a list of names (or neither).
struct Attendees {
  std::optional<int> count;
  std::vector<std::string> names;

  bool operator==(const Attendees&) const = default;
};

// What an entry says beyond what quotas are judged on. Reports that only count entries don't
// need it, so a large ledger can be read without it (see LoadOptions).
struct EntryDetails {
  std::string title;
  std::string place;
  Attendees attendees;
  std::string notes;
  std::vector<std::string> evidence;
  std::vector<std::string> tags;

  bool operator==(const EntryDetails&) const = default;
};

// One record of the ledger (台账): something that was done, by whom, when.
struct Entry {
  Date date;
  std::string activity;
  std::vector<std::string> by;
  std::string item;
  // Shared and immutable, so that copying an entry is cheap; null when not kept.
  std::shared_ptr<const EntryDetails> details;
  // Of every field, details included; set by the reader (use entry_fingerprint for entries
  // made by hand).
  std::uint64_t fingerprint = 0;
  std::uint32_t file = 0;         // index into Ledger::files
  int line = 0;
  int column = 0;

  // The details, or empty ones when they were not kept.
  const EntryDetails& detail() const;
  // The details for changing: a copy of its own when they are shared.
  EntryDetails& edit_details();
};

// A 64-bit hash of every field (date, activity, by, item and the details): two entries with the
// same fingerprint say the same thing. Needs the details.
std::uint64_t entry_fingerprint(const Entry& entry);

struct Ledger {
  std::vector<std::string> files;  // every log file read, in reading order
  std::vector<Entry> entries;      // in file order, then in order within each file
};

}  // namespace plancheck
