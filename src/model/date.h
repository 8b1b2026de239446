#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "messages/message.h"

namespace plancheck {

// Calendar dates are whole days; arithmetic on sys_days gives day counts directly.
using Date = std::chrono::sys_days;

// Parses a strict ISO date (YYYY-MM-DD) that exists in the calendar.
std::optional<Date> parse_date(std::string_view text);

std::string format_date(Date date);

// The days [first, last] of a calendar period named as an entry's `for:` names it: 2021 (a year),
// 2022-H1 / 2022-H2 (a half-year), 2022-Q3 (a quarter), 2022-06 (a month).
struct DateSpan {
  Date first, last;
  bool operator==(const DateSpan&) const = default;
};
std::optional<DateSpan> parse_period_name(std::string_view text);

// Why `text` is not a date (parse_date refused it), as a diagnostic says it; `what` names the
// value ('date', --date). A date written another common way (2022/3/5) is told its ISO form; one
// not in the calendar (2022-02-30) is told why ("2022-02 has only 28 days").
struct DateProblem {
  Text message;
  Text hint;
};
DateProblem why_not_a_date(std::string_view text, const Text& what);

int year_of(Date date);
unsigned month_of(Date date);

}  // namespace plancheck
