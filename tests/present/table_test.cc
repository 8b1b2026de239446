#include "present/table.h"

#include <doctest/doctest.h>

#include "present/text_width.h"
#include "support/golden.h"

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

namespace {

// Units whose names differ only at the end, as the branches of an office do.
Table units_table() {
  Table table{{{"状态"}, {"对象", Align::left, 1}, {"活动", Align::left, 2}, {"完成", Align::right}}, {}};
  for (const char* unit : {"市统计局机关第一支部", "市统计局机关第二支部", "市统计局机关第三支部", "市统计局离退休干部支部"})
    table.rows.push_back({cell("进行中"), cell(unit), cell("集中学习研讨（理论中心组）"), cell("3/12")});
  table.rows.push_back({cell("逾期完成"), cell("机关党委"), cell("讲党课"), cell("12/12")});
  return table;
}

}  // namespace

TEST_CASE("cells that a cut at the end would make alike are cut in the middle, so that rows stay apart (golden)") {
  std::string text = render_table(units_table(), "  ", 60);
  CHECK(text == plancheck::testing::golden("table-units-cut-in-the-middle-60.txt", text));
  // 69 columns wide, 对象 shrinks to 13, where a cut at the end leaves 市统计局机… three times: cut in
  // the middle, its cells keep both ends and no two of them read the same.
  CHECK(text.find("市统…第一支部") != std::string::npos);
  CHECK(text.find("市统…第二支部") != std::string::npos);
  CHECK(text.find("市统…第三支部") != std::string::npos);
  CHECK(text.find("市统…干部支部") != std::string::npos);
}

TEST_CASE("cells that stay apart when cut at the end are cut at the end") {
  Table table{{{"对象", Align::left, 1}}, {{cell("第一支部全体党员")}, {cell("机关党委全体党员")}}};
  CHECK(render_table(table, "", 9) == "对象\n第一支部…\n机关党委…\n");
}
