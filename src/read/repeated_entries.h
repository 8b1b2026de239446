#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "model/diagnostic.h"
#include "model/ledger.h"

namespace plancheck {

// Warns about entries that repeat an earlier one exactly (the same fingerprint), one file at a time
// in reading order: a file's text is needed only while its own entries are looked at, to quote
// them, and not every log file's text at once.
class RepeatFinder {
 public:
  // Looks at ledger.entries from `first` on, the entries of one file just added to the ledger,
  // whose text is `text`.
  void add_file(const Ledger& ledger, std::size_t first, std::string_view text, Diagnostics& diagnostics);

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> first_with_;  // fingerprint → the first entry with it
};

}  // namespace plancheck
