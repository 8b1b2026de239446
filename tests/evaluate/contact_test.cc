// `contact:` on people and `in: contact` on an `each` rule: each 班子成员 attends the 组织生活会 of
// the 支部 they contact, so that 支部's entry counts for them unless it lists them as absent.
#include <doctest/doctest.h>

#include "evaluate/evaluate.h"
#include "present/labels.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/test_support.h"

using namespace plancheck;
using plancheck::testing::show;

namespace {

Date day(const char* text) { return *parse_date(text); }

std::string plan_text(const std::string& people, const std::string& rule) {
  return "plancheck: 1\n"
         "plan: {id: t, title: T, start: 2022-01-01, end: 2022-12-31}\n"
         "roles: [班子成员]\n"
         "activities: [组织生活会]\n"
         "units: [{id: 第一支部, kind: 支部}, {id: 第二支部, kind: 支部}]\n"
         "people:\n" + people +
         "sections:\n"
         "  - id: 一\n"
         "    items:\n"
         "      - id: 1\n"
         "        rules:\n"
         "          - " + rule + "\n";
}

const std::string kPeople =
    "  - {name: 甲, roles: [班子成员], contact: 第一支部}\n"
    "  - {name: 乙, roles: [班子成员], contact: [第一支部, 第二支部]}\n"
    "  - {name: 丙, roles: [班子成员]}\n";
const std::string kRule = "{id: life, activity: 组织生活会, each: 班子成员, in: contact, every: year}";

std::string plan_problems(const std::string& people, const std::string& rule) {
  Diagnostics diagnostics;
  read_plan_text(plan_text(people, rule), "plan.yaml", diagnostics);
  return show(diagnostics);
}

// The status of each 班子成员's 2022 quota as of the year's end, "甲 met, 乙 overdue, …".
std::string statuses(const std::string& log, std::string* warnings = nullptr) {
  Diagnostics diagnostics;
  auto plan = read_plan_text(plan_text(kPeople, kRule), "plan.yaml", diagnostics);
  REQUIRE(plan);
  REQUIRE(diagnostics.empty());
  Ledger ledger;
  read_log_text(log, "log.yaml", PlanNames(*plan), ledger, diagnostics);
  if (warnings) *warnings = show(diagnostics);
  std::string out;
  for (const Result& result : evaluate(*plan, ledger, day("2022-12-31")).results)
    out += result.subject + (result.status == Status::met ? " met " : " not ") + std::to_string(result.entries.size()) + "\n";
  return out;
}

}  // namespace

TEST_CASE("in: contact: a unit's entry counts for those who contact it, unless it lists them as absent") {
  std::string warnings;
  CHECK(statuses("- {date: 2022-12-20, activity: 组织生活会, by: 第一支部}\n", &warnings) == "甲 met 1\n乙 met 1\n丙 not 0\n");
  CHECK(warnings == "");  // an entry of a contacted unit counts toward something
  CHECK(statuses("- {date: 2022-12-20, activity: 组织生活会, by: 第一支部, absent: {乙: 出差}}\n") ==
        "甲 met 1\n乙 not 0\n丙 not 0\n");
  // 乙 contacts both: absent from one, present at the other; 丙 is named in by.
  CHECK(statuses("- {date: 2022-12-20, activity: 组织生活会, by: 第一支部, absent: [乙]}\n"
                 "- {date: 2022-12-21, activity: 组织生活会, by: [第二支部, 丙]}\n") == "甲 met 1\n乙 met 1\n丙 met 1\n");
  // An entry by the person and their unit at once counts once.
  CHECK(statuses("- {date: 2022-12-20, activity: 组织生活会, by: [第一支部, 甲]}\n") == "甲 met 1\n乙 met 1\n丙 not 0\n");
}

TEST_CASE("in: contact is read, and its problems are reported where they are written") {
  Diagnostics diagnostics;
  auto plan = read_plan_text(plan_text(kPeople, kRule), "plan.yaml", diagnostics);
  REQUIRE(plan);
  CHECK(plan->people[1].contacts == std::vector<std::string>{"第一支部", "第二支部"});
  CHECK(plan->sections[0].items[0].rules[0].through_contact);
  CHECK(requirement_words(plan->sections[0].items[0].rules[0], Language::zh) ==
        "班子成员每人每年至少1次（所联系单位的记录也计入，未列为缺席者）");
  CHECK(plan_problems(kPeople, "{id: life, activity: 组织生活会, each_unit: 支部, in: contact, every: year}") ==
        "15:60: error: in: contact is only for rules of each holder of a role (each:) [e.g. each: 班子成员 with in: "
        "contact: each attends the meetings of the 支部 they contact]\n");
  CHECK(plan_problems(kPeople, "{id: life, activity: 组织生活会, each: 班子成员, in: 联系, every: year}") ==
        "15:57: error: 'in' is not a way entries count: 联系 [write in: contact (entries of the units a subject "
        "contacts count too), or leave it out]\n");
  CHECK(plan_problems("  - {name: 甲, roles: [班子成员], contact: 第三支部}\n", kRule) ==
        "7:39: error: unknown unit '第三支部' [did you mean '第一支部'?]\n");
}
