#include "model/amount.h"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("amounts read as written: whole numbers and up to two decimals, nothing else") {
  CHECK(parse_amount("32") == Amount{3200});
  CHECK(parse_amount("1.5") == Amount{150});
  CHECK(parse_amount("0.25") == Amount{25});
  CHECK(parse_amount("0") == Amount{0});
  for (const char* wrong : {"", "-1", "1.", ".5", "1.234", "1,5", "1e3", "一", "2 ", "99999999999999999999"}) {
    CAPTURE(wrong);
    CHECK(parse_amount(wrong) == std::nullopt);
  }
}

TEST_CASE("amounts print without trailing zeros") {
  CHECK(format_amount(Amount::count(3)) == "3");
  CHECK(format_amount(Amount{250}) == "2.5");
  CHECK(format_amount(Amount{25}) == "0.25");
  CHECK(format_amount(Amount{-50}) == "-0.5");
  CHECK(format_amount(Amount{}) == "0");
}
