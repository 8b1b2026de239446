#include "evaluate/briefing.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace plancheck {

using namespace std::chrono;

namespace {

bool is_completed(Status status) { return status == Status::met || status == Status::late; }

bool credits(const Entry& entry, const Query& query) {
  return !query.who ||
         std::any_of(entry.by.begin(), entry.by.end(), [&](const std::string& name) { return query.selects(name); });
}

// The entries dated in [first, last] crediting `who` (if given), by date, then file order.
std::vector<std::uint32_t> entries_between(const Ledger& ledger, Date first, Date last, const Query& who) {
  std::vector<std::uint32_t> found;
  for (std::uint32_t i = 0; i < ledger.entries.size(); ++i) {
    const Entry& entry = ledger.entries[i];
    if (entry.date >= first && entry.date <= last && credits(entry, who)) found.push_back(i);
  }
  std::stable_sort(found.begin(), found.end(),
                   [&](auto a, auto b) { return ledger.entries[a].date < ledger.entries[b].date; });
  return found;
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

EntriesByItem entries_by_item(const Report& report, Date first, Date last) {
  const Ledger& ledger = report.ledger();
  auto found = entries_between(ledger, first, last, report.query);
  std::vector<std::uint32_t> sorted = found;
  std::sort(sorted.begin(), sorted.end());
  auto counted = items_by_entry(*report.evaluation, sorted);
  std::map<const Item*, std::vector<std::uint32_t>> by_item;
  EntriesByItem month;
  month.count = found.size();
  for (auto index : found) {
    auto counted_item = counted.find(index);
    if (counted_item == counted.end()) month.unplanned.push_back(index);
    const Item* item =
        counted_item != counted.end() ? counted_item->second : find_item(report.plan(), ledger.entries[index].item);
    (item ? by_item[item] : month.other).push_back(index);
  }
  for (const auto& section : report.plan().sections) {
    SectionEntries shown{&section, {}};
    for (const auto& item : section.items)
      if (auto entries = by_item.find(&item); entries != by_item.end())
        shown.items.push_back(ItemEntries{&item, std::move(entries->second)});
    if (!shown.items.empty()) month.sections.push_back(std::move(shown));
  }
  return month;
}

std::vector<SectionCompletion> completion_by_section(const Report& report) {
  std::vector<SectionCompletion> sections;
  for (const auto& section : report.plan().sections) {
    std::vector<const Result*> results;
    for (const auto& result : report.evaluation->results)
      if (result.section == &section) results.push_back(&result);
    if (!results.empty()) sections.push_back(SectionCompletion{&section, completion_of(results, report.as_of())});
  }
  return sections;
}

std::vector<RuleProgress> progress_by_rule(const Report& report) {
  std::vector<RuleProgress> rules;
  for (const auto& section : report.plan().sections)
    for (const auto& item : section.items)
      for (const auto& rule : item.rules) {
        RuleProgress progress{&item, &rule, {}, {}, {}};
        std::vector<const Result*> results;
        for (const auto& result : report.evaluation->results) {
          if (result.rule != &rule) continue;
          results.push_back(&result);
          if (result.status == Status::upcoming) continue;
          progress.required += result.required;
          progress.done += std::min(result.done, result.required);
        }
        progress.completion = completion_of(results, report.as_of());
        rules.push_back(progress);
      }
  return rules;
}

std::vector<const Result*> rows_standing(const std::vector<const Result*>& rows, Standing standing) {
  std::vector<const Result*> found;
  for (const Result* result : rows)
    if (standing_of(*result) == standing) found.push_back(result);
  return found;
}

std::vector<const Result*> due_in(const std::vector<const Result*>& rows, const BriefingMonth& month) {
  std::vector<const Result*> due;
  for (const Result* result : rows)
    if (!is_completed(result->status) && result->deadline >= month.start && result->deadline <= month.end)
      due.push_back(result);
  std::stable_sort(due.begin(), due.end(),
                   [](const Result* a, const Result* b) { return a->deadline < b->deadline; });
  return due;
}

SubjectRecord record_of(const Report& report, const std::string& who) {
  SubjectRecord record;
  record.name = who;
  record.is_unit = find_unit(report.plan(), who) != nullptr;
  if (const Person* person = find_person(report.plan(), who))
    for (const auto& tenure : person->tenures) record.roles.push_back(tenure.role);
  record.done = entries_between(report.ledger(), report.plan().start, report.as_of(), report.query);
  for (const auto& result : report.evaluation->results) {
    if (!report.query.selects(result.subject)) continue;
    if (is_completed(result.status))
      ++record.completed;
    else
      record.owed.push_back(&result);
  }
  return record;
}

}  // namespace

BriefingMonth briefing_month(Date as_of) {
  year_month_day day{as_of};
  Date start = sys_days{day.year() / day.month() / 1};
  Date end = sys_days{day.year() / day.month() / last};
  return BriefingMonth{static_cast<int>(day.year()), static_cast<unsigned>(day.month()), start, end, as_of};
}

std::optional<BriefingMonth> named_month(std::string_view text) {
  auto first = parse_date(std::string(text) + "-01");
  if (!first || text.size() != 7) return std::nullopt;
  return briefing_month(*first);
}

Standing standing_of(const Result& result) {
  switch (result.status) {
    case Status::met: return Standing::done;
    case Status::late: return Standing::done_late;
    case Status::overdue: return Standing::missed;
    case Status::open: return result.days_left == 0 ? Standing::missed : Standing::in_progress;
    case Status::upcoming: return Standing::not_started;
  }
  return Standing::not_started;
}

Completion completion_of(const std::vector<const Result*>& results, Date as_of) {
  Completion completion;
  for (const Result* result : results) {
    Standing standing = standing_of(*result);
    switch (standing) {
      case Standing::done: ++completion.done; break;
      case Standing::done_late: ++completion.done_late; break;
      case Standing::missed: ++completion.missed; break;
      case Standing::in_progress: ++completion.in_progress; break;
      case Standing::not_started: ++completion.not_started; break;
    }
    if (result->deadline <= as_of) {
      ++completion.ended;
      if (standing == Standing::done) ++completion.ended_on_time;
    }
  }
  completion.total = static_cast<int>(results.size());
  if (completion.ended > 0)
    completion.percent = static_cast<int>(std::lround(100.0 * completion.ended_on_time / completion.ended));
  return completion;
}

BriefingReport build_briefing(const Report& report, Date issued) {
  BriefingReport briefing;
  briefing.issued = issued;
  const Plan& plan = report.plan();
  briefing.month = briefing_month(report.as_of());
  Date next_start = briefing.month.end + days{1};
  briefing.next = briefing_month(next_start);
  briefing.next.as_of = briefing.next.end;
  briefing.issue_number = (briefing.month.year - year_of(plan.start)) * 12 + static_cast<int>(briefing.month.month) -
                          static_cast<int>(month_of(plan.start)) + 1;
  briefing.overall = completion_of(report.rows, report.as_of());
  briefing.sections = completion_by_section(report);
  briefing.rules = progress_by_rule(report);
  briefing.missed = rows_standing(report.rows, Standing::missed);
  briefing.done_late = rows_standing(report.rows, Standing::done_late);
  briefing.next_month = due_in(report.rows, briefing.next);
  briefing.this_month = entries_by_item(report, briefing.month.start, briefing.month.as_of);
  if (report.query.who) briefing.who = record_of(report, *report.query.who);
  return briefing;
}

}  // namespace plancheck
