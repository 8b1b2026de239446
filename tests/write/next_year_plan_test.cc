#include "write/next_year_plan.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "read/plan_reader.h"
#include "support/files.h"

namespace plancheck {

namespace {

Date date(const char* text) { return *parse_date(text); }

Plan read(std::string_view text) {
  Diagnostics diagnostics;
  auto plan = read_plan_text(text, "plan.yaml", diagnostics);
  for (const auto& d : diagnostics)
    if (d.severity == Severity::error) FAIL_CHECK(d.line << ":" << d.column << ": " << d.message.en);
  REQUIRE(plan);
  return *plan;
}

NextYearPlan carried(std::string_view text, int year = 2023, std::string title = "") {
  NextYearPlan next = next_year_plan(read(text), text, {year, std::move(title), "old/plan.yaml"});
  REQUIRE_MESSAGE(next.error.empty(), next.error.en);
  return next;
}

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::vector<std::string> review_in_english(const NextYearPlan& next) {
  std::vector<std::string> notes;
  for (const Text& note : next.review) notes.push_back(note.en);
  return notes;
}

constexpr std::string_view kSmallPlan = R"(plancheck: 1
plan:
  id: office-2022
  title: "2022年工作要点"
  start: 2022-01-01
  end: 2022-12-31
  summary: 2022年的总体要求
roles: [书记, 委员]
activities:
  - {id: 党课, title: 讲党课}
  - {id: 方案, title: 制定方案}
units:
  - {id: 支部, kind: 支部}
people:
  - name: 张三   # 书记
    roles: [书记]
  - name: 李四
    roles:
      - {role: 书记, until: 2022-06-30}
      - {role: 委员, from: 2022-07-01}
  # 王五年中离任
  - name: 王五
    roles: [{role: 委员, until: 2022-06-30}]
  - name: 赵六
    roles: [{role: 委员, until: 2023-03-31}]
sections:
  - id: 一
    title: 部分
    items:
      - id: 1
        title: 要点
        rules:
          - id: lectures
            activity: 党课
            each: [书记]
            every: year
          - id: plan-by-may
            activity: 方案
            by: 支部
            every: once
            from: 2022-02-01
            due: '2022-05-31'
)";

}  // namespace

TEST_CASE("moved_by_years keeps the day, and the last day of a month stays the last") {
  CHECK(moved_by_years(date("2022-06-30"), 1) == date("2023-06-30"));
  CHECK(moved_by_years(date("2022-01-15"), 1) == date("2023-01-15"));
  CHECK(moved_by_years(date("2024-02-29"), 1) == date("2025-02-28"));
  CHECK(moved_by_years(date("2023-02-28"), 1) == date("2024-02-29"));
  CHECK(moved_by_years(date("2022-12-31"), 3) == date("2025-12-31"));
  CHECK(moved_by_years(date("2023-05-01"), -1) == date("2022-05-01"));
}

TEST_CASE("with_years_moved changes whole four-digit years only, all at once") {
  CHECK(with_years_moved("2022年市外办机关党建工作要点", {2022}, 1) == "2023年市外办机关党建工作要点");
  CHECK(with_years_moved("fao-2022", {2022}, 1) == "fao-2023");
  CHECK(with_years_moved("20221 号文，2022年", {2022}, 1) == "20221 号文，2023年");
  CHECK(with_years_moved("2022—2023学年", {2022, 2023}, 1) == "2023—2024学年");
  CHECK(with_years_moved("工作要点", {2022}, 1) == "工作要点");
}

TEST_CASE("a carried plan: dates moved, year in title and id, comments kept, ended roles dropped") {
  NextYearPlan next = carried(kSmallPlan);
  CHECK(next.id == "office-2023");
  CHECK(next.title == "2023年工作要点");
  CHECK(next.start == date("2023-01-01"));
  CHECK(next.end == date("2023-12-31"));
  CHECK(next.left == std::vector<std::string>{"王五"});
  Plan plan = read(next.text);
  CHECK(plan.title == "2023年工作要点");
  REQUIRE(plan.people.size() == 3);
  CHECK(plan.people[1].name == "李四");
  REQUIRE(plan.people[1].tenures.size() == 1);
  CHECK(plan.people[1].tenures[0].role == "委员");
  CHECK(plan.people[1].tenures[0].from == date("2022-07-01"));  // a fact of the past: not moved
  CHECK(plan.people[2].tenures[0].until == date("2023-03-31"));
  const Rule& once = plan.sections[0].items[0].rules[1];
  CHECK(once.from == date("2023-02-01"));
  CHECK(once.due == date("2023-05-31"));
  CHECK(has(next.text, "  - name: 张三   # 书记\n"));  // untouched people keep their lines
  CHECK(has(next.text, "  # 王五年中离任\n"));       // a comment before a person who left stays
  CHECK(has(next.text, "            due: '2023-05-31'\n"));  // quotes kept
  CHECK(!has(next.text, "王五\n"));
  CHECK(review_in_english(next) ==
        std::vector<std::string>{
            "the plan's summary still says 2022: change it to the new year's wording",
            "李四's role 书记 ended on 2022-06-30: the new plan no longer gives it to them",
            "王五's roles (委员) ended on 2022-06-30: they are not in the new plan",
            "赵六's role 委员 ends on 2023-03-31: check who takes over then",
            "rule plan-by-may (方案): from moved from 2022-02-01 to 2023-02-01; check it against the new year's plan "
            "document",
            "rule plan-by-may (方案): due moved from 2022-05-31 to 2023-05-31; check it against the new year's plan "
            "document",
        });
}

TEST_CASE("a carried plan: a flow list of people is written anew, and CRLF stays CRLF") {
  std::string text(kSmallPlan);
  std::size_t people = text.find("people:"), sections = text.find("sections:");
  text.replace(people, sections - people,
               "people: [{name: 张三, roles: [书记]}, {name: 王五, roles: [{role: 委员, until: 2022-06-30}]}]\n");
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  NextYearPlan next = carried(crlf);
  CHECK(has(next.text, "people:\r\n  - name: 张三\r\n    roles: [书记]\r\nsections:"));
  CHECK(next.text.find('\n') == next.text.find("\r\n") + 1);
  CHECK(std::count(next.text.begin(), next.text.end(), '\n') == std::count(next.text.begin(), next.text.end(), '\r'));
  CHECK(read(next.text).people.size() == 1);
}

TEST_CASE("a carried plan keeps a person whose roles ended when a rule names them") {
  std::string text(kSmallPlan);
  text.replace(text.find("by: 支部"), std::string_view("by: 支部").size(), "by: 王五");
  NextYearPlan next = carried(text);
  CHECK(next.left.empty());
  Plan plan = read(next.text);
  REQUIRE(plan.people.size() == 4);
  CHECK(plan.people[2].name == "王五");
  CHECK(plan.people[2].tenures.empty());
  auto notes = review_in_english(next);
  CHECK(std::find(notes.begin(), notes.end(),
                  "王五's roles ended on 2022-06-30, but rule plan-by-may names them, so they stay in the new plan: "
                  "check who takes over") != notes.end());
}

TEST_CASE("a carried plan: --title replaces the title, a title without a year is to review, any year") {
  CHECK(carried(kSmallPlan, 2023, "2023年机关党建工作要点").title == "2023年机关党建工作要点");
  CHECK(read(carried(kSmallPlan, 2023, "新: 标题").text).title == "新: 标题");
  std::string text(kSmallPlan);
  text.replace(text.find("\"2022年工作要点\""), std::string_view("\"2022年工作要点\"").size(), "工作要点");
  NextYearPlan next = carried(text, 2025);
  CHECK(next.title == "工作要点");
  CHECK(next.start == date("2025-01-01"));
  CHECK(review_in_english(next)[0] ==
        "the plan's title “工作要点” has no year: give the new year's title (or name it with --title)");
}

TEST_CASE("the seed plan carried into 2023: the annual meetings of 2022 still belong to the old plan") {
  std::string text = testing::read_file(std::string(PLANCHECK_SOURCE_DIR) + "/plans/fao-2022/plan.yaml");
  NextYearPlan next = carried(text);
  CHECK(next.title == "2023年市外办机关党建工作要点");
  CHECK(next.left == std::vector<std::string>{"黄志强"});
  CHECK(has(next.text, "    roles:  # 接任第二支部书记\n"));
  CHECK(has(next.text, "  - {id: 第二支部, kind: 支部, members: 15}   # 6月党员大会“应到15人”\n"));
  Plan old_plan = read(text), plan = read(next.text);
  CHECK(plan.sections.size() == old_plan.sections.size());
  CHECK(plan.activities.size() == old_plan.activities.size());
  CHECK(plan.units.size() == old_plan.units.size());
  CHECK(plan.people.size() == old_plan.people.size() - 1);
  auto notes = review_in_english(next);
  auto late = std::count_if(notes.begin(), notes.end(), [](const std::string& note) {
    return has(note, "the one for 2022 may still be held until 2023-02-28; record it in the old plan's ledger");
  });
  CHECK(late == 4);
}

}  // namespace plancheck
