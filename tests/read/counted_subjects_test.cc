#include "read/counted_subjects.h"

#include <doctest/doctest.h>

#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/test_support.h"

using namespace plancheck;
using plancheck::testing::show;

namespace {

const Plan& counted_plan() {
  static const Plan plan = [] {
    Diagnostics diagnostics;
    auto read = read_plan_text(R"(plancheck: 1
plan: {id: p, title: 测试, start: 2022-01-01, end: 2022-12-31}
roles: [书记]
activities: [党课, 支委会, 走访]
units: [{id: 第一支部, kind: 支部}, {id: 第二支部, kind: 支部}]
people: [{name: 张三, roles: [{role: 书记, until: 2022-03-31}]}, {name: 李四}]
sections:
  - id: 一
    items:
      - id: 1
        rules:
          - {id: lecture, activity: 党课, each: 书记, every: year}
          - {id: committee, activity: 支委会, each_unit: 支部, every: month}
)",
                               "plan.yaml", diagnostics);
    REQUIRE(diagnostics.empty());
    return *read;
  }();
  return plan;
}

std::string read_shown(const std::string& text, std::optional<Date> today = std::nullopt) {
  Ledger ledger;
  Diagnostics diagnostics;
  LoadOptions options;
  options.today = today;
  read_log_text(text, "log.yaml", PlanNames(counted_plan()), ledger, diagnostics, options);
  return show(diagnostics);
}

}  // namespace

TEST_CASE("CountedSubjects: who an activity's rules count, over the whole plan") {
  CountedSubjects counted(counted_plan());
  CHECK(counted.counts("支委会", {"第一支部"}));
  CHECK(!counted.counts("支委会", {"李四"}));
  CHECK(counted.counts("支委会", {"李四", "第二支部"}));  // one of them is enough
  CHECK(counted.counts("党课", {"张三"}));                 // held the role for part of the plan
  CHECK(!counted.counts("党课", {"李四"}));
  CHECK(counted.counts("走访", {"李四"}));  // no rule counts it: kept for the record
  CHECK(counted.who_counts("支委会").zh == "每个支部");
  CHECK(counted.example("支委会") == "第一支部");
}

TEST_CASE("an entry crediting nobody its activity's rules count is warned about, with one to name") {
  CHECK(read_shown("- {date: 2022-03-15, activity: 支委会, by: 李四}\n") ==
        "1:41: warning: this entry counts toward no quota: '支委会' is counted for each 支部, and 李四 is not one of "
        "them [name who it counts for in by, e.g. by: 第一支部]\n");
  CHECK(read_shown("- {date: 2022-03-15, activity: 支委会, by: 第一支部}\n") == "");
  CHECK(read_shown("- {date: 2022-03-15, activity: 走访, by: 李四}\n") == "");
}

TEST_CASE("an entry dated after today is warned about, today itself is fine") {
  Date today = *parse_date("2022-03-15");
  CHECK(read_shown("- {date: 2022-03-15, activity: 走访, by: 李四}\n", today) == "");
  CHECK(read_shown("- {date: 2022-03-16, activity: 走访, by: 李四}\n", today) ==
        "1:10: warning: 2022-03-16 is after today (2022-03-15): the entry counts only as of that day [check the date; "
        "log a planned activity once it has taken place]\n");
  CHECK(read_shown("- {date: 2022-03-16, activity: 走访, by: 李四}\n") == "");  // today unknown: no check
}
