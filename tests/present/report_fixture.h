#pragma once

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "evaluate/evaluate.h"
#include "evaluate/report.h"
#include "present/render.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"

// A small plan and ledger for the presenters, evaluated on 2022-07-15: lecture-by-leaders
// for 张三 (met) and 李四 (overdue in the first half), a monthly meeting of the branch (June
// met; July open; later months upcoming) and a one-off list done late.
struct ReportFixture {
  plancheck::Workspace inputs;
  plancheck::Evaluation evaluation;

  explicit ReportFixture(const char* as_of = "2022-07-15") {
    using namespace plancheck;
    inputs.plan_file = "plan.yaml";
    inputs.plan = *read_plan_text(R"(plancheck: 1
plan: {id: t, title: 测试计划, start: 2022-06-01, end: 2022-12-31}
roles: [书记]
activities: [{id: 党课, title: 讲党课}, 支委会, 清单]
units: [{id: 一支部, kind: 支部}]
people: [{name: 张三, roles: [书记]}, {name: 李四, roles: [书记]}]
sections:
  - id: 一
    title: 政治建设
    items:
      - id: 2
        title: 突出理论武装铸魂
        rules:
          - {id: lecture-by-leaders, activity: 党课, each: 书记, every: half}
  - id: 二
    items:
      - id: 5
        rules:
          - {id: branch-meeting, activity: 支委会, each_unit: 支部, every: month}
          - {id: problem-list, activity: 清单, by: 一支部, every: once, due: 2022-06-30}
)",
                                  "plan.yaml", inputs.diagnostics);
    read_log_text(R"(- {date: 2022-06-10, activity: 党课, by: 张三}
- {date: 2022-06-20, activity: 支委会, by: 一支部}
- {date: 2022-07-02, activity: 清单, by: 一支部}
)",
                  "log/2022.yaml", PlanNames(*inputs.plan), inputs.ledger, inputs.diagnostics);
    REQUIRE(inputs.diagnostics.empty());
    evaluation = evaluate(*inputs.plan, inputs.ledger, *parse_date(as_of));
  }

  const plancheck::Plan& plan() const { return *inputs.plan; }
  const plancheck::Result& row(std::size_t index) const { return evaluation.results.at(index); }

  plancheck::Report report(plancheck::ReportKind kind, plancheck::Query query = {},
                           plancheck::FailurePolicy policy = {}, bool only_failures = false) const {
    return plancheck::build_report(kind, inputs, evaluation, query, policy, only_failures);
  }
};

// What a renderer prints for `report` in `format`, the report's words in `report_language`.
inline std::string rendered(const plancheck::Report& report, plancheck::Format format,
                            plancheck::Languages languages = {}, int width = 0) {
  std::ostringstream out;
  plancheck::render(report, format, plancheck::RenderOptions{languages, plancheck::Style{}, width}, out);
  return out.str();
}
