// End-to-end: evidence (佐证材料) looked for in the plan's folder. `log` refuses a file that is not
// there unless forced, `validate` warns of it, and a rule with `evidence: required` (the seed's
// lectures) counts only entries whose evidence is there, listing the others.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"

namespace plancheck {

using namespace testing;
using nlohmann::json;

namespace {

const std::vector<std::string> kLecture{"--date", "2022-06-16", "--activity", "党课", "--by", "刘振华"};

std::vector<std::string> lecture_with(std::vector<std::string> more) {
  std::vector<std::string> arguments = kLecture;
  arguments.insert(arguments.end(), more.begin(), more.end());
  return log_args(arguments);
}

// 第一支部's third-quarter 支部党员大会 in `status --format json` on 2022-07-31.
json meeting_of(const TempFolder& scratch) {
  Run status = run_plancheck({"status", kSeedCopy, "--as-of", "2022-07-31", "--format", "json"}, {.directory = scratch.path()});
  REQUIRE(status.exit_code <= 1);
  json report = json::parse(status.out);
  for (const json& result : report["results"])
    if (result["rule"] == "branch-general-meeting" && result["subject"] == "第一支部" &&
        result["period"]["start"] == "2022-07-01")
      return result;
  FAIL("no third-quarter meeting for 第一支部");
  throw;
}

std::vector<std::string> meeting(const std::string& date, std::vector<std::string> more = {}) {
  std::vector<std::string> arguments{"--date", date, "--activity", "支部党员大会", "--by", "第一支部"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return log_args(arguments);
}

}  // namespace

TEST_CASE("log refuses evidence that is not in the plan's folder, and takes it with --force") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run refused = run_plancheck(lecture_with({"--evidence", "evidence/2022-06-16-党课签到表.pdf"}),
                              {.environment = {{"LANG", "zh_CN.UTF-8"}}, .directory = scratch.path()});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("错误：佐证材料 'evidence/2022-06-16-党课签到表.pdf' 不存在（在计划所在文件夹 fao-2022 中找不到）") !=
        std::string::npos);
  CHECK(refused.err.find("请核对文件名，或把文件放进计划所在文件夹；链接请写完整，如 https://…；如确需照样记录，请加 --force") !=
        std::string::npos);
  CHECK(read_file(scratch / kJune) == before);

  Run forced = run_plancheck(lecture_with({"--evidence", "evidence/2022-06-16-党课签到表.pdf", "--force"}),
                             {.directory = scratch.path()});
  CHECK(forced.exit_code == 0);
  CHECK(forced.err.find("warning: the evidence 'evidence/2022-06-16-党课签到表.pdf' does not exist") != std::string::npos);
  // validate says so too, at the line that names it.
  Run validate = run_plancheck({"validate", kSeedCopy}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  CHECK(validate.err.find("fao-2022/log/2022-06.yaml:" + std::to_string(std::count(before.begin(), before.end(), '\n') + 4)) != std::string::npos);
  CHECK(validate.err.find("warning: the evidence 'evidence/2022-06-16-党课签到表.pdf' does not exist (it is not in the "
                          "plan's folder, fao-2022)") != std::string::npos);
}

TEST_CASE("evidence: required counts a meeting once its evidence is there, and lists it until then") {
  TempFolder scratch;
  copy_seed(scratch);
  // The seed counts a 支部党员大会 only with its minutes. Without them the meeting is recorded and
  // listed, but does not count.
  REQUIRE(run_plancheck(meeting("2022-07-20"), {.directory = scratch.path()}).exit_code == 0);
  json result = meeting_of(scratch);
  CHECK(result["status"] == "open");
  CHECK(result["done"] == 0);
  REQUIRE(result["lacking_evidence"].size() == 1);
  CHECK(result["lacking_evidence"][0]["date"] == "2022-07-20");
  CHECK(result["lacking_evidence"][0]["file"] == "fao-2022/log/2022-07.yaml");
  int line = result["lacking_evidence"][0]["line"];

  Run text = run_plancheck({"status", kSeedCopy, "--as-of", "2022-07-31", "--item", "5"},
                           {.environment = {{"LANG", "zh_CN.UTF-8"}}, .directory = scratch.path()});
  CHECK(text.out.find("    只计附有佐证材料的记录\n") != std::string::npos);
  CHECK(text.out.find("    第一支部（2022年第三季度）缺佐证材料，未计入：2022-07-20（fao-2022/log/2022-07.yaml:" +
                      std::to_string(line) + "）\n") != std::string::npos);

  // The minutes filed and named: the meeting counts.
  write_file(scratch / "fao-2022/evidence/2022-07-21-第一支部党员大会会议记录.md", "# 会议记录\n");
  REQUIRE(run_plancheck(meeting("2022-07-21", {"--evidence", "evidence/2022-07-21-第一支部党员大会会议记录.md"}),
                        {.directory = scratch.path()})
              .exit_code == 0);
  result = meeting_of(scratch);
  CHECK(result["status"] == "met");
  CHECK(result["entries"].size() == 1);
  CHECK(result["lacking_evidence"].size() == 1);
}

TEST_CASE("the seed plan's evidence is all there: validate warns of nothing") {
  Run validate = run_plancheck({"validate", kSeed});
  CHECK(validate.exit_code == 0);
  CHECK(validate.err == "");
}

}  // namespace plancheck
