#pragma once

// The words of reports — statuses, periods, requirements, headings and summaries. In the plan's
// language (`lang`), or --lang.

#include <cstddef>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// Statuses (JSON keeps met / late / overdue / open / upcoming whatever the language).
inline constexpr Message<> kMet{"已完成", "done"};
inline constexpr Message<> kLate{"逾期完成", "done late"};
inline constexpr Message<> kOverdue{"逾期", "overdue"};
inline constexpr Message<> kOpen{"进行中", "open"};
inline constexpr Message<> kUpcoming{"未开始", "upcoming"};

// Periods: 2022年 / 2022, 2022年上半年 / 2022 H1, …
inline constexpr Message<int> kYearPeriod{"{}年", "{}"};
inline constexpr Message<int> kFirstHalf{"{}年上半年", "{} H1"};
inline constexpr Message<int> kSecondHalf{"{}年下半年", "{} H2"};
inline constexpr Message<int, std::string_view, int> kQuarterPeriod{"{0}年第{1}季度", "{0} Q{2}"};
inline constexpr Message<int, unsigned> kMonthPeriod{"{}年{}月", "{}-{:02}"};
inline constexpr Message<int, unsigned> kWeekPeriod{"{}年第{}周", "{} week {}"};
inline constexpr Message<std::string_view> kByDuePeriod{"截至{}", "by {}"};

// Requirements: "党组书记、班子成员每人每年至少1次" / "each 党组书记 or 班子成员: at least 1 a year".
inline constexpr Message<> kLastListSeparator{"、", " or "};
inline constexpr Message<std::string_view> kEachOfRoles{"{}每人", "each {}"};
inline constexpr Message<std::string_view> kEachUnit{"每个{}", "each {}"};
// The amount is said with its counting word: "1次", "32学时" / "1", "32 hours".
// {0} who, {1} how the source words it (至少 / at least), {2} the amount.
using RequirementMessage = Message<std::string_view, std::string_view, std::string_view>;
inline constexpr RequirementMessage kEveryYear{"{0}每年{1}{2}", "{0}: {1} {2} a year"};
inline constexpr RequirementMessage kEveryHalf{"{0}每半年{1}{2}", "{0}: {1} {2} every half-year"};
inline constexpr RequirementMessage kEveryQuarter{"{0}每季度{1}{2}", "{0}: {1} {2} a quarter"};
inline constexpr RequirementMessage kEveryMonth{"{0}每月{1}{2}", "{0}: {1} {2} a month"};
inline constexpr RequirementMessage kEveryWeek{"{0}每周{1}{2}", "{0}: {1} {2} a week"};
inline constexpr Message<> kNormAtLeast{"至少", "at least"};
inline constexpr Message<> kNormUsually{"一般", "usually"};
inline constexpr Message<> kNormNoFewerThan{"不少于", "no fewer than"};
inline constexpr Message<> kNormOnTime{"按时", "on schedule,"};
// Where the rule comes from, after its requirement: "…（按《支部工作条例》）", "…（本办安排）".
inline constexpr Message<std::string_view, std::string_view> kFromDocument{"{}（按{}）", "{} (per {})"};
inline constexpr Message<std::string_view> kOfficeArrangement{"{}（本办安排）", "{} (the office's own arrangement)"};
// Where a rule's rows come from, under the item's heading.
inline constexpr Message<std::string_view> kPlanQuote{"要点原文：{}", "the plan says: {}"};
// A rule with `evidence: required`, and the entries it leaves out.
inline constexpr Message<> kEvidenceRequiredNote{"只计附有佐证材料的记录", "only entries with evidence count"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kLackingEvidence{
    "{}（{}）缺佐证材料，未计入：{}", "{} ({}): not counted for lack of evidence: {}"};
// "2022-03-15（log/2022-03.yaml:12）"
inline constexpr Message<std::string_view, std::string_view, int> kEntryAt{"{}（{}:{}）", "{} ({}:{})"};
inline constexpr Message<std::string_view, std::string_view> kDocumentRule{"按{}：{}", "per {}: {}"};
inline constexpr Message<std::string_view> kOfficeRule{"本办安排：{}", "the office's own arrangement: {}"};
inline constexpr Message<std::string_view, std::string_view> kWithPlanQuote{"{}（要点原文：{}）", "{} (the plan says: {})"};
inline constexpr Message<std::string_view, std::string_view> kOnceBy{"{}于{}前完成", "{}: done by {}"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kOnceByAmount{"{}于{}前完成，至少{}",
                                                                                           "{}: done by {}, at least {}"};
inline constexpr Message<> kTimesWord{"次", " times"};
inline constexpr Message<> kHoursWord{"学时", " hours"};
inline constexpr Plural<int, std::string_view> kGraceNote{"{1}（每期截止后可延 {0} 天）", "{1} (each period may run {0} day over)",
                                                         "{1} (each period may run {0} days over)"};

// Time left: "剩 12 天" / "12 days left".
inline constexpr Plural<int> kDaysLeft{"剩 {} 天", "{} day left", "{} days left"};
inline constexpr Message<> kDueToday{"今天截止", "due today"};
inline constexpr Plural<int> kDaysOverdue{"超期 {} 天", "{} day overdue", "{} days overdue"};

// A result in one line: "逾期：完成 0/1，期限 2022-04-30，超期 61 天".
inline constexpr Message<std::string_view, std::string_view, std::string_view> kStanding{"{}：完成 {}，期限 {}",
                                                                                       "{}: {} done, due {}"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kUpcomingStanding{
    "{}：{} 开始，期限 {}", "{}: starts {}, due {}"};
inline constexpr Message<std::string_view, std::string_view> kStandingWithTimeLeft{"{}，{}", "{}, {}"};

// Table headings.
inline constexpr Message<> kStatusColumn{"状态", "Status"};
inline constexpr Message<> kSubjectColumn{"对象", "Who"};
inline constexpr Message<> kActivityColumn{"活动", "Activity"};
inline constexpr Message<> kPeriodColumn{"周期", "Period"};
inline constexpr Message<> kDoneColumn{"完成", "Done"};
inline constexpr Message<> kDueColumn{"期限", "Due"};
inline constexpr Message<> kLeftColumn{"剩余", "Left"};
inline constexpr Message<> kAttendanceColumn{"参会率", "Attended"};
// After the requirement of an `in: contact` rule.
inline constexpr Message<> kThroughContactNote{"（所联系单位的记录也计入，未列为缺席者）",
                                               " (entries of the units they contact count too, unless they are listed absent)"};
// One who was absent, with the entry's reason: 张三（出差）.
inline constexpr Message<std::string_view, std::string_view> kAbsenceWithReason{"{}（{}）", "{} ({})"};
inline constexpr Message<> kAbsentHeader{"缺席", "Absent"};
inline constexpr Message<int, int, int> kAttendanceText{"{}%（实到{}/应到{}）", "{}% ({} of {})"};
inline constexpr Message<int> kPercent{"{}%", "{}%"};
// "第一支部 2022年第一季度 支部党员大会参会率：94%（实到17/应到18）"
inline constexpr Message<std::string_view, std::string_view, std::string_view, std::string_view> kAttendanceNote{
    "{} {} {}参会率：{}", "{} {}, {} attendance: {}"};
inline constexpr Message<int, int> kPercentBelow{"{}%（低于{}%）", "{}% (below {}%)"};
inline constexpr Message<> kItemColumn{"计划项", "Item"};
// The CSV table's other headings.
inline constexpr Message<> kSectionColumn{"部分", "Section"};
inline constexpr Message<> kRuleColumn{"规则", "Rule"};
inline constexpr Message<> kRequiredColumn{"要求次数", "Required"};
inline constexpr Message<> kDoneCountColumn{"完成次数", "Done"};
inline constexpr Message<> kDaysLeftColumn{"剩余天数", "Days left"};
inline constexpr Message<> kFileColumn{"文件", "File"};
inline constexpr Message<> kLineColumn{"行", "Line"};
inline constexpr Message<> kColumnColumn{"列", "Column"};
inline constexpr Message<> kSeverityColumn{"级别", "Severity"};
inline constexpr Message<> kMessageColumn{"问题", "Message"};
inline constexpr Message<> kHintColumn{"建议", "Hint"};
inline constexpr Message<> kErrorSeverity{"错误", "error"};
inline constexpr Message<> kWarningSeverity{"警告", "warning"};

// Progress: "▰▰▰▱▱ 3/5", "完成 60%（3/5）".
inline constexpr Message<> kNotStartedYet{"尚未开始", "not started yet"};
inline constexpr Message<int, int, int> kPercentDone{"完成 {}%（{}/{}）", "{}% done ({}/{})"};

// The status and gap reports.
inline constexpr Message<std::string_view> kStatusTitle{"完成情况，截至 {}", "Status as of {}"};
inline constexpr Message<std::string_view> kGapsTitle{"差距报告，截至 {}", "Gap report as of {}"};
inline constexpr Message<> kItemWithoutQuotas{"（本项无量化指标）", "(no quotas in this item)"};
inline constexpr Message<int, int, int, int, int> kSummary{"已完成 {} · 逾期完成 {} · 逾期 {} · 进行中 {} · 未开始 {}",
                                                          "done {} · done late {} · overdue {} · open {} · upcoming {}"};
inline constexpr Message<std::size_t, std::string_view> kShownTotal{"合计 {} 项：{}", "Total {}: {}"};
inline constexpr Plural<std::size_t, std::string_view> kAllTotal{"全部 {} 项：{}", "The {} quota: {}",
                                                                 "All {} quotas: {}"};
inline constexpr Message<> kNoGaps{"没有逾期或待完成的指标", "Nothing is overdue or open"};
inline constexpr Plural<int, int, int, int> kGaps{"需关注 {} 项：逾期 {} · 逾期完成 {} · 进行中 {}",
                                                  "{} needs attention: overdue {} · done late {} · open {}",
                                                  "{} need attention: overdue {} · done late {} · open {}"};
inline constexpr Message<> kFullStop{"。", "."};

// The agenda.
inline constexpr Message<std::string_view> kAgendaTitle{"待办事项，截至 {}", "Agenda as of {}"};
inline constexpr Plural<int, std::string_view, std::string_view> kAgendaTitleWithin{
    "待办事项，截至 {1}，含 {0} 天内（至 {2}）开始的指标", "Agenda as of {1}, with quotas starting within {0} day (by {2})",
    "Agenda as of {1}, with quotas starting within {0} days (by {2})"};
inline constexpr Message<> kNothingToDo{"没有待办的指标。", "Nothing to do."};
inline constexpr Plural<std::size_t, std::string_view, std::string_view> kAgendaTotal{
    "合计 {} 项，{}：{}", "{} quota for {}: {}", "{} quotas for {}: {}"};
inline constexpr Plural<std::size_t> kSubjectCount{"{} 个对象", "{} person or unit", "{} people or units"};
inline constexpr Message<std::string_view, int> kStatusCount{"{} {}", "{} {}"};

// The ledger listed (entries).
inline constexpr Plural<std::size_t, std::string_view> kEntriesTitle{"台账记录{1}：共 {0} 条", "Ledger entries{1}: {0}",
                                                                     "Ledger entries{1}: {0}"};
inline constexpr Message<std::string_view> kEntriesFilter{"（{}）", " ({})"};
inline constexpr Message<std::string_view> kEntriesOfItem{"第{}项", "item {}"};
inline constexpr Message<> kLocationHeader{"位置", "Where"};
inline constexpr Message<> kNotCountedAnywhere{"不计入任何指标", "counts toward no quota"};
// "第一支部·2022年6月": one quota an entry counted toward.
inline constexpr Message<std::string_view, std::string_view> kCountedQuota{"{}·{}", "{}, {}"};
inline constexpr Message<> kCountedSeparator{"；", "; "};
inline constexpr Message<> kNoEntriesMatch{"没有符合条件的记录。", "No entry matches."};

// The agenda as a calendar (--format ics): one event per quota, on its deadline.
inline constexpr Message<std::string_view> kCalendarName{"{} 待办", "{}: agenda"};
// "第一支部：支部委员会会议（2022年7月，0/1）"
inline constexpr Message<std::string_view, std::string_view, std::string_view, std::string_view> kCalendarSummary{
    "{}：{}（{}，{}）", "{}: {} ({}, {})"};
// A quota no longer simply owed says so first: "【逾期】…", "【已完成】…".
inline constexpr Message<std::string_view, std::string_view> kCalendarStatusFirst{"【{}】{}", "[{}] {}"};
inline constexpr Message<std::string_view> kCalendarWho{"对象：{}", "Who: {}"};
inline constexpr Message<std::string_view> kCalendarActivity{"活动：{}", "Activity: {}"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kCalendarPeriod{
    "周期：{}（{} 至 {}）", "Period: {} ({} to {})"};
inline constexpr Message<std::string_view> kCalendarItem{"计划项：{}", "Item: {}"};
inline constexpr Message<std::string_view> kCalendarRequired{"要求：{}", "Required: {}"};
inline constexpr Message<std::string_view> kCalendarDoneOn{"完成日期：{}", "Done on {}"};
inline constexpr Message<std::string_view> kCalendarAsOf{"以上据 {} 的台账，由 plancheck 生成",
                                                         "As the ledger stood on {}; written by plancheck"};
// The reminder: "第一支部：支部委员会会议（2022年7月，0/1）——剩 3 天".
inline constexpr Message<std::string_view, std::string_view> kCalendarReminder{"{}——{}", "{}: {}"};

// CI reports (GitHub job summary, annotations, JUnit).
inline constexpr Message<std::string_view, std::string_view> kSummaryHeading{"## {}：{}\n\n", "## {}: {}\n\n"};
inline constexpr Message<std::string_view> kAsOfSentence{"截至 {}。", "As of {}. "};
inline constexpr Message<> kSentenceEnd{"。", ". "};
inline constexpr Message<std::string_view, std::string_view, std::string_view, std::string_view> kAnnotationTitle{
    "{}：{} · {} · {}", "{}: {} · {} · {}"};
inline constexpr Message<std::string_view, std::string_view, std::string_view, std::string_view> kAnnotation{
    "{}\n计划项 {}；要求：{}（规则 {}）", "{}\nitem {}; required: {} (rule {})"};
inline constexpr Message<std::string_view, std::string_view, std::string_view, std::string_view, int> kJunitDetails{
    "{}\n要求：{}（规则 {}，{}:{}）\n", "{}\nrequired: {} (rule {}, {}:{})\n"};

// The briefing's labels (templates/README.md).
inline constexpr Message<unsigned, std::string_view> kEndOfMonth{"{0}月底", "end of {1}"};
inline constexpr Message<int, unsigned, unsigned> kLongDate{"{}年{}月{}日", "{}-{:02}-{:02}"};
inline constexpr Message<unsigned, unsigned> kShortDate{"{}月{}日", "{:02}-{:02}"};
inline constexpr Plural<int> kHeadCount{"{}人", "{} person", "{} people"};
// The briefing's words for a task's standing (evaluate/briefing.h), the same in every part of it.
inline constexpr Message<> kStandingDone{"已完成", "done"};
inline constexpr Message<> kStandingDoneLate{"逾期完成", "done late"};
inline constexpr Message<> kStandingMissed{"未按期完成", "not done on time"};
inline constexpr Message<> kStandingInProgress{"正在推进", "under way"};
inline constexpr Message<> kStandingNotStarted{"尚未开始", "not started"};
// Under the table of quotas, where quotas come from: "第5至11项指标按《…》设定", "quotas 5–11 follow …".
inline constexpr Message<int, int> kNumberRange{"{}至{}", "{}–{}"};
inline constexpr Message<std::string_view, std::string_view> kQuotasFromDocument{"第{}项指标按{}设定",
                                                                               "quotas {} follow {}"};
inline constexpr Message<std::string_view> kQuotasOfOffice{"第{}项指标的时限为本办安排，工作要点未作规定",
                                                           "quotas {}: the deadline is the office's own arrangement, not the plan's"};
inline constexpr Message<> kNoteSeparator{"；", "; "};
inline constexpr Message<> kNoteEnd{"。", "."};

// The HTML dashboard (status, check and agenda --format html).
inline constexpr Message<> kPageNeedsAttention{"需关注", "Needs attention"};
inline constexpr Message<> kPageBySection{"各部分完成情况", "Completion by section"};
inline constexpr Message<> kPageByStatus{"全部指标状态", "Every quota by status"};
inline constexpr Message<> kPageDetails{"各项指标", "Quotas by item"};
inline constexpr Message<> kPageBySubject{"各对象待办", "What each person or unit owes"};
inline constexpr Message<> kPageFilter{"筛选", "Filter"};
inline constexpr Message<> kPageAll{"全部", "all"};
inline constexpr Message<> kPageClearFilter{"清除筛选", "Clear"};
inline constexpr Message<> kPageShowing{"显示", "Showing"};
inline constexpr Message<> kPageNothingMatches{"没有符合筛选条件的指标。", "No quota matches the filter."};
inline constexpr Message<> kPageFoundWhileReading{"读取文件时发现的问题", "Found while reading the files"};
inline constexpr Message<std::string_view> kPageMadeBy{"由 plancheck 生成，截至 {}", "Made by plancheck, as of {}"};

}  // namespace plancheck::messages
