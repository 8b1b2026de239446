#include "model/date.h"

#include <fmt/format.h>

#include <charconv>

#include "model/date_messages.h"

namespace plancheck {

namespace {

bool read_digits(std::string_view text, int& value) {
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

// A date as people commonly write it instead of ISO (2022/3/5, 2022.3.5, 2022-3-5): year, month
// and day, each a plain number, the year of four digits.
struct LooseDate {
  int year, month, day;
  std::string iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }
};

std::optional<LooseDate> loose_date(std::string_view text) {
  int parts[3] = {0, 0, 0};
  std::size_t part = 0;
  const char* cursor = text.data();
  const char* end = text.data() + text.size();
  while (part < 3) {
    if (cursor == end || *cursor < '0' || *cursor > '9') return std::nullopt;  // no sign
    auto [next, error] = std::from_chars(cursor, end, parts[part]);
    if (error != std::errc{}) return std::nullopt;
    cursor = next;
    if (++part < 3) {
      if (cursor == end || (*cursor != '/' && *cursor != '.' && *cursor != '-')) return std::nullopt;
      ++cursor;
    }
  }
  if (cursor != end || parts[0] < 1000 || parts[0] > 9999) return std::nullopt;
  return LooseDate{parts[0], parts[1], parts[2]};
}

// Why a date is not in the calendar: "there is no month 13", "2022-02 has only 28 days".
Text why_not_a_day(const LooseDate& date) {
  if (date.month < 1 || date.month > 12) return phrase(messages::kNoSuchMonth, date.month);
  if (date.day < 1) return phrase(messages::kNoSuchDay, date.day);
  auto last = std::chrono::year_month_day_last{
      std::chrono::year{date.year},
      std::chrono::month_day_last{std::chrono::month{static_cast<unsigned>(date.month)}}};
  return phrase(messages::kMonthHasDays, date.year, date.month, static_cast<unsigned>(last.day()));
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!read_digits(text.substr(0, 4), year) || !read_digits(text.substr(5, 2), month) ||
      !read_digits(text.substr(8, 2), day))
    return std::nullopt;
  std::chrono::year_month_day date{std::chrono::year{year},
                                   std::chrono::month{static_cast<unsigned>(month)},
                                   std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return Date{date};
}

std::optional<DateSpan> parse_period_name(std::string_view text) {
  using namespace std::chrono;
  int year_number = 0;
  if (text.size() < 4 || !read_digits(text.substr(0, 4), year_number) || year_number < 1) return std::nullopt;
  year y{year_number};
  auto span = [&](unsigned first_month, unsigned months) {
    return DateSpan{Date{y / month{first_month} / 1},
                    Date{y / month{first_month + months - 1} / last}};
  };
  std::string_view rest = text.substr(4);
  if (rest.empty()) return span(1, 12);
  int number = 0;
  if (rest.size() == 3 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'Q') && read_digits(rest.substr(2), number)) {
    if (rest[1] == 'H' && number >= 1 && number <= 2) return span(6 * number - 5, 6);
    if (rest[1] == 'Q' && number >= 1 && number <= 4) return span(3 * number - 2, 3);
    return std::nullopt;
  }
  if (rest.size() == 3 && rest[0] == '-' && read_digits(rest.substr(1), number) && number >= 1 && number <= 12)
    return span(static_cast<unsigned>(number), 1);
  return std::nullopt;
}

std::string format_date(Date date) {
  std::chrono::year_month_day ymd{date};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

DateProblem why_not_a_date(std::string_view text, const Text& what) {
  using namespace messages;
  auto loose = loose_date(text);
  if (loose && parse_date(loose->iso()))
    return {phrase(kDateNotIso.message, what, text), phrase(kDateNotIso.hint, loose->iso())};
  if (loose) return {phrase(kNotARealDate.message, what, text, why_not_a_day(*loose)), phrase(kNotARealDate.hint)};
  return {phrase(kNotADate.message, what, text), phrase(kNotADate.hint)};
}

int year_of(Date date) { return static_cast<int>(std::chrono::year_month_day{date}.year()); }

unsigned month_of(Date date) {
  return static_cast<unsigned>(std::chrono::year_month_day{date}.month());
}

}  // namespace plancheck
