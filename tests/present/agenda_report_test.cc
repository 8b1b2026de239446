#include "present/agenda_report.h"

#include <doctest/doctest.h>

#include "present/labels.h"
#include "present/report_fixture.h"

using namespace plancheck;

TEST_CASE("the time to a deadline reads the same for every status") {
  CHECK(days_to_deadline_label(5, Language::zh) == "剩 5 天");
  CHECK(days_to_deadline_label(0, Language::zh) == "今天截止");
  CHECK(days_to_deadline_label(-15, Language::zh) == "超期 15 天");
  CHECK(days_to_deadline_label(-1, Language::en) == "1 day overdue");
}

TEST_CASE("agenda text: per subject, soonest deadline first, with the window in the title") {
  ReportFixture fixture;
  CHECK(rendered(fixture.report(ReportKind::agenda), Format::text) ==
        "测试计划\n"
        "待办事项，截至 2022-07-15，含 30 天内（至 2022-08-14）开始的指标\n"
        "\n"
        "李四  逾期 1 · 进行中 1\n"
        "  期限        剩余        状态    活动    周期          完成  计划项\n"
        "  2022-06-30  超期 15 天  逾期    讲党课  2022年上半年   0/1  2. 突出理论武装铸魂\n"
        "  2022-12-31  剩 169 天   进行中  讲党课  2022年下半年   0/1  2. 突出理论武装铸魂\n"
        "\n"
        "一支部  进行中 1 · 未开始 1\n"
        "  期限        剩余      状态    活动    周期       完成  计划项\n"
        "  2022-07-31  剩 16 天  进行中  支委会  2022年7月   0/1  5\n"
        "  2022-08-31  剩 47 天  未开始  支委会  2022年8月   0/1  5\n"
        "\n"
        "张三  进行中 1\n"
        "  期限        剩余       状态    活动    周期          完成  计划项\n"
        "  2022-12-31  剩 169 天  进行中  讲党课  2022年下半年   0/1  2. 突出理论武装铸魂\n"
        "\n"
        "合计 5 项，3 个对象：逾期 1 · 进行中 3 · 未开始 1\n");
}

TEST_CASE("agenda text: nothing owed") {
  ReportFixture early("2022-06-15");
  Query query;
  query.who = "张三";
  query.within_days = 0;
  Report report = early.report(ReportKind::agenda, query);
  CHECK(report.subjects.empty());
  CHECK(rendered(report, Format::text) ==
        "测试计划\n待办事项，截至 2022-06-15\n\n没有待办的指标。\n");
}

TEST_CASE("agenda JSON: the status report's result objects, each with days_left, and the window") {
  ReportFixture fixture;
  Query query;
  query.who = "李四";
  auto json = nlohmann::json::parse(rendered(fixture.report(ReportKind::agenda, query), Format::json));
  CHECK(json["as_of"] == "2022-07-15");
  CHECK(json["within_days"] == 30);
  CHECK(json["window_end"] == "2022-08-14");
  CHECK(json["who"] == "李四");
  CHECK(json["summary"]["overdue"] == 1);
  CHECK(json["summary"]["open"] == 1);
  REQUIRE(json["results"].size() == 2);
  const auto& overdue = json["results"][0];
  CHECK(overdue["status"] == "overdue");
  CHECK(overdue["days_left"] == -15);
  CHECK(overdue["rule"] == "lecture-by-leaders");
  CHECK(overdue["period"]["label"] == "2022年上半年");
  auto ordered = nlohmann::ordered_json::parse(rendered(fixture.report(ReportKind::agenda, query), Format::json));
  std::vector<std::string> keys;
  for (const auto& [key, value] : ordered["results"][0].items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"rule", "section", "item", "activity", "subject", "subject_kind", "period",
                                         "required", "done", "status", "days_left", "entries"});
  CHECK(json["results"][1]["days_left"] == 169);
  CHECK(json["diagnostics"].empty());
}
