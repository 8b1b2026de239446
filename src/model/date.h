#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

// Calendar dates are whole days; arithmetic on sys_days gives day counts directly.
using Date = std::chrono::sys_days;

// Parses a strict ISO date (YYYY-MM-DD) that exists in the calendar.
std::optional<Date> parse_date(std::string_view text);

std::string format_date(Date date);

int year_of(Date date);
unsigned month_of(Date date);

}  // namespace plancheck
