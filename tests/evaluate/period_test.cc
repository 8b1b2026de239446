#include "evaluate/period.h"

#include <doctest/doctest.h>

using namespace plancheck;

namespace {
Date day(const char* text) { return *parse_date(text); }
}  // namespace

TEST_CASE("calendar periods are aligned to the calendar and clipped to the window") {
  auto halves = calendar_periods(Frequency::half, day("2022-03-10"), day("2022-12-31"));
  REQUIRE(halves.size() == 2);
  CHECK(halves[0].start == day("2022-03-10"));
  CHECK(halves[0].end == day("2022-06-30"));
  CHECK(halves[1].start == day("2022-07-01"));

  auto quarters = calendar_periods(Frequency::quarter, day("2022-01-01"), day("2022-12-31"));
  REQUIRE(quarters.size() == 4);
  CHECK(quarters[3].start == day("2022-10-01"));

  auto months = calendar_periods(Frequency::month, day("2024-02-01"), day("2024-03-31"));
  REQUIRE(months.size() == 2);
  CHECK(months[0].end == day("2024-02-29"));

  auto years = calendar_periods(Frequency::year, day("2022-07-01"), day("2023-06-30"));
  REQUIRE(years.size() == 2);
  CHECK(years[0].end == day("2022-12-31"));
  CHECK(years[1].start == day("2023-01-01"));
}

TEST_CASE("ISO weeks run Monday to Sunday and can belong to the previous year") {
  Period week = period_containing(Frequency::week, day("2022-06-08"));
  CHECK(week.start == day("2022-06-06"));
  CHECK(week.end == day("2022-06-12"));
  CHECK(iso_week(day("2022-06-08")).week == 23);
  CHECK(iso_week(day("2021-01-03")).year == 2020);
  CHECK(iso_week(day("2021-01-03")).week == 53);
  CHECK(iso_week(day("2024-12-30")).year == 2025);
  CHECK(iso_week(day("2024-12-30")).week == 1);
}
