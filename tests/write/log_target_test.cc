#include "write/log_target.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/files.h"
#include "support/temp_folder.h"
#include "write/small_plan.h"

namespace plancheck {

namespace {

Plan plan_in(const testing::TempFolder& scratch, std::vector<std::string> logs) {
  Plan plan = testing::small_plan();
  plan.file = scratch / "plan.yaml";
  plan.logs = std::move(logs);
  return plan;
}

const Date kJune15 = *parse_date("2022-06-15");

}  // namespace

TEST_CASE("by default, the month's file in the plan's first logs folder, whether or not it exists yet") {
  testing::TempFolder scratch;
  Plan plan = plan_in(scratch, {"log", "more"});
  CHECK(choose_log_file(plan, kJune15, "").file == scratch / "log/2022-06.yaml");
  std::filesystem::create_directories(scratch / "log");
  LogTarget target = choose_log_file(plan, *parse_date("2022-11-30"), "");
  CHECK(target.file == scratch / "log/2022-11.yaml");
  CHECK(target.error.en == "");
}

TEST_CASE("a plan whose first log is a file appends to that file") {
  testing::TempFolder scratch;
  CHECK(choose_log_file(plan_in(scratch, {"ledger.yaml"}), kJune15, "").file == scratch / "ledger.yaml");
  testing::write_file(scratch / "台账", "");
  CHECK(choose_log_file(plan_in(scratch, {"台账"}), kJune15, "").file == scratch / "台账");
}

TEST_CASE("a plan relative to the working directory gives a relative file") {
  Plan plan = testing::small_plan();
  plan.file = "plans/x/plan.yaml";
  CHECK(choose_log_file(plan, kJune15, "").file == "plans/x/log/2022-06.yaml");
}

TEST_CASE("--file must be a file the plan reads") {
  testing::TempFolder scratch;
  Plan plan = plan_in(scratch, {"log", "extra.yaml"});
  CHECK(choose_log_file(plan, kJune15, scratch / "log/sub/2022.yaml").error.en == "");
  CHECK(choose_log_file(plan, kJune15, scratch / "extra.yaml").error.en == "");
  LogTarget outside = choose_log_file(plan, kJune15, scratch / "other.yaml");
  CHECK(outside.error.en == "--file " + scratch / "other.yaml" + " is not among this plan's logs, so plancheck would never read it");
  CHECK(outside.hint.en == "the plan reads its ledger from " + scratch / "log" + ", " + scratch / "extra.yaml" +
                            " (see 'logs' in " + plan.file + ")");
  LogTarget not_yaml = choose_log_file(plan, kJune15, scratch / "log/notes.txt");
  CHECK(not_yaml.error.en == "--file " + scratch / "log/notes.txt" + " is not a .yaml or .yml file, so plancheck would never read it");
  CHECK(not_yaml.hint.en == "name the file like log/2022-06.yaml");
}

TEST_CASE("a plan with an empty 'logs' list has nowhere to append") {
  Plan plan = testing::small_plan();
  plan.logs = {};
  LogTarget target = choose_log_file(plan, kJune15, "");
  CHECK(target.error.en == "plan.yaml lists no log files or folders in 'logs'");
  CHECK(target.hint.en == "write e.g. 'logs: [log]' in 'plan'");
}

}  // namespace plancheck
