#include "evaluate/period.h"

#include <algorithm>

namespace plancheck {

namespace {

using namespace std::chrono;

Date first_of(int y, unsigned m) { return sys_days{year{y} / month{m} / 1}; }
Date last_of(int y, unsigned m) { return sys_days{year{y} / month{m} / last}; }

// The calendar month span [first month, last month] that a period of `frequency` covers.
std::pair<unsigned, unsigned> month_span(Frequency frequency, unsigned m) {
  switch (frequency) {
    case Frequency::half: return m <= 6 ? std::pair{1u, 6u} : std::pair{7u, 12u};
    case Frequency::quarter: {
      unsigned first = (m - 1) / 3 * 3 + 1;
      return {first, first + 2};
    }
    case Frequency::month: return {m, m};
    default: return {1, 12};
  }
}

}  // namespace

Period period_containing(Frequency frequency, Date day) {
  if (frequency == Frequency::week) {
    Date monday = day - days{(weekday{day}.iso_encoding() - 1)};
    return Period{monday, monday + days{6}, frequency};
  }
  auto [first, last] = month_span(frequency, month_of(day));
  return Period{first_of(year_of(day), first), last_of(year_of(day), last), frequency};
}

std::vector<Period> calendar_periods(Frequency frequency, Date first, Date last) {
  std::vector<Period> periods;
  for (Date day = first; day <= last;) {
    Period period = period_containing(frequency, day);
    period.start = std::max(period.start, first);
    period.end = std::min(period.end, last);
    periods.push_back(period);
    day = period.end + days{1};
  }
  return periods;
}

IsoWeek iso_week(Date day) {
  Date thursday = day + days{4 - static_cast<int>(weekday{day}.iso_encoding())};
  int y = year_of(thursday);
  auto week = static_cast<unsigned>((thursday - first_of(y, 1)).count() / 7 + 1);
  return IsoWeek{y, week};
}

}  // namespace plancheck
