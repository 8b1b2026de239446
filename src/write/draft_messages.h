#pragma once

// The comments `plancheck draft` writes into the plan it drafts.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

inline constexpr Message<std::string_view> kDraftHeader{
    "# 由 plancheck draft 从 {} 起草。\n"
    "# 标有“# 待核对”的规则、单位是按原文字面推断的：请逐条对照原文（quote）核对后删去该标记。\n"
    "# 人员（people）与各支部的名称需补全；活动的名称可改短，改时请一并改规则中的 activity。\n",
    "# Drafted by plancheck draft from {}.\n"
    "# Rules and units marked \"# to review\" were inferred from the wording: check each against its quote,\n"
    "# then remove the mark. Add the people (people) and the names of the branches; activities may be renamed\n"
    "# (rename them in the rules' activity too).\n"};
inline constexpr Message<> kReviewMark{"待核对", "to review"};
inline constexpr Message<std::string_view> kNameTheUnits{"待核对：改为各{}的名称，每个一行",
                                                         "to review: put the name of each {}, one a line"};
inline constexpr Message<> kUnplacedHeading{"以下含数字的句子未能起草为规则，请核对是否需要补写：",
                                            "Sentences with a number in them that became no rule (check whether they need one):"};
inline constexpr Message<std::string_view, std::string_view> kUnplacedInItem{"第{}条：{}", "item {}: {}"};
inline constexpr Message<std::string_view> kUnplacedInSummary{"总体要求：{}", "summary: {}"};

}  // namespace plancheck::messages
