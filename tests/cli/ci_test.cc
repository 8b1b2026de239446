// End-to-end: the CI formats (--format junit and github), the job summary and --quiet.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/golden.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

const std::string kSpecial = "tests/fixtures/special-characters/plan.yaml";
const std::string kBroken = "tests/fixtures/broken/plan.yaml";

// Parses a JUnit report with python3's XML parser (tests/tools/junit_summary.py).
nlohmann::json junit_summary(const std::string& xml) {
  TempFolder folder;
  Run parsed = run_program({"python3", "tests/tools/junit_summary.py", folder.write("report.xml", xml)});
  INFO(parsed.err);
  REQUIRE(parsed.exit_code == 0);
  return nlohmann::json::parse(parsed.out);
}

// Every count a report declares, on the root and on each suite, is the number of its cases.
void check_counts_agree(const nlohmann::json& report) {
  CHECK(report["root"] == "testsuites");
  CHECK(report["declared"] == report["counted"]);
  for (const auto& suite : report["suites"]) {
    INFO(suite["name"]);
    CHECK(suite["declared"] == suite["counted"]);
  }
}

nlohmann::json counts(int tests, int failures, int skipped) {
  return {{"tests", tests}, {"failures", failures}, {"errors", 0}, {"skipped", skipped}};
}

}  // namespace

TEST_CASE("check --format junit on the seed plan: every quota a case, counts that agree, exit 1") {
  Run run = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--format", "junit"});
  CHECK(run.exit_code == 1);
  CHECK(run.err == "");
  CHECK(run.out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  auto report = junit_summary(run.out);
  check_counts_agree(report);
  CHECK(report["name"] == "plancheck check");
  CHECK(report["declared"] == counts(189, 2, 77));
  REQUIRE(report["suites"].size() == 4);
  CHECK(report["suites"][0]["name"] == "一、强化政治引领，推进立心铸魂");
  const auto& first = report["suites"][0]["cases"][0];
  CHECK(first["name"] == "2 突出理论武装铸魂 · lecture-by-leaders · 陈立新 · 2022年");
  CHECK(first["classname"] == "一、强化政治引领，推进立心铸魂");
  CHECK(first["file"] == kSeed);
  CHECK(first["outcome"] == "passed");
  int overdue_seen = 0;
  for (const auto& suite : report["suites"])
    for (const auto& test : suite["cases"])
      if (test["outcome"] == "failure") {
        ++overdue_seen;
        CHECK(test["type"] == "overdue");
        CHECK(test["message"].get<std::string>().starts_with("逾期：完成 0/1"));
      }
  CHECK(overdue_seen == 2);
}

TEST_CASE("check --format junit --fail-on open fails open quotas too, status gives the same cases") {
  auto open = junit_summary(
      run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--format", "junit", "--fail-on", "open"}).out);
  check_counts_agree(open);
  CHECK(open["declared"] == counts(189, 19, 77));
  Run status = run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "--format", "junit"});
  CHECK(status.exit_code == 0);
  auto report = junit_summary(status.out);
  CHECK(report["name"] == "plancheck status");
  CHECK(report["declared"] == counts(189, 2, 77));
}

TEST_CASE("junit: special characters survive escaping, control characters are replaced") {
  Run run = run_plancheck({"check", kSpecial, "--as-of", "2022-07-15", "--format", "junit"});
  CHECK(run.exit_code == 1);
  auto report = junit_summary(run.out);
  check_counts_agree(report);
  CHECK(report["declared"] == counts(7, 1, 1));
  const auto& suite = report["suites"][0];
  CHECK(suite["name"] == "一、政治 & 思想 <建设>");
  const auto& overdue = suite["cases"][1];
  CHECK(overdue["name"] == "1 理论学习 100% \"全覆盖\"\uFFFD响铃 · lecture · 王<五>&'\"% · 2022年第二季度");
  CHECK(overdue["outcome"] == "failure");
  CHECK(overdue["file"] == kSpecial);
  CHECK(overdue["line"] == "25");
  CHECK(overdue["text"] == "逾期：完成 0/1，期限 2022-06-30，超期 15 天\n要求：书记每人每季度至少1次（规则 lecture，" + kSpecial +
                               ":25）\n");
  CHECK(suite["cases"][3]["outcome"] == "skipped");
  CHECK(suite["cases"][3]["message"] == "未开始：2022-10-01 开始，期限 2022-12-31");
  CHECK(suite["cases"][4]["name"] == "二 换行\n第二行, 逗号: 冒号 · unit-meeting · 一支部, 二组: A · 2022年上半年");
  CHECK(suite["cases"][6]["output"] == "逾期完成：完成 1/1，期限 2022-03-31");
}

TEST_CASE("validate --format junit: a case per file, a failing case per error with its file and line") {
  Run valid = run_plancheck({"validate", kSeed, "--format", "junit"});
  CHECK(valid.exit_code == 0);
  auto passed = junit_summary(valid.out);
  check_counts_agree(passed);
  CHECK(passed["name"] == "plancheck validate");
  CHECK(passed["declared"] == counts(14, 0, 0));
  CHECK(passed["suites"][0]["name"] == "plan and log files");
  CHECK(passed["suites"][0]["cases"][0]["name"] == kSeed);
  CHECK(passed["suites"][0]["cases"][12]["file"] == "plans/fao-2022/log/2022-12.yaml");

  Run broken = run_plancheck({"validate", kBroken, "--format", "junit"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find("plancheck: 6 errors, 0 warnings") != std::string::npos);
  auto failed = junit_summary(broken.out);
  check_counts_agree(failed);
  CHECK(failed["declared"] == counts(6, 6, 0));
  const auto& first = failed["suites"][0]["cases"][0];
  CHECK(first["name"] == kBroken + ":6:8: 'end' is not a real date: 2022-02-30 (2022-02 has only 28 days)");
  CHECK(first["file"] == kBroken);
  CHECK(first["line"] == "6");
  CHECK(first["type"] == "error");
  CHECK(first["text"] == kBroken + ":6:8: error: 'end' is not a real date: 2022-02-30 (2022-02 has only 28 days)\n"
                                   "   = help: check the month and the day\n");
  CHECK(failed["suites"][0]["cases"][5]["file"] == "tests/fixtures/broken/log/2022-01.yaml");
}

TEST_CASE("check --format junit on invalid files prints the validation report and exits 2") {
  Run run = run_plancheck({"check", kBroken, "--format", "junit"});
  CHECK(run.exit_code == 2);
  CHECK(run.out == run_plancheck({"validate", kBroken, "--format", "junit"}).out);
}

TEST_CASE("--quiet: only what fails") {
  Run gaps = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--quiet"});
  CHECK(gaps.exit_code == 1);
  CHECK(gaps.out.find("超期 61 天") != std::string::npos);
  CHECK(gaps.out.find("超期 91 天") != std::string::npos);
  CHECK(gaps.out.find("进行中  ") == std::string::npos);
  CHECK(gaps.out.find("需关注 2 项：逾期 2 · 逾期完成 0 · 进行中 0") != std::string::npos);

  Run open = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--quiet", "--fail-on", "open"});
  CHECK(open.out.find("需关注 19 项：逾期 2 · 逾期完成 0 · 进行中 17") != std::string::npos);

  Run fine = run_plancheck({"check", kSeed, "--as-of", "2022-01-05", "--quiet"});
  CHECK(fine.exit_code == 0);
  CHECK(fine.out == "");
  CHECK(fine.err == "");

  auto junit =
      junit_summary(run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--quiet", "--format", "junit"}).out);
  CHECK(junit["declared"] == counts(2, 2, 0));

  Run valid = run_plancheck({"validate", kSeed, "-q"});
  CHECK(valid.exit_code == 0);
  CHECK(valid.out == "");
  CHECK(valid.err == "");
  Run broken = run_plancheck({"validate", kBroken, "--quiet"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find(kBroken + ":6:8: error:") != std::string::npos);
}

TEST_CASE("check --format github: annotations at the rule's line, golden") {
  Run run = run_plancheck({"check", kSpecial, "--as-of", "2022-07-15", "--format", "github", "--fail-on", "open"});
  CHECK(run.exit_code == 1);
  CHECK(run.err == "");
  CHECK(run.out == golden("special-check-github.txt", run.out));

  Run seed = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--format", "github"});
  CHECK(seed.exit_code == 1);
  CHECK(seed.out.find("::error file=plans/fao-2022/plan.yaml,line=177,col=13,title=逾期：第三支部 · 支部委员会会议 · "
                      "2022年4月::逾期：完成 0/1，期限 2022-04-30，超期 61 天%0A") != std::string::npos);
  CHECK(seed.out.find("::notice file=plans/fao-2022/plan.yaml,line=121,") != std::string::npos);
  CHECK(seed.out.find("::warning file=") != std::string::npos);  // the late 问题清单
}

TEST_CASE("validate --format github: errors at each diagnostic's position, golden") {
  Run run = run_plancheck({"validate", kBroken, "--format", "github"});
  CHECK(run.exit_code == 2);
  CHECK(run.out == golden("broken-validate-github.txt", run.out));
  Run check = run_plancheck({"check", kBroken, "--format", "github"});
  CHECK(check.exit_code == 2);
  CHECK(check.out == run.out);
}

TEST_CASE("--format github appends a Markdown summary to GITHUB_STEP_SUMMARY") {
  TempFolder folder;
  std::string summary = folder.write("summary.md", "earlier step\n");
  LaunchOptions environment{.environment = {{"GITHUB_STEP_SUMMARY", summary}}};
  CHECK(run_plancheck({"check", kSpecial, "--as-of", "2022-07-15", "--format", "github"}, environment).exit_code == 1);
  std::string first = read_file(summary);
  CHECK(first.starts_with("earlier step\n## plancheck check："));
  CHECK(first.substr(std::string("earlier step\n").size()) == golden("special-check-summary.md", first.substr(13)));
  CHECK(run_plancheck({"validate", kBroken, "--format", "github"}, environment).exit_code == 2);
  std::string second = read_file(summary);
  CHECK(second.starts_with(first));
  CHECK(second.substr(first.size()) == golden("broken-validate-summary.md", second.substr(first.size())));
}

TEST_CASE("an unwritable GITHUB_STEP_SUMMARY is a warning, not a failure") {
  Run run = run_plancheck({"validate", kSeed, "--format", "github"},
                          {.environment = {{"GITHUB_STEP_SUMMARY", "/nonexistent-plancheck-folder/summary.md"}}});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "");
  CHECK(run.err == "plancheck: warning: cannot append the job summary to '/nonexistent-plancheck-folder/summary.md' "
                   "(GITHUB_STEP_SUMMARY): No such file or directory\n");
}

TEST_CASE("--format takes only the formats there are") {
  Run run = run_plancheck({"check", kSeed, "--format", "xml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--format: xml is not one of {csv,github,html,json,junit,text}") != std::string::npos);
}

TEST_CASE("check --format csv -o: python3's csv reader reads back every gap the JSON report lists") {
  TempFolder folder;
  Run csv = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--format", "csv", "-o", folder / "gaps.csv"});
  CHECK(csv.exit_code == 1);
  CHECK(csv.out == "");
  Run read = run_program({"python3", "tests/tools/csv_to_json.py", folder / "gaps.csv"});
  INFO(read.err);
  REQUIRE(read.exit_code == 0);
  auto rows = nlohmann::json::parse(read.out);
  auto json = nlohmann::json::parse(run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--format", "json"}).out);
  REQUIRE(rows.size() == json["results"].size() + 1);
  CHECK(rows[0][0] == "部分");
  for (std::size_t i = 0; i < json["results"].size(); ++i) {
    const auto& result = json["results"][i];
    const auto& row = rows[i + 1];
    CAPTURE(i);
    CHECK(row[1] == result["item"]);
    CHECK(row[2] == result["rule"]);
    CHECK(row[4] == result["subject"]);
    CHECK(row[5] == result["period"]["label"]);
    CHECK(row[6] == std::to_string(result["required"].get<int>()));
    CHECK(row[7] == std::to_string(result["done"].get<int>()));
    CHECK(row[9] == result.value("deadline", result["period"]["end"]));
    if (result.contains("days_left")) CHECK(row[10] == std::to_string(result["days_left"].get<int>()));
  }
}
