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

TEST_CASE("the streamed JSON gives an entry's for and hours, as report_json(...).dump(2) does") {
  Workspace workspace = load_workspace("plans/fao-2022/plan.yaml");
  REQUIRE(workspace.ok());
  for (std::size_t i = 0; i < workspace.ledger.entries.size(); i += 3) {
    Entry& entry = workspace.ledger.entries[i];
    if (i % 2 == 0) entry.for_period = i % 4 == 0 ? "2021" : "2022-H1";
    entry.hours = Amount{static_cast<std::int64_t>(i * 25)};
  }
  Evaluation evaluation = evaluate(*workspace.plan, workspace.ledger, *parse_date("2022-06-30"));
  Report report = build_report(ReportKind::status, workspace, evaluation, {});
  std::ostringstream streamed;
  render_json(report, RenderOptions{}, streamed);
  CHECK(streamed.str() == report_json(report, report.rows, RenderOptions{}).dump(2) + "\n");
  CHECK(streamed.str().find("\"for\": \"2021\"") != std::string::npos);
  CHECK(streamed.str().find("\"for\": \"2022-H1\"") != std::string::npos);
  CHECK(streamed.str().find("\"hours\": ") != std::string::npos);
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
