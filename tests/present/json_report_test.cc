#include <doctest/doctest.h>

#include <sstream>

#include "evaluate/report.h"
#include "present/json_report.h"
#include "read/workspace.h"
#include "support/golden.h"

using namespace plancheck;
using plancheck::testing::golden;

TEST_CASE("the streamed JSON is exactly what report_json(...).dump(2) prints, with and without rows") {
  Workspace workspace = load_workspace("plans/fao-2022/plan.yaml");
  REQUIRE(workspace.ok());
  workspace.diagnostics = {
      Diagnostic{Severity::warning, "a \"b\".yaml", 3, 4, Text::verbatim("信息 \\ 提示"), Text::verbatim("hint")}};
  Evaluation evaluation = evaluate(*workspace.plan, workspace.ledger, *parse_date("2022-06-30"));
  RenderOptions options;
  for (ReportKind kind : {ReportKind::status, ReportKind::gaps}) {
    Report report = build_report(kind, workspace, evaluation, {});
    std::ostringstream streamed;
    render_json(report, options, streamed);
    CHECK(streamed.str() == report_json(report, report.rows, options).dump(2) + "\n");
    report.rows.clear();
    std::ostringstream empty;
    render_json(report, options, empty);
    CHECK(empty.str() == report_json(report, {}, options).dump(2) + "\n");
  }
}

TEST_CASE("status JSON of the seed plan, in process: the golden file") {
  Workspace workspace = load_workspace("plans/fao-2022/plan.yaml");
  REQUIRE(workspace.ok());
  Evaluation evaluation = evaluate(*workspace.plan, workspace.ledger, *parse_date("2022-06-30"));
  Query query;
  query.item = "2";
  std::ostringstream out;
  render_json(build_report(ReportKind::status, workspace, evaluation, query), RenderOptions{}, out);
  CHECK(out.str() == golden("seed-status-item-2-2022-06-30.json", out.str()));
}
