#include "present/entries_report.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "evaluate/briefing.h"
#include "messages/spreadsheet.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/report_messages.h"
#include "present/table.h"

namespace plancheck {

namespace {

using namespace messages;
using nlohmann::ordered_json;

std::string location(const Entry& entry, const Ledger& ledger) {
  return fmt::format("{}:{}", ledger.files[entry.file], entry.line);
}

// "（第一支部 · 2022-06-01 至 2022-06-30 · 第5项 · 支委会）", or nothing when all is listed.
std::string filter_text(const ExportQuery& query, Language language) {
  std::vector<std::string> parts;
  if (query.who) parts.push_back(*query.who);
  if (query.from && query.to) {
    Period month{*query.from, *query.to, Frequency::month};
    bool whole_month = briefing_month(*query.from).start == *query.from && briefing_month(*query.from).end == *query.to;
    parts.push_back(whole_month ? period_label(month, language)
                                : format_date(*query.from) + " – " + format_date(*query.to));
  }
  if (query.item) parts.push_back(say(language, kEntriesOfItem, *query.item));
  if (query.activity) parts.push_back(*query.activity);
  if (parts.empty()) return {};
  return say(language, kEntriesFilter, fmt::format("{}", fmt::join(parts, " · ")));
}

std::string counted_text(const ExportEntry& listed, Language language) {
  if (listed.counted_toward.empty()) return say(language, kNotCountedAnywhere);
  std::vector<std::string> quotas;
  for (const Result* result : listed.counted_toward)
    quotas.push_back(say(language, kCountedQuota, result->subject, period_label(result->period, language)));
  return fmt::format("{}", fmt::join(quotas, say(language, kCountedSeparator)));
}

// An 缺席 column only when some entry listed says who was absent.
Table entries_table(const EntriesReport& report, const Style& style, Language language) {
  bool absent_column = std::any_of(report.entries.begin(), report.entries.end(),
                                   [](const ExportEntry& listed) { return !listed.entry->detail().absent.empty(); });
  Table table{{{say(language, kDateHeader)},
               {say(language, kActivityHeader), Align::left, 2},
               {say(language, kByHeader), Align::left, 2},
               {say(language, kTitleHeader), Align::left, 1}},
              {}};
  if (absent_column) table.columns.push_back({say(language, kAbsentHeader), Align::left, 1});
  table.columns.push_back({say(language, kCountedTowardHeader), Align::left, 1});
  table.columns.push_back({say(language, kLocationHeader)});
  for (const ExportEntry& listed : report.entries) {
    const Entry& entry = *listed.entry;
    Cell counted{counted_text(listed, language)};
    if (listed.counted_toward.empty() && style.color) counted = {counted.text, "\033[1;33m", style.end()};
    std::vector<Cell> row{{format_date(entry.date)},
                          {entry.activity},
                          {fmt::format("{}", fmt::join(entry.by, "、"))},
                          {entry.detail().title}};
    if (absent_column) row.push_back({absent_text(entry.detail().absent, language)});
    row.push_back(counted);
    row.push_back({location(entry, report.ledger())});
    table.rows.push_back(std::move(row));
  }
  return table;
}

ordered_json counted_json(const Result& result, Language language) {
  return {{"rule", result.rule->id},
          {"item", result.item->id},
          {"subject", result.subject},
          {"period",
           {{"start", format_date(result.period.start)},
            {"end", format_date(result.period.end)},
            {"label", period_label(result.period, language)}}},
          {"status", status_key(result.status)}};
}

ordered_json entry_json(const ExportEntry& listed, const Ledger& ledger, Language language) {
  const Entry& entry = *listed.entry;
  const EntryDetails& details = entry.detail();
  ordered_json json{{"file", ledger.files[entry.file]}, {"line", entry.line}, {"date", format_date(entry.date)}};
  if (!entry.for_period.empty()) json["for"] = entry.for_period;
  json["activity"] = entry.activity;
  json["by"] = entry.by;
  auto add_text = [&json](const char* key, const std::string& text) {
    if (!text.empty()) json[key] = text;
  };
  add_text("item", entry.item);
  add_text("title", details.title);
  add_text("place", details.place);
  if (details.attendees.count) json["attendees"] = *details.attendees.count;
  if (!details.attendees.names.empty()) json["attendees"] = details.attendees.names;
  if (!details.absent.empty()) json["absent"] = absent_json(details.absent);
  if (entry.hours) json["hours"] = amount_json(*entry.hours);
  add_text("notes", details.notes);
  if (!details.evidence.empty()) json["evidence"] = details.evidence;
  if (!details.tags.empty()) json["tags"] = details.tags;
  ordered_json counted = ordered_json::array();
  for (const Result* result : listed.counted_toward) counted.push_back(counted_json(*result, language));
  json["counted_toward"] = std::move(counted);
  return json;
}

}  // namespace

std::string entries_text(const EntriesReport& report, const RenderOptions& options) {
  Language language = options.languages.report;
  std::string out = options.style.bold(report.plan().title) + "\n" +
                    say(language, kEntriesTitle, report.entries.size(), filter_text(report.query, language)) + "\n";
  if (report.entries.empty()) return out + "\n" + say(language, kNoEntriesMatch) + "\n";
  return out + "\n" + render_table(entries_table(report, options.style, language), "", options.width);
}

ordered_json entries_json(const EntriesReport& report, const RenderOptions& options) {
  ordered_json entries = ordered_json::array();
  for (const ExportEntry& listed : report.entries)
    entries.push_back(entry_json(listed, report.ledger(), options.languages.report));
  return {{"plan_file", report.inputs->plan_file}, {"count", report.entries.size()}, {"entries", std::move(entries)}};
}

}  // namespace plancheck
