// Text output shows the first 20 diagnostics of a kind and counts the rest in one line;
// --all-diagnostics shows them all, and JSON always carries every one.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

// The seed plan with a month file holding one entry and 30 exact repeats of it.
LaunchOptions seed_with_repeats(const TempFolder& folder) {
  copy_seed(folder);
  std::string entry = "- date: 2022-06-20\n  activity: 支委会\n  by: 第一支部\n  title: 重复记录\n";
  std::string text;
  for (int i = 0; i < 31; ++i) text += entry;
  folder.write("fao-2022/log/repeats.yaml", text);
  return LaunchOptions{.directory = folder.path()};
}

const std::string kRepeat = "warning: this entry repeats the one at fao-2022/log/repeats.yaml:1 exactly";

}  // namespace

TEST_CASE("diagnostics: 20 of a kind in text, then one line counting the rest") {
  TempFolder folder;
  LaunchOptions options = seed_with_repeats(folder);
  Run run = run_plancheck({"check", kSeedCopy, "--as-of", "2022-06-30", "--fail-on", "never", "--lang", "en"}, options);
  CHECK(run.exit_code == 0);
  CHECK(occurrences(run.err, kRepeat) == 20);
  CHECK(run.err.find("plancheck: 10 more warnings like “this entry repeats the one at fao-2022/log/repeats.yaml:1 "
                     "exactly; both count” not shown; --all-diagnostics shows all\n") != std::string::npos);
  CHECK(run.err.ends_with("plancheck: 0 errors, 30 warnings\n"));

  Run zh = run_plancheck({"check", kSeedCopy, "--as-of", "2022-06-30", "--fail-on", "never", "--lang", "zh"}, options);
  CHECK(zh.err.find("plancheck: 另有 10 个同类警告未显示（如“此记录与 fao-2022/log/repeats.yaml:1 的记录完全相同") !=
        std::string::npos);
  CHECK(zh.err.find("；加 --all-diagnostics 显示全部\n") != std::string::npos);
}

TEST_CASE("diagnostics: --all-diagnostics shows every one, before or after the command") {
  TempFolder folder;
  LaunchOptions options = seed_with_repeats(folder);
  Run after = run_plancheck(
      {"check", kSeedCopy, "--as-of", "2022-06-30", "--fail-on", "never", "--lang", "en", "--all-diagnostics"}, options);
  CHECK(occurrences(after.err, kRepeat) == 30);
  CHECK(after.err.find("not shown") == std::string::npos);
  Run before = run_plancheck({"--all-diagnostics", "validate", kSeedCopy, "--lang", "en"}, options);
  CHECK(occurrences(before.err, kRepeat) == 30);
}

TEST_CASE("diagnostics: JSON carries every one") {
  TempFolder folder;
  LaunchOptions options = seed_with_repeats(folder);
  Run run = run_plancheck({"check", kSeedCopy, "--as-of", "2022-06-30", "--fail-on", "never", "--format", "json"}, options);
  REQUIRE(run.exit_code == 0);
  auto json = nlohmann::json::parse(run.out);
  std::size_t repeats = 0;
  for (const auto& diagnostic : json["diagnostics"])
    repeats += diagnostic["file"] == "fao-2022/log/repeats.yaml" && diagnostic["severity"] == "warning";
  CHECK(repeats == 30);
}
