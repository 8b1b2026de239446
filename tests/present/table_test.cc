#include "present/table.h"

#include <doctest/doctest.h>

#include "present/text_width.h"

using namespace plancheck;

namespace {

Cell cell(const std::string& text) { return Cell{text, {}, {}}; }

// Names mixing Chinese (two columns a character) and ASCII; "活动" may be cut first.
Table mixed_table() {
  return Table{{{"状态"}, {"对象", Align::left, 2}, {"活动", Align::left, 1}, {"完成", Align::right}},
               {{cell("已完成"), cell("欧阳娜娜"), cell("Quarterly review 季度复盘"), cell("1/1")},
                {cell("逾期"), cell("Li Lei"), cell("讲党课"), cell("0/12")}}};
}

}  // namespace

TEST_CASE("columns line up by display width with mixed Chinese and ASCII text") {
  CHECK(render_table(mixed_table(), "  ") ==
        "  状态    对象      活动                       完成\n"
        "  已完成  欧阳娜娜  Quarterly review 季度复盘   1/1\n"
        "  逾期    Li Lei    讲党课                     0/12\n");
}

TEST_CASE("a table wider than the terminal shrinks its columns by rank and cuts cells with …") {
  // 2 + 6 + 8 + 25 + 4 + 3 gaps of 2 = 51 columns; 40 leaves 14 for 活动 (rank 1).
  CHECK(render_table(mixed_table(), "  ", 40) ==
        "  状态    对象      活动            完成\n"
        "  已完成  欧阳娜娜  Quarterly rev…   1/1\n"
        "  逾期    Li Lei    讲党课          0/12\n");
  // 30: 活动 down to 4 columns, its least; 28: then 对象 (rank 2) from 8 to 6.
  CHECK(render_table(mixed_table(), "  ", 30) ==
        "  状态    对象      活动  完成\n"
        "  已完成  欧阳娜娜  Qua…   1/1\n"
        "  逾期    Li Lei    讲…   0/12\n");
  CHECK(render_table(mixed_table(), "  ", 28) ==
        "  状态    对象    活动  完成\n"
        "  已完成  欧阳…   Qua…   1/1\n"
        "  逾期    Li Lei  讲…   0/12\n");
}

TEST_CASE("every line of a shrunk table has the same display width up to its last column") {
  for (int width : {50, 40, 35, 30, 28}) {
    std::string text = render_table(mixed_table(), "", width);
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      CHECK(display_width(std::string_view(text).substr(start, end - start)) <= std::max(width, 26));
      start = end + 1;
    }
  }
}

TEST_CASE("columns that do not shrink keep their width even when the table cannot fit") {
  Table fixed{{{"期限"}, {"剩余"}}, {{cell("2022-06-30"), cell("剩 184 天")}}};
  CHECK(render_table(fixed, "", 10) == "期限        剩余\n2022-06-30  剩 184 天\n");
}

TEST_CASE("no limit, or a table that fits, is left as it is") {
  CHECK(render_table(mixed_table(), "  ", 0) == render_table(mixed_table(), "  "));
  CHECK(render_table(mixed_table(), "  ", 51) == render_table(mixed_table(), "  "));
}
