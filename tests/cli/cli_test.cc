// End-to-end: runs the built binary on fixture plans and the seed plan.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

#include "support/golden.h"
#include "support/launch.h"

using namespace plancheck::testing;

TEST_CASE("check on the seed plan: golden text and exit 1 for overdue quotas") {
  Run run = run_plancheck({"check", kSeed, "--as-of", "2022-06-30"});
  CHECK(run.exit_code == 1);
  CHECK(run.err == "");
  CHECK(run.out == golden("seed-check-2022-06-30.txt", run.out));
}

TEST_CASE("check --fail-on chooses what fails") {
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--fail-on", "never"}).exit_code == 0);
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-01-05", "--fail-on", "overdue"}).exit_code == 0);
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-01-05", "--fail-on", "open"}).exit_code == 1);
}

TEST_CASE("status for one person: golden text") {
  Run run = run_plancheck({"status", kSeed, "--as-of", "2022-12-31", "--who", "吴建平"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("seed-status-wujianping-2022-12-31.txt", run.out));
}

TEST_CASE("status --who UNIT: the unit's rows, its 党小组's and those of the people who hold a role in it") {
  Run run = run_plancheck({"status", kSeed, "--as-of", "2022-09-30", "--who", "第二支部", "--format", "json"});
  CHECK(run.exit_code == 0);
  auto report = nlohmann::json::parse(run.out);
  std::set<std::string> subjects;
  for (const auto& result : report["results"]) subjects.insert(result["subject"].get<std::string>());
  CHECK(subjects == std::set<std::string>{"第二支部", "第二支部第一党小组", "第二支部第二党小组", "黄志强", "林晓东"});
  Run text = run_plancheck({"status", kSeed, "--as-of", "2022-09-30", "--who", "第二支部"});
  CHECK(text.out.find("已完成  黄志强  讲党课  2022年   1/1  2022-06-30") != std::string::npos);
}

TEST_CASE("status JSON: shape, summary and entries") {
  Run run = run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["plancheck"] == 1);
  CHECK(json["as_of"] == "2022-06-30");
  CHECK(json["plan"]["id"] == "fao-2022");
  CHECK(json["plan"]["sections"].size() == 4);
  int items = 0;
  for (const auto& section : json["plan"]["sections"]) items += static_cast<int>(section["items"].size());
  CHECK(items == 12);
  const auto& summary = json["summary"];
  int total = summary["met"].get<int>() + summary["late"].get<int>() + summary["overdue"].get<int>() +
              summary["open"].get<int>() + summary["upcoming"].get<int>();
  CHECK(total == static_cast<int>(json["results"].size()));
  CHECK(summary["overdue"] == 2);
  CHECK(summary["late"] == 1);
  for (const auto& result : json["results"]) {
    CHECK(result.contains("rule"));
    CHECK(result["done"].get<int>() == static_cast<int>(result["entries"].size()));
    CHECK(result.contains("days_left") == (result["status"] == "open"));
  }
  const auto& first = json["results"][0];
  CHECK(first["rule"] == "lecture-by-leaders");
  CHECK(first["section"] == "一");
  CHECK(first["item"] == "2");
  CHECK(first["activity"] == "党课");
  CHECK(first["subject_kind"] == "person");
  CHECK(first["period"]["label"] == "2022年");
  CHECK(first["period"]["start"] == "2022-01-01");
  CHECK(first["entries"][0]["file"].get<std::string>().starts_with("plans/fao-2022/log/"));
  CHECK(json["diagnostics"].empty());
}

TEST_CASE("check JSON: only gaps, summary over all results") {
  Run run = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--format", "json"});
  CHECK(run.exit_code == 1);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["results"].size() == 20);
  for (const auto& result : json["results"]) {
    std::string status = result["status"];
    CHECK((status == "overdue" || status == "open" || status == "late"));
  }
  CHECK(json["summary"]["met"] == 92);
  CHECK(json["summary"]["upcoming"].get<int>() > 0);
  auto late = std::find_if(json["results"].begin(), json["results"].end(),
                           [](const auto& r) { return r["status"] == "late"; });
  REQUIRE(late != json["results"].end());
  CHECK((*late)["rule"] == "problem-list");
  CHECK((*late)["period"]["end"] == "2022-04-30");
}

TEST_CASE("validate: the seed plan is valid") {
  Run run = run_plancheck({"validate", kSeed});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "plans/fao-2022/plan.yaml: valid (13 log files, 228 entries)\n");
  CHECK(run.err == "");
}

TEST_CASE("validate: every problem reported at file:line:col, exit 2") {
  Run run = run_plancheck({"validate", "tests/fixtures/broken/plan.yaml"});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  CHECK(run.err == golden("broken-validate.txt", run.err));
}

TEST_CASE("validate JSON carries the diagnostics and still parses") {
  Run run = run_plancheck({"validate", "tests/fixtures/broken/plan.yaml", "--format", "json"});
  CHECK(run.exit_code == 2);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["valid"] == false);
  REQUIRE(json["diagnostics"].size() >= 5);
  CHECK(json["diagnostics"][0]["file"] == "tests/fixtures/broken/plan.yaml");
  CHECK(json["diagnostics"][0]["line"] == 6);
  CHECK(json["diagnostics"][0]["column"] == 8);
  CHECK(json["diagnostics"][0]["severity"] == "error");
}

TEST_CASE("status and check on an invalid plan: exit 2, JSON still parses") {
  Run text = run_plancheck({"check", "tests/fixtures/broken/plan.yaml"});
  CHECK(text.exit_code == 2);
  CHECK(text.out == "");
  Run json = run_plancheck({"status", "tests/fixtures/broken/plan.yaml", "--format", "json"});
  CHECK(json.exit_code == 2);
  CHECK(nlohmann::json::parse(json.out)["diagnostics"].size() >= 5);
}

TEST_CASE("usage errors exit 2 with a clear message") {
  Run no_plan = run_plancheck({"check", "missing/plan.yaml"});
  CHECK(no_plan.exit_code == 2);
  CHECK(no_plan.err.find("missing/plan.yaml: error: cannot read this file: No such file or directory") !=
        std::string::npos);

  Run bad_date = run_plancheck({"check", kSeed, "--as-of", "2022-02-30"});
  CHECK(bad_date.exit_code == 2);
  CHECK(bad_date.err == "plancheck: error: --as-of '2022-02-30' is not a date\n"
                        "  = help: write it as YYYY-MM-DD, e.g. --as-of 2022-06-30\n");

  Run who = run_plancheck({"status", kSeed, "--who", "吴建民"});
  CHECK(who.exit_code == 2);
  CHECK(who.err == "plancheck: error: --who '吴建民' is not a person or unit in the plan\n"
                   "  = help: did you mean '吴建平'?\n");

  Run item = run_plancheck({"status", kSeed, "--item", "13"});
  CHECK(item.exit_code == 2);
  CHECK(item.err.find("--item '13' is not an item in the plan") != std::string::npos);

  CHECK(run_plancheck({"check"}).exit_code == 2);
  CHECK(run_plancheck({"frobnicate"}).exit_code == 2);
  CHECK(run_plancheck({"check", kSeed, "--format", "xml"}).exit_code == 2);
  CHECK(run_plancheck({"check", kSeed, "--fail-on", "sometimes"}).exit_code == 2);
}

TEST_CASE("--help and --version exit 0") {
  Run help = run_plancheck({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Examples:") != std::string::npos);
  Run version = run_plancheck({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.starts_with("plancheck "));
}

TEST_CASE("colour: never by default in pipes, always on request, never with NO_COLOR") {
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-06-30"}).out.find("\033[") == std::string::npos);
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--color", "always"}).out.find("\033[") !=
        std::string::npos);
  CHECK(
      run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--color", "auto"}, {.environment = {{"NO_COLOR", "1"}}})
          .out.find("\033[") == std::string::npos);
}
