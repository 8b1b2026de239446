// End-to-end tests of `plancheck agenda`.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

#include "support/golden.h"
#include "support/launch.h"

using namespace plancheck::testing;

TEST_CASE("agenda on the seed plan: golden text, exit 0") {
  Run run = run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--within", "2w"});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == golden("seed-agenda-2022-06-30-within-2w.txt", run.out));
}

TEST_CASE("agenda JSON: only what is owed, grouped by subject, soonest deadline first") {
  Run run = run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--within", "2w", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["plancheck"] == 1);
  CHECK(json["as_of"] == "2022-06-30");
  CHECK(json["within_days"] == 14);
  CHECK(json["window_end"] == "2022-07-14");
  CHECK(!json.contains("who"));
  CHECK(json["summary"]["overdue"] == 2);
  CHECK(json["summary"]["open"] == 17);
  CHECK(json["summary"]["met"] == 0);
  CHECK(json["summary"]["late"] == 0);
  REQUIRE(json["results"].size() == 37);
  std::set<std::string> finished;  // subjects whose rows have all been seen
  std::string subject;
  int previous_days = 0;
  for (const auto& result : json["results"]) {
    std::string status = result["status"];
    CHECK((status == "overdue" || status == "open" || status == "upcoming"));
    if (status == "upcoming") CHECK(result["period"]["start"].get<std::string>() <= "2022-07-14");
    int days = result["days_left"];
    CHECK((days < 0) == (status == "overdue"));
    if (result["subject"] != subject) {
      CHECK(finished.insert(result["subject"].get<std::string>()).second);  // one group per subject
      subject = result["subject"];
    } else {
      CHECK(days >= previous_days);
    }
    previous_days = days;
  }
  CHECK(json["results"][0]["subject"] == "开放合作同心桥党建联盟");  // the oldest overdue quota
  CHECK(json["results"][0]["days_left"] == -91);
}

TEST_CASE("agenda --who: one person, and the window decides which upcoming quotas show") {
  Run run = run_plancheck(
      {"agenda", kSeed, "--as-of", "2022-06-30", "--who", "第三支部", "--within", "0d", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["who"] == "第三支部");
  // April's missed committee meeting, the year's two annual meetings, open until February (grace), and
  // the lecture its secretary 徐静 owes (she holds her role in 第三支部).
  REQUIRE(json["results"].size() == 4);
  CHECK(json["results"][3]["subject"] == "徐静");
  CHECK(json["results"][0]["status"] == "overdue");
  CHECK(json["results"][2]["deadline"] == "2023-02-28");
  // One day on: July's monthly quotas (its 党小组 meeting among them) and the third quarter's meeting start.
  auto next = nlohmann::json::parse(run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--who", "第三支部",
                                                   "--within", "1d", "--format", "json"})
                                        .out);
  REQUIRE(next["results"].size() == 8);
  CHECK(next["results"][3]["period"]["label"] == "2022年第三季度");
  CHECK(next["results"][3]["days_left"] == 92);
  CHECK(next["results"][6]["subject"] == "第三支部党小组");
  CHECK(next["results"][6]["activity"] == "党小组会");
  CHECK(next["results"][6]["period"]["label"] == "2022年7月");
  Run text = run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--who", "刘振华", "--within", "0d"});
  CHECK(text.out ==
        "2022年市外办机关党建工作要点\n"
        "待办事项，截至 2022-06-30\n"
        "\n"
        "刘振华  进行中 2\n"
        "  期限        剩余       状态    活动      周期    完成  计划项\n"
        "  2022-12-31  剩 184 天  进行中  讲党课    2022年   0/1  2. 突出理论武装铸魂\n"
        "  2022-12-31  剩 184 天  进行中  谈心谈话  2022年   0/1  5. 规范党内政治生活\n"
        "\n"
        "合计 2 项，1 个对象：进行中 2\n");
}

TEST_CASE("agenda: a wrong --within or --who is a usage error") {
  Run within = run_plancheck({"agenda", kSeed, "--within", "2x"});
  CHECK(within.exit_code == 2);
  CHECK(within.out == "");
  CHECK(within.err == "plancheck: error: --within '2x' is not a number of days or weeks\n"
                      "  = help: write it as days or weeks, e.g. --within 14d or --within 2w\n");
  Run who = run_plancheck({"agenda", kSeed, "--who", "刘振平"});
  CHECK(who.exit_code == 2);
  CHECK(who.err.find("--who '刘振平' is not a person or unit in the plan") != std::string::npos);
  CHECK(run_plancheck({"agenda", kSeed, "--format", "junit"}).exit_code == 2);
}

TEST_CASE("agenda in a narrow terminal: mixed Chinese and ASCII names cut to fit (golden)") {
  Run run = run_plancheck({"agenda", kWide, "--as-of", "2022-06-20"}, {.environment = {{"COLUMNS", "60"}}});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("wide-names-agenda-2022-06-20-columns-60.txt", run.out));
}
