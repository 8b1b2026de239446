#pragma once

// Values of a 台账 sheet's cells as offices type them, beyond what a log file accepts.

#include <optional>
#include <string>
#include <string_view>

#include "model/amount.h"
#include "model/date.h"
#include "read/sheet.h"

namespace plancheck {

// The period a `for` cell names, written as `for:` takes it: 2021, 2022-H1, 2022-Q3 and 2022-06 as
// they are, and as offices type them: 2021年, 2021年度, 2022年上半年, 2022年下半年, 2022年第三季度
// (or 第3季度), 2022年6月 (or 06月). Nothing for anything else.
std::optional<std::string> parse_office_period(std::string_view text);

// Hours as a cell holds them: a number cell, when it is a number ≥ 0 of whole hundredths (Excel
// keeps 1.5 as a binary fraction), or text as `hours:` takes it (1.5, 0.25).
std::optional<Amount> parse_office_hours(const SheetCell& cell);

// A date with separators as offices type it: 2022-03-15, 2022/3/15, 2022.3.15, 2022年3月15日 (a time
// after it is ignored). Nothing for anything else.
std::optional<Date> parse_office_date_text(std::string_view text);

// A date as a clerk answers "when?": empty or 今天 (today), 昨天, 前天, a day of `year` (3-15, 3/15,
// 3月15日; default: today's year) or any date parse_office_date_text reads.
std::optional<Date> parse_spoken_date(std::string_view text, Date today, std::optional<int> year = std::nullopt);

}  // namespace plancheck
