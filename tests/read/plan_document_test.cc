#include "read/plan_document.h"

#include <doctest/doctest.h>

#include "fuzz/targets.h"
#include "read/plan_outline.h"
#include "support/files.h"
#include "support/temp_folder.h"

using namespace plancheck;
using plancheck::testing::TempFolder;

TEST_CASE("plan document: UTF-8 is taken as it is (without a byte-order mark), else GBK, else nothing") {
  std::string encoding;
  CHECK(decoded_text("一、强化", encoding) == "一、强化");
  CHECK(encoding == "UTF-8");
  CHECK(decoded_text("\xEF\xBB\xBF要点", encoding) == "要点");
  CHECK(decoded_text("\xD2\xAA\xB5\xE3", encoding) == "要点");  // 要点 in GBK
  CHECK(encoding == "GBK");
  CHECK_FALSE(decoded_text("ok\xFF\xFF", encoding).has_value());
}

TEST_CASE("plan document: text that is neither UTF-8 nor GBK is an error at its first unreadable byte") {
  TempFolder folder;
  std::string path = folder.write("要点.txt", "一、强化\n1.坚持\xFF\xFE学习。\n");
  DocumentRead read = read_plan_document(path, {});
  REQUIRE_FALSE(read.document.has_value());
  CHECK(read.problem.line == 2);
  CHECK(read.problem.column == 5);
  CHECK(read.problem.source_line == "1.坚持");
  CHECK(read.problem.message.en == "cannot read this file's text: it is neither UTF-8 nor GBK (unreadable from here on)");
  CHECK(read_plan_document(folder / "none.txt", {}).problem.message.en.starts_with("cannot read this file: "));
  CHECK(read_plan_document(folder.write("empty.md", "\n  \n"), {}).problem.message.en == "this file has no text in it");
}

TEST_CASE("plan document: a .docx without pandoc on the search path says to install it") {
  TempFolder folder;
  DocumentRead read = read_plan_document(folder.write("要点.docx", "PK"), {(folder / "bin")});
  REQUIRE_FALSE(read.document.has_value());
  CHECK(read.problem.message.en == "reading a Word file (.docx) needs pandoc, which is not installed");
}

TEST_CASE("plan document: Markdown's first heading is the title and markup is left out of the paragraphs") {
  TempFolder folder;
  std::string path = folder.write("要点.md", "# 2023年工作要点\n\n总体要求。\n\n## 一、加强建设\n\n- **1.** 坚持学习。\n");
  DocumentRead read = read_plan_document(path, {});
  REQUIRE(read.document.has_value());
  CHECK(read.document->title == "2023年工作要点");
  CHECK(read.document->paragraphs == std::vector<std::string>{"总体要求。", "一、加强建设", "1. 坚持学习。"});
}

TEST_CASE("plan outline: sections, items numbered （一） again in each section, lines that belong to the item above") {
  PlanDocument document{"", {"2024年区委办机关党建工作要点", "总的要求：抓好党建。", "一、加强学习", "（一）坚持学习。每月学习1次。",
                             "具体安排另行通知。", "二、改进作风", "（一）转变作风。"}, "UTF-8"};
  PlanDraft draft = outline_plan(document, 2030);
  CHECK(draft.title == "2024年区委办机关党建工作要点");
  CHECK(draft.summary == "总的要求：抓好党建。");
  CHECK(draft.year == 2024);
  REQUIRE(draft.sections.size() == 2);
  CHECK(draft.sections[1].title == "改进作风");
  REQUIRE(draft.sections[0].items.size() == 1);
  const DraftItem& item = draft.sections[0].items[0];
  CHECK(item.id == "一（一）");
  CHECK(item.title == "坚持学习");
  CHECK(item.text == "坚持学习。每月学习1次。\n具体安排另行通知。");
  CHECK(draft.sections[1].items[0].id == "二（一）");
  CHECK(draft.unplaced.size() == 1);  // 每月学习1次: nobody named
}

TEST_CASE("plan outline: without a title line, the title is made from the general requirements") {
  PlanDocument document{"", {"2022年市外办机关党建工作总的要求是：以优异成绩迎接党的二十大。", "一、强化政治引领", "1.坚持政治思想立魂。"}, "UTF-8"};
  PlanDraft draft = outline_plan(document, 2030);
  CHECK(draft.title == "2022年市外办机关党建工作要点");
  CHECK(draft.sections[0].items[0].id == "1");
  CHECK(outline_plan(PlanDocument{"", {"抓好党建。", "1.学习。"}, "UTF-8"}, 2030).title == "2030年工作要点");
}

TEST_CASE("plan draft: documents cut, joined and garbled in many ways still draft a plan that reads without errors") {
  // A deterministic stand-in for the plan_draft fuzzer: pieces of the fixture documents, shuffled,
  // repeated and with bytes changed, each through the fuzz target's own check.
  std::vector<std::string> lines;
  for (const char* name : {"fao-2022.txt", "bureau-2023.md"}) {
    std::string text = plancheck::testing::read_file(std::string(PLANCHECK_SOURCE_DIR) + "/tests/fixtures/plan-documents/" + name);
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = std::min(text.find('\n', start), text.size());
      lines.push_back(text.substr(start, end - start));
      start = end + 1;
    }
  }
  lines.insert(lines.end(), {"一、", "1.", "（一）", "1.1次。", "一、一、", "各支部每月1次。", "办党组每年底前1次。", "# ",
                             "12月32日前各支部完成1次", "0次", "各支部每月召开0.5学时。", "# 一、", "-", "“", "每人",
                             "1.- x。", "1.: y", "1.#z", "一、&anchor", "1.'q", "1.\"", "办党组每年{召开}1次[会]，a: b #c",
                             "党员、每年1次", "null党员每年参加yes1学时", "各支部每月召开1次, 会议", "true、false和~书记每年讲1次党课",
                             "各支部每月召开1.5次会议。", "党员每年参加0.001学时培训。", "党员每年参加1.25学时培训。",
                             "各支部每月召开99999999999999999999999999999999999999999999999999999999999999999999999999999999"
                             "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
                             "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
                             "99999999999999999999999999999999999999999999999999999999999999999999999999999次会议",
                             "各支部99月99日前完成1次。", "各支部十百千月底前完成2次。"});
  std::uint32_t state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u; };
  for (int round = 0; round < 1000; ++round) {
    std::string document;
    std::size_t count = 1 + next() % 12;
    for (std::size_t i = 0; i < count; ++i) document += lines[next() % lines.size()] + (next() % 5 ? "\n" : "");
    if (round % 3 == 0 && !document.empty()) document[next() % document.size()] = static_cast<char>(next() % 256);
    CAPTURE(document);
    CHECK(plancheck::fuzz::plan_draft(document) == "");
  }
}

TEST_CASE("plan outline: a cover letter before the title is left out of the summary") {
  PlanDocument document{"", {"中共XX区统计局机关委员会", "关于印发《2023年机关党建工作要点》的通知", "各支部：",
                             "现将《2023年机关党建工作要点》印发给你们，请认真贯彻落实。", "2023年机关党建工作要点",
                             "2023年机关党建工作的总体要求是：抓好党建。", "一、加强学习", "1.坚持学习。"}, "UTF-8"};
  PlanDraft draft = outline_plan(document, 2030);
  CHECK(draft.title == "2023年机关党建工作要点");
  CHECK(draft.summary == "2023年机关党建工作的总体要求是：抓好党建。");
  CHECK(draft.year == 2023);
}
