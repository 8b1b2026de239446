#include "present/github_summary.h"

#include <doctest/doctest.h>

#include "present/report_fixture.h"

using namespace plancheck;

TEST_CASE("markdown_cell: shows the text as written, in one cell") {
  CHECK(markdown_cell("a | b") == "a \\| b");
  CHECK(markdown_cell("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;");
  CHECK(markdown_cell("two\r\nlines") == "two lines");
  CHECK(markdown_cell("*bold* _it_ `code` ~x~ [link] \\") == "\\*bold\\* \\_it\\_ \\`code\\` \\~x\\~ \\[link\\] \\\\");
  CHECK(markdown_cell("bell\x07!") == "bell!");
  CHECK(markdown_cell("讲党课（2022年）") == "讲党课（2022年）");
}

TEST_CASE("job summary of check: counts, then the rows that need attention") {
  ReportFixture fixture;
  Report report = fixture.report(ReportKind::gaps);
  std::string markdown = render_github_summary(report, RenderOptions{});
  CHECK(markdown == R"(## plancheck check：测试计划

截至 2022-07-15。需关注 5 项：逾期 1 · 逾期完成 1 · 进行中 3。全部 12 项：已完成 2 · 逾期完成 1 · 逾期 1 · 进行中 3 · 未开始 5

| 状态 | 计划项 | 对象 | 活动 | 周期 | 完成 | 期限 | 剩余 |
| --- | --- | --- | --- | --- | ---: | --- | --- |
| 逾期 | 2. 突出理论武装铸魂 | 李四 | 讲党课 | 2022年上半年 | 0/1 | 2022-06-30 | 超期 15 天 |
| 进行中 | 2. 突出理论武装铸魂 | 张三 | 讲党课 | 2022年下半年 | 0/1 | 2022-12-31 | 剩 169 天 |
| 进行中 | 2. 突出理论武装铸魂 | 李四 | 讲党课 | 2022年下半年 | 0/1 | 2022-12-31 | 剩 169 天 |
| 逾期完成 | 5 | 一支部 | 清单 | 截至2022-06-30 | 1/1 | 2022-06-30 |  |
| 进行中 | 5 | 一支部 | 支委会 | 2022年7月 | 0/1 | 2022-07-31 | 剩 16 天 |

)");
}

TEST_CASE("job summary of check: nothing to do, and diagnostics") {
  ReportFixture fixture("2022-06-15");
  fixture.inputs.diagnostics = {{Severity::warning, "log/a|b.yaml", 3, 9,
                                 Text::verbatim("2023-01-02 is outside the plan"), Text::verbatim("fix the year")}};
  Query query;
  query.who = "张三";  // met the first half's lecture on 2022-06-10
  std::string markdown = render_github_summary(fixture.report(ReportKind::gaps, query), RenderOptions{});
  CHECK(markdown.find("截至 2022-06-15。没有逾期或待完成的指标。全部 12 项：") != std::string::npos);
  CHECK(markdown.find("| 状态 |") == std::string::npos);
  // The report's words are Chinese (the plan's language), the diagnostics English (the messages').
  CHECK(markdown.ends_with("| Level | Where | Problem |\n| --- | --- | --- |\n"
                           "| warning | log/a\\|b.yaml:3:9 | 2023-01-02 is outside the plan (help: fix the year) |\n\n"));
}

namespace {

// The job summary of validate for a plan file, how many log files and entries were read, and what
// was found wrong.
std::string validation_summary(std::string plan_file, std::size_t files, std::size_t entries,
                               Diagnostics diagnostics, Language language) {
  Workspace inputs;
  inputs.plan_file = std::move(plan_file);
  inputs.ledger.files.resize(files);
  inputs.ledger.entries.resize(entries);
  inputs.diagnostics = std::move(diagnostics);
  return render_github_summary(inputs_report(ReportKind::validation, inputs), RenderOptions{{language, language}});
}

}  // namespace

TEST_CASE("job summary of validate: valid or not") {
  CHECK(validation_summary("plans/x/plan.yaml", 12, 250, {}, Language::zh) ==
        "## plancheck validate：plans/x/plan.yaml\n\n有效：12 个台账文件，250 条记录，0 个警告。\n\n");
  Diagnostics errors{{Severity::error, "plan.yaml", 6, 8, Text::verbatim("'end' is not a real date"), {}},
                     {Severity::warning, "log/a.yaml", 2, 0, Text::verbatim("repeated"), {}}};
  CHECK(validation_summary("plan.yaml", 1, 0, errors, Language::zh) ==
        "## plancheck validate：plan.yaml\n\n无效：1 个错误，1 个警告。\n\n| 级别 | 位置 | 问题 |\n| --- | --- | --- |\n"
        "| 错误 | plan.yaml:6:8 | 'end' is not a real date |\n| 警告 | log/a.yaml:2 | repeated |\n\n");
  CHECK(validation_summary("plan.yaml", 1, 0, errors, Language::en) ==
        "## plancheck validate: plan.yaml\n\nInvalid: 1 error, 1 warning.\n\n| Level | Where | Problem |\n"
        "| --- | --- | --- |\n| error | plan.yaml:6:8 | 'end' is not a real date |\n| warning | log/a.yaml:2 | repeated |\n\n");
  CHECK(validation_summary("plan.yaml", 1, 1, {}, Language::en) ==
        "## plancheck validate: plan.yaml\n\nValid: 1 log file, 1 entry, 0 warnings.\n\n");
}
