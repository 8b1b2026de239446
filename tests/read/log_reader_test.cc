#include "read/log_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "read/plan_reader.h"
#include "read/test_support.h"
#include "support/files.h"
#include "support/temp_folder.h"

using namespace plancheck;
using plancheck::testing::show;

namespace {

const Plan& test_plan() {
  static const Plan plan = [] {
    Diagnostics diagnostics;
    auto read = read_plan_text(
        "plancheck: 1\n"
        "plan: {id: p, title: 测试, start: 2022-01-01, end: 2022-12-31}\n"
        "roles: [党组书记]\n"
        "activities: [党课, 主题党日, {id: 支委会, title: 支部委员会会议}]\n"
        "units: [{id: 第一支部, kind: 支部}]\n"
        "people: [{name: 张三, roles: [党组书记]}, {name: 李四}]\n"
        "sections:\n"
        "  - id: 一\n"
        "    items: [{id: 1}, {id: 2}, {id: 双创}]\n",
        "plan.yaml", diagnostics);
    REQUIRE(diagnostics.empty());
    return *read;
  }();
  return plan;
}

struct Result {
  Ledger ledger;
  Diagnostics diagnostics;
  std::string shown;
};

Result read(const std::string& text, const std::string& file = "log/2022-03.yaml") {
  Result result;
  PlanNames names(test_plan());
  read_log_text(text, file, names, result.ledger, result.diagnostics);
  result.shown = show(result.diagnostics);
  return result;
}

Date day(const char* iso) { return *parse_date(iso); }

using Names = std::vector<std::string>;

}  // namespace

TEST_SUITE("read/log_reader") {

TEST_CASE("PlanNames gathers the names entries may use") {
  PlanNames names(test_plan());
  CHECK(names.activities == Names{"党课", "主题党日", "支委会"});
  CHECK(names.subjects == Names{"张三", "李四", "第一支部"});  // people, then units
  CHECK(names.items == Names{"1", "2", "双创"});
  CHECK(names.item_set.count("双创") == 1);
}

TEST_CASE("valid entries with every field") {
  auto result = read(
      "# 2022年3月台账\n"
      "- date: 2022-03-15\n"  // 2
      "  activity: 党课\n"
      "  by: 张三\n"
      "  title: 学习党的二十大精神专题党课\n"
      "  item: 2\n"
      "  place: 三楼会议室\n"
      "  attendees: 25\n"
      "  notes: 备注\n"
      "  evidence: [照片/0315.jpg, https://example.org/a]\n"
      "  tags: 学习\n"
      "- date: 2022-03-20\n"  // 12
      "  activity: 主题党日\n"
      "  by: [第一支部, 张三]\n"
      "  attendees: [张三, 李四]\n"
      "  tags: [a, b]\n"
      "-   {date: 2022-03-31, activity: 党课, by: 李四, attendees: 0}\n");  // 17
  CHECK(result.shown == "");
  CHECK(result.ledger.files == Names{"log/2022-03.yaml"});
  REQUIRE(result.ledger.entries.size() == 3);

  const Entry& lecture = result.ledger.entries[0];
  CHECK(lecture.date == day("2022-03-15"));
  CHECK(lecture.activity == "党课");
  CHECK(lecture.by == Names{"张三"});
  CHECK(lecture.detail().title == "学习党的二十大精神专题党课");
  CHECK(lecture.item == "2");
  CHECK(lecture.detail().place == "三楼会议室");
  CHECK(lecture.detail().attendees.count == 25);
  CHECK(lecture.detail().attendees.names.empty());
  CHECK(lecture.detail().notes == "备注");
  CHECK(lecture.detail().evidence == Names{"照片/0315.jpg", "https://example.org/a"});
  CHECK(lecture.detail().tags == Names{"学习"});
  CHECK(lecture.file == 0);
  CHECK(lecture.line == 2);
  CHECK(lecture.column == 3);

  const Entry& day_entry = result.ledger.entries[1];
  CHECK(day_entry.by == Names{"第一支部", "张三"});
  CHECK_FALSE(day_entry.detail().attendees.count);
  CHECK(day_entry.detail().attendees.names == Names{"张三", "李四"});
  CHECK(day_entry.detail().tags == Names{"a", "b"});
  CHECK(day_entry.item == "");
  CHECK(day_entry.detail().title == "");
  CHECK(day_entry.detail().evidence.empty());
  CHECK(day_entry.line == 12);

  const Entry& flow = result.ledger.entries[2];
  CHECK(flow.detail().attendees.count == 0);
  CHECK(flow.line == 17);
  CHECK(flow.column == 5);
}

TEST_CASE("the plan's first and last days are inside it") {
  auto result = read("- {date: 2022-01-01, activity: 党课, by: 张三}\n- {date: 2022-12-31, activity: 党课, by: 张三}\n");
  CHECK(result.shown == "");
  CHECK(result.ledger.entries.size() == 2);
}

TEST_CASE("an empty file, a comments-only file and [] are valid, empty logs") {
  for (std::string text : {"", "# 本月暂无记录\n# nothing yet\n", "[]\n", "---\n", "~\n"}) {
    INFO(text);
    auto result = read(text);
    CHECK(result.shown == "");
    CHECK(result.ledger.entries.empty());
    CHECK(result.ledger.files == Names{"log/2022-03.yaml"});
  }
}

TEST_CASE("entries keep the index of their file in the ledger") {
  PlanNames names(test_plan());
  Ledger ledger;
  Diagnostics diagnostics;
  read_log_text("- {date: 2022-01-05, activity: 党课, by: 张三}\n", "log/a.yaml", names, ledger, diagnostics);
  read_log_text("", "log/b.yaml", names, ledger, diagnostics);
  read_log_text("\n\n- date: 2022-02-05\n  activity: 党课\n  by: 李四\n", "log/c.yaml", names, ledger, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(ledger.files == Names{"log/a.yaml", "log/b.yaml", "log/c.yaml"});
  REQUIRE(ledger.entries.size() == 2);
  CHECK(ledger.entries[0].file == 0);
  CHECK(ledger.entries[1].file == 2);
  CHECK(ledger.entries[1].line == 3);
  CHECK(ledger.entries[1].column == 3);
}

TEST_CASE("a log file that is not a list") {
  auto mapping = read("date: 2022-03-15\nactivity: 党课\nby: 张三\n");
  CHECK(mapping.shown ==
        "1:1: error: a log file should be a list of entries, each starting with '- ' [see the README for an "
        "example entry]\n");
  CHECK(mapping.ledger.entries.empty());
  CHECK(mapping.diagnostics[0].file == "log/2022-03.yaml");
  CHECK(read("只有一行文字\n").shown ==
        "1:1: error: a log file should be a list of entries, each starting with '- ' [see the README for an "
        "example entry]\n");
}

TEST_CASE("an entry that is not a mapping") {
  auto result = read("- 党课\n- [2022-03-15, 党课]\n");
  CHECK(result.shown ==
        "1:3: error: entry should be indented 'key: value' lines, but is text\n"
        "2:3: error: entry should be indented 'key: value' lines, but is a list\n");
  CHECK(result.ledger.entries.empty());
}

TEST_CASE("unknown keys in an entry") {
  CHECK(read("- date: 2022-03-15\n  actvity: 党课\n  by: 张三\n").shown ==
        "2:3: error: unknown key 'actvity' in entry [did you mean 'activity'?]\n");  // not also "has no 'activity'"
  auto result = read("- date: 2022-03-15\n  activity: 党课\n  by: 张三\n  地点: 会议室\n");
  CHECK(result.shown ==
        "4:3: error: unknown key '地点' in entry [allowed here: date, activity, by, title, item, place, attendees, "
        "absent, notes, evidence, tags, for, hours]\n");
  CHECK(result.ledger.entries.size() == 1);  // the entry itself is fine
}

TEST_CASE("missing date, activity and by") {
  auto result = read("- title: 没写全的记录\n- date: 2022-03-15\n  activity:\n  by: 张三\n");
  CHECK(result.shown ==
        "1:3: error: entry has no 'date' [add 'date: …']\n"
        "1:3: error: entry has no 'activity' [add 'activity: …']\n"
        "1:3: error: entry has no 'by' [add 'by: …']\n"
        "3:12: error: 'activity' of entry is empty\n");
  CHECK(result.ledger.entries.empty());
}

TEST_CASE("unknown activity, person or unit, and item, with suggestions") {
  auto result = read(
      "- date: 2022-03-15\n"
      "  activity: 党課\n"  // 2
      "  by: 张三\n"
      "- date: 2022-03-16\n"
      "  activity: 党课\n"
      "  by: [第一支部, 张3, 无名氏]\n"  // 6
      "- date: 2022-03-17\n"
      "  activity: 党课\n"
      "  by: 张三\n"
      "  item: 双刨\n"  // 10
      "- date: 2022-03-18\n"
      "  activity: 读书会\n"  // 12
      "  by: 张三\n"
      "  item: 99\n");  // 14
  CHECK(result.shown ==
        "2:13: error: unknown activity '党課' [did you mean '党课'?]\n"
        "6:14: error: unknown person or unit '张3' [did you mean '张三'?]\n"
        "6:18: error: unknown person or unit '无名氏' [correct the spelling, or add it to 'people' or 'units' in the "
        "plan]\n"
        "10:9: error: unknown item '双刨' [did you mean '双创'?]\n"
        "12:13: error: unknown activity '读书会' [correct the spelling, or add it to 'activities' in the plan]\n"
        "14:9: error: unknown item '99' [correct the spelling, or add it to an item's 'id' in 'sections' in the "
        "plan]\n");
  CHECK(result.ledger.entries.empty());  // an entry with an unknown name is left out
}

TEST_CASE("a name pasted with an invisible character or in full width is an error naming the known one") {
  auto result = read(
      "- date: 2022-03-15\n"
      "  activity: 党课\n"
      "  by: \"张三\u200b\"\n"  // 3
      "- {date: 2022-03-16, activity: 党课, by: \"张三 \"}\n");  // 4
  CHECK(result.shown ==
        "3:7: error: the person or unit '张三U+200B' differs from '张三' only by invisible characters, character "
        "width, spaces at its ends or the way its characters are encoded, so it would count as another name [write "
        "it as '张三' (text copied from Word or a web page often carries such characters: type it anew)]\n"
        "4:40: error: the person or unit '张三 ' differs from '张三' only by invisible characters, character width, "
        "spaces at its ends or the way its characters are encoded, so it would count as another name [write it as "
        "'张三' (text copied from Word or a web page often carries such characters: type it anew)]\n");
  CHECK(result.ledger.entries.empty());
}

TEST_CASE("an activity written by its title: the error names the id to write") {
  auto result = read("- {date: 2022-03-15, activity: 支部委员会会议, by: 第一支部}\n");
  CHECK(result.shown ==
        "1:32: error: unknown activity '支部委员会会议' ['支部委员会会议' is the title of activity '支委会'; "
        "write its id here: '支委会']\n");
  CHECK(result.diagnostics.at(0).hint.zh == "'支部委员会会议' 是活动 '支委会' 的标题；这里要写活动编号：'支委会'");
}

TEST_CASE("invalid dates") {
  auto result = read(
      "- {date: 2022-02-30, activity: 党课, by: 张三}\n"
      "- {date: 2022/3/5, activity: 党课, by: 张三}\n"
      "- {date: 上周五, activity: 党课, by: 张三}\n");
  CHECK(result.shown ==
        "1:10: error: 'date' is not a real date: 2022-02-30 (2022-02 has only 28 days) [check the month and the "
        "day]\n"
        "2:10: error: 'date' is not written as YYYY-MM-DD: 2022/3/5 [write it as 2022-03-05]\n"
        "3:10: error: 'date' is not a date: 上周五 [write dates as YYYY-MM-DD, e.g. 2022-03-15]\n");
  CHECK(result.ledger.entries.empty());
}

TEST_CASE("entries outside the plan's dates: a warning, and left out") {
  auto result = read(
      "- date: 2021-12-31\n"
      "  activity: 党课\n"
      "  by: 张三\n"
      "- date: 2022-06-01\n"
      "  activity: 党课\n"
      "  by: 张三\n"
      "- date: 2023-01-05\n"
      "  activity: 党课\n"
      "  by: 张三\n");
  CHECK(result.shown ==
        "1:9: warning: 2021-12-31 is outside the plan (2022-01-01 to 2022-12-31): this entry is ignored\n"
        "7:9: warning: 2023-01-05 is outside the plan (2022-01-01 to 2022-12-31): this entry is ignored\n");
  REQUIRE(result.ledger.entries.size() == 1);
  CHECK(result.ledger.entries[0].date == day("2022-06-01"));
  CHECK(result.ledger.entries[0].line == 4);
}

TEST_CASE("attendees: a count or names") {
  auto result = read(
      "- {date: 2022-03-15, activity: 党课, by: 张三, attendees: -1}\n"
      "- {date: 2022-03-15, activity: 党课, by: 张三, attendees: 十人}\n"
      "- {date: 2022-03-15, activity: 党课, by: 张三, attendees: {张三: 1}}\n");
  CHECK(result.shown ==
        "1:55: error: 'attendees' should be at least 0, but is -1\n"
        "2:55: error: 'attendees' should be a whole number, but is '十人'\n"
        "3:55: error: 'attendees' should be text or a list of texts, but is a mapping\n");
}

TEST_CASE("wrongly typed optional fields") {
  CHECK(read("- {date: 2022-03-15, activity: 党课, by: 张三, title: [a], evidence: {a: b}}\n").shown ==
        "1:51: error: 'title' should be text, but is a list\n"
        "1:66: error: 'evidence' should be text or a list of texts, but is a mapping\n");
  CHECK(read("- {date: 2022-03-15, activity: [党课], by: {张三: 1}}\n").shown ==
        "1:32: error: 'activity' should be text, but is a list\n"
        "1:42: error: 'by' should be text or a list of texts, but is a mapping\n");
}

TEST_CASE("a YAML error ends the file, entries before it are kept") {
  auto result = read("- {date: 2022-03-15, activity: 党课, by: 张三}\n- date: 2022-03-16\n\tactivity: 党课\n");
  CHECK(result.shown ==
        "3:1: error: a tab character is used for indentation [YAML indents with spaces only: replace the tab by "
        "spaces]\n");
  CHECK(result.ledger.entries.size() == 1);
}

}  // TEST_SUITE

TEST_SUITE("read/log_reader") {

TEST_CASE("by: each name is checked at its own position, even after an item that is not text") {
  auto result = read("- {date: 2022-03-01, activity: 党课, by: [[张三], 王五]}\n"
                     "- {date: 2022-03-02, activity: 党课, by: []}\n");
  CHECK(result.shown ==
        "1:41: error: 'by' should be text, but is a list\n"
        "1:47: error: unknown person or unit '王五' [correct the spelling, or add it to 'people' or 'units' in the plan]\n"
        "2:40: error: 'by' is an empty list: it names nobody [name at least one, or remove the line]\n");
  CHECK(result.ledger.entries.empty());
}

}  // TEST_SUITE

TEST_CASE("for: and hours: are read, an entry for a period counts through it whatever its date") {
  auto result = read("- {date: 2023-01-10, activity: 党课, by: 张三, for: 2022, hours: 1.5}\n");
  CHECK(result.shown == "");  // no warning about a date after the plan: it is for 2022
  REQUIRE(result.ledger.entries.size() == 1);
  const Entry& entry = result.ledger.entries[0];
  CHECK(entry.for_period == "2022");
  CHECK(entry.counted_on() == *parse_date("2022-12-31"));
  CHECK(entry.hours == Amount{150});
  CHECK(read("- {date: 2023-01-10, activity: 党课, by: 张三}\n").shown.find("outside the plan") != std::string::npos);
}

TEST_CASE("for: and hours: that are not a period or an amount") {
  CHECK(read("- {date: 2022-03-15, activity: 党课, by: 张三, for: 2022年}\n").shown ==
        "1:49: error: 'for' is not a period: 2022年 [write a year (2021), a half-year (2022-H1), a quarter (2022-Q3) "
        "or a month (2022-06)]\n");
  CHECK(read("- {date: 2022-03-15, activity: 党课, by: 张三, hours: 两}\n").shown ==
        "1:51: error: 'hours' is not an amount (a number ≥ 0, at most two decimals): 两 [e.g. 2, 1.5 or 0.25]\n");
  CHECK(read("- {date: 2022-03-15, activity: 党课, by: 张三, hours: '2'}\n").shown ==
        "1:51: error: 'hours' is written in quotes, so it is text, not a number [remove the quotes]\n");
}

TEST_CASE("evidence is looked for in the plan's folder: a missing file is warned about where it is named") {
  plancheck::testing::TempFolder folder;
  std::filesystem::create_directories(folder / "evidence");
  plancheck::testing::write_file(folder / "evidence/签到表.pdf", "%PDF");
  LoadOptions options;
  options.evidence_folder = folder.path();
  Ledger ledger;
  Diagnostics diagnostics;
  read_log_text("- {date: 2022-03-01, activity: 党课, by: 张三, evidence: [evidence/签到表.pdf]}\n"
                "- date: 2022-03-02\n"
                "  activity: 党课\n"
                "  by: 张三\n"
                "  evidence: [evidence/签到表.pdf, evidence/照片.zip]\n"
                "- {date: 2022-03-03, activity: 党课, by: 张三, evidence: [evidence/记录.docx]}\n"
                "- {date: 2022-03-04, activity: 党课, by: 张三, evidence: ['https://pan.example.cn/s/1']}\n"
                "- {date: 2022-03-05, activity: 党课, by: 张三}\n",
                "log/2022-03.yaml", PlanNames(test_plan()), ledger, diagnostics, options);
  std::string folder_text = folder.path().generic_string();
  CHECK(show(diagnostics) ==
        "5:32: warning: the evidence 'evidence/照片.zip' does not exist (it is not in the plan's folder, " + folder_text +
            ") [check the file's name, or put the file in the plan's folder; write a link in full, e.g. https://…]\n"
            "6:55: warning: the evidence 'evidence/记录.docx' does not exist (it is not in the plan's folder, " +
            folder_text +
            ") [check the file's name, or put the file in the plan's folder; write a link in full, e.g. https://…]\n");
  REQUIRE(ledger.entries.size() == 5);
  CHECK(ledger.entries[0].evidence == EvidenceFound::found);
  CHECK(ledger.entries[1].evidence == EvidenceFound::found);  // one of its files is there
  CHECK(ledger.entries[2].evidence == EvidenceFound::not_found);
  CHECK(ledger.entries[3].evidence == EvidenceFound::not_looked_for);  // a link
  CHECK(ledger.entries[4].evidence == EvidenceFound::none_given);
  for (const Entry& entry : ledger.entries) CHECK(entry.has_evidence() == (entry.date <= day("2022-03-02") || entry.date == day("2022-03-04")));
}

TEST_CASE("evidence is not looked for without a folder to look in") {
  Result result = read("- {date: 2022-03-01, activity: 党课, by: 张三, evidence: [evidence/签到表.pdf]}\n");
  CHECK(result.shown == "");
  CHECK(result.ledger.entries.at(0).evidence == EvidenceFound::not_looked_for);
}
