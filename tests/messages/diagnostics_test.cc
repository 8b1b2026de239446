// The diagnostics of the read and write layers in both languages, as reading real input gives
// them: the Chinese wording is pinned here, the English one also by the rest of the suite.
#include "messages/message.h"
#include "model/date_messages.h"
#include "read/read_messages.h"

#include <doctest/doctest.h>

#include <string>

#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/test_support.h"
#include "support/temp_folder.h"
#include "write/init.h"

using namespace plancheck;

namespace {

// Lines 1-6: the smallest valid plan, with an activity and a person for log entries.
const std::string kPlan =
    "plancheck: 1\n"
    "plan:\n"
    "  id: p\n"
    "  title: 测试计划\n"
    "  start: 2022-01-01\n"
    "  end: 2022-12-31\n"
    "activities: [党课]\n"
    "people: [{name: 张三}]\n";

// The one diagnostic that reading `text` as a plan gives.
Diagnostic plan_diagnostic(const std::string& text) {
  Diagnostics diagnostics;
  read_plan_text(text, "plan.yaml", diagnostics);
  INFO(testing::show(diagnostics));
  REQUIRE(diagnostics.size() == 1);
  return diagnostics.front();
}

// The one diagnostic that reading `text` as a log file of kPlan gives.
Diagnostic log_diagnostic(const std::string& text) {
  Diagnostics diagnostics;
  auto plan = read_plan_text(kPlan, "plan.yaml", diagnostics);
  REQUIRE(plan);
  REQUIRE(diagnostics.empty());
  Ledger ledger;
  read_log_text(text, "log/2022-03.yaml", PlanNames(*plan), ledger, diagnostics);
  INFO(testing::show(diagnostics));
  REQUIRE(diagnostics.size() == 1);
  return diagnostics.front();
}

}  // namespace

TEST_SUITE("messages/diagnostics") {

TEST_CASE("an unknown key, with the key it was likely meant to be") {
  Diagnostic d = plan_diagnostic(
      "plancheck: 1\n"
      "plan:\n"
      "  id: p\n"
      "  titel: 测试计划\n"
      "  start: 2022-01-01\n"
      "  end: 2022-12-31\n");
  CHECK(d.line == 4);
  CHECK(d.message.zh == "'plan' 部分中有未知的字段 'titel'");
  CHECK(d.message.en == "unknown key 'titel' in plan");
  CHECK(d.hint.zh == "是否想写 'title'？");
  CHECK(d.hint.en == "did you mean 'title'?");
}

TEST_CASE("an unknown key without a likely one lists the keys allowed there") {
  Diagnostic d = log_diagnostic("- {date: 2022-03-01, activity: 党课, by: 张三, 地点: 三楼}\n");
  CHECK(d.message.zh == "记录中有未知的字段 '地点'");
  CHECK(d.message.en == "unknown key '地点' in entry");
  CHECK(d.hint.zh == "此处可用的字段：date、activity、by、title、item、place、attendees、absent、notes、evidence、tags、for、hours");
  CHECK(d.hint.en == "allowed here: date, activity, by, title, item, place, attendees, absent, notes, evidence, tags, for, hours");
}

TEST_CASE("a date not written as YYYY-MM-DD") {
  Diagnostic d = log_diagnostic("- {date: 2022/3/5, activity: 党课, by: 张三}\n");
  CHECK(d.message.zh == "'date'：日期 2022/3/5 未按 YYYY-MM-DD 格式书写");
  CHECK(d.message.en == "'date' is not written as YYYY-MM-DD: 2022/3/5");
  CHECK(d.hint.zh == "请写作 2022-03-05");
  CHECK(d.hint.en == "write it as 2022-03-05");
}

TEST_CASE("a date that is not a day of the calendar") {
  Diagnostic d = log_diagnostic("- {date: 2022-02-30, activity: 党课, by: 张三}\n");
  CHECK(d.message.zh == "'date'：2022-02-30 不是实际存在的日期（2022-02 只有 28 天）");
  CHECK(d.message.en == "'date' is not a real date: 2022-02-30 (2022-02 has only 28 days)");
  CHECK(d.hint.zh == "请核对月份和日期");
  CHECK(d.hint.en == "check the month and the day");
}

TEST_CASE("something that is no date at all") {
  Diagnostic d = plan_diagnostic(
      "plancheck: 1\n"
      "plan: {id: p, title: 测试计划, start: 明年一月, end: 2022-12-31}\n");
  CHECK(d.message.zh == "'start'：'明年一月' 不是日期");
  CHECK(d.message.en == "'start' is not a date: 明年一月");
  CHECK(d.hint.zh == "日期请按 YYYY-MM-DD 格式书写，例如 2022-03-15");
  CHECK(d.hint.en == "write dates as YYYY-MM-DD, e.g. 2022-03-15");
}

TEST_CASE("a missing required key") {
  Diagnostic d = log_diagnostic("- {date: 2022-03-01, activity: 党课}\n");
  CHECK(d.message.zh == "记录缺少 'by'");
  CHECK(d.message.en == "entry has no 'by'");
  CHECK(d.hint.zh == "请添加 'by: …'");
  CHECK(d.hint.en == "add 'by: …'");
}

TEST_CASE("YAML syntax errors: explained in plain words, or libyaml's wording framed") {
  SUBCASE("a stray ':'") {
    Diagnostic d = plan_diagnostic(kPlan + "sections: 会议: 主题\n");
    CHECK(d.message.zh == "此处不应出现 ':'");
    CHECK(d.message.en == "unexpected ':' here");
    CHECK(d.hint.zh == "含有 ': ' 的值必须加引号，例如 title: \"会议：主题\"；或检查缩进");
    CHECK(d.hint.en == "a value containing ': ' must be quoted, e.g. title: \"会议：主题\"; or check the indentation");
  }
  SUBCASE("an unclosed bracket") {
    Diagnostic d = plan_diagnostic(kPlan + "roles: [书记, 委员\n");
    CHECK(d.message.zh == "YAML 语法错误：did not find expected ',' or ']'（while parsing a flow sequence）");
    CHECK(d.message.en == "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)");
    CHECK(d.hint.empty());
  }
}

TEST_CASE("a tab used for indentation") {
  Diagnostic d = log_diagnostic("- date: 2022-03-01\n\tactivity: 党课\n");
  CHECK(d.line == 2);
  CHECK(d.message.zh == "缩进中使用了制表符（Tab）");
  CHECK(d.message.en == "a tab character is used for indentation");
  CHECK(d.hint.zh == "YAML 只能用空格缩进：请把制表符换成空格");
  CHECK(d.hint.en == "YAML indents with spaces only: replace the tab by spaces");
}

TEST_CASE("the common YAML slips are reported on their own line, with the line as it should be") {
  SUBCASE("no space after a colon, which libyaml stumbles on a line later") {
    Diagnostic d = log_diagnostic("- date: 2022-03-01\n  activity: 党课\n  by:张三\n  title: 专题党课\n");
    CHECK(d.line == 3);
    CHECK(d.column == 5);
    CHECK(d.message.zh == "冒号后面缺少空格：YAML 把 'by:张三' 读成了一段文字，而不是字段名和值");
    CHECK(d.message.en == "no space after the colon: YAML reads 'by:张三' as one piece of text, not as a key and its value");
    CHECK(d.hint.zh == "冒号后要有一个空格：by: 张三");
    CHECK(d.hint.en == "put a space after the colon: by: 张三");
  }
  SUBCASE("no space after a colon, which libyaml takes for a text without complaint") {
    Diagnostic d = log_diagnostic("- date:2022-03-01\n");
    CHECK(d.line == 1);
    CHECK(d.column == 7);
    CHECK(d.hint.zh == "冒号后要有一个空格：date: 2022-03-01");
  }
  SUBCASE("no space after a colon in a plan's rule") {
    Diagnostic d = plan_diagnostic(kPlan +
                                   "sections:\n  - id: 一\n    title: 第一部分\n    items:\n      - id: 1\n"
                                   "        title: 条目一\n        rules:\n          - activity: 党课\n"
                                   "            each: 张三\n            at_least:2\n            every: year\n");
    CHECK(d.line == 18);
    CHECK(d.column == 21);
    CHECK(d.hint.zh == "冒号后要有一个空格：at_least: 2");
  }
  SUBCASE("a full-width colon after a key") {
    Diagnostic d = log_diagnostic("- date：2022-03-01\n  activity: 党课\n  by: 张三\n");
    CHECK(d.line == 1);
    CHECK(d.column == 7);
    CHECK(d.message.zh == "字段名后用了全角冒号 '：'");
    CHECK(d.message.en == "a full-width colon '：' follows the key");
    CHECK(d.hint.zh == "YAML 要用半角冒号加一个空格：date: 2022-03-01");
    CHECK(d.hint.en == "YAML needs an ASCII colon and a space: date: 2022-03-01");
  }
  SUBCASE("a quote left open, which a later quote closes") {
    Diagnostic d = log_diagnostic(
        "- date: 2022-03-01\n  activity: 党课\n  by: 张三\n  title: \"专题党课\n"
        "- date: 2022-03-02\n  activity: 党课\n  by: 张三\n  title: \"支部书记讲党课\"\n");
    CHECK(d.line == 4);
    CHECK(d.column == 10);
    CHECK(d.message.zh == "引号没有在本行闭合：YAML 会把下面几行也读进这段文字");
    CHECK(d.message.en == "this quote is not closed on its line: YAML reads the lines below into it");
    CHECK(d.hint.zh == "请在行尾补上后引号：title: \"专题党课\"");
    CHECK(d.hint.en == "close it at the end of the line: title: \"专题党课\"");
  }
  SUBCASE("a tab after a list item's dash") {
    Diagnostic d = log_diagnostic("- date: 2022-03-01\n  activity: 党课\n  by: 张三\n-\tdate: 2022-03-02\n  by: 张三\n");
    CHECK(d.line == 4);
    CHECK(d.message.zh == "缩进中使用了制表符（Tab）");
  }
  SUBCASE("what is not a slip: a link, a time, a drive, a block of text") {
    Diagnostics diagnostics;
    auto plan = read_plan_text(kPlan, "plan.yaml", diagnostics);
    Ledger ledger;
    read_log_text("- date: 2022-03-01\n  activity: 党课\n  by: 张三\n  title: 10:30 开会\n"
                  "  evidence: [https://example.com/a:b, D:资料.pdf]\n  notes: |\n    时间:10:30\n    key:value\n",
                  "log/2022-03.yaml", PlanNames(*plan), ledger, diagnostics);
    CHECK(diagnostics.empty());
    CHECK(ledger.entries.size() == 1);
  }
}

TEST_CASE("an unknown activity in a log entry: a suggestion, or where to declare it") {
  SUBCASE("a likely typo") {
    Diagnostic d = log_diagnostic("- {date: 2022-03-01, activity: 党課, by: 张三}\n");
    CHECK(d.message.zh == "计划中没有活动 '党課'");
    CHECK(d.message.en == "unknown activity '党課'");
    CHECK(d.hint.zh == "是否想写 '党课'？");
    CHECK(d.hint.en == "did you mean '党课'?");
  }
  SUBCASE("nothing like it") {
    Diagnostic d = log_diagnostic("- {date: 2022-03-01, activity: 主题党日, by: 张三}\n");
    CHECK(d.message.zh == "计划中没有活动 '主题党日'");
    CHECK(d.message.en == "unknown activity '主题党日'");
    CHECK(d.hint.zh == "请核对写法，或在计划的 'activities' 中添加");
    CHECK(d.hint.en == "correct the spelling, or add it to 'activities' in the plan");
  }
}

TEST_CASE("a plan without its 'plancheck: 1' line") {
  Diagnostic d = plan_diagnostic("plan: {id: p, title: 测试计划, start: 2022-01-01, end: 2022-12-31}\n");
  CHECK(d.line == 1);
  CHECK(d.message.zh == "这不是 plancheck 计划：缺少 'plancheck: 1' 这一行");
  CHECK(d.message.en == "this is not a plancheck plan: it has no 'plancheck: 1' line");
  CHECK(d.hint.zh == "请在计划的第一行写上 'plancheck: 1'");
  CHECK(d.hint.en == "add 'plancheck: 1' as the first line of the plan");
}

TEST_CASE("plancheck init on a file instead of a folder") {
  testing::TempFolder folder;
  std::string file = folder.write("office", "not a folder");
  NewPlan plan = new_plan_with_defaults(file, "", std::nullopt, std::nullopt, *parse_date("2022-03-01"));
  InitResult result = create_plan_repo(plan);
  CHECK(result.created.empty());
  CHECK(result.error.zh == file + " 已存在，但不是文件夹");
  CHECK(result.error.en == file + " exists and is not a folder");
  CHECK(result.hint.zh == "请指定一个新文件夹（或空文件夹）的名称");
  CHECK(result.hint.en == "give the name of a new folder (or of an empty one)");
}

TEST_CASE("a Text argument is taken in the language of the message it is phrased into") {
  Text activity = phrase(messages::kActivity);
  Text unknown = phrase(messages::kUnknownName, activity, "党課");
  CHECK(unknown.zh == "计划中没有活动 '党課'");
  CHECK(unknown.en == "unknown activity '党課'");
  // A list joined in each language's way.
  Text allowed = phrase(messages::kAllowedKeys, joined({"date", "by"}, messages::kListSeparator));
  CHECK(allowed.zh == "此处可用的字段：date、by");
  CHECK(allowed.en == "allowed here: date, by");
  // Two Text arguments, one of them phrased from a message with arguments of its own.
  Text reason = phrase(messages::kMonthHasDays, 2022, 2, 28u);
  Text not_a_day = phrase(messages::kNotARealDate.message, phrase(messages::kKeyName, "date"), "2022-02-30", reason);
  CHECK(not_a_day.zh == "'date'：2022-02-30 不是实际存在的日期（2022-02 只有 28 天）");
  CHECK(not_a_day.en == "'date' is not a real date: 2022-02-30 (2022-02 has only 28 days)");
}

}  // TEST_SUITE
