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

TEST_CASE("why_not_a_date says why a text is not a date, and what to write") {
  Text option = Text::verbatim("--date");
  auto not_iso = why_not_a_date("2022/3/5", option);
  CHECK(not_iso.message.en == "--date is not written as YYYY-MM-DD: 2022/3/5");
  CHECK(not_iso.message.zh == "--date：日期 2022/3/5 未按 YYYY-MM-DD 格式书写");
  CHECK(not_iso.hint.en == "write it as 2022-03-05");
  auto february = why_not_a_date("2022-02-30", option);
  CHECK(february.message.en == "--date is not a real date: 2022-02-30 (2022-02 has only 28 days)");
  CHECK(february.message.zh == "--date：2022-02-30 不是实际存在的日期（2022-02 只有 28 天）");
  CHECK(february.hint.en == "check the month and the day");
  CHECK(why_not_a_date("2022-13-01", option).message.en == "--date is not a real date: 2022-13-01 (there is no month 13)");
  CHECK(why_not_a_date("2022-1-0", option).message.en == "--date is not a real date: 2022-1-0 (there is no day 0)");
  auto words = why_not_a_date("yesterday", option);
  CHECK(words.message.en == "--date is not a date: yesterday");
  CHECK(words.hint.en == "write dates as YYYY-MM-DD, e.g. 2022-03-15");
  // A leap day is a day in a leap year only.
  CHECK(why_not_a_date("2022.2.29", option).message.en == "--date is not a real date: 2022.2.29 (2022-02 has only 28 days)");
  CHECK(why_not_a_date("2024.2.29", option).hint.en == "write it as 2024-02-29");
}
