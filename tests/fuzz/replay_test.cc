// Replays every input the fuzzers found a bug with (tests/fuzz/regressions/TARGET/*) through the
// same function the fuzzer calls, so that a fixed bug stays fixed, without clang or libFuzzer.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "fuzz/targets.h"
#include "support/files.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_of(const std::string& target, const char* kind = "regressions") {
  fs::path folder = fs::path(PLANCHECK_SOURCE_DIR) / "tests/fuzz" / kind / target;
  std::vector<fs::path> inputs;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(folder, ignored))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace

TEST_CASE("fuzz regressions: every kept input runs clean through its target") {
  int replayed = 0;
  for (const auto& target : plancheck::fuzz::all_targets()) {
    for (const auto& input : inputs_of(target.name)) {
      CAPTURE(input.string());
      CHECK(target.run(plancheck::testing::read_file(input)) == "");
      ++replayed;
    }
  }
  MESSAGE("replayed " << replayed << " fuzz regression inputs");
}

// Bugs the fuzzers found in files this suite's authors may not change (their owner was told):
// each input is kept in tests/fuzz/known/TARGET/ and checked like a regression, but may fail.
// Once it passes, move it to tests/fuzz/regressions/TARGET/.
TEST_CASE("fuzz known bugs, not fixed yet: every kept input runs clean through its target" * doctest::may_fail()) {
  for (const auto& target : plancheck::fuzz::all_targets())
    for (const auto& input : inputs_of(target.name, "known")) {
      CAPTURE(input.string());
      CHECK(target.run(plancheck::testing::read_file(input)) == "");
    }
}

TEST_CASE("fuzz workspace inputs split at @@log@@ lines") {
  using plancheck::fuzz::split_workspace_input;
  CHECK(split_workspace_input("plan") == std::vector<std::string_view>{"plan"});
  CHECK(split_workspace_input("plan\n@@log@@\nlog one\n@@log@@\nlog two") ==
        std::vector<std::string_view>{"plan\n", "log one\n", "log two"});
  CHECK(split_workspace_input("a @@log@@ b") == std::vector<std::string_view>{"a @@log@@ b"});
  CHECK(split_workspace_input("@@log@@") == std::vector<std::string_view>{"", ""});
}
