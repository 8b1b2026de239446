#include "present/ics_report.h"

#include <doctest/doctest.h>

#include <set>

#include "present/report_fixture.h"

using namespace plancheck;

namespace {

// The lines of one event of `calendar`: the one whose SUMMARY starts with `summary`.
std::string event_with(const std::string& calendar, const std::string& summary) {
  std::size_t at = calendar.find("SUMMARY:" + summary);
  REQUIRE_MESSAGE(at != std::string::npos, summary);
  std::size_t begin = calendar.rfind("BEGIN:VEVENT\r\n", at);
  std::size_t end = calendar.find("END:VEVENT\r\n", at);
  return calendar.substr(begin, end + 12 - begin);
}

}  // namespace

TEST_CASE("calendar_uid: the same quota the same UID, another subject or period another") {
  ReportFixture fixture;
  std::set<std::string> uids;
  for (const Result& result : fixture.evaluation.results) {
    std::string uid = calendar_uid(fixture.plan(), result);
    CHECK(uid == calendar_uid(fixture.plan(), result));
    CHECK(uids.insert(uid).second);
  }
  CHECK(calendar_uid(fixture.plan(), fixture.row(0)).starts_with("t-20220601-"));
  CHECK(calendar_uid(fixture.plan(), fixture.row(0)).ends_with("@plancheck"));
  // As of another day the quotas keep their UIDs.
  ReportFixture later("2022-11-30");
  for (const Result& result : later.evaluation.results) CHECK(uids.count(calendar_uid(later.plan(), result)) == 1);
}

TEST_CASE("ics: an open quota is an all-day event on its deadline that reminds 3 days before at 09:00") {
  ReportFixture fixture;
  std::string calendar = rendered(fixture.report(ReportKind::agenda), Format::ics);
  CHECK(calendar.starts_with("BEGIN:VCALENDAR\r\nPRODID:-//plancheck//agenda//EN\r\nVERSION:2.0\r\n"));
  CHECK(calendar.ends_with("END:VCALENDAR\r\n"));
  std::string event = event_with(calendar, "一支部：支委会（2022年7月，0/1）");
  std::string uid;
  for (const Result& result : fixture.evaluation.results)
    if (result.rule->id == "branch-meeting" && format_date(result.period.start) == "2022-07-01")
      uid = calendar_uid(fixture.plan(), result);
  CHECK(event == "BEGIN:VEVENT\r\n"
                 "UID:" + uid + "\r\n"
                 "DTSTAMP:20220715T000000Z\r\n"
                 "LAST-MODIFIED:20220715T000000Z\r\n"
                 "SEQUENCE:19188\r\n"
                 "DTSTART;VALUE=DATE:20220731\r\n"
                 "DTEND;VALUE=DATE:20220801\r\n"
                 "SUMMARY:一支部：支委会（2022年7月，0/1）\r\n"
                 "DESCRIPTION:进行中：完成 0/1，期限 2022-07-31，剩 16 \r\n"
                 " 天\\n对象：一支部\\n活动：支委会\\n周期：2022年7月（2022-0\r\n"
                 " 7-01 至 \r\n"
                 " 2022-07-31）\\n计划项：5\\n要求：每个支部每月至少1次\\n以\r\n"
                 " 上据 2022-07-15 的台账，由 plancheck 生成\r\n"
                 "CATEGORIES:进行中\r\n"
                 "TRANSP:TRANSPARENT\r\n"
                 "STATUS:CONFIRMED\r\n"
                 "BEGIN:VALARM\r\n"
                 "ACTION:DISPLAY\r\n"
                 "TRIGGER:-P2DT15H\r\n"
                 "DESCRIPTION:一支部：支委会（2022年7月，0/1）——剩 3 天\r\n"
                 "END:VALARM\r\n"
                 "END:VEVENT\r\n");
}

TEST_CASE("ics: overdue quotas come first and do not remind, and quotas done in the window are marked done") {
  ReportFixture fixture;
  std::string calendar = rendered(fixture.report(ReportKind::agenda), Format::ics);
  std::string overdue = event_with(calendar, "【逾期】李四：讲党课（2022年上半年，0/1）");
  CHECK(overdue.find("BEGIN:VALARM") == std::string::npos);
  CHECK(calendar.find("【逾期】") < calendar.find("SUMMARY:一支部"));
  // 张三's lecture (deadline 2022-06-30) and the list done late are within 30 days of 2022-07-15.
  std::string met = event_with(calendar, "【已完成】张三：讲党课（2022年上半年，1/1）");
  CHECK(met.find("CATEGORIES:已完成\r\n") != std::string::npos);
  CHECK(met.find("BEGIN:VALARM") == std::string::npos);
  CHECK(event_with(calendar, "【逾期完成】一支部：清单").find("完成日期：2022-07-02") != std::string::npos);
  // The June meeting's deadline (2022-06-30) is in the window too; none before it.
  CHECK(calendar.find("2022年5月") == std::string::npos);
}

TEST_CASE("ics: nothing is written when the inputs have errors") {
  ReportFixture fixture;
  fixture.inputs.diagnostics.push_back(Diagnostic{});
  CHECK(rendered(fixture.report(ReportKind::agenda), Format::ics).empty());
}
