#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/report.h"

namespace plancheck {

// The month a briefing reports on. Its evaluation is as of `as_of`, a day of the month (the
// month's last day for `render --month`).
struct BriefingMonth {
  int year = 0;
  unsigned month = 0;
  Date start, end;
  Date as_of;
};

BriefingMonth briefing_month(Date as_of);

// How far a set of quotas has come, in the counts a briefing prints.
struct Completion {
  Summary summary;
  int total = 0;
  int started = 0;      // met, late, overdue and open
  int considered = 0;   // the period ended by the as-of date, or already completed
  int completed = 0;    // met and late
  int in_progress = 0;  // open, the period not ended
  int due_unmet = 0;    // not completed, the period ended
  int not_on_time = 0;  // due_unmet and late
  // completed ÷ considered in whole per cent, rounded; none when nothing is considered yet.
  std::optional<int> percent;
};

Completion completion_of(const std::vector<const Result*>& results, Date as_of);

struct SectionCompletion {
  const Section* section = nullptr;
  Completion completion;
};

// One rule over the periods started so far: how much was due and how much of it was done.
struct RuleProgress {
  const Item* item = nullptr;
  const Rule* rule = nullptr;
  Amount required;
  Amount done;  // at most `required` in each period
  Summary summary;
};

struct ItemEntries {
  const Item* item = nullptr;
  std::vector<std::uint32_t> entries;  // indices into Ledger::entries, by date
};

struct SectionEntries {
  const Section* section = nullptr;
  std::vector<ItemEntries> items;
};

// Entries of a span of days by the plan item they serve: the item of the first rule they count
// toward, else the item they name. Sections and items in plan order, entries by date.
struct EntriesByItem {
  std::size_t count = 0;
  std::vector<SectionEntries> sections;
  std::vector<std::uint32_t> other;      // entries that belong to no item
  std::vector<std::uint32_t> unplanned;  // entries that count toward no rule
};

// What one person or unit has done and still owes.
struct SubjectRecord {
  std::string name;
  bool is_unit = false;
  std::vector<std::string> roles;
  std::vector<std::uint32_t> done;   // entries crediting them, from the plan's start to the as-of date
  std::vector<const Result*> owed;   // their results not completed, in plan order
  int completed = 0;                 // their met and late results
};

// What a briefing says of its month, beyond the status report it is built on.
struct BriefingReport {
  BriefingMonth month;
  BriefingMonth next;     // the month after
  int issue_number = 0;   // the month's number within the plan (第X期)
  Completion overall;     // of the report's rows (every quota, or the --who subject's)
  std::vector<SectionCompletion> sections;  // of every quota, per section with quotas
  std::vector<RuleProgress> rules;          // every rule, in plan order
  // The rows not completed whose period has ended by the as-of date (overdue, or open with no day
  // left), and the late ones; in plan order.
  std::vector<const Result*> problems;
  // The rows not completed whose period ends in the next month, by period end, then plan order.
  std::vector<const Result*> next_month;
  EntriesByItem this_month;  // the month's entries up to the as-of date (crediting --who, if given)
  std::optional<SubjectRecord> who;
};

// The briefing of the month of `report`'s as-of date. `report` is a status report; its query's
// `who` narrows what the briefing says to that subject. Pure.
BriefingReport build_briefing(const Report& report);

}  // namespace plancheck
