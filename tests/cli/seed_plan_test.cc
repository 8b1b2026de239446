// End-to-end: the bundled seed plan counts as the office counts (党小组, the 双创双建 主题党日, 谈心谈话).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "support/launch.h"

using namespace plancheck::testing;
using nlohmann::json;

namespace {

json status_at(const std::string& as_of, const std::vector<std::string>& more = {}) {
  std::vector<std::string> arguments{"status", kSeed, "--as-of", as_of, "--format", "json"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  Run run = run_plancheck(arguments);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

std::vector<json> results_of(const json& report, const std::string& rule) {
  std::vector<json> found;
  for (const auto& result : report["results"])
    if (result["rule"] == rule) found.push_back(result);
  return found;
}

}  // namespace

TEST_CASE("seed: each 党小组 owes its own monthly meeting, and every group met every month of 2022") {
  json report = status_at("2022-12-31");
  std::map<std::string, int> met_months;
  for (const auto& result : results_of(report, "party-group-meeting")) {
    CHECK(result["subject_kind"] == "unit");
    CHECK(result["status"] == "met");
    REQUIRE(result["entries"].size() == 1);
    // The meeting counted is the group's own, in the month it is for.
    CHECK(result["entries"][0]["date"].get<std::string>().substr(0, 7) ==
          result["period"]["start"].get<std::string>().substr(0, 7));
    ++met_months[result["subject"].get<std::string>()];
  }
  CHECK(met_months == std::map<std::string, int>{{"第一支部第一党小组", 12},
                                                 {"第一支部第二党小组", 12},
                                                 {"第二支部第一党小组", 12},
                                                 {"第二支部第二党小组", 12},
                                                 {"第三支部党小组", 12}});
}

TEST_CASE("seed: status --who 第一支部 lists its two groups' meetings and none of the other branches'") {
  json report = status_at("2022-06-30", {"--who", "第一支部"});
  std::map<std::string, int> group_rows;
  for (const auto& result : report["results"])
    if (result["rule"] == "party-group-meeting") ++group_rows[result["subject"].get<std::string>()];
  CHECK(group_rows == std::map<std::string, int>{{"第一支部第一党小组", 12}, {"第一支部第二党小组", 12}});
  Run text = run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "--who", "第一支部"});
  CHECK(text.out.find("已完成  第一支部第二党小组  党小组会        2022年6月        1/1  2022-06-30") !=
        std::string::npos);
  CHECK(text.out.find("未开始  第一支部第一党小组  党小组会        2022年7月        0/1  2022-07-31") !=
        std::string::npos);
}

TEST_CASE("seed: item 6's 双创双建 主题党日 is a one-off the three branches met with their joint day of 24 May") {
  json before = status_at("2022-04-30");
  for (const auto& result : results_of(before, "shuangchuang-theme-day")) CHECK(result["status"] == "upcoming");
  json report = status_at("2022-12-31");
  auto results = results_of(report, "shuangchuang-theme-day");
  std::set<std::string> branches;
  for (const auto& result : results) {
    branches.insert(result["subject"].get<std::string>());
    CHECK(result["item"] == "6");
    CHECK(result["status"] == "met");
    CHECK(result["period"]["start"] == "2022-05-01");
    CHECK(result["period"]["end"] == "2022-05-31");
    REQUIRE(result["entries"].size() == 1);
    CHECK(result["entries"][0]["date"] == "2022-05-24");
    CHECK(result["entries"][0]["file"] == "plans/fao-2022/log/2022-05.yaml");
  }
  CHECK(branches == std::set<std::string>{"第一支部", "第二支部", "第三支部"});
  // The deadline is the office's own: the reports say so and quote the plan's words.
  Run text = run_plancheck({"status", kSeed, "--as-of", "2022-12-31", "--item", "6"});
  CHECK(text.out.find("本办安排：每个支部于2022-05-31前完成（要点原文：“参与") != std::string::npos);
}

TEST_CASE("seed: 谈心谈话 once a year for the leadership, one of them still to talk on 31 December") {
  json report = status_at("2022-12-31");
  std::map<std::string, std::string> status_of;
  std::map<std::string, int> done_of;
  for (const auto& result : results_of(report, "heart-to-heart-talk")) {
    status_of[result["subject"].get<std::string>()] = result["status"].get<std::string>();
    done_of[result["subject"].get<std::string>()] = result["done"].get<int>();
  }
  CHECK(status_of == std::map<std::string, std::string>{
                         {"陈立新", "met"}, {"周海燕", "met"}, {"刘振华", "met"}, {"吴建平", "open"}});
  CHECK(done_of == std::map<std::string, int>{{"陈立新", 2}, {"周海燕", 1}, {"刘振华", 2}, {"吴建平", 0}});
  Run text = run_plancheck({"status", kSeed, "--as-of", "2022-12-31", "--who", "吴建平"});
  CHECK(text.out.find("按《中国共产党支部工作条例（试行）》：“每年谈心谈话一般不少于1次”") != std::string::npos);
  CHECK(text.out.find("进行中  吴建平  谈心谈话  2022年   0/1  2022-12-31  今天截止") != std::string::npos);
}

TEST_CASE("seed: validate prints no warning") {
  Run run = run_plancheck({"validate", kSeed});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == "plans/fao-2022/plan.yaml: valid (13 log files, 228 entries)\n");
}
