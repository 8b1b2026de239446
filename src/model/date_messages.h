#pragma once

// The catalogue of the model: why a text is not a date, for a value of a file and an option alike.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// The first argument names the value: a key ('date') or an option (--date).
inline constexpr Diagnosis<Message<std::string_view, std::string_view>, Message<std::string_view>> kDateNotIso{
    "date-not-iso",
    {"{}：日期 {} 未按 YYYY-MM-DD 格式书写", "{} is not written as YYYY-MM-DD: {}"},
    {"请写作 {}", "write it as {}"}};
// The last argument is one of the reasons below.
inline constexpr Diagnosis<Message<std::string_view, std::string_view, std::string_view>> kNotARealDate{
    "not-a-real-date",
    {"{}：{} 不是实际存在的日期（{}）", "{} is not a real date: {} ({})"},
    {"请核对月份和日期", "check the month and the day"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>> kNotADate{
    "not-a-date",
    {"{}：'{}' 不是日期", "{} is not a date: {}"},
    {"日期请按 YYYY-MM-DD 格式书写，例如 2022-03-15", "write dates as YYYY-MM-DD, e.g. 2022-03-15"}};

// Why a date is not a day of the calendar.
inline constexpr Message<int> kNoSuchMonth{"没有 {} 月", "there is no month {}"};
inline constexpr Message<int> kNoSuchDay{"没有 {} 日", "there is no day {}"};
inline constexpr Message<int, int, unsigned> kMonthHasDays{"{}-{:02} 只有 {} 天", "{}-{:02} has only {} days"};

// Every diagnosis above, for docs/diagnostics.md.
inline auto date_catalogue() { return catalogue(kDateNotIso, kNotARealDate, kNotADate); }

}  // namespace plancheck::messages
