#include "present/briefing_entries.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "messages/report.h"
#include "present/json_report.h"
#include "present/labels.h"

namespace plancheck {

using nlohmann::ordered_json;

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) joined += (i ? std::string(separator) : "") + parts[i];
  return joined;
}

bool credits(const Entry& entry, const std::optional<std::string>& who) {
  return !who || std::find(entry.by.begin(), entry.by.end(), *who) != entry.by.end();
}

// The item each of `wanted` (sorted entry indices) serves, for those that count toward a rule:
// the item of the first rule, in plan order.
std::unordered_map<std::uint32_t, const Item*> items_by_entry(const Evaluation& evaluation,
                                                              const std::vector<std::uint32_t>& wanted) {
  std::unordered_map<std::uint32_t, const Item*> items;
  for (const auto& result : evaluation.results)
    for (auto index : result.entries)
      if (std::binary_search(wanted.begin(), wanted.end(), index)) items.emplace(index, result.item);
  return items;
}

const Item* find_item(const Plan& plan, const std::string& id) {
  for (const auto& section : plan.sections)
    for (const auto& item : section.items)
      if (item.id == id) return &item;
  return nullptr;
}

std::vector<std::uint32_t> entries_between(const Ledger& ledger, Date first, Date last,
                                           const std::optional<std::string>& who) {
  std::vector<std::uint32_t> found;
  for (std::uint32_t i = 0; i < ledger.entries.size(); ++i) {
    const Entry& entry = ledger.entries[i];
    if (entry.date >= first && entry.date <= last && credits(entry, who)) found.push_back(i);
  }
  std::stable_sort(found.begin(), found.end(), [&](auto a, auto b) { return ledger.entries[a].date < ledger.entries[b].date; });
  return found;
}

}  // namespace

ordered_json readable_result(const Plan& plan, const Result& result, const Ledger& ledger, Date as_of,
                             Language language) {
  ordered_json json = result_json(result, ledger, language);
  json["section_title"] = result.section->title;
  json["item_title"] = result.item->title;
  json["activity_title"] = activity_label(plan, result.rule->activity);
  json["status_label"] = status_label(result.status, language);
  json["period_end"] = format_date(result.period.end);
  json["remaining"] = std::max(0, result.required - result.done);
  json["is_overdue"] = result.status == Status::overdue;
  json["is_late"] = result.status == Status::late;
  json["is_open"] = result.status == Status::open;
  // The day the quota was reached: for a late result, when it was finally done.
  if (result.done >= result.required && result.required > 0)
    json["completed_on"] = format_date(ledger.entries[result.entries[static_cast<std::size_t>(result.required) - 1]].date);
  if (result.status == Status::overdue) json["days_overdue"] = (as_of - result.period.end).count();
  return json;
}

ordered_json entry_json(const Plan& plan, const Ledger& ledger, std::uint32_t index, Language language) {
  const Entry& entry = ledger.entries[index];
  const EntryDetails& details = entry.detail();
  const Attendees& present = details.attendees;
  ordered_json attendees = present.count ? ordered_json(*present.count) : ordered_json(present.names);
  std::string attendees_text = present.count ? say(language, messages::kHeadCount, *present.count)
                                             : join(present.names, say(language, messages::kListSeparator));
  return {{"date", format_date(entry.date)},
          {"date_label", say(language, messages::kShortDate, month_of(entry.date),
                             static_cast<unsigned>(std::chrono::year_month_day{entry.date}.day()))},
          {"activity", entry.activity},
          {"activity_title", activity_label(plan, entry.activity)},
          {"by", entry.by},
          {"by_text", join(entry.by, say(language, messages::kListSeparator))},
          {"title", details.title},
          {"item", entry.item},
          {"place", details.place},
          {"attendees", attendees},
          {"attendees_text", attendees_text},
          {"notes", details.notes},
          {"evidence", details.evidence},
          {"tags", details.tags},
          {"file", ledger.files[entry.file]},
          {"line", entry.line}};
}

MonthEntries month_entries(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation, Date first,
                           Date last, const std::optional<std::string>& who, Language language) {
  auto found = entries_between(ledger, first, last, who);
  std::vector<std::uint32_t> sorted = found;
  std::sort(sorted.begin(), sorted.end());
  auto counted = items_by_entry(evaluation, sorted);
  std::map<const Item*, ordered_json> by_item;
  MonthEntries month{ordered_json::object(), ordered_json::array()};
  ordered_json other = ordered_json::array();
  for (auto index : found) {
    ordered_json json = entry_json(plan, ledger, index, language);
    auto counted_item = counted.find(index);
    if (counted_item == counted.end()) month.unplanned.push_back(json);
    const Item* item = counted_item != counted.end() ? counted_item->second : find_item(plan, ledger.entries[index].item);
    (item ? by_item[item] : other).push_back(std::move(json));
  }
  ordered_json sections = ordered_json::array();
  for (const auto& section : plan.sections) {
    ordered_json items = ordered_json::array();
    for (const auto& item : section.items) {
      auto entries = by_item.find(&item);
      if (entries == by_item.end()) continue;
      items.push_back({{"id", item.id},
                       {"title", item.title},
                       {"heading", item_heading(item)},
                       {"count", entries->second.size()},
                       {"entries", std::move(entries->second)}});
    }
    if (!items.empty())
      sections.push_back({{"id", section.id}, {"title", section.title}, {"heading", section_heading(section)},
                          {"items", std::move(items)}});
  }
  month.grouped = {{"count", found.size()}, {"sections", std::move(sections)}, {"has_other", !other.empty()},
                   {"other", std::move(other)}};
  return month;
}

ordered_json who_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation, const std::string& who,
                      Language language) {
  ordered_json roles = ordered_json::array();
  if (const Person* person = find_person(plan, who))
    for (const auto& tenure : person->tenures) roles.push_back(tenure.role);
  ordered_json done = ordered_json::array();
  for (auto index : entries_between(ledger, plan.start, evaluation.as_of, who)) done.push_back(entry_json(plan, ledger, index, language));
  ordered_json owed = ordered_json::array();
  int met = 0;
  for (const auto& result : evaluation.results) {
    if (result.subject != who) continue;
    if (result.status == Status::met || result.status == Status::late) {
      ++met;
      continue;
    }
    owed.push_back(readable_result(plan, result, ledger, evaluation.as_of, language));
  }
  const Unit* unit = find_unit(plan, who);
  std::size_t done_count = done.size(), owed_count = owed.size();
  return {{"name", who},
          {"kind", unit ? "unit" : "person"},
          {"roles", roles},
          {"roles_text", join(roles.get<std::vector<std::string>>(), say(language, messages::kListSeparator))},
          {"done", std::move(done)},
          {"done_count", done_count},
          {"met_count", met},
          {"owed", std::move(owed)},
          {"owed_count", owed_count},
          {"has_owed", owed_count > 0}};
}

}  // namespace plancheck
