#include "present/html_report.h"

#include <doctest/doctest.h>

#include "present/report_fixture.h"
#include "write/embedded_files.h"

using namespace plancheck;

TEST_CASE("the HTML page is one document with its style and script inside, in the report's language") {
  ReportFixture fixture;
  std::string page = rendered(fixture.report(ReportKind::status), Format::html);
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"));
  CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(page.find("<title>测试计划 · 完成情况，截至 2022-07-15</title>") != std::string::npos);
  CHECK(page.find("font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", "
                  "sans-serif;") != std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
  CHECK(page.find("document.getElementById(\"filter\")") != std::string::npos);
  CHECK(page.find("{{") == std::string::npos);
  CHECK(page.ends_with("</html>\n"));
  std::string english = rendered(fixture.report(ReportKind::status), Format::html, Languages{Language::en, Language::en});
  CHECK(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
  CHECK(english.find("<h2>Needs attention</h2>") != std::string::npos);
}

TEST_CASE("the HTML page writes a row as its status, words and numbers, with the JSON's values as data- attributes") {
  ReportFixture fixture;
  std::string page = rendered(fixture.report(ReportKind::status), Format::html);
  CHECK(page.find("<tr class=\"quota overdue\" data-rule=\"lecture-by-leaders\" data-item=\"2\" data-subject=\"李四\" "
                  "data-period-start=\"2022-06-01\" data-period-end=\"2022-06-30\" data-required=\"1\" data-done=\"0\" "
                  "data-status=\"overdue\" data-deadline=\"2022-06-30\"><td class=\"status status-overdue\">逾期</td>"
                  "<td data-label=\"对象\">李四</td>") != std::string::npos);
  CHECK(page.find("<li class=\"total status-upcoming\" data-status=\"upcoming\" data-count=\"5\">") != std::string::npos);
}

TEST_CASE("the agenda page groups the rows by person or unit, each with its days left") {
  ReportFixture fixture;
  Report report = fixture.report(ReportKind::agenda);
  std::string page = rendered(report, Format::html);
  CHECK(page.find("<section class=\"subject\" data-block data-subject=\"李四\">") != std::string::npos);
  CHECK(page.find("data-days-left=\"-15\"") != std::string::npos);
  CHECK(page.find("<h2 class=\"part\">各对象待办</h2>") != std::string::npos);
}

TEST_CASE("validate has no HTML page, and a report of inputs with errors renders nothing") {
  ReportFixture fixture;
  CHECK(rendered(fixture.report(ReportKind::validation), Format::html).empty());
}

TEST_CASE("the dashboard's template never inserts a value unescaped, and is compiled into plancheck") {
  int files = 0;
  for (const EmbeddedFile& file : embedded_files()) {
    if (!file.path.starts_with("src/present/dashboard/")) continue;
    CAPTURE(file.path);
    ++files;
    CHECK(file.text.find("{{{") == std::string_view::npos);
    CHECK(file.text.find("{{&") == std::string_view::npos);
    CHECK(file.text.find("{{=") == std::string_view::npos);  // no change of delimiters to hide one
  }
  CHECK(files == 4);  // the page, its style, its script and the row's attributes
}
