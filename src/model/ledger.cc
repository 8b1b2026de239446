#include "model/ledger.h"

#include <functional>
#include <string_view>

namespace plancheck {

namespace {

// Combines the hashes of every field in a fixed order. Each list is preceded by its size, so
// that no value can slide from one field into the next.
class Fingerprint {
 public:
  void add(std::string_view part) { mix(std::hash<std::string_view>{}(part)); }
  void add_list(const std::vector<std::string>& list) {
    add_number(list.size());
    for (const auto& part : list) add(part);
  }
  void add_number(std::uint64_t number) { mix(number); }
  std::uint64_t value() const { return hash_; }

 private:
  // The 64-bit mixing step of boost::hash_combine.
  void mix(std::uint64_t value) {
    hash_ ^= value + 0x9e3779b97f4a7c15ULL + (hash_ << 12) + (hash_ >> 4);
  }
  std::uint64_t hash_ = 0;
};

}  // namespace

const EntryDetails& Entry::detail() const {
  static const EntryDetails empty;
  return details ? *details : empty;
}

EntryDetails& Entry::edit_details() {
  auto own = details ? std::make_shared<EntryDetails>(*details) : std::make_shared<EntryDetails>();
  details = own;
  return *own;
}

std::uint64_t entry_fingerprint(const Entry& entry) {
  Fingerprint fingerprint;
  const EntryDetails& details = entry.detail();
  fingerprint.add_number(static_cast<std::uint64_t>(entry.date.time_since_epoch().count()));
  fingerprint.add(entry.activity);
  fingerprint.add_list(entry.by);
  fingerprint.add(entry.item);
  fingerprint.add(details.title);
  fingerprint.add(details.place);
  fingerprint.add(details.notes);
  // A head count of 0 differs from none.
  fingerprint.add_number(details.attendees.count ? static_cast<std::uint64_t>(*details.attendees.count) + 1 : 0);
  fingerprint.add_list(details.attendees.names);
  fingerprint.add_list(details.evidence);
  fingerprint.add_list(details.tags);
  return fingerprint.value();
}

}  // namespace plancheck
