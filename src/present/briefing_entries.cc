#include "present/briefing_entries.h"

#include <fmt/format.h>

#include "messages/message.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/report_messages.h"
#include <fmt/ranges.h>

namespace plancheck {

using nlohmann::ordered_json;

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  return fmt::format("{}", fmt::join(parts, separator));
}

ordered_json entries_json(const Report& report, const std::vector<std::uint32_t>& indices, Language language) {
  ordered_json list = ordered_json::array();
  for (auto index : indices) list.push_back(entry_json(report, index, language));
  return list;
}

// Beside a result's attendance (参会率), who was absent from its meetings and why: "absent"
// [{date, name, reason}] and "absent_text" (张三（出差）、李四), empty when no entry says.
void add_absentees(ordered_json& json, const Report& report, const Result& result, Language language) {
  json["attendance_text"] = attendance_text(*result.attendance, language);
  ordered_json absent = ordered_json::array();
  std::vector<Absence> all;
  for (auto index : result.entries) {
    const Entry& entry = report.ledger().entries[index];
    for (const Absence& absence : entry.detail().absent) {
      ordered_json one{{"date", format_date(entry.date)}, {"name", absence.name}};
      if (!absence.reason.empty()) one["reason"] = absence.reason;
      absent.push_back(std::move(one));
    }
    all.insert(all.end(), entry.detail().absent.begin(), entry.detail().absent.end());
  }
  json["absent"] = std::move(absent);
  json["absent_text"] = absent_text(all, language);
}

}  // namespace

ordered_json readable_result(const Report& report, const Result& result, Language language) {
  const Ledger& ledger = report.ledger();
  ordered_json json = result_json(result, ledger, language);
  json["section_title"] = result.section->title;
  json["item_title"] = result.item->title;
  json["activity_title"] = activity_label(report.plan(), result.rule->activity);
  json["status_label"] = status_label(result.status, language);
  json["source_note"] = with_source_note("", *result.rule, language);
  json["period_end"] = format_date(result.period.end);
  json["period_end_label"] = day_label(result.period.end, language, year_of(report.as_of()));
  Amount remaining = std::max(Amount{}, result.required - result.done);
  json["remaining"] = amount_json(remaining);
  // With the rule's counting word: 1次, 32学时.
  json["required_text"] = amount_text(result.required, *result.rule, language);
  json["done_text"] = amount_text(result.done, *result.rule, language);
  json["remaining_text"] = amount_text(remaining, *result.rule, language);
  if (result.attendance) add_absentees(json, report, result, language);
  json["is_overdue"] = result.status == Status::overdue;
  json["is_late"] = result.status == Status::late;
  json["is_open"] = result.status == Status::open;
  // The day the quota was reached: for a late result, when it was finally done.
  if (result.completed_on) {
    json["completed_on"] = format_date(*result.completed_on);
    json["completed_on_label"] = day_label(*result.completed_on, language, year_of(report.as_of()));
  }
  if (result.status == Status::overdue) json["days_overdue"] = -result.days_left;
  return json;
}

ordered_json entry_json(const Report& report, std::uint32_t index, Language language) {
  const Ledger& ledger = report.ledger();
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
          {"activity_title", activity_label(report.plan(), entry.activity)},
          {"by", entry.by},
          {"by_text", join(entry.by, say(language, messages::kListSeparator))},
          {"title", details.title},
          {"item", entry.item},
          {"place", details.place},
          {"attendees", attendees},
          {"attendees_text", attendees_text},
          {"absent", absent_json(details.absent)},
          {"absent_text", absent_text(details.absent, language)},
          {"notes", details.notes},
          {"evidence", details.evidence},
          {"tags", details.tags},
          {"file", ledger.files[entry.file]},
          {"line", entry.line}};
}

ordered_json entries_by_item_json(const Report& report, const EntriesByItem& entries, Language language) {
  ordered_json sections = ordered_json::array();
  for (const auto& section : entries.sections) {
    ordered_json items = ordered_json::array();
    for (const auto& item : section.items)
      items.push_back({{"id", item.item->id},
                       {"title", item.item->title},
                       {"heading", item_heading(*item.item)},
                       {"count", item.entries.size()},
                       {"entries", entries_json(report, item.entries, language)}});
    sections.push_back({{"id", section.section->id},
                        {"title", section.section->title},
                        {"heading", section_heading(*section.section)},
                        {"items", std::move(items)}});
  }
  return {{"count", entries.count},
          {"sections", std::move(sections)},
          {"has_other", !entries.other.empty()},
          {"other", entries_json(report, entries.other, language)}};
}

ordered_json subject_record_json(const Report& report, const SubjectRecord& record, Language language) {
  ordered_json owed = ordered_json::array();
  for (const Result* result : record.owed) owed.push_back(readable_result(report, *result, language));
  return {{"name", record.name},
          {"kind", record.is_unit ? "unit" : "person"},
          {"roles", record.roles},
          {"roles_text", join(record.roles, say(language, messages::kListSeparator))},
          {"done", entries_json(report, record.done, language)},
          {"done_count", record.done.size()},
          {"met_count", record.completed},
          {"owed", std::move(owed)},
          {"owed_count", record.owed.size()},
          {"has_owed", !record.owed.empty()}};
}

}  // namespace plancheck
