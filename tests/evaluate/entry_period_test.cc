#include "evaluate/entry_period.h"

#include <doctest/doctest.h>

#include "read/plan_reader.h"

using namespace plancheck;

namespace {

Date day(const char* text) { return *parse_date(text); }

const Plan& grace_plan() {
  static const Plan plan = [] {
    Diagnostics diagnostics;
    auto read = read_plan_text(
        "plancheck: 1\n"
        "plan: {id: p, title: 测试, start: 2022-01-01, end: 2022-12-31}\n"
        "roles: [书记]\n"
        "activities: [组织生活会, 支委会, 党课, 学习]\n"
        "units: [{id: 一支部, kind: 支部}]\n"
        "people: [{name: 甲, roles: [书记]}]\n"
        "sections:\n"
        "  - id: 一\n"
        "    items:\n"
        "      - id: 1\n"
        "        rules:\n"
        "          - {id: life, activity: 组织生活会, each_unit: 支部, every: year, grace: 59}\n"
        "          - {id: committee, activity: 支委会, each_unit: 支部, every: quarter, grace: 10}\n"
        "          - {id: lecture, activity: 党课, each: 书记, every: year}\n"
        "          - {id: study, activity: 学习, each: 书记, every: week, grace: 3}\n",
        "plan.yaml", diagnostics);
    REQUIRE(diagnostics.empty());
    return *read;
  }();
  return plan;
}

std::optional<std::pair<std::string, std::string>> grace(const char* activity, const char* by, const char* date) {
  auto found = grace_period_at(grace_plan(), activity, {by}, day(date));
  if (!found) return std::nullopt;
  return std::pair{found->earlier, found->current};
}

}  // namespace

TEST_CASE("period names as for: writes them") {
  CHECK(period_name_containing(Frequency::year, day("2022-06-16")) == "2022");
  CHECK(period_name_containing(Frequency::half, day("2022-07-01")) == "2022-H2");
  CHECK(period_name_containing(Frequency::quarter, day("2022-06-30")) == "2022-Q2");
  CHECK(period_name_containing(Frequency::month, day("2022-03-15")) == "2022-03");
  CHECK(period_name_containing(Frequency::week, day("2022-03-15")) == std::nullopt);
  CHECK(period_name_containing(Frequency::once, day("2022-03-15")) == std::nullopt);
}

TEST_CASE("the grace of a rule the entry counts toward reaches back to the period before") {
  using Found = std::optional<std::pair<std::string, std::string>>;
  CHECK(grace("组织生活会", "一支部", "2023-01-10") == Found{{"2022", "2023"}});
  CHECK(grace("组织生活会", "一支部", "2022-02-28") == Found{{"2021", "2022"}});  // 59 days after 2021
  CHECK(grace("组织生活会", "一支部", "2022-03-01") == std::nullopt);             // 60
  CHECK(grace("支委会", "一支部", "2022-04-10") == Found{{"2022-Q1", "2022-Q2"}});
  CHECK(grace("支委会", "一支部", "2022-04-11") == std::nullopt);
  // Not for a subject the rule does not count, nor for a rule without grace, nor for weeks.
  CHECK(grace("组织生活会", "甲", "2023-01-10") == std::nullopt);
  CHECK(grace("党课", "甲", "2023-01-10") == std::nullopt);
  CHECK(grace("学习", "甲", "2022-06-07") == std::nullopt);
}
