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
// The month "YYYY-MM" names (--month), or nothing when it names none.
std::optional<BriefingMonth> named_month(std::string_view text);

// The one vocabulary of every briefing: each task (a rule × subject × period; a rule is an
// 指标, its tasks 任务) stands in exactly one of these, and the table, the totals sentence, 存在问题
// and the charts all count by it.
enum class Standing {
  done,         // 已完成: met
  done_late,    // 逾期完成: a one-off task done after its due date
  missed,       // 未按期完成: overdue, or open on the last day of its period
  in_progress,  // 正在推进: open with days left
  not_started,  // 尚未开始: upcoming
};

Standing standing_of(const Result& result);

// How far a set of tasks has come, in the counts a briefing prints.
struct Completion {
  int total = 0;
  int done = 0;
  int done_late = 0;
  int missed = 0;
  int in_progress = 0;
  int not_started = 0;
  int ended = 0;          // tasks whose period ended by the as-of date (done early ones are not)
  int ended_on_time = 0;  // of those, the ones done within their period (met)
  // ended_on_time ÷ ended in whole per cent, rounded; none when no period has ended yet.
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
  Completion completion;  // of its tasks
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
  Date issued;            // the date the briefing bears (render --issued; default the as-of date)
  BriefingMonth next;     // the month after
  int issue_number = 0;   // the month's number within the plan (第X期)
  Completion overall;     // of the report's rows (every quota, or the --who subject's)
  std::vector<SectionCompletion> sections;  // of every quota, per section with quotas
  std::vector<RuleProgress> rules;          // every rule, in plan order
  std::vector<const Result*> missed;     // the rows of Standing::missed, in plan order
  std::vector<const Result*> done_late;  // the rows of Standing::done_late, in plan order
  // The rows not completed whose period ends in the next month, by period end, then plan order.
  std::vector<const Result*> next_month;
  EntriesByItem this_month;  // the month's entries up to the as-of date (crediting --who, if given)
  std::optional<SubjectRecord> who;
};

// The briefing of the month of `report`'s as-of date. `report` is a status report; its query's
// `who` narrows what the briefing says to that subject. Pure.
BriefingReport build_briefing(const Report& report, Date issued);

}  // namespace plancheck
