// golden(): compares, rewrites with UPDATE_GOLDEN=1, and refuses to rewrite in CI.
#include "support/golden.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"
#include "support/test_suite.h"

using namespace plancheck::testing;

namespace {

// No comma in it: --test-case= reads commas as separators.
const char* const kSampleCase = "golden: a sample golden file in the mode the environment says";

}  // namespace

TEST_CASE("golden: the mode follows UPDATE_GOLDEN and CI") {
  CHECK(golden_mode(nullptr, nullptr) == GoldenMode::compare);
  CHECK(golden_mode("0", nullptr) == GoldenMode::compare);
  CHECK(golden_mode("yes", nullptr) == GoldenMode::compare);
  CHECK(golden_mode("1", nullptr) == GoldenMode::rewrite);
  CHECK(golden_mode("1", "true") == GoldenMode::refused);
  CHECK(golden_mode("1", "") == GoldenMode::refused);
  CHECK(golden_mode(nullptr, "true") == GoldenMode::compare);
}

TEST_CASE("golden: compare reads the file, rewrite replaces it first") {
  TempFolder folder;
  folder.write("sample.txt", "old\n");
  CHECK(golden_in(folder.path(), "sample.txt", "new\n", GoldenMode::compare) == "old\n");
  CHECK(read_file(folder / "sample.txt") == "old\n");
  CHECK(golden_in(folder.path(), "sample.txt", "new\n", GoldenMode::rewrite) == "new\n");
  CHECK(read_file(folder / "sample.txt") == "new\n");
  CHECK(golden_in(folder.path(), "missing.txt", "x", GoldenMode::compare) == "");
}

// Run by the next test in a process of its own, with PLANCHECK_GOLDEN_SAMPLE naming the folder.
TEST_CASE(kSampleCase) {
  TempFolder own;
  const char* given = std::getenv("PLANCHECK_GOLDEN_SAMPLE");
  std::filesystem::path folder = given ? std::filesystem::path(given) : own.path();
  if (!given) own.write("sample.txt", "old\n");
  GoldenMode mode = golden_mode(std::getenv("UPDATE_GOLDEN"), std::getenv("CI"));
  CHECK(golden_in(folder, "sample.txt", "new\n", mode) == (mode == GoldenMode::rewrite ? "new\n" : "old\n"));
}

TEST_CASE("golden: UPDATE_GOLDEN=1 rewrites a golden file, and in CI fails loudly instead, writing nothing") {
  TempFolder folder;
  std::string sample = folder.write("sample.txt", "old\n");
  auto written = std::filesystem::last_write_time(sample);
  std::vector<std::string> one_case{test_program(), std::string("--test-case=") + kSampleCase, "--no-version"};

  Run in_ci = run_program(one_case, {.environment = {{"UPDATE_GOLDEN", "1"},
                                                     {"CI", "true"},
                                                     {"PLANCHECK_GOLDEN_SAMPLE", folder.path().string()}}});
  CHECK(in_ci.exit_code != 0);
  CHECK_MESSAGE(in_ci.out.find("UPDATE_GOLDEN=1 while CI is set: golden files are never rewritten in CI, so " +
                               sample + " was left alone.") != std::string::npos,
                in_ci.out);
  CHECK(read_file(sample) == "old\n");
  CHECK(std::filesystem::last_write_time(sample) == written);

  Run at_home = run_program(
      one_case, {.environment = {{"UPDATE_GOLDEN", "1"}, {"PLANCHECK_GOLDEN_SAMPLE", folder.path().string()}}});
  CHECK_MESSAGE(at_home.exit_code == 0, at_home.out);
  CHECK(at_home.out.find("test cases: 1 | 1 passed") != std::string::npos);
  CHECK(read_file(sample) == "new\n");
}
