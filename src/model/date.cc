#include "model/date.h"

#include <fmt/format.h>

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

int year_of(Date date) { return static_cast<int>(std::chrono::year_month_day{date}.year()); }

unsigned month_of(Date date) {
  return static_cast<unsigned>(std::chrono::year_month_day{date}.month());
}

}  // namespace plancheck
