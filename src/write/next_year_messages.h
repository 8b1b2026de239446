#pragma once

// What `plancheck init DIR --from OLD_PLAN` asks the user to review in the plan it carried into the
// new year (next_year_plan), and why it could not carry one.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

using Words = std::string_view;

inline constexpr Message<Words, Words, Words, Words, Words> kDateMoved{
    "规则 {}（{}）的 {} 由 {} 改为 {}：请对照新年度的工作要点核实",
    "rule {} ({}): {} moved from {} to {}; check it against the new year's plan document"};
inline constexpr Message<Words, Words, Words> kPersonLeft{
    "{} 的职务（{}）已于 {} 结束：新计划中不再有此人",
    "{}'s roles ({}) ended on {}: they are not in the new plan"};
inline constexpr Message<Words, Words, Words> kRoleEnded{
    "{} 的职务 {} 已于 {} 结束：新计划中已去掉这一职务",
    "{}'s role {} ended on {}: the new plan no longer gives it to them"};
inline constexpr Message<Words, Words, Words> kPersonNamedByRule{
    "{} 的职务已于 {} 结束，但规则 {} 点名由此人完成，所以新计划中仍有此人：请核实由谁接任",
    "{}'s roles ended on {}, but rule {} names them, so they stay in the new plan: check who takes over"};
inline constexpr Message<Words, Words, Words> kRoleEnds{
    "{} 的职务 {} 将于 {} 结束：请核实届时由谁接任",
    "{}'s role {} ends on {}: check who takes over then"};
inline constexpr Message<Words, Words, Words, Words, Words> kLateMeetingOfOldYear{
    "规则 {0}（{1}）：属于 {2} 的活动最迟可在 {3} 前开展，应记入原计划 {4} 的台账，并注明 for: {2}",
    "rule {0} ({1}): the one for {2} may still be held until {3}; record it in the old plan's ledger ({4}) "
    "with for: {2}"};
inline constexpr Message<Words, Words> kYearStillInText{
    "{}中仍写着“{}”：请按新年度的工作要点修改",
    "{} still says {}: change it to the new year's wording"};
inline constexpr Message<Words> kTitleWithoutYear{
    "计划标题“{}”中没有年份：请改为新年度的标题（或在 init 时用 --title 指定）",
    "the plan's title “{}” has no year: give the new year's title (or name it with --title)"};

// Where a text that still names the old year is.
inline constexpr Message<> kSummaryPlace{"计划的总体要求（summary）", "the plan's summary"};
inline constexpr Message<Words> kSectionTitlePlace{"第{}部分的标题", "the title of section {}"};
inline constexpr Message<Words> kItemTitlePlace{"第{}项的标题", "the title of item {}"};
inline constexpr Message<Words> kItemTextPlace{"第{}项的正文", "the text of item {}"};
inline constexpr Message<Words> kQuotePlace{"规则 {} 的原文（quote）", "the quote of rule {}"};

inline constexpr Message<Words> kCarriedPlanDoesNotReadBack{
    "改写后的新计划不能按原样读回（{}）：这是 plancheck 的缺陷，请连同原计划一起报告",
    "the carried plan does not read back ({}): this is a bug in plancheck, please report it with the old plan"};

}  // namespace plancheck::messages
