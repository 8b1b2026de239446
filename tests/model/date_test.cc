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
