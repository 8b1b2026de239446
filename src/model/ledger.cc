#include "model/ledger.h"

#include <functional>
#include <string_view>
#include <vector>

namespace plancheck {

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
  const EntryDetails& details = entry.detail();
  EntryFields fields{entry.date,  entry.activity, entry.item,    entry.for_period, entry.hours,
                     details.title, details.place,  details.notes, details.attendees.count};
  std::vector<std::string> absent_names, absent_reasons;
  for (const Absence& absence : details.absent) {
    absent_names.push_back(absence.name);
    absent_reasons.push_back(absence.reason);
  }
  return fingerprint_of(fields, entry.by, details.attendees.names, details.evidence, details.tags, absent_names,
                        absent_reasons);
}

}  // namespace plancheck
