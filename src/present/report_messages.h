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
inline constexpr Message<std::string_view, int> kEveryYear{"{}每年至少{}次", "{}: at least {} a year"};
inline constexpr Message<std::string_view, int> kEveryHalf{"{}每半年至少{}次", "{}: at least {} every half-year"};
inline constexpr Message<std::string_view, int> kEveryQuarter{"{}每季度至少{}次", "{}: at least {} a quarter"};
inline constexpr Message<std::string_view, int> kEveryMonth{"{}每月至少{}次", "{}: at least {} a month"};
inline constexpr Message<std::string_view, int> kEveryWeek{"{}每周至少{}次", "{}: at least {} a week"};
inline constexpr Message<std::string_view, std::string_view> kOnceBy{"{}于{}前完成", "{}: done by {}"};
inline constexpr Message<std::string_view, std::string_view, int> kOnceByTimes{"{}于{}前完成，至少{}次",
                                                                                 "{}: done by {}, at least {} times"};

// Time left: "剩 12 天" / "12 days left".
inline constexpr Plural<int> kDaysLeft{"剩 {} 天", "{} day left", "{} days left"};
inline constexpr Message<> kDueToday{"今天截止", "due today"};
inline constexpr Plural<int> kDaysOverdue{"超期 {} 天", "{} day overdue", "{} days overdue"};

// A result in one line: "逾期：完成 0/1，期限 2022-04-30，超期 61 天".
inline constexpr Message<std::string_view, int, int, std::string_view> kStanding{"{}：完成 {}/{}，期限 {}",
                                                                               "{}: {}/{} done, due {}"};
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
inline constexpr Message<> kItemColumn{"计划项", "Item"};

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
inline constexpr Message<> kRuleNotDone{"未按期完成", "not done on time"};
inline constexpr Message<> kRuleUnderWay{"正在推进", "under way"};

}  // namespace plancheck::messages
