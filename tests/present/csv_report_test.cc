#include "present/csv_report.h"

#include <doctest/doctest.h>

#include "present/report_fixture.h"

using namespace plancheck;

TEST_CASE("csv_field quotes only what RFC 4180 needs quoted, and doubles quotes") {
  CHECK(csv_field("第一支部") == "第一支部");
  CHECK(csv_field("") == "");
  CHECK(csv_field("张三,李四") == "\"张三,李四\"");
  CHECK(csv_field("《\"双创双建\"》") == "\"《\"\"双创双建\"\"》\"");
  CHECK(csv_field("第一行\n第二行") == "\"第一行\n第二行\"");
  CHECK(csv_field(" 前后空格 ") == "\" 前后空格 \"");
}

TEST_CASE("CSV of status: a byte order mark, headings in the report's language, one row per result, CRLF") {
  ReportFixture fixture;
  std::string csv = rendered(fixture.report(ReportKind::status), Format::csv);
  CHECK(csv.starts_with("\xEF\xBB\xBF部分,计划项,规则,活动,对象,周期,要求次数,完成次数,状态,期限,剩余天数\r\n"
                        "一,2,lecture-by-leaders,讲党课,张三,2022年上半年,1,1,已完成,2022-06-30,\r\n"
                        "一,2,lecture-by-leaders,讲党课,李四,2022年上半年,1,0,逾期,2022-06-30,-15\r\n"));
  CHECK(csv.find("二,5,branch-meeting,支委会,一支部,2022年7月,1,0,进行中,2022-07-31,16\r\n") != std::string::npos);
  CHECK(csv.find("二,5,problem-list,清单,一支部,截至2022-06-30,1,1,逾期完成,2022-06-30,\r\n") != std::string::npos);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 12);
}

TEST_CASE("CSV of check: only the gaps, in the report's order, English headings with --lang en") {
  ReportFixture fixture;
  std::string csv = rendered(fixture.report(ReportKind::gaps), Format::csv, Languages{Language::en, Language::en});
  CHECK(csv == "\xEF\xBB\xBF" "Section,Item,Rule,Activity,Who,Period,Required,Done,Status,Due,Days left\r\n"
               "一,2,lecture-by-leaders,讲党课,李四,2022 H1,1,0,overdue,2022-06-30,-15\r\n"
               "一,2,lecture-by-leaders,讲党课,张三,2022 H2,1,0,open,2022-12-31,169\r\n"
               "一,2,lecture-by-leaders,讲党课,李四,2022 H2,1,0,open,2022-12-31,169\r\n"
               "二,5,problem-list,清单,一支部,by 2022-06-30,1,1,done late,2022-06-30,\r\n"
               "二,5,branch-meeting,支委会,一支部,2022-07,1,0,open,2022-07-31,16\r\n");
}

TEST_CASE("CSV of validate: one row per diagnostic, in the messages' language, no line for the whole file") {
  Workspace inputs;
  inputs.plan_file = "plan.yaml";
  inputs.diagnostics.push_back(Diagnostic{Severity::error, "plan.yaml", 8, 13, {"不支持别名", "no aliases, \"*x\""},
                                          {"请写出", "write it out"}});
  inputs.diagnostics.push_back(Diagnostic{Severity::warning, "log/2022-06.yaml", 0, 0, {"空文件", "empty file"}, {}});
  std::string csv = rendered(inputs_report(ReportKind::validation, inputs), Format::csv,
                             Languages{Language::zh, Language::en});
  CHECK(csv == "\xEF\xBB\xBF" "File,Line,Column,Severity,Message,Hint\r\n"
               "plan.yaml,8,13,error,\"no aliases, \"\"*x\"\"\",write it out\r\n"
               "log/2022-06.yaml,,,warning,empty file,\r\n");
}
