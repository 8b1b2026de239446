#include "read/office_values.h"

#include <doctest/doctest.h>

namespace plancheck {

TEST_CASE("parse_office_period: the names for: takes as they are, and the ways offices write them") {
  for (const char* name : {"2021", "2022-H1", "2022-H2", "2022-Q3", "2022-06", "2022-12"}) {
    CAPTURE(name);
    CHECK(parse_office_period(name) == name);
  }
  CHECK(parse_office_period(" 2021 ") == "2021");
  CHECK(parse_office_period("2021年") == "2021");
  CHECK(parse_office_period("2021年度") == "2021");
  CHECK(parse_office_period("2022年上半年") == "2022-H1");
  CHECK(parse_office_period("2022年下半年") == "2022-H2");
  CHECK(parse_office_period("2022年第一季度") == "2022-Q1");
  CHECK(parse_office_period("2022年第四季度") == "2022-Q4");
  CHECK(parse_office_period("2022年第3季度") == "2022-Q3");
  CHECK(parse_office_period("2022年6月") == "2022-06");
  CHECK(parse_office_period("2022年06月") == "2022-06");
  CHECK(parse_office_period("2022年12月") == "2022-12");
}

TEST_CASE("parse_office_period: anything else is not a period") {
  for (const char* text : {"", "年度", "21", "2022-H3", "2022-Q5", "2022-13", "2022-6", "2022年第五季度",
                           "2022年第季度", "2022年13月", "2022年0月", "2022年123月", "2022年全年", "2022年度上半年",
                           "二〇二二年", "2022 年", "0000", "2022年6月15日"}) {
    CAPTURE(text);
    CHECK(!parse_office_period(text));
  }
}

TEST_CASE("parse_office_hours: number cells to the hundredth, text as hours: takes it") {
  CHECK(parse_office_hours(SheetCell{"2", 2.0}) == Amount{200});
  CHECK(parse_office_hours(SheetCell{"1.5", 1.5}) == Amount{150});
  CHECK(parse_office_hours(SheetCell{"0", 0.0}) == Amount{0});
  // What Excel keeps for a sum such as 0.1 + 0.2 is still 0.3 hours.
  CHECK(parse_office_hours(SheetCell{"0.30000000000000004", 0.1 + 0.2}) == Amount{30});
  CHECK(parse_office_hours(SheetCell{"32.25", 32.25}) == Amount{3225});
  CHECK(!parse_office_hours(SheetCell{"1.255", 1.255}));
  CHECK(!parse_office_hours(SheetCell{"-1", -1.0}));
  CHECK(parse_office_hours(SheetCell{" 1.5 ", {}}) == Amount{150});
  CHECK(parse_office_hours(SheetCell{"0.25", {}}) == Amount{25});
  for (const char* text : {"", "1,5", "一小时", "2学时", "-1", "1e3", "1.255"}) {
    CAPTURE(text);
    CHECK(!parse_office_hours(SheetCell{text, {}}));
  }
}

}  // namespace plancheck

namespace plancheck {

TEST_CASE("parse_spoken_date: today, yesterday, a day of the year, and full dates as offices write them") {
  Date today = *parse_date("2022-06-16");
  CHECK(parse_spoken_date("", today) == today);
  CHECK(parse_spoken_date(" 今天 ", today) == today);
  CHECK(parse_spoken_date("昨天", today) == parse_date("2022-06-15"));
  CHECK(parse_spoken_date("前天", today) == parse_date("2022-06-14"));
  CHECK(parse_spoken_date("3-15", today) == parse_date("2022-03-15"));
  CHECK(parse_spoken_date("3月15日", today) == parse_date("2022-03-15"));
  CHECK(parse_spoken_date("3/15", today, 2021) == parse_date("2021-03-15"));
  CHECK(parse_spoken_date("2023.1.5", today) == parse_date("2023-01-05"));
  CHECK(parse_spoken_date("2022年12月31日", today) == parse_date("2022-12-31"));
  CHECK(!parse_spoken_date("2-30", today));
  CHECK(!parse_spoken_date("明天见", today));
  CHECK(!parse_spoken_date("15", today));
}

}  // namespace plancheck
