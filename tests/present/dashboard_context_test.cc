#include "present/dashboard_context.h"

#include <doctest/doctest.h>

#include "present/json_report.h"
#include "present/report_fixture.h"

using namespace plancheck;
using nlohmann::ordered_json;

namespace {

ordered_json context_of(const Report& report, Language language = Language::zh) {
  return dashboard_context(report, RenderOptions{Languages{language, language}, Style{}, 0});
}

}  // namespace

TEST_CASE("the dashboard's context holds the JSON report's fields unchanged, and the page's words beside them") {
  ReportFixture fixture;
  Report report = fixture.report(ReportKind::status);
  RenderOptions options{Languages{}, Style{}, 0};
  ordered_json json = report_json(report, report.rows, options);
  ordered_json context = dashboard_context(report, options);
  for (const auto& [key, value] : json.items()) {
    CAPTURE(key);
    CHECK(context[key] == value);
  }
  CHECK(context["lang"] == "zh-CN");
  CHECK(context["page"]["title"] == "测试计划");
  CHECK(context["page"]["heading"] == "完成情况，截至 2022-07-15");
  CHECK(context["page"]["is_status"] == true);
  CHECK(context_of(report, Language::en)["lang"] == "en");
}

TEST_CASE("the dashboard's rows are the JSON results plus their words, and the gaps come overdue first, then late, then open") {
  ReportFixture fixture;
  ordered_json context = context_of(fixture.report(ReportKind::status));
  const ordered_json& first = context["sections"][0]["items"][0]["rows"][1];
  CHECK(first["subject"] == "李四");
  CHECK(first["status"] == "overdue");
  CHECK(first["status_label"] == "逾期");
  CHECK(first["activity_label"] == "讲党课");
  CHECK(first["done_text"] == "0/1");
  CHECK(first["due"] == "2022-06-30");
  CHECK(first["item_heading"] == "2. 突出理论武装铸魂");
  std::vector<std::string> gaps;
  for (const auto& row : context["gaps"]) gaps.push_back(row["status"].get<std::string>() + " " +
                                                         row["subject"].get<std::string>() + " " +
                                                         row["due"].get<std::string>());
  CHECK(gaps == std::vector<std::string>{"overdue 李四 2022-06-30", "late 一支部 2022-06-30", "open 一支部 2022-07-31",
                                         "open 张三 2022-12-31", "open 李四 2022-12-31"});
  CHECK(context["has_gaps"] == true);
}

TEST_CASE("the status bar's segments follow one another and add up to the whole, with a bar per section") {
  ReportFixture fixture;
  ordered_json context = context_of(fixture.report(ReportKind::status));
  const ordered_json& chart = context["status_chart"];
  CHECK(chart["total"] == 12);  // 2 met, 1 late, 1 overdue, 3 open, 5 upcoming
  double x = 0;
  std::vector<int> counts;
  for (const auto& segment : chart["segments"]) {
    CHECK(segment["x"].get<double>() == doctest::Approx(x).epsilon(0.002));
    x += segment["width"].get<double>();
    counts.push_back(segment["count"]);
  }
  CHECK(counts == std::vector<int>{2, 1, 1, 3, 5});
  CHECK(x == doctest::Approx(100).epsilon(0.002));
  const ordered_json& sections = context["section_chart"]["bars"];
  REQUIRE(sections.size() == 2);
  CHECK(sections[0]["heading"] == "一、政治建设");
  CHECK(sections[0]["percent"] == 25);  // 1 of 4 started: 张三 and 李四, each half
  CHECK(sections[0]["text"] == "完成 25%（1/4）");
  CHECK(sections[0]["state"] == "overdue");
  CHECK(sections[1]["heading"] == "二");  // a section without a title
  CHECK(sections[1]["percent"] == 66);  // June's meeting and the list done late, of three started (July open)
}

TEST_CASE("the dashboard's filter lists each person or unit once and only the statuses there are") {
  ReportFixture fixture;
  ordered_json filter = context_of(fixture.report(ReportKind::gaps))["filter"];
  std::vector<std::string> names;
  for (const auto& subject : filter["subjects"]) names.push_back(subject["name"]);
  CHECK(names == std::vector<std::string>{"李四", "张三", "一支部"});
  std::vector<std::string> statuses;
  for (const auto& status : filter["statuses"]) statuses.push_back(status["key"]);
  CHECK(statuses == std::vector<std::string>{"overdue", "open", "late"});
  CHECK(filter["row_count"] == 5);
}

TEST_CASE("the gap report's dashboard charts every quota in scope, not only the gaps it lists") {
  ReportFixture fixture;
  ordered_json context = context_of(fixture.report(ReportKind::gaps));
  CHECK(context["page"]["heading"] == "差距报告，截至 2022-07-15");
  CHECK(context["status_chart"]["total"] == 12);
  CHECK(context["section_chart"]["bars"].size() == 2);
  CHECK_FALSE(context.contains("gaps"));
}
