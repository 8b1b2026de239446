// End-to-end: attendance rates (参会率) of a rule with `attendance:`, in the text and JSON reports and
// the briefing's context, on a small plan of two branches whose size comes from `members:` and from
// the people who belong to them.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

namespace plancheck {

using namespace testing;
using nlohmann::json;

namespace {

const char* kPlan = R"(plancheck: 1
plan: {id: t, title: 参会测试, start: 2022-01-01, end: 2022-12-31}
activities: [支部党员大会]
units:
  - {id: 一支部, kind: 支部, members: 20}
  - {id: 二支部, kind: 支部}
people:
  - {name: 甲, unit: 二支部}
  - {name: 乙, unit: 二支部}
  - {name: 丙, unit: 二支部}
  - {name: 丁, unit: 二支部}
sections:
  - id: 一
    items:
      - id: 1
        rules:
          - {id: general, activity: 支部党员大会, each_unit: 支部, every: quarter, attendance: 80%}
)";

const char* kLog = R"(- {date: 2022-02-10, activity: 支部党员大会, by: 一支部, attendees: 19}
- {date: 2022-03-10, activity: 支部党员大会, by: 一支部, attendees: 14}
- {date: 2022-02-11, activity: 支部党员大会, by: 二支部, attendees: [甲, 乙, 丙]}
)";

void write_small_plan(const TempFolder& folder) {
  write_file(folder / "plan.yaml", kPlan);
  std::filesystem::create_directories(folder / "log");
  write_file(folder / "log/2022.yaml", kLog);
}

}  // namespace

TEST_CASE("attendance: the JSON gives each unit's rate, its minimum and whether it is below") {
  TempFolder folder;
  write_small_plan(folder);
  Run status = run_plancheck({"status", "plan.yaml", "--as-of", "2022-03-31", "--format", "json"}, {.directory = folder.path()});
  REQUIRE_MESSAGE(status.exit_code == 0, status.err);
  json report = json::parse(status.out);
  std::map<std::string, json> first_quarter;
  for (const json& result : report["results"])
    if (result["period"]["start"] == "2022-01-01") first_quarter[result["subject"]] = result;
  // 一支部: 19 + 14 of 2 × 20 (its members) = 82.5% → 83, not below 80%.
  CHECK(first_quarter["一支部"]["attendance"] ==
        json{{"meetings", 2}, {"present", 33}, {"expected", 40}, {"percent", 83}, {"minimum_percent", 80}, {"below_minimum", false}});
  // 二支部: 3 named of its 4 people = 75%, below 80%.
  CHECK(first_quarter["二支部"]["attendance"] ==
        json{{"meetings", 1}, {"present", 3}, {"expected", 4}, {"percent", 75}, {"minimum_percent", 80}, {"below_minimum", true}});
  // The second quarter has no meeting yet: no rate.
  for (const json& result : report["results"])
    if (result["period"]["start"] == "2022-04-01") CHECK_FALSE(result.contains("attendance"));
}

TEST_CASE("attendance: status prints a 参会率 column, marking a rate below the minimum") {
  TempFolder folder;
  write_small_plan(folder);
  Run status = run_plancheck({"status", "plan.yaml", "--as-of", "2022-03-31"},
                             {.environment = {{"LANG", "zh_CN.UTF-8"}}, .directory = folder.path()});
  CHECK(status.out.find("    状态    对象    活动          周期            完成  期限        剩余          参会率\n"
                        "    已完成  一支部  支部党员大会  2022年第一季度   2/1  2022-03-31                   83%\n"
                        "    已完成  二支部  支部党员大会  2022年第一季度   1/1  2022-03-31        75%（低于80%）\n") !=
        std::string::npos);
}

TEST_CASE("attendance: the briefing's results carry the rate") {
  TempFolder folder;
  write_small_plan(folder);
  write_file(folder / "context.mustache", "{{#results}}{{subject}} {{period.label}} {{attendance.percent}}% {{attendance.present}}/{{attendance.expected}}\n{{/results}}");
  Run render = run_plancheck({"render", "plan.yaml", "--template", "context.mustache", "--month", "2022-03", "--lang", "zh"},
                             {.directory = folder.path()});
  REQUIRE_MESSAGE(render.exit_code == 0, render.err);
  CHECK(render.out.starts_with("一支部 2022年第一季度 83% 33/40\n二支部 2022年第一季度 75% 3/4\n"));
}

}  // namespace plancheck
