#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/ledger.h"

namespace plancheck {

// Entries grouped by (activity, subject) and sorted by date, so counting the entries of one
// rule × subject × period is two binary searches instead of a scan of the ledger.
class EntryIndex {
 public:
  explicit EntryIndex(const Ledger& ledger);

  // Indices into ledger.entries of the entries of `activity` that credit `subject` and are
  // dated in [first, last], in date order.
  std::vector<std::uint32_t> find(std::string_view activity, std::string_view subject, Date first,
                                  Date last) const;

 private:
  struct Dated {
    Date date;
    std::uint32_t entry;
  };
  static std::string key(std::string_view activity, std::string_view subject);
  std::unordered_map<std::string, std::vector<Dated>> by_key_;
};

}  // namespace plancheck
