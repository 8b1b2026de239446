#include "read/plan_reader.h"
#include "read/plan_size.h"

#include <doctest/doctest.h>

#include <string>

#include "read/test_support.h"

using namespace plancheck;
using plancheck::testing::show;

namespace {

// Lines 1-6: the smallest valid plan.
const std::string kHeader =
    "plancheck: 1\n"
    "plan:\n"
    "  id: fao-test\n"
    "  title: 测试计划\n"
    "  start: 2022-01-01\n"
    "  end: 2022-12-31\n";

// Lines 1-20: a plan whose one item's rules start at line 21 (see `rules`). 班子成员 is held by nobody.
const std::string kHead = kHeader +
                          "roles: [党组书记, 支部书记, 班子成员]\n"  // 7
                          "activities: [党课, 主题党日]\n"           // 8
                          "units:\n"
                          "  - {id: 第一支部, kind: 支部}\n"  // 10
                          "people:\n"
                          "  - name: 张三\n"  // 12
                          "    roles: [党组书记]\n"
                          "  - name: 李四\n"  // 14
                          "    roles: [支部书记]\n"
                          "sections:\n"  // 16
                          "  - id: 一\n"
                          "    items:\n"
                          "      - id: 1\n"  // 19
                          "        rules:\n";

// `body` indented as the rules of kHead's item: its first line is line 21, a rule's keys are at column 13.
std::string rules(std::string_view body) {
  std::string out = kHead;
  while (!body.empty()) {
    auto end = body.find('\n');
    out += std::string(10, ' ') + std::string(body.substr(0, end)) + "\n";
    body.remove_prefix(end == std::string_view::npos ? body.size() : end + 1);
  }
  return out;
}

struct Result {
  std::optional<Plan> plan;
  Diagnostics diagnostics;
  std::string shown;  // every diagnostic, one a line
};

Result read(const std::string& text) {
  Result result;
  result.plan = read_plan_text(text, "plans/p.yaml", result.diagnostics);
  result.shown = show(result.diagnostics);
  return result;
}

std::string diagnose(const std::string& text) { return read(text).shown; }

const Rule& only_rule(const Result& result) {
  REQUIRE(result.plan);
  REQUIRE(result.plan->sections.size() == 1);
  REQUIRE(result.plan->sections[0].items.size() == 1);
  REQUIRE(result.plan->sections[0].items[0].rules.size() == 1);
  return result.plan->sections[0].items[0].rules[0];
}

std::size_t rule_count(const Result& result) {
  REQUIRE(result.plan);
  return result.plan->sections.at(0).items.at(0).rules.size();
}

Date day(const char* iso) { return *parse_date(iso); }

const std::string kUnique = " [every one must be unique: rename or remove one of them]";

}  // namespace

TEST_SUITE("read/plan_reader") {

TEST_CASE("a minimal valid plan") {
  auto result = read(kHeader);
  CHECK(result.shown == "");
  REQUIRE(result.plan);
  const Plan& plan = *result.plan;
  CHECK(plan.file == "plans/p.yaml");
  CHECK(plan.id == "fao-test");
  CHECK(plan.title == "测试计划");
  CHECK(plan.summary == "");
  CHECK(plan.start == day("2022-01-01"));
  CHECK(plan.end == day("2022-12-31"));
  CHECK(plan.logs == std::vector<std::string>{"log"});
  CHECK_FALSE(plan.logs_given);
  CHECK(plan.roles.empty());
  CHECK(plan.activities.empty());
  CHECK(plan.units.empty());
  CHECK(plan.people.empty());
  CHECK(plan.sections.empty());
}

TEST_CASE("a complete valid plan is read in full") {
  auto result = read(
      "plancheck: 1\n"
      "plan:\n"
      "  id: fao-2022\n"
      "  title: 2022年工作要点\n"
      "  start: 2022-01-01\n"
      "  end: 2022-12-31\n"
      "  summary: >-\n"
      "    总的要求\n"
      "    是这样\n"
      "  logs: [log, extra/台账.yaml]\n"  // 10
      "roles: [党组书记, 支部书记]\n"
      "activities:\n"
      "  - 党课\n"                                 // 13: a plain string
      "  - {id: 主题党日, title: 每月主题党日}\n"  // 14
      "  - id: 实施方案\n"                         // 15
      "units:\n"
      "  - {id: 第一支部, kind: 支部}\n"  // 17
      "  - id: 第二支部\n"                // 18
      "    kind: 支部\n"
      "people:\n"
      "  - name: 张三\n"  // 21
      "    roles: [党组书记]\n"
      "  - name: 李四\n"  // 23
      "    roles:\n"
      "      - 支部书记\n"
      "      - {role: 党组书记, from: 2022-03-01}\n"
      "      - {role: 支部书记, from: 2022-07-01, until: 2022-09-30}\n"
      "sections:\n"
      "  - id: 一\n"  // 29
      "    title: 强化政治引领\n"
      "    items:\n"
      "      - id: 2\n"  // 32
      "        title: 突出理论武装\n"
      "        text: 条目全文\n"
      "        rules:\n"
      "          - id: lecture\n"  // 36
      "            activity: 党课\n"
      "            each: [党组书记, 支部书记]\n"
      "            every: year\n"
      "          - id: day\n"  // 40
      "            activity: 主题党日\n"
      "            each_unit: 支部\n"
      "            at_least: 2\n"
      "            every: month\n"
      "            from: 2022-03-01\n"
      "            until: 2022-11-30\n"
      "          - id: plan-doc\n"  // 47
      "            activity: 实施方案\n"
      "            by: 第一支部\n"
      "            every: once\n"
      "            due: 2022-06-30\n"
      "  - id: \"二\"\n"  // 52: an item with no rules, a section with no title
      "    items:\n"
      "      - id: three\n"
      "        title: 无配额条目\n");
  CHECK(result.shown == "");
  REQUIRE(result.plan);
  const Plan& plan = *result.plan;
  CHECK(plan.summary == "总的要求 是这样");
  CHECK(plan.logs == std::vector<std::string>{"log", "extra/台账.yaml"});
  CHECK(plan.logs_given);
  CHECK(plan.roles == std::vector<std::string>{"党组书记", "支部书记"});

  REQUIRE(plan.activities.size() == 3);
  CHECK(plan.activities[0].id == "党课");
  CHECK(plan.activities[0].title == "");
  CHECK(plan.activities[0].position.line == 13);
  CHECK(plan.activities[0].position.column == 5);
  CHECK(plan.activities[1].id == "主题党日");
  CHECK(plan.activities[1].title == "每月主题党日");
  CHECK(plan.activities[2].id == "实施方案");
  CHECK(plan.activities[2].position.line == 15);

  REQUIRE(plan.units.size() == 2);
  CHECK(plan.units[0].id == "第一支部");
  CHECK(plan.units[0].kind == "支部");
  CHECK(plan.units[1].id == "第二支部");
  CHECK(plan.units[1].position.line == 18);

  REQUIRE(plan.people.size() == 2);
  const Person& zhang = plan.people[0];
  CHECK(zhang.name == "张三");
  CHECK(zhang.position.line == 21);
  REQUIRE(zhang.tenures.size() == 1);
  CHECK(zhang.tenures[0].role == "党组书记");
  CHECK_FALSE(zhang.tenures[0].from);
  CHECK_FALSE(zhang.tenures[0].until);
  const Person& li = plan.people[1];
  REQUIRE(li.tenures.size() == 3);
  CHECK(li.tenures[0].role == "支部书记");
  CHECK_FALSE(li.tenures[0].from);
  CHECK(li.tenures[1].role == "党组书记");
  CHECK(li.tenures[1].from == day("2022-03-01"));
  CHECK_FALSE(li.tenures[1].until);
  CHECK(li.tenures[2].from == day("2022-07-01"));
  CHECK(li.tenures[2].until == day("2022-09-30"));

  REQUIRE(plan.sections.size() == 2);
  const Section& first = plan.sections[0];
  CHECK(first.id == "一");
  CHECK(first.title == "强化政治引领");
  CHECK(first.position.line == 29);
  CHECK(first.position.column == 5);
  REQUIRE(first.items.size() == 1);
  const Item& item = first.items[0];
  CHECK(item.id == "2");
  CHECK(item.title == "突出理论武装");
  CHECK(item.text == "条目全文");
  CHECK(item.position.line == 32);
  REQUIRE(item.rules.size() == 3);

  const Rule& lecture = item.rules[0];
  CHECK(lecture.id == "lecture");
  CHECK(lecture.activity == "党课");
  CHECK(lecture.subjects.kind == SubjectSelector::Kind::each_role);
  CHECK(lecture.subjects.names == std::vector<std::string>{"党组书记", "支部书记"});
  CHECK(lecture.at_least == Amount::count(1));  // the default
  CHECK(lecture.every == Frequency::year);
  CHECK_FALSE(lecture.due);
  CHECK_FALSE(lecture.from);
  CHECK_FALSE(lecture.until);
  CHECK(lecture.position.line == 36);
  CHECK(lecture.position.column == 13);

  const Rule& monthly = item.rules[1];
  CHECK(monthly.subjects.kind == SubjectSelector::Kind::each_unit);
  CHECK(monthly.subjects.names == std::vector<std::string>{"支部"});
  CHECK(monthly.at_least == Amount::count(2));
  CHECK(monthly.every == Frequency::month);
  CHECK(monthly.from == day("2022-03-01"));
  CHECK(monthly.until == day("2022-11-30"));

  const Rule& once = item.rules[2];
  CHECK(once.subjects.kind == SubjectSelector::Kind::by);
  CHECK(once.subjects.names == std::vector<std::string>{"第一支部"});
  CHECK(once.every == Frequency::once);
  CHECK(once.due == day("2022-06-30"));

  const Section& second = plan.sections[1];
  CHECK(second.id == "二");
  CHECK(second.title == "");
  REQUIRE(second.items.size() == 1);
  CHECK(second.items[0].id == "three");
  CHECK(second.items[0].rules.empty());
}

TEST_CASE("every period name is understood") {
  const std::pair<const char*, Frequency> periods[] = {{"year", Frequency::year},     {"half", Frequency::half},
                                                       {"quarter", Frequency::quarter}, {"month", Frequency::month},
                                                       {"week", Frequency::week}};
  for (auto [name, frequency] : periods) {
    INFO(name);
    auto result = read(rules(std::string("- {id: r, activity: 党课, by: 张三, every: ") + name + "}"));
    CHECK(result.shown == "");
    CHECK(only_rule(result).every == frequency);
  }
}

TEST_CASE("logs: one path, or an empty value meaning the default") {
  auto one = read(kHeader + "  logs: 台账\n");
  CHECK(one.shown == "");
  CHECK(one.plan->logs == std::vector<std::string>{"台账"});
  CHECK(one.plan->logs_given);
  auto empty = read(kHeader + "  logs:\n");
  CHECK(empty.shown == "");
  CHECK(empty.plan->logs == std::vector<std::string>{"log"});
  CHECK_FALSE(empty.plan->logs_given);
}

TEST_CASE("diagnostics name the file as given") {
  auto result = read(kHeader + "sectons: []\n");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].file == "plans/p.yaml");
  CHECK(result.diagnostics[0].severity == Severity::error);
}

// ---------------------------------------------------------------------------------------------
// The file as a whole and the 'plancheck' line

TEST_CASE("an empty plan file") {
  for (std::string text : {"", "# 只有注释\n\n"}) {
    auto result = read(text);
    CHECK_FALSE(result.plan);
    CHECK(result.shown ==
          "1:1: error: this plan file is empty [start from 'plancheck init', or see the README for the plan "
          "format]\n");
  }
}

TEST_CASE("a YAML syntax error gives only that error and no plan") {
  auto result = read("plancheck: 1\nplan:\n\tid: x\n");
  CHECK_FALSE(result.plan);
  CHECK(result.shown ==
        "3:1: error: a tab character is used for indentation [YAML indents with spaces only: replace the tab by "
        "spaces]\n");
}

TEST_CASE("absurd nesting gives one error, no plan and no crash") {
  auto result = read(std::string(100000, '[') + std::string(100000, ']'));
  CHECK_FALSE(result.plan);
  CHECK(result.shown ==
        "1:65: error: nesting is deeper than 64 levels [plancheck files need only a few levels: check the "
        "indentation and brackets]\n");
}

TEST_CASE("a plan file that is not a mapping") {
  auto list = read("- plancheck: 1\n");
  CHECK_FALSE(list.plan);
  CHECK(list.shown == "1:1: error: the plan file should be indented 'key: value' lines, but is a list\n");
  CHECK(diagnose("计划\n") == "1:1: error: the plan file should be indented 'key: value' lines, but is text\n");
}

TEST_CASE("the 'plancheck' line") {
  SUBCASE("missing") {
    auto result = read("plan:\n  id: x\n");
    CHECK_FALSE(result.plan);
    CHECK(result.shown ==
          "1:1: error: this is not a plancheck plan: it has no 'plancheck: 1' line [add 'plancheck: 1' as the "
          "first line of the plan]\n");
  }
  SUBCASE("empty") {
    CHECK(diagnose("plancheck:\nplan: {}\n") ==
          "1:1: error: this is not a plancheck plan: it has no 'plancheck: 1' line [add 'plancheck: 1' as the "
          "first line of the plan]\n");
  }
  SUBCASE("another format number") {
    auto result = read("plancheck: 2\n" + kHeader.substr(kHeader.find('\n') + 1));
    CHECK_FALSE(result.plan);
    CHECK(result.shown ==
          "1:12: error: this plan is in format 2; this version of plancheck reads format 1 [use a newer "
          "plancheck, or write 'plancheck: 1']\n");
  }
  SUBCASE("not a number") {
    auto result = read("plancheck: one\n");
    CHECK_FALSE(result.plan);
    CHECK(result.shown == "1:12: error: 'plancheck' should be a whole number, but is 'one'\n");
  }
  SUBCASE("a quoted number is not a number") {
    CHECK(diagnose("plancheck: \"1\"\n") == "1:12: error: 'plancheck' is written in quotes, so it is text, not a number [remove the quotes]\n");
  }
  SUBCASE("negative") {
    CHECK(diagnose("plancheck: -1\n") == "1:12: error: 'plancheck' should be at least 0, but is -1\n");
  }
  SUBCASE("a list") {
    CHECK(diagnose("plancheck: [1]\n") == "1:12: error: 'plancheck' should be text, but is a list\n");
  }
}

TEST_CASE("unknown top-level keys, with or without a suggestion") {
  CHECK(diagnose(kHeader + "sectons: []\n") ==
        "7:1: error: unknown key 'sectons' in the plan file [did you mean 'sections'?]\n");
  CHECK(diagnose(kHeader + "备注: x\n") ==
        "7:1: error: unknown key '备注' in the plan file [allowed here: plancheck, plan, roles, activities, units, "
        "people, sections]\n");
}

// ---------------------------------------------------------------------------------------------
// The 'plan' header

TEST_CASE("the 'plan' mapping missing, empty or not a mapping") {
  auto missing = read("plancheck: 1\nroles: []\n");
  CHECK(missing.plan);  // still a plan: every other problem gets reported too
  CHECK(missing.shown == "1:1: error: the plan file has no 'plan' [add 'plan: …']\n");
  CHECK(diagnose("plancheck: 1\nplan:\nroles: []\n") == "2:6: error: 'plan' of the plan file is empty\n");
  CHECK(diagnose("plancheck: 1\nplan: 测试计划\n") ==
        "2:7: error: plan should be indented 'key: value' lines, but is text\n");
}

TEST_CASE("required header fields, each reported at the 'plan' mapping") {
  CHECK(diagnose("plancheck: 1\nplan:\n  summary: 说明\n") ==
        "3:3: error: plan has no 'id' [add 'id: …']\n"
        "3:3: error: plan has no 'title' [add 'title: …']\n"
        "3:3: error: plan has no 'start' [add 'start: …']\n"
        "3:3: error: plan has no 'end' [add 'end: …']\n");
}

TEST_CASE("header fields that are empty or of the wrong type") {
  CHECK(diagnose("plancheck: 1\nplan:\n  id:\n  title: [a, b]\n  start: {y: 2022}\n  end: 2022-12-31\n"
                 "  summary: [x]\n  logs: {a: b}\n") ==
        "3:6: error: 'id' of plan is empty\n"
        "4:10: error: 'title' should be text, but is a list\n"
        "7:12: error: 'summary' should be text, but is a list\n"
        "5:10: error: 'start' should be text, but is a mapping\n"
        "8:9: error: 'logs' should be text or a list of texts, but is a mapping\n");
}

TEST_CASE("unknown header keys get a suggestion") {
  CHECK(diagnose(kHeader + "  tittle: 重复\n") == "7:3: error: unknown key 'tittle' in plan [did you mean 'title'?]\n");
  // a swap of two letters counts as two edits: too many for a five-letter word
  CHECK(diagnose(kHeader + "  titel: 重复\n") ==
        "7:3: error: unknown key 'titel' in plan [did you mean 'title'?]\n");
  // a misspelled required key is reported once, not also as missing
  CHECK(diagnose("plancheck: 1\nplan:\n  id: p\n  tittle: t\n  start: 2022-01-01\n  end: 2022-12-31\n") ==
        "4:3: error: unknown key 'tittle' in plan [did you mean 'title'?]\n");
}

TEST_CASE("invalid dates") {
  auto with_dates = [](const char* start, const char* end) {
    return diagnose(std::string("plancheck: 1\nplan:\n  id: p\n  title: t\n  start: ") + start + "\n  end: " + end +
                    "\n");
  };
  CHECK(with_dates("2022/3/5", "2022-12-31") ==
        "5:10: error: 'start' is not written as YYYY-MM-DD: 2022/3/5 [write it as 2022-03-05]\n");
  CHECK(with_dates("2022.3.5", "2022-12-31") ==
        "5:10: error: 'start' is not written as YYYY-MM-DD: 2022.3.5 [write it as 2022-03-05]\n");
  CHECK(with_dates("2022-3-5", "2022-12-31") ==
        "5:10: error: 'start' is not written as YYYY-MM-DD: 2022-3-5 [write it as 2022-03-05]\n");
  CHECK(with_dates("2022-01-01", "2022-02-30") ==
        "6:8: error: 'end' is not a real date: 2022-02-30 (2022-02 has only 28 days) [check the month and the day]\n");
  CHECK(with_dates("2024-01-01", "2024-02-30") ==
        "6:8: error: 'end' is not a real date: 2024-02-30 (2024-02 has only 29 days) [check the month and the day]\n");
  CHECK(with_dates("2022-01-01", "2022/4/31") ==
        "6:8: error: 'end' is not a real date: 2022/4/31 (2022-04 has only 30 days) [check the month and the day]\n");
  CHECK(with_dates("2022-01-01", "2022-13-01") ==
        "6:8: error: 'end' is not a real date: 2022-13-01 (there is no month 13) [check the month and the day]\n");
  CHECK(with_dates("2022-01-01", "2022-03-0") ==
        "6:8: error: 'end' is not a real date: 2022-03-0 (there is no day 0) [check the month and the day]\n");
  // Found by fuzzing: a five-digit year with a negative month once threw instead of reporting.
  CHECK(with_dates("99999--1-1", "2022-12-31") ==
        "5:10: error: 'start' is not a date: 99999--1-1 [write dates as YYYY-MM-DD, e.g. 2022-03-15]\n");
  CHECK(with_dates("soon", "2022-12-31") ==
        "5:10: error: 'start' is not a date: soon [write dates as YYYY-MM-DD, e.g. 2022-03-15]\n");
  CHECK(with_dates("22/3/5", "2022-12-31") ==
        "5:10: error: 'start' is not a date: 22/3/5 [write dates as YYYY-MM-DD, e.g. 2022-03-15]\n");
  CHECK(with_dates("2022年3月5日", "2022-12-31") ==
        "5:10: error: 'start' is not a date: 2022年3月5日 [write dates as YYYY-MM-DD, e.g. 2022-03-15]\n");
  CHECK(with_dates("\"2022-01-01\"", "2022-12-31") == "");  // quoting is fine
}

TEST_CASE("the plan ends before it starts") {
  CHECK(diagnose("plancheck: 1\nplan:\n  id: p\n  title: t\n  start: 2022-12-31\n  end: 2022-01-01\n") ==
        "6:8: error: the plan ends (2022-01-01) before it starts (2022-12-31)\n");
  CHECK(diagnose("plancheck: 1\nplan:\n  id: p\n  title: t\n  start: 2022-06-01\n  end: 2022-06-01\n") == "");
}

// ---------------------------------------------------------------------------------------------
// Roles, activities, units

TEST_CASE("roles") {
  CHECK(diagnose(kHeader + "roles: 党组书记\n") == "7:8: error: 'roles' should be a list (lines starting with '- ')\n");
  CHECK(diagnose(kHeader + "roles: [党组书记, 党组书记]\n") ==
        "7:15: error: duplicate role '党组书记': already defined at line 7" + kUnique + "\n");
  CHECK(diagnose(kHeader + "roles:\n  - 书记\n  - [a]\n  - 书记\n") ==
        "9:5: error: a role should be text, but is a list\n"
        "10:5: error: duplicate role '书记': already defined at line 8" + kUnique + "\n");
}

TEST_CASE("activities") {
  CHECK(diagnose(kHeader + "activities: [党课, 党课]\n") ==
        "7:18: error: duplicate activity '党课': already defined at line 7" + kUnique + "\n");
  CHECK(diagnose(kHeader + "activities:\n  - 党课\n  - {id: 党课, title: 又一个}\n") ==
        "9:10: error: duplicate activity '党课': already defined at line 8" + kUnique + "\n");
  CHECK(diagnose(kHeader + "activities:\n  - title: 讲党课\n") == "8:5: error: activity has no 'id' [add 'id: …']\n");
  CHECK(diagnose(kHeader + "activities:\n  - {id: 党课, tittle: 讲党课}\n") ==
        "8:14: error: unknown key 'tittle' in activity [did you mean 'title'?]\n");
  CHECK(diagnose(kHeader + "activities:\n  - {id: [党课]}\n") ==
        "8:10: error: an activity id should be text, but is a list\n");
  CHECK(diagnose(kHeader + "activities:\n  - [党课]\n") ==
        "8:5: error: activity should be indented 'key: value' lines, but is a list\n");
  CHECK(diagnose(kHeader + "activities: {党课: 讲党课}\n") ==
        "7:13: error: 'activities' should be a list (lines starting with '- ')\n");
}

TEST_CASE("units") {
  auto result = read(kHeader +
                     "units:\n"
                     "  - {id: 一支部}\n"     // 8
                     "  - {kind: 支部}\n"     // 9
                     "  - {id: 二支部, kinds: 支部}\n"  // 10
                     "  - 三支部\n"                     // 11
                     "  - {id: 四支部, kind: 支部}\n"
                     "  - {id: 四支部, kind: 党组}\n");  // 13
  CHECK(result.shown ==
        "8:5: error: unit has no 'kind' [add 'kind: …']\n"
        "9:5: error: unit has no 'id' [add 'id: …']\n"
        "10:15: error: unknown key 'kinds' in unit [did you mean 'kind'?]\n"
        "11:5: error: unit should be indented 'key: value' lines, but is text\n"
        "13:10: error: duplicate unit '四支部': already defined at line 12" + kUnique + "\n");
  REQUIRE(result.plan);
  REQUIRE(result.plan->units.size() == 2);  // both 四支部, the rest left out
  CHECK(result.plan->units[1].kind == "党组");
}

TEST_CASE("units inside units, their size, people in them and roles held in them") {
  auto result = read(kHeader +
                     "roles: [支部书记]\n"
                     "units:\n"
                     "  - {id: 第一党小组, kind: 党小组, parent: 第一支部, members: 6}\n"  // 9: a parent written later
                     "  - {id: 第一支部, kind: 支部, parent: 机关党委}\n"
                     "  - {id: 机关党委, kind: 党委}\n"
                     "  - {id: 第二党小组, kind: 党小组, parent: 第一支部}\n"
                     "  - {id: 第三支部, kind: 支部}\n"
                     "people:\n"
                     "  - {name: 张三, unit: 第一党小组}\n"
                     "  - {name: 李四, unit: 第二党小组}\n"
                     "  - {name: 王五, roles: [{role: 支部书记, unit: 第一支部}]}\n"
                     "  - {name: 赵六, unit: 第三支部}\n");
  CHECK(result.shown == "");
  REQUIRE(result.plan);
  const Plan& plan = *result.plan;
  CHECK(plan.units[0].parent == "第一支部");
  CHECK(plan.units[0].members == 6);
  CHECK(plan.people[2].tenures[0].unit == "第一支部");
  CHECK(subjects_within(plan, "第一支部") == std::vector<std::string>{"第一支部", "第一党小组", "第二党小组", "张三", "李四", "王五"});
  CHECK(subjects_within(plan, "机关党委").size() == 7);
  CHECK(subjects_within(plan, "张三") == std::vector<std::string>{"张三"});
  CHECK(member_count(plan, "第一党小组") == 6);  // as the plan says
  CHECK(member_count(plan, "第二党小组") == 1);  // counted from its people
  CHECK(member_count(plan, "第一支部") == 2);    // its groups' people; a role held in it is not membership
  CHECK(member_count(plan, "机关党委") == 2);
  CHECK(member_count(plan, "第三支部") == 1);
}

TEST_CASE("units: an unknown parent or unit, and parents that go round in a circle") {
  CHECK(diagnose(kHeader +
                 "units:\n"
                 "  - {id: 第一党小组, kind: 党小组, parent: 第一支布}\n"  // 8
                 "  - {id: 第一支部, kind: 支部}\n"
                 "people:\n"
                 "  - {name: 张三, unit: 第二支部}\n") ==  // 11
        "8:36: error: unknown unit '第一支布' [did you mean '第一支部'?]\n"
        "11:22: error: unknown unit '第二支部' [did you mean '第一支部'?]\n");
  CHECK(diagnose(kHeader +
                 "units:\n"
                 "  - {id: 甲, kind: 支部, parent: 乙}\n"
                 "  - {id: 乙, kind: 支部, parent: 甲}\n"
                 "  - {id: 丙, kind: 支部, parent: 丙}\n") ==
        "8:31: error: unit '甲' ends up inside itself when its parents are followed [give 'parent' the unit one level "
        "up (a 党小组's 支部); the top unit has no 'parent']\n"
        "9:31: error: unit '乙' ends up inside itself when its parents are followed [give 'parent' the unit one level "
        "up (a 党小组's 支部); the top unit has no 'parent']\n"
        "10:31: error: unit '丙' ends up inside itself when its parents are followed [give 'parent' the unit one level "
        "up (a 党小组's 支部); the top unit has no 'parent']\n");
  CHECK(diagnose(kHeader + "units:\n  - {id: 甲, kind: 支部, members: 0}\n") ==
        "8:32: error: 'members' should be at least 1, but is 0\n");
}

// ---------------------------------------------------------------------------------------------
// People and their roles

TEST_CASE("people: duplicates, a name shared with a unit, a missing name") {
  CHECK(diagnose(kHeader +
                 "roles: [党组书记]\n"
                 "units:\n"
                 "  - {id: 第一支部, kind: 支部}\n"
                 "people:\n"
                 "  - name: 张三\n"  // 11
                 "    roles: [党组书记]\n"
                 "  - name: 张三\n"      // 13
                 "  - name: 第一支部\n"  // 14
                 "  - roles: [党组书记]\n"  // 15
                 "  - name: 王五\n"
                 "    role: [党组书记]\n"  // 17
                 "  - 赵六\n") ==         // 18
        "13:11: error: duplicate person '张三': already defined at line 11" + kUnique + "\n" +
            "14:11: error: '第一支部' is the name of a unit too [people and units share one namespace: give one of "
            "them another name]\n"
            "15:5: error: person has no 'name' [add 'name: …']\n"
            "17:5: error: unknown key 'role' in person [did you mean 'roles'?]\n"
            "18:5: error: person should be indented 'key: value' lines, but is text\n");
}

TEST_CASE("people: a role held only outside the plan's dates is a warning, one that touches them is not") {
  auto result = read(kHeader +
                     "roles: [支部书记]\n"
                     "people:\n"
                     "  - name: 李四\n"
                     "    roles:\n"
                     "      - {role: 支部书记, until: 2021-12-31}\n"                    // 11
                     "      - {role: 支部书记, from: 2023-01-01}\n"                     // 12
                     "      - {role: 支部书记, from: 2021-06-01, until: 2022-01-01}\n"  // 13: its last day is inside
                     "      - {role: 支部书记, from: 2022-12-31}\n");                   // 14: its first day is inside
  CHECK(result.shown ==
        "11:9: warning: the role 支部书记 is held only outside the plan's dates (2022-01-01 to 2022-12-31): no rule "
        "counts them in it [check from and until; if they no longer hold the role, remove it]\n"
        "12:9: warning: the role 支部书记 is held only outside the plan's dates (2022-01-01 to 2022-12-31): no rule "
        "counts them in it [check from and until; if they no longer hold the role, remove it]\n");
}

TEST_CASE("a plan asking for more quota results than plancheck evaluates is an error at its end date") {
  std::string plan =
      "plancheck: 1\nplan:\n  id: x\n  title: 大计划\n  start: 0001-01-01\n  end: 9999-12-31\n"
      "roles: [委员]\nactivities: [会议]\nunits: [{id: 甲, kind: 支部}]\npeople: [{name: 张三, roles: [委员]}]\n"
      "sections:\n  - id: 一\n    title: 部分\n    items:\n      - id: 1\n        title: 要点\n        rules:\n"
      "          - {id: weekly, activity: 会议, each: [委员], every: week}\n"
      "          - {id: weekly-units, activity: 会议, each_unit: 支部, every: week}\n";
  auto result = read(plan);
  CHECK(result.shown ==
        "6:8: error: the plan asks for about 1043446 quota results (periods × subjects, over all its rules); "
        "plancheck evaluates at most 1000000 [the plan runs from 0001-01-01 to 9999-12-31: check its dates for a "
        "slip, or keep one plan per year]\n");
  REQUIRE(result.plan);
  CHECK(quota_result_bound(*result.plan) == 1043446);  // as many as check counts
  std::string one_weekly = plan.substr(0, plan.rfind("          - {id: weekly-units"));
  CHECK(read(one_weekly).shown == "");  // about 521,700: within the limit
  std::string a_year = plan;
  a_year.replace(a_year.find("0001-01-01"), 10, "2022-01-01");
  a_year.replace(a_year.find("9999-12-31"), 10, "2022-12-31");
  CHECK(quota_result_bound(*read(a_year).plan) == 2 * 53);  // 52 weeks, and the one split by 1 January
}

TEST_CASE("people: roles held as plain names and as tenures") {
  auto result = read(kHeader +
                     "roles: [党组书记, 支部书记]\n"
                     "people:\n"
                     "  - name: 李四\n"
                     "    roles:\n"
                     "      - 支书记\n"                                      // 11
                     "      - 宣传委员\n"                                    // 12
                     "      - {role: 支部书记, form: 2022-03-01}\n"          // 13
                     "      - {from: 2022-03-01}\n"                          // 14
                     "      - {role: 支部书记, from: 2022-06-01, until: 2022-03-01}\n"  // 15
                     "      - {role: 支部书记, from: 2022/3/1}\n"            // 16
                     "      - [党组书记]\n"                                  // 17
                     "  - name: 王五\n"
                     "    roles: 党组书记\n");  // 19
  CHECK(result.shown ==
        "11:9: error: unknown role '支书记' [did you mean '支部书记'?]\n"
        "12:9: error: unknown role '宣传委员' [correct the spelling, or add it to 'roles' in the plan]\n"
        "13:22: error: unknown key 'form' in role [did you mean 'from'?]\n"
        "14:9: error: role has no 'role' [add 'role: …']\n"
        "15:47: error: 'until' is before 'from'\n"
        "16:28: error: 'from' is not written as YYYY-MM-DD: 2022/3/1 [write it as 2022-03-01]\n"
        "17:9: error: a role should be text, but is a list\n");
  // One role may be written without brackets.
  REQUIRE(result.plan);
  REQUIRE(result.plan->people.size() == 2);
  REQUIRE(result.plan->people[1].tenures.size() == 1);
  CHECK(result.plan->people[1].tenures[0].role == "党组书记");
  REQUIRE(result.plan);
  REQUIRE(result.plan->people.size() == 2);
  // unknown roles are kept (and reported); a tenure without a role is not
  CHECK(result.plan->people[0].tenures.size() == 5);
}

// ---------------------------------------------------------------------------------------------
// Sections and items

TEST_CASE("sections and items: ids, unknown keys, shapes") {
  CHECK(diagnose(kHeader + "sections: 一\n") == "7:11: error: 'sections' should be a list (lines starting with '- ')\n");
  CHECK(diagnose(kHeader +
                 "sections:\n"
                 "  - title: 无编号\n"  // 8
                 "  - id: 一\n"         // 9
                 "    titel: x\n"       // 10
                 "    items:\n"
                 "      - id: 1\n"      // 12
                 "      - id: 1\n"      // 13
                 "        rule: []\n"   // 14
                 "      - title: 无编号条目\n"  // 15
                 "  - id: 一\n"                 // 16
                 "    items: 第一条\n"          // 17
                 "  - id: 二\n"
                 "    items:\n"
                 "      - id: \"1\"\n"          // 20
                 "        rules: {id: r}\n") ==  // 21
        "8:5: error: section has no 'id' [add 'id: …']\n"
        "10:5: error: unknown key 'titel' in section [did you mean 'title'?]\n"
        "14:9: error: unknown key 'rule' in item [did you mean 'rules'?]\n"
        "13:13: error: duplicate item id '1': already defined at line 12" + kUnique + "\n" +
            "15:9: error: item has no 'id' [add 'id: …']\n"
            "16:9: error: duplicate section id '一': already defined at line 9" + kUnique + "\n" +
            "17:12: error: 'items' should be a list (lines starting with '- ')\n"
            "20:13: error: duplicate item id '1': already defined at line 12" + kUnique + "\n" +
            "21:16: error: 'rules' should be a list (lines starting with '- ')\n");
}

// ---------------------------------------------------------------------------------------------
// Rules

TEST_CASE("a valid rule in the test head gives no diagnostics") {
  auto result = read(rules("- id: r1\n  activity: 党课\n  each: [党组书记, 支部书记]\n  every: year"));
  CHECK(result.shown == "");
  const Rule& rule = only_rule(result);
  CHECK(rule.at_least == Amount::count(1));
  CHECK(rule.position.line == 21);
  CHECK(rule.position.column == 13);
}

TEST_CASE("rule: not a mapping, missing id / activity / every") {
  CHECK(diagnose(rules("- r1")) == "21:13: error: rule should be indented 'key: value' lines, but is text\n");
  auto result = read(rules("- each: 党组书记"));
  CHECK(result.shown ==
        "21:13: error: rule has no 'id' [add 'id: …']\n"
        "21:13: error: rule has no 'activity' [add 'activity: …']\n"
        "21:13: error: rule has no 'every' [add 'every: …']\n");
  CHECK(rule_count(result) == 0);
}

TEST_CASE("rule: unknown keys with a suggestion") {
  CHECK(diagnose(rules("- id: r1\n  actvity: 党课\n  by: 张三\n  every: year")) ==
        "22:13: error: unknown key 'actvity' in rule [did you mean 'activity'?]\n");  // not also "has no"
  CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: year\n  atleast: 2")) ==
        "25:13: error: unknown key 'atleast' in rule [did you mean 'at_least'?]\n");
  CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: year\n  备注: x")) ==
        "25:13: error: unknown key '备注' in rule [allowed here: id, activity, each, each_unit, by, at_least, "
        "every, due, from, until, grace, sum, unit, source, quote, norm, evidence, attendance, in]\n");
}

TEST_CASE("rule: unknown activity") {
  CHECK(diagnose(rules("- id: r1\n  activity: 党課\n  by: 张三\n  every: year")) ==
        "22:23: error: unknown activity '党課' [did you mean '党课'?]\n");
  CHECK(diagnose(rules("- id: r1\n  activity: 组织生活会\n  by: 张三\n  every: year")) ==
        "22:23: error: unknown activity '组织生活会' [correct the spelling, or add it to 'activities' in the plan]\n");
}

TEST_CASE("rule: whom it applies to") {
  SUBCASE("each: an empty list, and a name after one that is not text") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each: []\n  every: year")) ==
          "23:19: error: 'each' is an empty list: it names nobody [name at least one, or remove the line]\n");
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each: [{a: b}, 党组书记x]\n  every: year")) ==
          "23:20: error: 'each' should be text, but is a mapping\n"
          "23:28: error: unknown role '党组书记x' [did you mean '党组书记'?]\n");
  }
  SUBCASE("nobody") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  every: year"));
    CHECK(result.shown ==
          "21:13: error: this rule does not say whom it applies to [add one of: 'each: ROLE', 'each_unit: KIND' "
          "or 'by: NAME']\n");
    CHECK(rule_count(result) == 0);
  }
  SUBCASE("each and by together") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  each: 党组书记\n  by: 张三\n  every: year"));
    CHECK(result.shown ==
          "24:17: error: a rule takes only one of each, each_unit and by; this one has 'each' and 'by' [split it "
          "into two rules]\n");
    CHECK(rule_count(result) == 0);
  }
  SUBCASE("each_unit and an empty by: reported at the empty value, no crash") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each_unit: 支部\n  by:\n  every: year")) ==
          "24:16: error: a rule takes only one of each, each_unit and by; this one has 'each_unit' and 'by' [split "
          "it into two rules]\n");
  }
  SUBCASE("an empty each") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each:\n  every: year")) ==
          "23:18: error: 'each' of rule is empty\n");
  }
  SUBCASE("unknown roles in each, one by one") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each: [党组书记, 支书记, 宣传委员]\n  every: year")) ==
          "23:26: error: unknown role '支书记' [did you mean '支部书记'?]\n"
          "23:31: error: unknown role '宣传委员' [correct the spelling, or add it to 'roles' in the plan]\n");
  }
  SUBCASE("each as one role, held by nobody: a warning, the rule is kept") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  each: 班子成员\n  every: year"));
    CHECK(result.shown ==
          "23:19: warning: nobody in 'people' holds the role '班子成员' [this rule has no subject for that role "
          "until someone does]\n");
    CHECK(only_rule(result).subjects.names == std::vector<std::string>{"班子成员"});
  }
  SUBCASE("each as a mapping") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each: {role: 党组书记}\n  every: year")) ==
          "23:19: error: 'each' should be text or a list of texts, but is a mapping\n");
  }
  SUBCASE("unknown unit kind") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each_unit: 支布\n  every: year")) ==
          "23:24: error: unknown unit kind '支布' [did you mean '支部'?]\n");
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  each_unit: 党组\n  every: year")) ==
          "23:24: error: unknown unit kind '党组' [correct the spelling, or add it to the 'kind' of a unit in "
          "'units' in the plan]\n");
  }
  SUBCASE("unknown person or unit") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张3\n  every: year")) ==
          "23:17: error: unknown person or unit '张3' [did you mean '张三'?]\n");
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 王五五五\n  every: year")) ==
          "23:17: error: unknown person or unit '王五五五' [correct the spelling, or add it to 'people' or 'units' "
          "in the plan]\n");
  }
  SUBCASE("by takes one name") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: [张三, 李四]\n  every: year")) ==
          "23:17: error: 'by' should be text, but is a list\n");
  }
  SUBCASE("by a unit") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  by: 第一支部\n  every: year"));
    CHECK(result.shown == "");
    CHECK(only_rule(result).subjects.kind == SubjectSelector::Kind::by);
  }
}

TEST_CASE("rule: at_least") {
  auto at_least = [](const char* value) {
    return read(rules(std::string("- id: r1\n  activity: 党课\n  by: 张三\n  every: year\n  at_least: ") + value));
  };
  CHECK(at_least("0").shown == "25:23: error: 'at_least' should be at least 1, but is 0\n");
  CHECK(at_least("two").shown == "25:23: error: 'at_least' should be a whole number, but is 'two'\n");
  CHECK(at_least("1.5").shown == "25:23: error: 'at_least' should be a whole number, but is '1.5'\n");
  CHECK(at_least("\"2\"").shown == "25:23: error: 'at_least' is written in quotes, so it is text, not a number [remove the quotes]\n");
  CHECK(rule_count(at_least("0")) == 0);
  auto three = at_least("3");
  CHECK(three.shown == "");
  CHECK(only_rule(three).at_least == Amount::count(3));
  // an empty at_least means the default, like any other empty optional field
  auto empty = at_least("");
  CHECK(empty.shown == "");
  CHECK(only_rule(empty).at_least == Amount::count(1));
}

TEST_CASE("rule: every") {
  CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: monthly")) ==
        "24:20: error: 'every' is 'monthly', which is not a period [did you mean 'month'?]\n");
  CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: daily")) ==
        "24:20: error: 'every' is 'daily', which is not a period [use one of: year, half, quarter, month, week, "
        "once]\n");
  CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every:")) == "24:19: error: 'every' of rule is empty\n");
}

TEST_CASE("rule: once and due") {
  SUBCASE("once without due") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: once"));
    CHECK(result.shown ==
          "21:13: error: a rule with 'every: once' needs a 'due' date [add e.g. 'due: 2022-06-30']\n");
    CHECK(rule_count(result) == 0);
  }
  SUBCASE("once with an empty due is the same mistake") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: once\n  due:"));
    CHECK(result.shown ==
          "21:13: error: a rule with 'every: once' needs a 'due' date [add e.g. 'due: 2022-06-30']\n");
    CHECK(rule_count(result) == 0);
  }
  SUBCASE("once with a badly written due: only the date is reported") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: once\n  due: 2022/6/30")) ==
          "25:18: error: 'due' is not written as YYYY-MM-DD: 2022/6/30 [write it as 2022-06-30]\n");
  }
  SUBCASE("due outside the plan: a warning") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: once\n  due: 2023-01-05"));
    CHECK(result.shown == "25:18: warning: 'due' 2023-01-05 is outside the plan (2022-01-01 to 2022-12-31)\n");
    CHECK(only_rule(result).due == day("2023-01-05"));
  }
  SUBCASE("due before from: an error with a hint, in both languages (it once vanished from every report)") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: once\n  from: 2022-06-01\n  due: 2022-03-31"));
    CHECK(result.shown ==
          "26:18: error: 'due' 2022-03-31 is before 'from' 2022-06-01: this one-off task would be due before it "
          "starts, and no report would show it [check both dates: 'due' may not be before 'from' (or remove 'from')]\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.zh ==
          "'due' 2022-03-31 早于 'from' 2022-06-01：这项一次性任务在开始之前就已到期，不会出现在任何报告中");
    CHECK(result.diagnostics[0].hint.zh == "请核对这两个日期：'due' 不能早于 'from'（也可以删去 'from'）");
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: once\n  from: 2022-06-01\n  due: 2022-06-01")) == "");
  }
  SUBCASE("due on a periodic rule: an error, the rule is kept") {
    auto result = read(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: year\n  due: 2022-06-30"));
    CHECK(result.shown ==
          "25:18: error: 'due' only applies to rules with 'every: once' [use 'until' to end a periodic rule "
          "early]\n");
    CHECK(rule_count(result) == 1);
  }
  SUBCASE("an empty due on a periodic rule: reported, no crash") {
    CHECK(diagnose(rules("- id: r1\n  activity: 党课\n  by: 张三\n  every: quarter\n  due:")) ==
          "25:17: error: 'due' only applies to rules with 'every: once' [use 'until' to end a periodic rule "
          "early]\n");
  }
}

TEST_CASE("rule: from and until") {
  auto window = [](const char* lines) {
    return read(rules(std::string("- id: r1\n  activity: 党课\n  by: 张三\n  every: month\n") + lines));
  };
  CHECK(window("  from: 2022-06-01\n  until: 2022-03-01").shown == "26:20: error: 'until' is before 'from'\n");
  auto late = window("  from: 2023-01-01");
  CHECK(late.shown == "25:19: warning: 'from' is after the plan's end: this rule never applies\n");
  CHECK(rule_count(late) == 1);
  CHECK(window("  until: 2021-12-31").shown ==
        "25:20: warning: 'until' is before the plan's start: this rule never applies\n");
  CHECK(window("  from: 2022-3-1").shown ==
        "25:19: error: 'from' is not written as YYYY-MM-DD: 2022-3-1 [write it as 2022-03-01]\n");
  CHECK(window("  from: 2022-12-31\n  until: 2022-12-31").shown == "");  // a one-day window is fine
}

TEST_CASE("rule ids are unique in the whole plan") {
  CHECK(diagnose(rules("- {id: r1, activity: 党课, by: 张三, every: year}\n"
                       "- {id: r2, activity: 党课, by: 李四, every: year}\n"
                       "- {id: r1, activity: 主题党日, by: 李四, every: month}")) ==
        "23:18: error: duplicate rule id 'r1': already defined at line 21" + kUnique + "\n");
}

TEST_CASE("every problem is reported, not only the first") {
  auto result = read(kHeader +
                     "roles: [党组书记, 党组书记]\n"  // 7
                     "activities: [党课]\n"
                     "sections:\n"
                     "  - id: 一\n"
                     "    items:\n"
                     "      - id: 1\n"
                     "        rules:\n"
                     "          - {id: a, activity: 党課, each: 党组书记, every: yearly}\n"  // 14
                     "          - {id: b, activity: 党课, by: 无名氏, every: once}\n");     // 15
  CHECK(result.shown ==
        "7:15: error: duplicate role '党组书记': already defined at line 7" + kUnique + "\n" +
            "14:31: error: unknown activity '党課' [did you mean '党课'?]\n"
            "14:41: warning: nobody in 'people' holds the role '党组书记' [this rule has no subject for that role "
            "until someone does]\n"
            "14:54: error: 'every' is 'yearly', which is not a period [did you mean 'year'?]\n"
            "15:39: error: unknown person or unit '无名氏' [correct the spelling, or add it to 'people' or 'units' "
            "in the plan]\n"
            "15:13: error: a rule with 'every: once' needs a 'due' date [add e.g. 'due: 2022-06-30']\n");
}

}  // TEST_SUITE

TEST_CASE("rule: sum, unit and grace") {
  auto hours = only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, sum: hours, at_least: 32.5, unit: 学时}")));
  CHECK(hours.sum == Measure::hours);
  CHECK(hours.at_least == Amount{3250});
  CHECK(hours.unit == "学时");
  auto graced = only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, grace: 59}")));
  CHECK(graced.grace_days == 59);
  CHECK(graced.sum == Measure::count);
}

TEST_CASE("rule: wrong sum, hours without at_least, grace on a one-off task") {
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, sum: hour, at_least: 2}")) ==
        "21:61: error: 'sum' is not something to add up: hour [did you mean 'hours'?]\n");
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, sum: 学时, at_least: 2}")) ==
        "21:61: error: 'sum' is not something to add up: 学时 [sum: hours adds up the entries' hours; without it, "
        "entries are counted]\n");
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, sum: hours}")) ==
        "21:13: error: a rule that sums hours needs at_least (how many hours) [e.g. at_least: 32 (each member at "
        "least 32 hours a year)]\n");
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, sum: hours, at_least: 1.234}")) ==
        "21:78: error: 'at_least' is not an amount (a number ≥ 0, at most two decimals): 1.234 [e.g. 2, 1.5 or 0.25]\n");
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: once, due: 2022-03-31, grace: 5}")) ==
        "21:80: error: grace is only for periodic rules (every: year, month…) [for a one-off task, move its due date "
        "instead]\n");
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, grace: -1}")) ==
        "21:63: error: 'grace' should be at least 0, but is -1\n");
}

TEST_CASE("rule: where it comes from, the source's words and how it words the amount") {
  auto plain = only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year}")));
  CHECK(plain.source.kind == RuleSource::Kind::plan);
  CHECK(plain.quote == "");
  CHECK(plain.norm == Norm::at_least);
  auto regulation = only_rule(read(rules(
      "- {id: r, activity: 党课, by: 张三, every: year, source: 《支部工作条例》, quote: 一般每月召开1次, norm: 一般}")));
  CHECK(regulation.source.kind == RuleSource::Kind::document);
  CHECK(regulation.source.document == "《支部工作条例》");
  CHECK(regulation.quote == "一般每月召开1次");
  CHECK(regulation.norm == Norm::usually);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, source: 本办安排}"))).source.kind ==
        RuleSource::Kind::office);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, source: 工作要点}"))).source.kind ==
        RuleSource::Kind::plan);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, norm: no_fewer_than}"))).norm ==
        Norm::no_fewer_than);
}

TEST_CASE("rule: a norm that is not one of the four words") {
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, norm: 通常}")) ==
        "21:62: error: 'norm' is not a way a requirement is worded: 通常 [write 至少, 一般, 不少于 or 按时 (as the "
        "source words it)]\n");
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, norm: usualy}")) ==
        "21:62: error: 'norm' is not a way a requirement is worded: usualy [did you mean 'usually'?]\n");
}

TEST_CASE("rule: evidence required or optional, and nothing else") {
  CHECK_FALSE(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year}"))).evidence_required);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, evidence: required}"))).evidence_required);
  CHECK_FALSE(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, evidence: optional}"))).evidence_required);
  CHECK(diagnose(rules("- {id: r, activity: 党课, by: 张三, every: year, evidence: requird}")) ==
        "21:66: error: 'evidence' is not a requirement for evidence: requird [did you mean 'required'?]\n");
}

TEST_CASE("rule: attendance is a share, 0.8 or 80%, at most all") {
  CHECK_FALSE(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year}"))).attendance_minimum);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, attendance: 0.8}"))).attendance_minimum == 80);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, attendance: 80%}"))).attendance_minimum == 80);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, attendance: 1}"))).attendance_minimum == 100);
  CHECK(only_rule(read(rules("- {id: r, activity: 党课, by: 张三, every: year, attendance: 0}"))).attendance_minimum == 0);
  for (const char* wrong : {"1.2", "120%", "80.5%", "八成", "-0.5"})
    CHECK_MESSAGE(diagnose(rules(std::string("- {id: r, activity: 党课, by: 张三, every: year, attendance: ") + wrong + "}"))
                      .find("error: 'attendance' is not a share from 0 to 1 (or 0% to 100%): " + std::string(wrong)) !=
                  std::string::npos,
                  wrong);
}
