#include "present/export_tables.h"

#include <fmt/format.h>

#include "present/report_messages.h"
#include "messages/spreadsheet.h"
#include "present/labels.h"
#include <fmt/ranges.h>

namespace plancheck {

namespace {

using namespace messages;

std::string joined_with(const std::vector<std::string>& parts, std::string_view separator) {
  return fmt::format("{}", fmt::join(parts, separator));
}

// Empty text stays an empty cell, so that a blank column filters as blank.
ExportCell text_cell(std::string text) { return text.empty() ? ExportCell{} : ExportCell::of_text(std::move(text)); }

std::vector<std::string> say_all(Language language, std::initializer_list<const Message<>*> headers) {
  std::vector<std::string> words;
  for (const Message<>* header : headers) words.push_back(say(language, *header));
  return words;
}

std::string counted_toward(const ExportEntry& exported, Language language) {
  std::vector<std::string> lines;
  for (const Result* result : exported.counted_toward)
    lines.push_back(say(language, kCountedToward, result->rule->id, result->subject,
                        period_label(result->period, language)));
  return joined_with(lines, "\n");
}

// The columns of the entries sheet that only some ledgers need: a ledger whose entries never say
// what period they are for, or how many hours they gave, is exported as it was before those fields.
struct OptionalColumns {
  bool for_period = false;
  bool hours = false;
};

OptionalColumns optional_columns(const ExportReport& report) {
  OptionalColumns columns;
  for (const ExportEntry& exported : report.entries) {
    columns.for_period = columns.for_period || !exported.entry->for_period.empty();
    columns.hours = columns.hours || exported.entry->hours.has_value();
  }
  return columns;
}

std::vector<ExportCell> entry_row(const ExportEntry& exported, const Ledger& ledger, OptionalColumns columns,
                                  Language language) {
  const Entry& entry = *exported.entry;
  const EntryDetails& details = entry.detail();
  std::optional<int> count = details.attendees.count;
  std::vector<ExportCell> row{ExportCell::of_date(entry.date)};
  if (columns.for_period) row.push_back(text_cell(entry.for_period));
  row.insert(row.end(), {text_cell(entry.activity), text_cell(joined_with(entry.by, "、")), text_cell(details.title),
                         text_cell(details.place), count ? ExportCell::of_number(*count) : ExportCell{}});
  if (columns.hours) row.push_back(entry.hours ? ExportCell::of_amount(*entry.hours) : ExportCell{});
  row.insert(row.end(), {text_cell(joined_with(details.attendees.names, "、")), text_cell(details.notes),
                         text_cell(joined_with(details.evidence, "\n")), text_cell(entry.item),
                         text_cell(joined_with(details.tags, "、")), text_cell(counted_toward(exported, language)),
                         text_cell(fmt::format("{}:{}", ledger.files[entry.file], entry.line))});
  return row;
}

ExportTable quotas_table(const ExportReport& report, Language language) {
  ExportTable table{say(language, kQuotasSheet),
                    say_all(language, {&kSectionHeader, &kItemHeader, &kRuleHeader, &kRequirementHeader,
                                       &kSubjectHeader, &kActivityHeader, &kPeriodHeader, &kPeriodStartHeader,
                                       &kDeadlineHeader, &kRequiredHeader, &kDoneHeader, &kStatusHeader,
                                       &kDaysLeftHeader, &kSourceHeader}),
                    {}};
  for (const Result* result : report.results) {
    bool running = result->status == Status::open || result->status == Status::overdue;
    table.rows.push_back({text_cell(result->section->id), text_cell(item_heading(*result->item)),
                          text_cell(result->rule->id), text_cell(requirement_text(*result->rule, language)),
                          text_cell(result->subject), text_cell(activity_label(report.plan(), result->rule->activity)),
                          text_cell(period_label(result->period, language)), ExportCell::of_date(result->period.start),
                          ExportCell::of_date(result->deadline), ExportCell::of_amount(result->required),
                          ExportCell::of_amount(result->done), text_cell(status_label(result->status, language)),
                          running ? ExportCell::of_number(result->days_left) : ExportCell{},
                          text_cell(fmt::format("{}:{}", report.plan().file, result->rule->position.line))});
  }
  return table;
}

std::vector<ExportCell> summary_row(std::string section, std::string item, const Summary& summary, int entries) {
  int total = summary.met + summary.late + summary.overdue + summary.open + summary.upcoming;
  int started = total - summary.upcoming;
  std::vector<ExportCell> row{text_cell(std::move(section)),     text_cell(std::move(item)),
                              ExportCell::of_number(total),      ExportCell::of_number(summary.met),
                              ExportCell::of_number(summary.late), ExportCell::of_number(summary.overdue),
                              ExportCell::of_number(summary.open), ExportCell::of_number(summary.upcoming),
                              ExportCell{},                      ExportCell::of_number(entries)};
  if (started > 0) row[8] = ExportCell::of_text(fmt::format("{}%", (summary.met + summary.late) * 100 / started));
  return row;
}

ExportTable summary_table(const ExportReport& report, Language language) {
  ExportTable table{say(language, kSummarySheet),
                    {say(language, kSectionHeader), say(language, kItemHeader), say(language, kQuotaCountHeader),
                     say(language, kMet), say(language, kLate), say(language, kOverdue), say(language, kOpen),
                     say(language, kUpcoming), say(language, kCompletionHeader), say(language, kEntryCountHeader)},
                    {}};
  std::size_t item_index = 0;
  for (std::size_t index = 0; index < report.sections.size(); ++index) {
    const SectionRows& section = report.sections[index];
    std::string heading = section_heading(*section.section);
    table.rows.push_back(
        summary_row(heading, say(language, kSectionTotal), section.summary, report.section_entry_counts[index]));
    for (const ItemRows& item : section.items)
      table.rows.push_back(
          summary_row(heading, item_heading(*item.item), item.summary, report.item_entry_counts[item_index++]));
  }
  return table;
}

}  // namespace

ExportCell ExportCell::of_text(std::string text) { return ExportCell{Kind::text, std::move(text), 0, {}}; }
ExportCell ExportCell::of_number(long long number) { return of_amount(Amount::count(number)); }
ExportCell ExportCell::of_amount(Amount amount) { return ExportCell{Kind::number, {}, amount, {}}; }
ExportCell ExportCell::of_date(Date date) { return ExportCell{Kind::date, {}, {}, date}; }

ExportTable entries_table(const ExportReport& report, Language language) {
  OptionalColumns columns = optional_columns(report);
  std::vector<const Message<>*> headers{&kDateHeader};
  if (columns.for_period) headers.push_back(&kForHeader);
  headers.insert(headers.end(), {&kActivityHeader, &kByHeader, &kTitleHeader, &kPlaceHeader, &kHeadCountHeader});
  if (columns.hours) headers.push_back(&kHoursHeader);
  headers.insert(headers.end(), {&kAttendeesHeader, &kNotesHeader, &kEvidenceHeader, &kItemHeader, &kTagsHeader,
                                 &kCountedTowardHeader, &kSourceHeader});
  ExportTable table{say(language, kEntriesSheet), {}, {}};
  for (const Message<>* header : headers) table.headers.push_back(say(language, *header));
  for (const ExportEntry& exported : report.entries)
    table.rows.push_back(entry_row(exported, report.ledger(), columns, language));
  return table;
}

std::vector<ExportTable> export_tables(const ExportReport& report, Language language) {
  return {entries_table(report, language), quotas_table(report, language), summary_table(report, language)};
}

}  // namespace plancheck
