#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "evaluate/evaluate.h"
#include "evaluate/report.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"

// A small plan and ledger for the CI presenters, evaluated on 2022-07-15: lecture-by-leaders
// for 张三 (met) and 李四 (overdue in the first half), a monthly meeting of the branch (June
// met; July open; later months upcoming) and a one-off list done late.
struct ReportFixture {
  plancheck::Plan plan;
  plancheck::Ledger ledger;
  plancheck::Evaluation evaluation;
  std::vector<const plancheck::Result*> rows;

  explicit ReportFixture(const char* as_of = "2022-07-15") {
    using namespace plancheck;
    Diagnostics diagnostics;
    plan = *read_plan_text(R"(plancheck: 1
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
                           "plan.yaml", diagnostics);
    read_log_text(R"(- {date: 2022-06-10, activity: 党课, by: 张三}
- {date: 2022-06-20, activity: 支委会, by: 一支部}
- {date: 2022-07-02, activity: 清单, by: 一支部}
)",
                  "log/2022.yaml", PlanNames(plan), ledger, diagnostics);
    REQUIRE(diagnostics.empty());
    evaluation = evaluate(plan, ledger, *parse_date(as_of));
    rows = select_results(evaluation, Query{});
  }

  const plancheck::Result& row(std::size_t index) const { return *rows.at(index); }
};
