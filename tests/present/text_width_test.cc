#include "present/text_width.h"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("display width: Chinese characters take two columns, ASCII one") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Li Lei") == 6);
  CHECK(display_width("欧阳娜娜") == 8);
  CHECK(display_width("王A") == 3);
  CHECK(display_width("（5/9）") == 7);
  CHECK(display_width("▰▱") == 2);
}

TEST_CASE("padding goes by display width") {
  CHECK(pad_right("王A", 5) == "王A  ");
  CHECK(pad_left("王A", 5) == "  王A");
  CHECK(pad_right("欧阳娜娜", 4) == "欧阳娜娜");
}

TEST_CASE("truncation never splits a character and ends in …") {
  CHECK(truncate_to_width("欧阳娜娜", 8) == "欧阳娜娜");
  CHECK(truncate_to_width("欧阳娜娜", 7) == "欧阳娜…");
  CHECK(truncate_to_width("欧阳娜娜", 6) == "欧阳…");  // 5 columns: a wide character does not fit in 1
  CHECK(truncate_to_width("Li Lei", 4) == "Li …");
  CHECK(truncate_to_width("王A", 1) == "…");
}

TEST_CASE("cutting in the middle keeps a third of the room for the start and the rest for the end") {
  CHECK(cut_middle_to_width("第一支部第一党小组", 13) == "第一…一党小组");
  CHECK(cut_middle_to_width("第一支部第二党小组", 13) == "第一…二党小组");
  CHECK(cut_middle_to_width("第一支部第一党小组", 18) == "第一支部第一党小组");
  CHECK(cut_middle_to_width("quarterly-review-2022", 10) == "qua…w-2022");
  CHECK(cut_middle_to_width("第一支部", 1) == "…");
  CHECK(display_width(cut_middle_to_width("第一支部第一党小组", 12)) <= 12);
}
