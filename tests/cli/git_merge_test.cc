// End-to-end: the .gitattributes `init` writes lets git merge two clerks' entries in the same month
// file, and `validate` finds what such a merge can spoil.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;

namespace {

// A plan repo made by `init`, pushed to a bare origin and cloned twice, as two clerks would have it.
class SharedPlanRepo {
 public:
  SharedPlanRepo() {
    REQUIRE(run_plancheck({"init", "office", "--start", "2022-01-01", "--end", "2022-12-31"},
                          {.directory = scratch_.path()})
                .exit_code == 0);
    REQUIRE(git("office", {"init", "-q"}).exit_code == 0);
    REQUIRE(git("office", {"add", "-A"}).exit_code == 0);
    REQUIRE(git("office", {"commit", "-q", "-m", "init"}).exit_code == 0);
    REQUIRE(git(".", {"clone", "-q", "--bare", "office", "origin.git"}).exit_code == 0);
    REQUIRE(git(".", {"clone", "-q", "origin.git", "first"}).exit_code == 0);
    REQUIRE(git(".", {"clone", "-q", "origin.git", "second"}).exit_code == 0);
  }

  Run git(const std::string& clone, const std::vector<std::string>& arguments) const {
    std::vector<std::string> command{"git",          "-c", "user.name=plancheck", "-c", "user.email=plancheck@example.org",
                                     "-c",           "commit.gpgsign=false",  "-c", "init.defaultBranch=main",
                                     "-c",           "pull.rebase=false"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return run_program(command, {.directory = scratch_ / clone});
  }

  Run log(const std::string& clone, const std::string& date, const std::string& by) const {
    return run_plancheck({"log", "plan.yaml", "--date", date, "--activity", "党课", "--by", by}, {.directory = scratch_ / clone});
  }

  // Commits everything in the clone and pushes it; the second clerk pulls first, which merges.
  void commit_and_push(const std::string& clone, const std::string& message) const {
    REQUIRE(git(clone, {"add", "-A"}).exit_code == 0);
    REQUIRE(git(clone, {"commit", "-q", "-m", message}).exit_code == 0);
    REQUIRE(git(clone, {"push", "-q"}).exit_code == 0);
  }

  std::string path(const std::string& clone, const std::string& file) const { return (scratch_.path() / clone / file).string(); }

 private:
  TempFolder scratch_;
};

}  // namespace

TEST_CASE("two clerks append to the same month file: git merges both entries without a conflict") {
  SharedPlanRepo repo;
  REQUIRE(repo.log("first", "2022-03-01", "张三").exit_code == 0);
  REQUIRE(repo.log("second", "2022-03-02", "李四").exit_code == 0);
  repo.commit_and_push("first", "张三讲党课");
  REQUIRE(repo.git("second", {"add", "-A"}).exit_code == 0);
  REQUIRE(repo.git("second", {"commit", "-q", "-m", "李四讲党课"}).exit_code == 0);
  Run pull = repo.git("second", {"pull", "-q", "--no-edit"});
  CHECK(pull.exit_code == 0);
  CHECK(pull.out.find("CONFLICT") == std::string::npos);

  std::string month = read_file(repo.path("second", "log/2022-03.yaml"));
  CHECK(month.find("by: 张三") != std::string::npos);
  CHECK(month.find("by: 李四") != std::string::npos);
  Run validate = run_plancheck({"validate", "plan.yaml"}, {.directory = repo.path("second", "")});
  CHECK(validate.exit_code == 0);
  CHECK(validate.out == "plan.yaml: valid (1 log file, 2 entries)\n");
}

TEST_CASE("two clerks change the same entry: the merge keeps both lines and validate says what happened") {
  SharedPlanRepo repo;
  REQUIRE(repo.log("first", "2022-03-01", "张三").exit_code == 0);
  repo.commit_and_push("first", "张三讲党课");
  REQUIRE(repo.git("second", {"pull", "-q"}).exit_code == 0);
  std::ofstream(repo.path("first", "log/2022-03.yaml"), std::ios::app) << "  place: 三楼会议室\n";
  std::ofstream(repo.path("second", "log/2022-03.yaml"), std::ios::app) << "  place: 五楼会议室\n";
  repo.commit_and_push("first", "地点");
  REQUIRE(repo.git("second", {"commit", "-q", "-a", "-m", "地点"}).exit_code == 0);
  REQUIRE(repo.git("second", {"pull", "-q", "--no-edit"}).exit_code == 0);

  Run validate = run_plancheck({"validate", "plan.yaml"}, {.directory = repo.path("second", "")});
  CHECK(validate.exit_code == 2);
  CHECK(validate.err.find("log/2022-03.yaml:5:3: error: duplicate key 'place' in this mapping") != std::string::npos);
  CHECK(validate.err.find("two people changed the same entry and git kept both lines") != std::string::npos);
}

TEST_CASE("init keeps a .gitattributes that is there already and says what to add") {
  TempFolder scratch;
  fs::create_directory(scratch.path() / "office");
  std::ofstream(scratch / "office/.gitattributes") << "*.docx binary\n";
  Run run = run_plancheck({"init", "office"}, {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(read_file(scratch / "office/.gitattributes") == "*.docx binary\n");
  CHECK(run.out.find("office/.gitattributes exists and was left as it was. For git to merge entries two people add "
                     "at the same time, add the line: log/*.yaml merge=union\n") != std::string::npos);
}

}  // namespace plancheck
