#include "evaluate/export.h"

#include <algorithm>
#include <map>

namespace plancheck {

namespace {

bool entry_selected(const Entry& entry, const ExportQuery& query) {
  if (query.from && entry.date < *query.from) return false;
  if (query.to && entry.date > *query.to) return false;
  if (query.activity && entry.activity != *query.activity) return false;
  return !query.who || std::any_of(entry.by.begin(), entry.by.end(), [&](const std::string& name) {
           return selects_subject(query.who, query.who_subjects, name);
         });
}

bool result_selected(const Result& result, const ExportQuery& query) {
  if (query.from && result.period.end < *query.from) return false;
  if (query.to && result.period.start > *query.to) return false;
  if (query.activity && result.rule->activity != *query.activity) return false;
  return selects_subject(query.who, query.who_subjects, result.subject);
}

// For every entry (by index into the ledger), the results it counts toward, in plan order.
std::map<std::uint32_t, std::vector<const Result*>> counted_toward(const std::vector<const Result*>& results) {
  std::map<std::uint32_t, std::vector<const Result*>> counted;
  for (const Result* result : results)
    for (std::uint32_t index : result->entries) counted[index].push_back(result);
  return counted;
}

bool serves(const ExportEntry& exported, const Item& item) {
  if (exported.entry->item == item.id) return true;
  return std::any_of(exported.counted_toward.begin(), exported.counted_toward.end(),
                     [&item](const Result* result) { return result->item == &item; });
}

}  // namespace

std::vector<ExportEntry> select_entries(const Workspace& inputs, const std::vector<const Result*>& counted,
                                        const ExportQuery& query) {
  auto toward = counted_toward(counted);
  const std::vector<Entry>& entries = inputs.ledger.entries;
  const Item* item = query.item ? find_item(*inputs.plan, *query.item) : nullptr;
  std::vector<ExportEntry> selected;
  for (std::uint32_t index = 0; index < entries.size(); ++index) {
    if (!entry_selected(entries[index], query)) continue;
    auto found = toward.find(index);
    ExportEntry listed{&entries[index], found == toward.end() ? std::vector<const Result*>{} : found->second};
    if (query.item && !(item && serves(listed, *item))) continue;
    selected.push_back(std::move(listed));
  }
  std::stable_sort(selected.begin(), selected.end(),
                   [](const ExportEntry& a, const ExportEntry& b) { return a.entry->date < b.entry->date; });
  return selected;
}

EntriesReport build_entries(const Workspace& inputs, const Evaluation& evaluation, const ExportQuery& query) {
  std::vector<const Result*> all;
  for (const Result& result : evaluation.results) all.push_back(&result);
  return EntriesReport{&inputs, &evaluation, query, select_entries(inputs, all, query)};
}

ExportReport build_export(const Workspace& inputs, const Evaluation& evaluation, const ExportQuery& query) {
  ExportReport report;
  report.inputs = &inputs;
  report.evaluation = &evaluation;
  report.query = query;
  for (const Result& result : evaluation.results)
    if (result_selected(result, query)) report.results.push_back(&result);
  report.entries = select_entries(inputs, report.results, query);
  report.shown = summarize(report.results);
  // Every item, with its results: an inspector's summary lists the items without quotas too.
  std::size_t next = 0;
  for (const Section& section : inputs.plan->sections) {
    SectionRows section_rows{&section, {}, {}};
    for (const Item& item : section.items) {
      ItemRows item_rows{&item, {}, {}};
      while (next < report.results.size() && report.results[next]->item == &item)
        item_rows.rows.push_back(report.results[next++]);
      item_rows.summary = summarize(item_rows.rows);
      for (const Result* row : item_rows.rows) section_rows.summary.add(row->status);
      report.item_entry_counts.push_back(static_cast<int>(std::count_if(
          report.entries.begin(), report.entries.end(), [&item](const ExportEntry& e) { return serves(e, item); })));
      section_rows.items.push_back(std::move(item_rows));
    }
    report.section_entry_counts.push_back(static_cast<int>(
        std::count_if(report.entries.begin(), report.entries.end(), [&section](const ExportEntry& exported) {
          return std::any_of(section.items.begin(), section.items.end(),
                             [&exported](const Item& item) { return serves(exported, item); });
        })));
    report.sections.push_back(std::move(section_rows));
  }
  return report;
}

}  // namespace plancheck
