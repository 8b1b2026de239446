#pragma once

// The questions of a prompted `plancheck log` (no --activity, on a terminal), in the messages'
// language.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

inline constexpr Message<std::string_view> kPromptIntro{
    "记一条台账（计划：{}）。每项回车确认，Tab 补全；随时按 Ctrl-D 放弃，不会写入任何内容。",
    "Recording an entry (plan: {}). Enter confirms each answer, Tab completes; Ctrl-D at any point gives up "
    "and writes nothing."};
inline constexpr Message<std::string_view> kAskDate{"日期（回车为今天 {}；也可写 昨天、3-15、2022-03-15）：",
                                                    "Date (Enter for today, {}; or yesterday, 3-15, 2022-03-15): "};
inline constexpr Message<> kAskActivity{"活动：", "Activity: "};
inline constexpr Message<> kAskBy{"谁做的（人员或单位，多个用逗号或顿号分隔）：", "By (people or units, separated by commas): "};
// Asked when the date lies in the grace of a rule's earlier period: which period it is for.
inline constexpr Message<std::string_view, std::string_view> kAskForPeriod{
    "这次活动是为哪一年度（或哪一期）开展的？（回车为 {}；计入本期请写 {}）：",
    "Which year (or period) was it held for? (Enter for {}; {} counts it in the present one): "};
// Asked when the date is after the plan's end: the answer is required.
inline constexpr Message<std::string_view, std::string_view> kAskForPeriodAfterPlan{
    "这次活动是为哪一年度（或哪一期）开展的？（{} 在计划期限之后，必须回答；回车为 {}）：",
    "Which year (or period) was it held for? ({} is after the plan, so this is needed; Enter for {}): "};
inline constexpr Message<std::string_view, std::string_view> kAskForPeriodAfterPlanNoDefault{
    "这次活动是为哪一年度（或哪一期）开展的？（{} 在计划期限之后，必须回答，如 {}）：",
    "Which year (or period) was it held for? ({} is after the plan, so this is needed, e.g. {}): "};
inline constexpr Message<> kAskTitle{"标题或主题（可空）：", "Title (may be empty): "};
inline constexpr Message<> kAskPlace{"地点（可空）：", "Place (may be empty): "};
inline constexpr Message<> kAskAttendees{"参加人数或姓名（可空）：", "Head count or names of those present (may be empty): "};
inline constexpr Message<> kAskAbsent{"缺席者及原因（姓名:原因，多个用逗号分隔；可空）：",
                                      "Who was absent, and why (NAME:REASON, separated by commas; may be empty): "};
inline constexpr Message<> kAskHours{"学时（可空）：", "Hours (may be empty): "};
inline constexpr Message<> kAskNotes{"备注（可空）：", "Notes (may be empty): "};
inline constexpr Message<> kAskEvidence{"佐证材料（文件路径，多个用逗号分隔；可空）：",
                                        "Evidence (file paths, separated by commas; may be empty): "};
inline constexpr Message<std::string_view> kNotADateAnswer{"'{}' 不是日期：请写 今天、昨天、3-15 或 2022-03-15",
                                                           "'{}' is not a date: write today, yesterday, 3-15 or "
                                                           "2022-03-15"};
inline constexpr Message<std::string_view, std::string_view> kDateBeforePlanAnswer{
    "{} 在计划开始（{}）之前", "{} is before the plan starts ({})"};
inline constexpr Message<std::string_view, std::string_view> kNotAPeriodAnswer{"{}（{}）", "{} ({})"};
inline constexpr Message<std::string_view> kUnknownActivityAnswer{"计划中没有活动 '{}'", "the plan has no activity '{}'"};
inline constexpr Message<std::string_view> kUnknownSubjectAnswer{"计划中没有人员或单位 '{}'",
                                                                 "the plan has no person or unit '{}'"};
inline constexpr Message<> kAnswerNeeded{"这一项不能空着", "this one cannot be left empty"};
inline constexpr Message<> kWillCountToward{"这条记录将计入：", "This entry will count toward:"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kCountedQuotaLine{
    "  {}：{}（{}）", "  {}: {} ({})"};
inline constexpr Message<std::string_view> kConfirmWrite{"写入 {}？（回车或 y 写入，n 放弃）：",
                                                         "Write it to {}? (Enter or y writes, n gives up): "};
inline constexpr Message<> kGaveUp{"已放弃：没有写入任何内容", "given up: nothing was written"};

}  // namespace plancheck::messages
