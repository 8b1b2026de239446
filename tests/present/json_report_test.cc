#include <doctest/doctest.h>

#include <sstream>

#include "evaluate/report.h"
#include "present/json_report.h"
#include "read/workspace.h"

using namespace plancheck;

TEST_CASE("write_report_json prints exactly what report_json(...).dump(2) does, with and without rows") {
  Workspace workspace = load_workspace("plans/fao-2022/plan.yaml");
  REQUIRE(workspace.ok());
  Evaluation evaluation = evaluate(*workspace.plan, workspace.ledger, *parse_date("2022-06-30"));
  Diagnostics diagnostics{
      Diagnostic{Severity::warning, "a \"b\".yaml", 3, 4, Text::verbatim("信息 \\ 提示"), Text::verbatim("hint")}};
  for (bool gaps : {false, true}) {
    Query query;
    query.gaps_only = gaps;
    auto rows = select_results(evaluation, query);
    Summary summary = summarize(rows);
    std::ostringstream streamed;
    write_report_json(streamed, *workspace.plan, workspace.ledger, evaluation, rows, summary, diagnostics, Languages{});
    CHECK(streamed.str() ==
          report_json(*workspace.plan, workspace.ledger, evaluation, rows, summary, diagnostics, Languages{}).dump(2) + "\n");
  }
  std::ostringstream empty;
  write_report_json(empty, *workspace.plan, workspace.ledger, evaluation, {}, Summary{}, {}, Languages{});
  CHECK(empty.str() == report_json(*workspace.plan, workspace.ledger, evaluation, {}, Summary{}, {}, Languages{}).dump(2) + "\n");
}
