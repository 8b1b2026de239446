#pragma once

#include <string>

#include "evaluate/evaluate.h"
#include "evaluate/period.h"
#include "messages/message.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

// Stable machine names, used in JSON: met, late, overdue, open, upcoming.
const char* status_key(Status status);
// Words people read: 已完成, 逾期完成, 逾期, 进行中, 未开始 (done, done late, overdue, in progress, not started).
std::string status_label(Status status, Language language);

const char* subject_kind_key(SubjectKind kind);
const char* frequency_key(Frequency frequency);

// 2022年, 2022年上半年, 2022年第二季度, 2022年6月, 2022年第23周 (2022, 2022 H1, 2022 Q2, 2022-06,
// 2022 week 23); a `once` period is labelled by its due date (截至2022-03-31, by 2022-03-31).
std::string period_label(const Period& period, Language language);

// "一、强化政治引领" / "2. 突出理论武装铸魂": headings as the plan numbers them.
std::string section_heading(const Section& section);
std::string item_heading(const Item& item);

// What a rule asks, in words: "党组书记、班子成员每人每年至少1次", "每个支部每月至少1次",
// "市外办于2022-03-31前完成" ("each 支部: at least 1 a month").
// The rule's source is said after it: "（按《支部工作条例》）", "（本办安排）"; nothing for the plan's own.
std::string requirement_text(const Rule& rule, Language language);
std::string with_source_note(std::string requirement, const Rule& rule, Language language);
// Words in Chinese quotation marks, quotation marks inside them made single: “制定‘双创双建’方案”.
std::string quoted(const std::string& words);
// A document's name as prose quotes it: 《支部工作条例》 (written with or without the brackets).
std::string document_title(const std::string& name, Language language);
// The same without the source.
std::string requirement_words(const Rule& rule, Language language);
// Where the rule comes from, for a line under its item: "要点原文：“…”", "按《支部工作条例》：每个支部每月一般1次",
// "本办安排：市外办于2022-04-30前完成"; empty for a rule of the plan's without a quote.
std::string provenance_text(const Rule& rule, Language language);

// How much time is left: "剩 184 天", "今天截止" (open) or "超期 61 天" (overdue); empty otherwise.
std::string time_left_label(const Result& result, Language language);
// "剩 12 天", "今天截止" (0) or "超期 3 天" (negative); "12 days left", "due today", "3 days overdue".
std::string days_to_deadline_label(int days, Language language);

// An amount with its counting word: "1次", "2个", "32学时" / "1", "32 hours".
std::string amount_text(Amount amount, const Rule& rule, Language language);
// Done of required: "0/1", "16/32学时" / "16/32 hours".
std::string done_of_required(const Result& result, Language language);
// For each of `rows` that a rule requiring evidence left entries out of, one line naming them and
// where they are: "第一支部（2022年第三季度）缺佐证材料，未计入：2022-07-20（log/2022-07.yaml:11）".
std::vector<std::string> lacking_evidence_lines(const Ledger& ledger, const std::vector<const Result*>& rows,
                                                Language language);
// A unit's attendance: "87%（实到45/应到52）", "87% (45 of 52)".
std::string attendance_text(const Attendance& attendance, Language language);
// Who was absent, with reasons where given: "张三（出差）、李四" ("张三 (出差), 李四").
std::string absent_text(const std::vector<Absence>& absent, Language language);

// A result's standing in one line: "逾期：完成 0/1，期限 2022-04-30，超期 61 天".
std::string result_standing(const Result& result, Language language);

// A day in prose: 7月31日, or 2023年1月31日 when it is not in `year` (English: 2022-07-31).
std::string day_label(Date date, Language language, int year);

// The activity's title if it has one, else its id.
std::string activity_label(const Plan& plan, const std::string& activity);

}  // namespace plancheck
