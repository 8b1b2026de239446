#include "model/date.h"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("parse_date accepts only real YYYY-MM-DD days") {
  CHECK(parse_date("2022-03-15"));
  CHECK(format_date(*parse_date("2022-03-15")) == "2022-03-15");
  CHECK(parse_date("2024-02-29"));
  CHECK_FALSE(parse_date("2022-02-29"));
  CHECK_FALSE(parse_date("2022-02-30"));
  CHECK_FALSE(parse_date("2022-13-01"));
  CHECK_FALSE(parse_date("2022-00-10"));
  CHECK_FALSE(parse_date("2022/03/15"));
  CHECK_FALSE(parse_date("2022-3-15"));
  CHECK_FALSE(parse_date("2022-03-15x"));
  CHECK_FALSE(parse_date(""));
  CHECK_FALSE(parse_date("+022-03-15"));
}

TEST_CASE("dates subtract to day counts") {
  CHECK((*parse_date("2022-12-31") - *parse_date("2022-06-30")).count() == 184);
  CHECK(year_of(*parse_date("2022-12-31")) == 2022);
  CHECK(month_of(*parse_date("2022-12-31")) == 12);
}

TEST_CASE("period names of for: a year, a half, a quarter, a month") {
  auto span = [](const char* first, const char* last) { return DateSpan{*parse_date(first), *parse_date(last)}; };
  CHECK(parse_period_name("2021") == span("2021-01-01", "2021-12-31"));
  CHECK(parse_period_name("2022-H1") == span("2022-01-01", "2022-06-30"));
  CHECK(parse_period_name("2022-H2") == span("2022-07-01", "2022-12-31"));
  CHECK(parse_period_name("2022-Q1") == span("2022-01-01", "2022-03-31"));
  CHECK(parse_period_name("2024-Q1") == span("2024-01-01", "2024-03-31"));
  CHECK(parse_period_name("2022-Q4") == span("2022-10-01", "2022-12-31"));
  CHECK(parse_period_name("2024-02") == span("2024-02-01", "2024-02-29"));
  for (const char* wrong : {"", "22", "2022-H3", "2022-Q0", "2022-Q5", "2022-13", "2022-00", "2022-6", "2022年",
                            "2022-06-01", "0000"}) {
    CAPTURE(wrong);
    CHECK(parse_period_name(wrong) == std::nullopt);
  }
}
