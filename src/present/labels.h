#pragma once

#include <string>

#include "evaluate/evaluate.h"
#include "model/plan.h"

namespace plancheck {

// Stable machine names, used in JSON: met, late, overdue, open, upcoming.
const char* status_key(Status status);
// Words people read: 已完成, 逾期完成, 逾期, 进行中, 未开始.
const char* status_label(Status status);

const char* subject_kind_key(SubjectKind kind);
const char* frequency_key(Frequency frequency);

// "一、强化政治引领" / "2. 突出理论武装铸魂": headings as the plan numbers them.
std::string section_heading(const Section& section);
std::string item_heading(const Item& item);

// What a rule asks, in words: "党组书记、班子成员每人每年至少1次", "每个支部每月至少1次",
// "市外办于2022-03-31前完成".
std::string requirement_text(const Rule& rule);

// How much time is left: "剩 184 天", "今天截止" (open) or "超期 61 天" (overdue); empty otherwise.
std::string time_left_label(const Result& result, Date as_of);
// "剩 12 天", "今天截止" (0) or "超期 3 天" (negative).
std::string days_to_deadline_label(int days);

// A result's standing in one line: "逾期：完成 0/1，期限 2022-04-30，超期 61 天".
std::string result_standing(const Result& result, Date as_of);

// The activity's title if it has one, else its id.
std::string activity_label(const Plan& plan, const std::string& activity);

}  // namespace plancheck
