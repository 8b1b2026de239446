// End-to-end tests of --output (-o) on the commands that print a report.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <vector>

#include "cli/run.h"

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

std::filesystem::path temp_folder() {
  auto folder = std::filesystem::temp_directory_path() / ("plancheck-output-" + std::to_string(getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

}  // namespace

TEST_CASE("--output writes exactly what stdout would carry, prints nothing there, keeps the exit code") {
  auto folder = temp_folder();
  std::string file = (folder / "报告.txt").string();
  for (const std::string& command : std::vector<std::string>{
           "check " + kSeed + " --as-of 2022-06-30", "check " + kSeed + " --as-of 2022-06-30 --format junit",
        "status " + kSeed + " --as-of 2022-06-30 --format json", "status " + kSeed + " --as-of 2022-06-30 --who 吴建平",
        "validate " + kSeed, "validate " + kSeed + " --format json", "agenda " + kSeed + " --as-of 2022-06-30",
        "agenda " + kSeed + " --as-of 2022-06-30 --format json", std::string("schema log"), std::string("schema")}) {
    CAPTURE(command);
    Run piped = run_plancheck(command);
    for (const std::string& option : std::vector<std::string>{" --output '" + file + "'", " -o '" + file + "'"}) {
      std::filesystem::remove(file);
      Run written = run_plancheck(command + option);
      CHECK(written.exit_code == piped.exit_code);
      CHECK(written.out == "");
      CHECK(written.err == piped.err + "plancheck: wrote " + file + "\n");
      CHECK(slurp(file) == piped.out);
    }
  }
  CHECK(run_plancheck("check " + kSeed + " --as-of 2022-06-30 -o '" + file + "'").exit_code == 1);
  std::filesystem::remove_all(folder);
}

TEST_CASE("--output: a file is never cut to the terminal's width nor coloured by it") {
  auto folder = temp_folder();
  std::string file = (folder / "status.txt").string();
  Run written = run_plancheck("status " + kSeed + " --as-of 2022-06-30 -o '" + file + "'", "COLUMNS=40");
  CHECK(written.exit_code == 0);
  CHECK(slurp(file) == run_plancheck("status " + kSeed + " --as-of 2022-06-30").out);
  std::filesystem::remove_all(folder);
}

TEST_CASE("--output: invalid files leave an existing report alone; an unwritable path is an error") {
  auto folder = temp_folder();
  std::string file = (folder / "report.txt").string();
  { std::ofstream(file) << "the last good report\n"; }
  Run invalid = run_plancheck("check tests/fixtures/broken/plan.yaml -o '" + file + "'");
  CHECK(invalid.exit_code == 2);
  CHECK(invalid.out == "");
  CHECK(slurp(file) == "the last good report\n");
  // JSON carries the diagnostics on stdout, so the file gets them too.
  Run json = run_plancheck("check tests/fixtures/broken/plan.yaml --format json -o '" + file + "'");
  CHECK(json.exit_code == 2);
  CHECK(slurp(file).find("\"diagnostics\"") != std::string::npos);
  Run missing = run_plancheck("status " + kSeed + " -o '" + (folder / "no/such/folder/x.txt").string() + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out == "");
  CHECK(missing.err.find("plancheck: error: cannot create a temporary file in") != std::string::npos);
  CHECK(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator{}) == 1);
  std::filesystem::remove_all(folder);
}
