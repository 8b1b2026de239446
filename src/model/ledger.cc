#include "model/ledger.h"

#include <functional>
#include <string_view>

namespace plancheck {

namespace {

// Every field in a fixed order. Each part is preceded by its length and each list by its
// size, so that no value can slide from one field into the next.
std::string entry_key(const Entry& entry) {
  std::string key = format_date(entry.date);
  auto add = [&key](std::string_view part) {
    key += std::to_string(part.size());
    key += ':';
    key += part;
  };
  auto add_list = [&](const std::vector<std::string>& list) {
    key += '[' + std::to_string(list.size()) + ']';
    for (const auto& part : list) add(part);
  };
  const EntryDetails& details = entry.detail();
  add(entry.activity);
  add_list(entry.by);
  add(entry.item);
  add(details.title);
  add(details.place);
  add(details.notes);
  add(details.attendees.count ? std::to_string(*details.attendees.count) : "");
  add_list(details.attendees.names);
  add_list(details.evidence);
  add_list(details.tags);
  return key;
}

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

std::uint64_t entry_fingerprint(const Entry& entry) { return std::hash<std::string>{}(entry_key(entry)); }

}  // namespace plancheck
