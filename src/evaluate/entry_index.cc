#include "evaluate/entry_index.h"

#include <algorithm>

namespace plancheck {

std::string EntryIndex::key(std::string_view activity, std::string_view subject) {
  std::string key(activity);
  key += '\x1f';
  key += subject;
  return key;
}

EntryIndex::EntryIndex(const Ledger& ledger) {
  for (std::uint32_t i = 0; i < ledger.entries.size(); ++i) {
    const Entry& entry = ledger.entries[i];
    for (const auto& subject : entry.by) {
      auto& list = by_key_[key(entry.activity, subject)];
      // An entry naming the same subject twice still counts once.
      if (list.empty() || list.back().entry != i) list.push_back(Dated{entry.counted_on(), entry.date, i});
    }
  }
  for (auto& [name, list] : by_key_)
    std::stable_sort(list.begin(), list.end(), [](const Dated& a, const Dated& b) { return a.counted_on < b.counted_on; });
}

std::vector<std::uint32_t> EntryIndex::find(std::string_view activity, std::string_view subject, Date first,
                                            Date last, Date known_by) const {
  std::vector<std::uint32_t> found;
  auto list = by_key_.find(key(activity, subject));
  if (list == by_key_.end() || last < first) return found;
  auto begin = std::lower_bound(list->second.begin(), list->second.end(), first,
                                [](const Dated& dated, Date day) { return dated.counted_on < day; });
  auto end = std::upper_bound(begin, list->second.end(), last,
                              [](Date day, const Dated& dated) { return day < dated.counted_on; });
  for (auto it = begin; it != end; ++it)
    if (it->date <= known_by) found.push_back(it->entry);
  return found;
}

}  // namespace plancheck
