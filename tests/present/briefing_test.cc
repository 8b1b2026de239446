#include "present/briefing.h"

#include <doctest/doctest.h>

#include "read/log_reader.h"
#include "read/plan_reader.h"

using namespace plancheck;
using nlohmann::ordered_json;

namespace {

Date day(const char* text) { return *parse_date(text); }

struct Fixture {
  Workspace inputs;
  Fixture() {
    const char* text = R"(plancheck: 1
plan: {id: t, title: 测试计划, start: 2022-01-01, end: 2022-12-31, issuer: 机关党委}
roles: [书记]
activities: [{id: 党课, title: 讲党课}, 支委会, 方案, 走访]
units: [{id: 一支部, kind: 支部}, {id: 二支部, kind: 支部}]
people: [{name: 甲, roles: [书记]}]
sections:
  - id: 一
    title: 第一部分
    items:
      - id: 1
        title: 学习
        rules:
          - {id: lecture, activity: 党课, each: 书记, every: year}
  - id: 二
    title: 第二部分
    items:
      - id: 2
        title: 组织
        rules:
          - {id: committee, activity: 支委会, each_unit: 支部, every: month}
          - {id: scheme, activity: 方案, by: 一支部, every: once, due: 2022-03-31}
      - id: 3
        title: 关爱
)";
    const char* log = R"(- {date: 2022-06-03, activity: 支委会, by: 一支部, title: 六月支委会, place: 会议室, attendees: 5}
- {date: 2022-06-20, activity: 走访, by: [甲, 一支部], item: 3, title: 走访老党员}
- {date: 2022-06-21, activity: 走访, by: 甲}
- {date: 2022-05-04, activity: 方案, by: 一支部}
- {date: 2022-07-02, activity: 党课, by: 甲}
)";
    inputs.plan_file = "plan.yaml";
    inputs.plan = *read_plan_text(text, "plan.yaml", inputs.diagnostics);
    read_log_text(log, "log.yaml", PlanNames(*inputs.plan), inputs.ledger, inputs.diagnostics);
    REQUIRE(inputs.diagnostics.empty());
  }

  ordered_json context(const char* as_of, std::optional<std::string> who = std::nullopt) {
    Evaluation evaluation = evaluate(*inputs.plan, inputs.ledger, day(as_of));
    Query query;
    query.who = who;
    Report report = build_report(ReportKind::status, inputs, evaluation, query);
    return briefing_context(report, build_briefing(report, report.as_of()), RenderOptions{});
  }
};

}  // namespace

TEST_CASE("month fields") {
  Fixture f;
  auto month = f.context("2022-06-30")["month"];
  CHECK(month["label"] == "2022年6月");
  CHECK(month["start"] == "2022-06-01");
  CHECK(month["end"] == "2022-06-30");
  CHECK(month["as_of_label"] == "6月底");
  CHECK(f.context("2022-06-15")["month"]["as_of_label"] == "6月15日");
  CHECK(month["date_label"] == "2022年6月30日");
  CHECK(month["issue_no"] == 6);
  CHECK(f.context("2022-12-31")["next"]["label"] == "2023年1月");
}

TEST_CASE("this month's entries are grouped by the item they serve, in plan order") {
  Fixture f;
  auto context = f.context("2022-06-30");
  auto month = context["this_month"];
  CHECK(month["count"] == 3);
  REQUIRE(month["sections"].size() == 1);
  CHECK(month["sections"][0]["heading"] == "二、第二部分");
  auto items = month["sections"][0]["items"];
  REQUIRE(items.size() == 2);
  CHECK(items[0]["id"] == "2");
  CHECK(items[0]["entries"][0]["title"] == "六月支委会");
  CHECK(items[0]["entries"][0]["date_label"] == "6月3日");
  CHECK(items[0]["entries"][0]["attendees_text"] == "5人");
  CHECK(items[1]["id"] == "3");
  CHECK(items[1]["entries"][0]["by_text"] == "甲、一支部");
  CHECK(month["other"].size() == 1);  // 走访 on 06-21 names no item and counts toward no rule
  CHECK(month["has_other"] == true);
  // Both 走访 entries count toward no rule.
  CHECK(context["unplanned"].size() == 2);
  CHECK(context["has_unplanned"] == true);
}

TEST_CASE("missed: overdue, and open with 0 days left, done late apart, next month: due then, not done") {
  Fixture f;
  auto context = f.context("2022-06-30");
  auto keys = [](const auto& list) {
    std::vector<std::string> found;
    for (const auto& p : list)
      found.push_back(p["rule"].template get<std::string>() + "/" + p["subject"].template get<std::string>() + "/" +
                      p["status"].template get<std::string>());
    return found;
  };
  auto missed = keys(context["missed"]);
  // Each branch's monthly committee: only 一支部 met June; 二支部 open on June's last day.
  CHECK(std::count(missed.begin(), missed.end(), "committee/二支部/open") == 1);
  CHECK(std::count(missed.begin(), missed.end(), "committee/一支部/open") == 0);
  CHECK(keys(context["done_late"]) == std::vector<std::string>{"scheme/一支部/late"});
  CHECK(context["missed_count"] == missed.size());
  CHECK(context["progress"]["overall"]["missed"] == missed.size());
  CHECK(context["progress"]["overall"]["done_late"] == 1);
  auto late = context["done_late"][0];
  CHECK(late["completed_on"] == "2022-05-04");
  CHECK(late["completed_on_label"] == "5月4日");
  CHECK(late["period_end"] == "2022-03-31");
  CHECK(late["period_end_label"] == "3月31日");

  auto next = context["next_month"];
  REQUIRE(next.size() == 2);
  CHECK(next[0]["period"]["label"] == "2022年7月");
  CHECK(next[0]["remaining"] == 1);
  CHECK(context["has_next_month"] == true);
}

TEST_CASE("progress counts one standing per task, the rate divides the on-time tasks by the ended ones") {
  Fixture f;
  auto overall = f.context("2022-06-30")["progress"]["overall"];
  // 24 committee results, 1 lecture, 1 scheme = 26.
  CHECK(overall["total"] == 26);
  CHECK(overall["done"].get<int>() + overall["done_late"].get<int>() + overall["missed"].get<int>() +
            overall["in_progress"].get<int>() + overall["not_started"].get<int>() ==
        26);
  // Ended by 06-30: 12 committee months (Jan–Jun × 2) and the scheme; only 一支部's June is met
  // (the scheme was done late, so it is not on time).
  CHECK(overall["ended"] == 13);
  CHECK(overall["ended_on_time"] == 1);
  CHECK(overall["percent"] == 8);
  CHECK(overall["percent_text"] == "8%");
  auto rules = f.context("2022-06-30")["progress"]["rules"];
  REQUIRE(rules.size() == 3);
  CHECK(rules[1]["requirement"] == "每个支部每月至少1次");
  CHECK(rules[1]["required"] == 12);
  CHECK(rules[1]["done"] == 1);
  CHECK(rules[1]["state"] == "未按期完成");
  CHECK(rules[2]["requirement"] == "一支部于2022-03-31前完成");
  CHECK(rules[2]["state"] == "逾期完成");
}

TEST_CASE("who: done entries and what is still owed") {
  Fixture f;
  auto who = f.context("2022-06-30", "甲")["who"];
  CHECK(who["kind"] == "person");
  CHECK(who["roles_text"] == "书记");
  CHECK(who["done_count"] == 2);
  CHECK(who["owed_count"] == 1);
  CHECK(who["owed"][0]["rule"] == "lecture");
  CHECK(who["has_owed"] == true);
}
