#include "present/github_report.h"

#include <doctest/doctest.h>

#include "present/report_fixture.h"

using namespace plancheck;

TEST_CASE("github escaping: data and property values") {
  CHECK(github_escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b");
  CHECK(github_escape_property("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b");
  CHECK(github_escape_data("%0A") == "%250A");  // already-escaped text is escaped again
  CHECK(github_escape_property("计划：一，二") == "计划：一，二");  // full-width : and , are plain text
}

TEST_CASE("github format: ::error and ::warning at each diagnostic's position") {
  Workspace inputs;
  inputs.plan_file = "plan.yaml";
  inputs.diagnostics = {
      {Severity::error, "plans/a, b.yaml", 22, 23, Text::verbatim("unknown activity '党課'"),
       Text::verbatim("did you mean '党课'?")},
      {Severity::warning, "log/x.yaml", 4, 0, Text::verbatim("50% of it: repeated"), {}},
      {Severity::error, "log/y.yaml", 0, 0, Text::verbatim("this file is not UTF-8"), {}},
  };
  CHECK(rendered(inputs_report(ReportKind::validation, inputs), Format::github, Languages{Language::zh, Language::en}) ==
        "::error file=plans/a%2C b.yaml,line=22,col=23,title=plancheck%3A error::unknown activity '党課'%0Ahelp: did "
        "you mean '党课'?\n"
        "::warning file=log/x.yaml,line=4,title=plancheck%3A warning::50%25 of it: repeated\n"
        "::error file=log/y.yaml,title=plancheck%3A error::this file is not UTF-8\n");
  inputs.diagnostics.clear();
  CHECK(rendered(inputs_report(ReportKind::validation, inputs), Format::github) == "");
}

TEST_CASE("github format: error for overdue, warning for late, notice for open, at the rule") {
  ReportFixture fixture;
  std::string commands = rendered(fixture.report(ReportKind::status), Format::github);
  CHECK(commands ==
        "::error file=plan.yaml,line=14,col=13,title=逾期：李四 · 讲党课 · 2022年上半年::逾期：完成 0/1，期限 "
        "2022-06-30，超期 15 天%0A计划项 2. 突出理论武装铸魂；要求：书记每人每半年至少1次（规则 lecture-by-leaders）\n"
        "::notice file=plan.yaml,line=14,col=13,title=进行中：张三 · 讲党课 · 2022年下半年::进行中：完成 0/1，期限 "
        "2022-12-31，剩 169 天%0A计划项 2. 突出理论武装铸魂；要求：书记每人每半年至少1次（规则 lecture-by-leaders）\n"
        "::notice file=plan.yaml,line=14,col=13,title=进行中：李四 · 讲党课 · 2022年下半年::进行中：完成 0/1，期限 "
        "2022-12-31，剩 169 天%0A计划项 2. 突出理论武装铸魂；要求：书记每人每半年至少1次（规则 lecture-by-leaders）\n"
        "::notice file=plan.yaml,line=19,col=13,title=进行中：一支部 · 支委会 · 2022年7月::进行中：完成 0/1，期限 "
        "2022-07-31，剩 16 天%0A计划项 5；要求：每个支部每月至少1次（规则 branch-meeting）\n"
        "::warning file=plan.yaml,line=20,col=13,title=逾期完成：一支部 · 清单 · 截至2022-06-30::逾期完成：完成 1/1，期限 "
        "2022-06-30%0A计划项 5；要求：一支部于2022-06-30前完成（规则 problem-list）\n");
}

TEST_CASE("github format: under --fail-on open, open quotas are errors") {
  ReportFixture fixture;
  std::string commands = rendered(fixture.report(ReportKind::status, {}, FailurePolicy{FailOn::open}), Format::github);
  CHECK(commands.find("::notice") == std::string::npos);
  CHECK(commands.find("::error file=plan.yaml,line=19,col=13,title=进行中：一支部") != std::string::npos);
}
