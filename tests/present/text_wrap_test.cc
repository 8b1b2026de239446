#include "present/text_wrap.h"

#include <doctest/doctest.h>

#include "present/text_width.h"

using namespace plancheck;

using Lines = std::vector<std::string>;

TEST_CASE("wrapping breaks English at spaces, which the break swallows") {
  CHECK(wrap_to_width("Print only what fails, for CI", 12) == Lines{"Print only", "what fails,", "for CI"});
  CHECK(wrap_to_width("short", 12) == Lines{"short"});
  CHECK(wrap_to_width("", 12) == Lines{""});
  CHECK(wrap_to_width("a b", 0) == Lines{"a b"});
}

TEST_CASE("wrapping breaks Chinese between characters, by display width") {
  CHECK(wrap_to_width("只看此人员或单位", 8) == Lines{"只看此人", "员或单位"});
  CHECK(wrap_to_width("只看此人员或单位", 9) == Lines{"只看此人", "员或单位"});
}

TEST_CASE("wrapping never starts a line with a closing mark nor ends one with an opening mark") {
  // 日期（ fits in 6 columns, but （ goes with what it opens; ）、 stay with what they close.
  CHECK(wrap_to_width("日期（默认今天）、地点", 6) == Lines{"日期", "（默认", "今", "天）、", "地点"});
  CHECK(wrap_to_width("不写时用 PLANCHECK_PLAN，或最近的", 20) ==
        Lines{"不写时用", "PLANCHECK_PLAN，或最", "近的"});
}

TEST_CASE("a word wider than the line gets a line of its own") {
  CHECK(wrap_to_width("see templates/person-summary.md.mustache now", 12) ==
        Lines{"see", "templates/person-summary.md.mustache", "now"});
}

TEST_CASE("no wrapped line is wider than asked, short of a word that cannot fit") {
  std::string text = "输出格式：text、json、csv（电子表格）、html（网页看板）、junit（JUnit XML）或 github（Actions 注释）";
  for (int width : {10, 17, 24, 31, 40}) {
    CAPTURE(width);
    std::string joined;
    for (const std::string& line : wrap_to_width(text, width)) {
      CHECK(display_width(line) <= width);
      joined += line;
    }
    CHECK(joined.size() <= text.size());
  }
}
