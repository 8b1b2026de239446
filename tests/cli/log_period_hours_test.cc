// End-to-end: `plancheck log --for` and `--hours`, on copies of the seed plan in a scratch folder:
// what is written, that it reads back and counts, and the refusals of values that are not a period
// or an amount.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;
using nlohmann::json;

namespace {

const std::string kJanuary2023 = "fao-2022/log/2023-01.yaml";

// Every entry that `status --format json` lists under some result, as "file:line".
std::vector<std::string> counted_entries(const TempFolder& scratch, const std::string& as_of) {
  Run status = run_plancheck({"status", kSeedCopy, "--as-of", as_of, "--format", "json"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(status.exit_code == 0, status.err);
  std::vector<std::string> entries;
  json report = json::parse(status.out);
  for (const json& result : report["results"])
    for (const json& entry : result["entries"])
      entries.push_back(fmt::format("{}:{}", entry["file"].get<std::string>(), entry["line"].get<int>()));
  return entries;
}

bool contains(const std::vector<std::string>& list, const std::string& wanted) {
  return std::find(list.begin(), list.end(), wanted) != list.end();
}

}  // namespace

TEST_CASE("log --for: a 2022 meeting held in January 2023 goes to the 2023-01 file without --force, and counts") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck(log_args({"--date", "2023-01-10", "--for", "2022", "--activity", "党课", "--by", "吴建平",
                                    "--title", "2022年度专题党课"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  std::string entry = "- date: 2023-01-10\n  for: 2022\n  activity: 党课\n  by: 吴建平\n  title: 2022年度专题党课\n";
  CHECK(run.out == fmt::format("Appended to {}:1 (a new file)\n{}", kJanuary2023, entry));
  CHECK(read_file(scratch / kJanuary2023) == entry);
  // The plan reads the file back from its log folder, without a warning.
  Run validate = run_plancheck({"validate", kSeedCopy}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  CHECK(validate.err == "");
  Ledger ledger = read_log_checked(scratch, kJanuary2023, seed_plan(scratch));
  REQUIRE(ledger.entries.size() == 1);
  CHECK(ledger.entries[0].for_period == "2022");
  CHECK(format_date(ledger.entries[0].counted_on()) == "2022-12-31");
  // Known from its date on: not as of 2022-12-31, counted as of 2023-01-31, shown with what it is for.
  CHECK(!contains(counted_entries(scratch, "2022-12-31"), kJanuary2023 + ":1"));
  CHECK(contains(counted_entries(scratch, "2023-01-31"), kJanuary2023 + ":1"));
  // 吴建平 gave no lecture in 2022: the one for 2022 given after its deadline makes the quota late.
  Run status = run_plancheck({"status", kSeedCopy, "--as-of", "2023-01-31", "--format", "json", "--who", "吴建平"},
                             {.directory = scratch.path()});
  json report = json::parse(status.out), lecture;
  for (const json& result : report["results"])
    if (result["rule"] == "lecture-by-leaders") lecture = result;
  CHECK(lecture["status"] == "late");
  CHECK(lecture["entries"] == json::parse(R"([{"date": "2023-01-10", "file": "fao-2022/log/2023-01.yaml", "line": 1,
                                               "for": "2022"}])"));
}

TEST_CASE("log --for last year within the plan, and --hours, written and read back exactly") {
  TempFolder scratch;
  copy_seed(scratch);
  const std::vector<std::pair<std::string, std::string>> hours{{"1.5", "1.5"}, {"0", "0"},      {"32", "32"},
                                                               {"0.25", "0.25"}, {"1.50", "1.5"}, {"007", "7"}};
  const std::vector<std::string> periods{"2021", "2022-H1", "2022-Q3", "2022-06", "2022-12", "2022"};
  for (std::size_t i = 0; i < hours.size(); ++i) {
    const auto& [given, written] = hours[i];
    CAPTURE(given);
    Run run = run_plancheck(log_args({"--date", "2022-06-20", "--for", periods[i], "--activity", "党课", "--by",
                                      "陈立新", "--hours", given, "--tag", std::to_string(i)}),
                            {.directory = scratch.path()});
    REQUIRE_MESSAGE(run.exit_code == 0, run.err);
    CHECK(run.out.ends_with(fmt::format("- date: 2022-06-20\n  for: {}\n  activity: 党课\n  by: 陈立新\n  hours: {}\n"
                                        "  tags: {}\n",
                                        periods[i], written, i)));
    Ledger ledger = read_log_checked(scratch, kJune, seed_plan(scratch));
    const Entry& back = ledger.entries.back();
    CHECK(back.for_period == periods[i]);
    REQUIRE(back.hours);
    CHECK(format_amount(*back.hours) == written);
  }
  CHECK(run_plancheck({"validate", kSeedCopy}, {.directory = scratch.path()}).exit_code == 0);
  // The same entry again is a repeat; with other hours it is not.
  std::vector<std::string> again = log_args({"--date", "2022-06-20", "--for", "2021", "--activity", "党课", "--by",
                                             "陈立新", "--hours", "1.5", "--tag", "0"});
  CHECK(run_plancheck(again, {.directory = scratch.path()}).exit_code == 2);
  again[again.size() - 3] = "1.75";
  CHECK(run_plancheck(again, {.directory = scratch.path()}).exit_code == 0);
}

TEST_CASE("log --for: a period that is not one is refused, in English and Chinese, and nothing is written") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string june = read_file(scratch / kJune);
  for (const char* period : {"2022-H3", "2022年", "22", "2022-6", "H1"}) {
    CAPTURE(period);
    Run run = run_plancheck(log_args({"--date", "2022-06-20", "--for", period, "--activity", "党课", "--by", "陈立新"}),
                            {.directory = scratch.path()});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err == fmt::format("plancheck: error: --for is not a period: {}\n"
                                 "  = help: write a year (2021), a half-year (2022-H1), a quarter (2022-Q3) or a "
                                 "month (2022-06)\n",
                                 period));
  }
  Run chinese = run_plancheck(
      log_args({"--date", "2022-06-20", "--for", "2022-Q5", "--activity", "党课", "--by", "陈立新"}),
      {.environment = {{"LANG", "zh_CN.UTF-8"}}, .directory = scratch.path()});
  CHECK(chinese.exit_code == 2);
  CHECK(chinese.err == "plancheck: 错误：--for：'2022-Q5' 不是周期\n"
                       "  = 提示：写作 2021（全年）、2022-H1（上半年）、2022-Q3（第三季度）或 2022-06（6月）\n");
  CHECK(read_file(scratch / kJune) == june);
}

TEST_CASE("log --hours: what is not an amount is refused, in English and Chinese, and nothing is written") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string june = read_file(scratch / kJune);
  for (const char* hours : {"1,5", "-1", "1.255", "1e3", "两", "1.5学时", ".5"}) {
    CAPTURE(hours);
    Run run = run_plancheck(log_args({"--date", "2022-06-20", "--hours", hours, "--activity", "党课", "--by", "陈立新"}),
                            {.directory = scratch.path()});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err == fmt::format("plancheck: error: --hours is not an amount (a number ≥ 0, at most two decimals): {}\n"
                                 "  = help: e.g. 2, 1.5 or 0.25\n",
                                 hours));
  }
  Run chinese = run_plancheck(
      log_args({"--date", "2022-06-20", "--hours", "一个半", "--activity", "党课", "--by", "陈立新"}),
      {.environment = {{"LANG", "zh_CN.UTF-8"}}, .directory = scratch.path()});
  CHECK(chinese.exit_code == 2);
  CHECK(chinese.err == "plancheck: 错误：--hours：'一个半' 不是数目（不小于 0 的数，最多两位小数）\n"
                       "  = 提示：例如 2、1.5 或 0.25\n");
  CHECK(read_file(scratch / kJune) == june);
  CHECK(!fs::exists(scratch / kJanuary2023));
}

TEST_CASE("log --help lists --for and --hours") {
  Run help = run_plancheck({"log", "--help"}, {.environment = {{"COLUMNS", "400"}}});  // each on one line
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--for") != std::string::npos);
  CHECK(help.out.find("a quarter (2022-Q3) or a month (2022-06); it counts as if held on that period's last day") !=
        std::string::npos);
  CHECK(help.out.find("--hours") != std::string::npos);
}

}  // namespace plancheck
