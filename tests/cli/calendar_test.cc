// End-to-end: `plancheck agenda --format ics`, read back by an independent parser (python3-icalendar,
// tests/tools/ics_events.py) and compared with `agenda --format json` and `status --format json`
// of the same plan on the same day.
#include <doctest/doctest.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "model/date.h"
#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

namespace plancheck {

using namespace testing;
using nlohmann::json;

namespace {

constexpr double kSecondsPerDay = 24 * 60 * 60;

// Debian's python3, which python3-icalendar is installed for.
json read_calendar(const std::string& file) {
  Run parsed = run_program({"/usr/bin/python3", "tests/tools/ics_events.py", file});
  REQUIRE_MESSAGE(parsed.exit_code == 0, parsed.err);
  return json::parse(parsed.out);
}

json calendar_of(const TempFolder& scratch, const std::vector<std::string>& extra) {
  std::vector<std::string> arguments{"agenda", kSeed, "--format", "ics", "-o", scratch / "待办.ics"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  Run run = run_plancheck(arguments);
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  return read_calendar(scratch / "待办.ics");
}

json json_of(const std::vector<std::string>& arguments) {
  Run run = run_plancheck(arguments);
  REQUIRE_MESSAGE(run.exit_code <= 1, run.err);
  return json::parse(run.out);
}

// A result's deadline in the JSON: its own when it has one, else its period's end.
std::string deadline_of(const json& result) {
  return result.contains("deadline") ? result["deadline"] : result["period"]["end"];
}

// What the calendar's categories call each status the JSON names.
const std::map<std::string, std::string> kStatusWords{
    {"overdue", "逾期"}, {"open", "进行中"}, {"upcoming", "未开始"}, {"met", "已完成"}, {"late", "逾期完成"}};

// "第一支部 2022年6月 2022-06-30 已完成": what both outputs say of a quota. Two quotas of a
// subject in one period (two activities) share it, so the tests compare counts.
std::string key_of(const std::string& subject, const std::string& period_label, const std::string& deadline,
                   const std::string& status_word) {
  return subject + " " + period_label + " " + deadline + " " + status_word;
}

}  // namespace

TEST_CASE("agenda --format ics: an event on each agenda row's deadline, with a reminder, and the done ones marked") {
  TempFolder scratch;
  json calendar = calendar_of(scratch, {"--as-of", "2022-06-30"});
  CHECK(calendar["version"] == "2.0");
  CHECK(calendar["name"] == "2022年市外办机关党建工作要点 待办");
  json agenda = json_of({"agenda", kSeed, "--as-of", "2022-06-30", "--format", "json"});
  json status = json_of({"status", kSeed, "--as-of", "2022-06-30", "--format", "json"});

  std::map<std::string, int> events;
  for (const json& event : calendar["events"]) {
    std::string summary = event["summary"];
    REQUIRE(event["categories"].size() == 1);
    std::string status_word = event["categories"][0];
    // The summary names the subject first, after the status when it is not simply owed.
    bool owed = status_word == "进行中" || status_word == "未开始";
    CHECK(summary.starts_with(owed ? "" : "【" + status_word + "】"));
    std::string subject = summary.substr(owed ? 0 : summary.find("】") + 3);
    subject = subject.substr(0, subject.find("："));
    std::string period = summary.substr(summary.rfind("（") + 3);
    period = period.substr(0, period.rfind("，"));
    ++events[key_of(subject, period, event["start"], status_word)];
    CHECK(event["description"].get<std::string>().find("周期：" + period + "（") != std::string::npos);
    // All-day: the deadline's day, free (a deadline is not a meeting).
    CHECK(format_date(*parse_date(event["start"].get<std::string>()) + std::chrono::days(1)) == event["end"]);
    CHECK(event["transparent"] == true);
    CHECK(event["stamp"] == "2022-06-30T00:00:00+00:00");
    // What is still owed reminds 3 days before, at 09:00; what is overdue or done does not.
    if (!owed) {
      CHECK(event["alarms"].empty());
      continue;
    }
    REQUIRE(event["alarms"].size() == 1);
    CHECK(event["alarms"][0]["action"] == "DISPLAY");
    CHECK(event["alarms"][0]["trigger"] == -3 * kSecondsPerDay + 9 * 3600);
    CHECK(event["alarms"][0]["description"] == summary + "——剩 3 天");
  }

  // The events are the agenda's rows and the quotas done whose deadline is at most the window
  // (30 days) before the as-of date.
  std::map<std::string, int> expected;
  for (const json& row : agenda["results"])
    ++expected[key_of(row["subject"], row["period"]["label"], deadline_of(row), kStatusWords.at(row["status"]))];
  int done = 0;
  for (const json& result : status["results"]) {
    if ((result["status"] != "met" && result["status"] != "late") || deadline_of(result) < "2022-05-31") continue;
    ++done;
    ++expected[key_of(result["subject"], result["period"]["label"], deadline_of(result), kStatusWords.at(result["status"]))];
  }
  CHECK(done > 10);
  CHECK(events == expected);
}

TEST_CASE("agenda --format ics: the same inputs give the same file, and a later day keeps each quota's UID") {
  TempFolder scratch;
  Run first = run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--format", "ics"});
  Run again = run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--format", "ics"});
  CHECK(first.out == again.out);

  std::map<std::string, json> june;
  json june_calendar = calendar_of(scratch, {"--as-of", "2022-06-30"});
  for (const json& event : june_calendar["events"]) june[event["uid"].get<std::string>()] = event;
  json july = calendar_of(scratch, {"--as-of", "2022-07-15"});
  std::size_t kept = 0;
  std::set<std::string> uids;
  for (const json& event : july["events"]) {
    std::string uid = event["uid"];
    CHECK(uids.insert(uid).second);
    CHECK(event["uid"].get<std::string>().starts_with("fao-2022-"));
    CHECK(event["uid"].get<std::string>().ends_with("@plancheck"));
    auto same = june.find(uid);
    if (same == june.end()) continue;
    ++kept;
    // The same quota: same deadline, and a newer revision of it.
    CHECK(same->second["start"] == event["start"]);
    CHECK(event["sequence"].get<int>() > same->second["sequence"].get<int>());
  }
  // The year's quotas and the third quarter's are in both.
  CHECK(kept >= 20);
}

TEST_CASE("agenda --format ics: long Chinese lines fold at 75 octets, never inside a character, with CRLF") {
  TempFolder scratch;
  json calendar = calendar_of(scratch, {"--as-of", "2022-06-30"});
  CHECK(calendar["crlf"] == true);
  CHECK(calendar["longest_line"].get<int>() <= 75);
  CHECK(calendar["folded_lines"].get<int>() > 100);
  CHECK(calendar["whole_utf8"] == true);
  // Unfolded, a description is the whole text, its quote included.
  bool quoted = false;
  for (const json& event : calendar["events"])
    quoted |= event["description"].get<std::string>().find("要点原文：“全年党组书记、班子成员、支部书记上党课每人不少于1次”") !=
              std::string::npos;
  CHECK(quoted);
}

TEST_CASE("agenda --format ics --remind: how long before the deadline it reminds, and in English with --lang en") {
  TempFolder scratch;
  json week = calendar_of(scratch, {"--as-of", "2022-06-30", "--remind", "1w", "--lang", "en"});
  bool reminded = false;
  for (const json& event : week["events"]) {
    for (const json& alarm : event["alarms"]) {
      reminded = true;
      CHECK(alarm["trigger"] == -7 * kSecondsPerDay + 9 * 3600);
    }
    CHECK(event["description"].get<std::string>().find("Period: ") != std::string::npos);
  }
  CHECK(reminded);
  json same_day = calendar_of(scratch, {"--as-of", "2022-06-30", "--remind", "0d"});
  for (const json& event : same_day["events"])
    for (const json& alarm : event["alarms"]) CHECK(alarm["trigger"] == 9 * 3600);
}

TEST_CASE("agenda --remind must be days or weeks, and then the calendar file is not written") {
  TempFolder scratch;
  Run run = run_plancheck({"agenda", kSeed, "--format", "ics", "--remind", "三天", "-o", scratch / "待办.ics"},
                          {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--remind '三天' 不是天数或周数") != std::string::npos);
  CHECK(run.err.find("例如 --remind 3d 或 --remind 1w") != std::string::npos);
  CHECK(!std::filesystem::exists(std::filesystem::path(scratch / "待办.ics")));
}

}  // namespace plancheck
