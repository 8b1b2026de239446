// End-to-end: the default as-of date of the reports and the default date of `log` are both the
// local day (TZ), here at 02:00 in Beijing on 1 July 2022, when it is still 30 June in UTC. The
// clock is set with faketime (scripts/setup.sh installs it).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

// 2022-07-01 02:00 in Beijing (UTC+8) is 2022-06-30 18:00 in UTC.
const char* const kBeijingSmallHours = "2022-07-01 02:00:00 +0800";

// Runs plancheck in `folder` with the clock at kBeijingSmallHours and TZ set to `zone`.
Run at_two_in_beijing(const TempFolder& folder, const std::vector<std::string>& arguments,
                      const std::string& zone = "Asia/Shanghai") {
  REQUIRE_MESSAGE(found_on_path("faketime"), "faketime is missing: run scripts/setup.sh");
  const char* sanitizer_options = std::getenv("ASAN_OPTIONS");  // libfaketime is preloaded before ASan's runtime
  return run_plancheck(arguments,
                       {.environment = {{"TZ", zone},
                                        {"ASAN_OPTIONS", std::string(sanitizer_options ? sanitizer_options : "") +
                                                             ":verify_asan_link_order=0"}},
                        .directory = folder.path(),
                        .wrapper = {"faketime", kBeijingSmallHours}});
}

// The status of the first branch's June branch-committee meeting in a check's JSON, or "" when
// the check does not list it.
std::string june_meeting_status(const nlohmann::json& check) {
  for (const auto& result : check["results"])
    if (result["activity"] == "支委会" && result["subject"] == "第一支部" && result["period"]["end"] == "2022-06-30")
      return result["status"];
  return "";
}

}  // namespace

TEST_CASE("at 02:00 on 1 July in Beijing, check's default as-of date is 1 July and June's quotas are overdue") {
  TempFolder folder;
  copy_seed(folder);
  // The first branch's June meeting left out of the ledger: its June quota is unmet.
  std::string june = read_file(folder / kJune);
  std::size_t start = june.find("- date: 2022-06-06\n"), end = june.find("- date: 2022-06-07\n");
  REQUIRE(june.substr(start, end - start).find("  by: 第一支部\n") != std::string::npos);
  write_file(folder / kJune, june.erase(start, end - start));

  Run beijing = at_two_in_beijing(folder, {"check", kSeedCopy, "--format", "json"});
  CHECK(beijing.exit_code == 1);
  // The seed's later entries are after that day: warned about, and nothing else.
  CHECK(beijing.err.find(": error:") == std::string::npos);
  CHECK(beijing.err.find("fao-2022/log/2022-07.yaml:12:9: warning: 2022-07-06 is after today (2022-07-01)") == 0);
  auto local = nlohmann::json::parse(beijing.out);
  CHECK(local["as_of"] == "2022-07-01");
  CHECK(june_meeting_status(local) == "overdue");

  // The same moment in UTC is still 30 June: the quota is open, and the clock really was set.
  auto utc = nlohmann::json::parse(at_two_in_beijing(folder, {"check", kSeedCopy, "--format", "json"}, "UTC").out);
  CHECK(utc["as_of"] == "2022-06-30");
  CHECK(june_meeting_status(utc) == "open");
}

TEST_CASE("at 02:00 on 1 July in Beijing, log dates its entry 1 July and check counts it that day") {
  TempFolder folder;
  copy_seed(folder);
  const std::string july = "fao-2022/log/2022-07.yaml";
  std::string before = read_file(folder / july);
  Run logged = at_two_in_beijing(folder, log_args({"--activity", "党课", "--by", "陈立新", "--title", "凌晨补记"}));
  std::string entry = "- date: 2022-07-01\n  activity: 党课\n  by: 陈立新\n  title: 凌晨补记\n";
  CHECK(logged.exit_code == 0);
  CHECK(logged.err == "");
  CHECK(logged.out == "Appended to " + july + ":" + std::to_string(std::count(before.begin(), before.end(), '\n') + 1) +
                          "\n" + entry);
  CHECK(read_file(folder / july) == before + entry);

  auto status = nlohmann::json::parse(
      at_two_in_beijing(folder, {"status", kSeedCopy, "--who", "陈立新", "--format", "json"}).out);
  CHECK(status["as_of"] == "2022-07-01");
  bool counted = false;
  for (const auto& result : status["results"])
    for (const auto& entry : result["entries"])
      if (entry["date"] == "2022-07-01" && entry["file"] == "fao-2022/log/2022-07.yaml") counted = true;
  CHECK(counted);
}
