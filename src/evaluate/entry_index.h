#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/ledger.h"

namespace plancheck {

// Entries grouped by (activity, subject) and sorted by the day they count on (their date, or the
// end of the period they are `for`), so counting the entries of one rule × subject × period is two
// binary searches instead of a scan of the ledger.
class EntryIndex {
 public:
  explicit EntryIndex(const Ledger& ledger);

  // Indices into ledger.entries of the entries of `activity` that credit `subject`, count on a
  // day in [first, last] and are dated on or before `known_by`, in the order of the day they count on.
  std::vector<std::uint32_t> find(std::string_view activity, std::string_view subject, Date first, Date last,
                                  Date known_by) const;

 private:
  struct Dated {
    Date counted_on;
    Date date;
    std::uint32_t entry;
  };
  static std::string key(std::string_view activity, std::string_view subject);
  std::unordered_map<std::string, std::vector<Dated>> by_key_;
};

}  // namespace plancheck
