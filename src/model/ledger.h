#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace plancheck {

// Who attended: either a head count or a list of names (or neither).
struct Attendees {
  std::optional<int> count;
  std::vector<std::string> names;
};

// One record of the ledger (台账): something that was done, by whom, when.
struct Entry {
  Date date;
  std::string activity;
  std::vector<std::string> by;
  std::string title;
  std::string item;
  std::string place;
  Attendees attendees;
  std::string notes;
  std::vector<std::string> evidence;
  std::vector<std::string> tags;
  std::uint32_t file = 0;  // index into Ledger::files
  int line = 0;
  int column = 0;
};

struct Ledger {
  std::vector<std::string> files;  // every log file read, in reading order
  std::vector<Entry> entries;      // in file order, then in order within each file
};

}  // namespace plancheck
