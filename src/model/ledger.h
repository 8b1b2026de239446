#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/amount.h"
#include "model/date.h"

namespace plancheck {

// Who attended: either a head count or a list of names (or neither).
struct Attendees {
  std::optional<int> count;
  std::vector<std::string> names;

  bool operator==(const Attendees&) const = default;
};

// Someone who was not there (缺席), and why when the entry says (出差, 病假); empty: not said.
struct Absence {
  std::string name;
  std::string reason;

  bool operator==(const Absence&) const = default;
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
  std::vector<Absence> absent;  // `absent:`, in the order written

  bool operator==(const EntryDetails&) const = default;
};

// What the reader found of an entry's evidence (佐证材料).
enum class EvidenceFound : std::uint8_t {
  none_given,      // the entry names no evidence
  not_looked_for,  // named, but not looked for (a link, or read without a folder to look in)
  found,           // at least one named file exists
  not_found,       // every named file is missing
};

// One record of the ledger (台账): something that was done, by whom, when.
struct Entry {
  Date date;
  std::string activity;
  std::vector<std::string> by;
  std::string item;
  // `for:` the period the entry is for, as written (2021, 2022-H1…), and that period's last day:
  // the entry counts as if held on it. Its real date still decides when it is known and whether
  // it was in time.
  std::string for_period;
  std::optional<Date> for_end;
  std::optional<Amount> hours;  // 学时 it gave, for rules that sum hours
  // How many attended (实到): the head count of `attendees`, or how many it names. Kept with the
  // entry, not its details, because attendance rates are counted from it.
  std::optional<int> present;
  // Shared and immutable, so that copying an entry is cheap; null when not kept.
  std::shared_ptr<const EntryDetails> details;
  // Of every field, details included; set by the reader (use entry_fingerprint for entries
  // made by hand).
  std::uint64_t fingerprint = 0;
  EvidenceFound evidence = EvidenceFound::none_given;
  std::uint32_t file = 0;         // index into Ledger::files
  int line = 0;
  int column = 0;

  // The day the entry counts on: the end of the period it is for, else its date.
  Date counted_on() const { return for_end.value_or(date); }
  // Whether it counts toward a rule that requires evidence.
  bool has_evidence() const { return evidence == EvidenceFound::found || evidence == EvidenceFound::not_looked_for; }
  // The details, or empty ones when they were not kept.
  const EntryDetails& detail() const;
  // The details for changing: a copy of its own when they are shared.
  EntryDetails& edit_details();
};

// A 64-bit hash of every field (date, activity, by, item and the details): two entries with the
// same fingerprint say the same thing. Needs the details.
std::uint64_t entry_fingerprint(const Entry& entry);

// The same from the fields themselves, so that a reader can fingerprint an entry without
// keeping (or copying) its details. `List` is any list of texts.
struct EntryFields {
  Date date;
  std::string_view activity;
  std::string_view item;
  std::string_view for_period;
  std::optional<Amount> hours;
  std::string_view title;
  std::string_view place;
  std::string_view notes;
  std::optional<int> attendee_count;
};
// `absent_names` and `absent_reasons` go together, one reason (maybe empty) for each name.
template <typename List>
std::uint64_t fingerprint_of(const EntryFields& fields, const List& by, const List& attendee_names,
                             const List& evidence, const List& tags, const List& absent_names,
                             const List& absent_reasons);

// Combines the hashes of every field in a fixed order. Each list is preceded by its size, so
// that no value can slide from one field into the next.
class Fingerprint {
 public:
  void add(std::string_view part) { mix(std::hash<std::string_view>{}(part)); }
  template <typename List>
  void add_list(const List& list) {
    mix(list.size());
    for (const auto& part : list) add(part);
  }
  void add_number(std::uint64_t number) { mix(number); }
  std::uint64_t value() const { return hash_; }

 private:
  // The 64-bit mixing step of boost::hash_combine.
  void mix(std::uint64_t value) { hash_ ^= value + 0x9e3779b97f4a7c15ULL + (hash_ << 12) + (hash_ >> 4); }
  std::uint64_t hash_ = 0;
};

template <typename List>
std::uint64_t fingerprint_of(const EntryFields& fields, const List& by, const List& attendee_names,
                             const List& evidence, const List& tags, const List& absent_names,
                             const List& absent_reasons) {
  Fingerprint fingerprint;
  fingerprint.add_number(static_cast<std::uint64_t>(fields.date.time_since_epoch().count()));
  fingerprint.add(fields.activity);
  fingerprint.add_list(by);
  fingerprint.add(fields.item);
  fingerprint.add(fields.for_period);
  // No hours differs from 0 hours.
  fingerprint.add_number(fields.hours ? static_cast<std::uint64_t>(fields.hours->hundredths) + 1 : 0);
  fingerprint.add(fields.title);
  fingerprint.add(fields.place);
  fingerprint.add(fields.notes);
  // A head count of 0 differs from none.
  fingerprint.add_number(fields.attendee_count ? static_cast<std::uint64_t>(*fields.attendee_count) + 1 : 0);
  fingerprint.add_list(attendee_names);
  fingerprint.add_list(evidence);
  fingerprint.add_list(tags);
  // Only when given, so that entries without absentees keep the fingerprints they had.
  if (!absent_names.empty()) {
    fingerprint.add_list(absent_names);
    fingerprint.add_list(absent_reasons);
  }
  return fingerprint.value();
}

struct Ledger {
  std::vector<std::string> files;  // every log file read, in reading order
  std::vector<Entry> entries;      // in file order, then in order within each file
};

}  // namespace plancheck
