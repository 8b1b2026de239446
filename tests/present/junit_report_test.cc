#include "present/junit_report.h"

#include <doctest/doctest.h>

#include "present/report_fixture.h"

using namespace plancheck;

namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("junit_case_name: item, rule, subject, period") {
  ReportFixture fixture;
  REQUIRE(fixture.evaluation.results.size() == 12);
  CHECK(junit_case_name(fixture.row(1), Language::zh) == "2 突出理论武装铸魂 · lecture-by-leaders · 李四 · 2022年上半年");
  CHECK(junit_case_name(fixture.row(4), Language::zh) == "5 · branch-meeting · 一支部 · 2022年6月");  // an item without a title
}

TEST_CASE("JUnit of check: every quota in scope, a suite per section, failures for overdue, skipped for upcoming") {
  ReportFixture fixture;
  std::string xml = rendered(fixture.report(ReportKind::gaps), Format::junit);
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<testsuites name=\"plancheck check\" tests=\"12\" failures=\"1\" errors=\"0\" skipped=\"5\">\n"
                        "  <testsuite name=\"一、政治建设\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
                        "    <testcase name=\"2 突出理论武装铸魂 · lecture-by-leaders · 张三 · 2022年上半年\" "
                        "classname=\"一、政治建设\" file=\"plan.yaml\" line=\"14\"/>\n"));
  CHECK(xml.find("  <testsuite name=\"二\" tests=\"8\" failures=\"0\" errors=\"0\" skipped=\"5\">\n") !=
        std::string::npos);
  CHECK(xml.find("      <failure type=\"overdue\" message=\"逾期：完成 0/1，期限 2022-06-30，超期 15 天\">逾期：完成 0/1，期限 "
                 "2022-06-30，超期 15 天\n要求：书记每人每半年至少1次（规则 lecture-by-leaders，plan.yaml:14）\n</failure>\n") !=
        std::string::npos);
  CHECK(xml.find("      <skipped message=\"未开始：2022-08-01 开始，期限 2022-08-31\"/>\n") != std::string::npos);
  CHECK(xml.find("      <system-out>进行中：完成 0/1，期限 2022-12-31，剩 169 天</system-out>\n") != std::string::npos);
  CHECK(xml.find("      <system-out>逾期完成：完成 1/1，期限 2022-06-30</system-out>\n") != std::string::npos);
  CHECK(xml.find("计划与台账文件") == std::string::npos);  // no diagnostics, no suite of files
  CHECK(xml.ends_with("  </testsuite>\n</testsuites>\n"));
}

TEST_CASE("JUnit of check: open quotas fail under --fail-on open, --quiet keeps only the failing ones") {
  ReportFixture fixture;
  std::string xml = rendered(fixture.report(ReportKind::gaps, {}, FailurePolicy{FailOn::open}), Format::junit);
  CHECK(xml.find("tests=\"12\" failures=\"4\" errors=\"0\" skipped=\"5\"") != std::string::npos);
  CHECK(occurrences(xml, "<failure type=\"open\"") == 3);
  std::string quiet = rendered(fixture.report(ReportKind::gaps, {}, FailurePolicy{FailOn::open}, true), Format::junit);
  CHECK(quiet.find("tests=\"4\" failures=\"4\" errors=\"0\" skipped=\"0\"") != std::string::npos);
  CHECK(rendered(fixture.report(ReportKind::status), Format::junit).starts_with(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"plancheck status\" tests=\"12\""));
}

namespace {

// A JUnit report of the inputs alone, as validate gives it.
std::string validation_xml(std::vector<std::string> logs, Diagnostics diagnostics, bool quiet = false) {
  Workspace inputs;
  inputs.plan_file = "plan.yaml";
  inputs.ledger.files = std::move(logs);
  inputs.diagnostics = std::move(diagnostics);
  return rendered(inputs_report(ReportKind::validation, inputs, quiet), Format::junit,
                  Languages{Language::zh, Language::en});
}

}  // namespace

TEST_CASE("JUnit of validate: a passing case per good file, a failing case per error, warnings as output") {
  Diagnostics diagnostics{
      {Severity::error, "log/a.yaml", 3, 7, Text::verbatim("unknown person or unit '乙'"),
       Text::verbatim("did you mean '甲'?")},
      {Severity::warning, "log/a.yaml", 9, 0, Text::verbatim("this entry repeats the one at line 3"), {}},
      {Severity::error, "log/a.yaml", 12, 9, Text::verbatim("'date' is not a real date: 2022-13-01"), {}},
      {Severity::warning, "log/b.yaml", 2, 9, Text::verbatim("2023-01-02 is outside the plan"), {}},
  };
  std::string xml = validation_xml({"log/a.yaml", "log/b.yaml"}, diagnostics);
  CHECK(xml == R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="plancheck validate" tests="4" failures="2" errors="0" skipped="0">
  <testsuite name="plan and log files" tests="4" failures="2" errors="0" skipped="0">
    <testcase name="plan.yaml" classname="plan.yaml" file="plan.yaml"/>
    <testcase name="log/a.yaml:3:7: unknown person or unit &apos;乙&apos;" classname="log/a.yaml" file="log/a.yaml" line="3">
      <failure type="error" message="unknown person or unit &apos;乙&apos;">log/a.yaml:3:7: error: unknown person or unit '乙'
   = help: did you mean '甲'?
</failure>
    </testcase>
    <testcase name="log/a.yaml:12:9: &apos;date&apos; is not a real date: 2022-13-01" classname="log/a.yaml" file="log/a.yaml" line="12">
      <failure type="error" message="&apos;date&apos; is not a real date: 2022-13-01">log/a.yaml:12:9: error: 'date' is not a real date: 2022-13-01
</failure>
    </testcase>
    <testcase name="log/b.yaml" classname="log/b.yaml" file="log/b.yaml"/>
    <system-out>log/a.yaml:9: warning: this entry repeats the one at line 3
log/b.yaml:2:9: warning: 2023-01-02 is outside the plan
</system-out>
  </testsuite>
</testsuites>
)");
}

TEST_CASE("JUnit of validate: --quiet leaves out files without errors, unlisted files still count") {
  Diagnostics diagnostics{{Severity::error, "elsewhere.yaml", 0, 0, Text::verbatim("this file is not UTF-8"), {}}};
  std::string xml = validation_xml({"log/a.yaml"}, diagnostics, true);
  CHECK(xml.find("tests=\"1\" failures=\"1\"") != std::string::npos);
  CHECK(xml.find("<testcase name=\"elsewhere.yaml: this file is not UTF-8\" classname=\"elsewhere.yaml\" "
                 "file=\"elsewhere.yaml\">") != std::string::npos);
  CHECK(xml.find("name=\"plan.yaml\"") == std::string::npos);
}
