#include "read/yaml_slips.h"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("a line's slip: what it is, where (in characters) and the line as it should be") {
  auto slip = slip_in_line("            at_least:2");
  REQUIRE(slip);
  CHECK(slip->kind == YamlSlip::Kind::no_space_after_colon);
  CHECK(slip->column == 21);
  CHECK(slip->written == "at_least:2");
  CHECK(slip->corrected == "at_least: 2");

  slip = slip_in_line("- date：2022-03-01");
  REQUIRE(slip);
  CHECK(slip->kind == YamlSlip::Kind::full_width_colon);
  CHECK(slip->column == 7);
  CHECK(slip->corrected == "date: 2022-03-01");

  slip = slip_in_line("  title: \"党课：主题");
  REQUIRE(slip);
  CHECK(slip->kind == YamlSlip::Kind::unclosed_quote);
  CHECK(slip->column == 10);
  CHECK(slip->corrected == "title: \"党课：主题\"");

  slip = slip_in_line("  - \tby: 张三");
  REQUIRE(slip);
  CHECK(slip->kind == YamlSlip::Kind::tab_indentation);
  CHECK(slip->column == 5);
}

TEST_CASE("what is not a slip on a line") {
  for (const char* line : {"  at_least: 2", "  evidence: https://example.com/a", "  - D:资料.pdf", "  title: 10:30 开会",
                           "  title: 会议：主题", "  title: \"a \\\" b\"", "  title: 'it''s'", "# at_least:2",
                           "  - '甲'", "  key::x", "  - 注意：要早到"}) {
    CAPTURE(line);
    CHECK_FALSE(slip_in_line(line));
  }
}

TEST_CASE("the first slip of a text, up to a line, block scalars' text aside") {
  std::string text = "notes: |\n  时间:10:30\n  key:value\nrule:\n  at_least:2\n  per:month\n";
  auto slip = find_yaml_slip(text, 100);
  REQUIRE(slip);
  CHECK(slip->line == 5);
  CHECK_FALSE(find_yaml_slip(text, 4));
}
