// End-to-end: `plancheck init DIR --from OLD_PLAN`, the seed plan carried into the next year.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/files.h"
#include "support/golden.h"
#include "support/launch.h"
#include "support/seed_copy.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;

namespace {

const std::map<std::string, std::string> kChinese{{"LANG", "zh_CN.UTF-8"}};

}  // namespace

TEST_CASE("init --from carries the seed plan into 2023: what it made and what to review, in Chinese") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string old_plan = read_file(scratch / kSeedCopy);
  Run run = run_plancheck({"init", "fao-2023", "--from", kSeedCopy}, {.environment = kChinese, .directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == golden("init-from-seed.zh.txt", run.out));
  CHECK(read_file(scratch / kSeedCopy) == old_plan);  // the old plan is only read
  CHECK(fs::is_directory(scratch / "fao-2023/log"));
  CHECK(fs::is_empty(scratch / "fao-2023/log"));

  Run validate = run_plancheck({"validate", "fao-2023/plan.yaml"}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  CHECK(validate.out == "fao-2023/plan.yaml: valid (0 log files, 0 entries)\n");
  Run log = run_plancheck({"log", "fao-2023/plan.yaml", "--date", "2023-03-10", "--activity", "党课", "--by", "林晓东"},
                          {.directory = scratch.path()});
  CHECK(log.exit_code == 0);
  Run status = run_plancheck({"status", "fao-2023/plan.yaml", "--as-of", "2023-03-31", "--who", "林晓东", "--format",
                              "json"},
                             {.directory = scratch.path()});
  CHECK(status.exit_code == 0);
  CHECK(status.out.find("\"start\": \"2023-01-01\"") != std::string::npos);
  CHECK(status.out.find("\"status\": \"met\"") != std::string::npos);
  Run gone = run_plancheck({"log", "fao-2023/plan.yaml", "--date", "2023-03-10", "--activity", "党课", "--by", "黄志强"},
                           {.directory = scratch.path()});
  CHECK(gone.exit_code == 2);  // left in 2022: no longer in the plan
}

TEST_CASE("init --from --year and --title, and the year and the dates must be given one way") {
  TempFolder scratch;
  copy_seed(scratch);
  Run later = run_plancheck({"init", "later", "--from", kSeedCopy, "--year", "2025", "--title", "2025年机关党建工作要点"},
                            {.directory = scratch.path()});
  CHECK(later.exit_code == 0);
  CHECK(later.out.starts_with("Created a plan repo: 2025年机关党建工作要点 (2025-01-01 to 2025-12-31)\n"));
  CHECK(read_file(scratch / "later/plan.yaml").find("            due: 2025-03-31\n") != std::string::npos);

  Run with_dates = run_plancheck({"init", "x", "--from", kSeedCopy, "--start", "2023-01-01"}, {.directory = scratch.path()});
  CHECK(with_dates.exit_code == 2);
  CHECK(with_dates.err == "plancheck: error: --start and --end cannot be given with --from\n"
                          "  = help: the new plan's dates are the old plan's moved to the new year: to choose the "
                          "year, use --year 2023\n");
  Run not_a_year = run_plancheck({"init", "x", "--from", kSeedCopy, "--year", "23"}, {.directory = scratch.path()});
  CHECK(not_a_year.exit_code == 2);
  CHECK(not_a_year.err == "plancheck: error: --year 23 is not a year\n"
                          "  = help: write a year of four digits, e.g. --year 2023\n");
  Run year_and_start = run_plancheck({"init", "x", "--year", "2023", "--end", "2023-06-30"}, {.directory = scratch.path()});
  CHECK(year_and_start.exit_code == 2);
  CHECK(year_and_start.err ==
        "plancheck: error: --year cannot be given with --start or --end: give the plan's dates one way\n");
  CHECK(!fs::exists(scratch / "x"));

  Run year_alone = run_plancheck({"init", "y", "--year", "2024"}, {.directory = scratch.path()});
  CHECK(year_alone.exit_code == 0);
  CHECK(year_alone.out.starts_with("Created a plan repo: 2024年工作要点 (2024-01-01 to 2024-12-31)\n"));
}

TEST_CASE("init --from refuses an old plan with errors, and creates nothing") {
  TempFolder scratch;
  write_file(scratch / "old.yaml", "plancheck: 1\nplan:\n  id: x\n  title: 2022年\n  start: 2022-01-01\n  end: 2022-13-31\n");
  Run run = run_plancheck({"init", "new", "--from", "old.yaml"}, {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("old.yaml:6:8: error: ") != std::string::npos);
  CHECK(run.err.ends_with("plancheck: error: the old plan old.yaml has errors, so it cannot be carried over\n"
                          "  = help: correct the errors above first (plancheck validate old.yaml), then run this "
                          "again\n"));
  CHECK(!fs::exists(scratch / "new"));
  Run missing = run_plancheck({"init", "new", "--from", "nowhere.yaml"}, {.directory = scratch.path()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nowhere.yaml") != std::string::npos);
  CHECK(!fs::exists(scratch / "new"));
}

}  // namespace plancheck
