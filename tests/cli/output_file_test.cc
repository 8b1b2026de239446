// End-to-end tests of --output (-o) on the commands that print a report.
#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

std::vector<std::string> plus(std::vector<std::string> words, const std::vector<std::string>& more) {
  words.insert(words.end(), more.begin(), more.end());
  return words;
}

}  // namespace

TEST_CASE("--output writes exactly what stdout would carry, prints nothing there, keeps the exit code") {
  TempFolder folder;
  std::string file = folder / "报告.txt";
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"check", kSeed, "--as-of", "2022-06-30"},
                                             {"check", kSeed, "--as-of", "2022-06-30", "--format", "junit"},
                                             {"status", kSeed, "--as-of", "2022-06-30", "--format", "json"},
                                             {"status", kSeed, "--as-of", "2022-06-30", "--who", "吴建平"},
                                             {"validate", kSeed},
                                             {"validate", kSeed, "--format", "json"},
                                             {"agenda", kSeed, "--as-of", "2022-06-30"},
                                             {"agenda", kSeed, "--as-of", "2022-06-30", "--format", "json"},
                                             {"schema", "log"},
                                             {"schema"}}) {
    std::string shown = joined(command);
    CAPTURE(shown);
    Run piped = run_plancheck(command);
    for (const std::string option : {"--output", "-o"}) {
      std::filesystem::remove(file);
      Run written = run_plancheck(plus(command, {option, file}));
      CHECK(written.exit_code == piped.exit_code);
      CHECK(written.out == "");
      CHECK(written.err == piped.err + "plancheck: wrote " + file + "\n");
      CHECK(read_file(file) == piped.out);
    }
  }
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "-o", file}).exit_code == 1);
}

TEST_CASE("--output: a file is never cut to the terminal's width nor coloured by it") {
  TempFolder folder;
  std::string file = folder / "status.txt";
  Run written =
      run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "-o", file}, {.environment = {{"COLUMNS", "40"}}});
  CHECK(written.exit_code == 0);
  CHECK(read_file(file) == run_plancheck({"status", kSeed, "--as-of", "2022-06-30"}).out);
}

TEST_CASE("--output: invalid files leave an existing report alone, an unwritable path is an error") {
  TempFolder folder;
  std::string file = folder.write("report.txt", "the last good report\n");
  Run invalid = run_plancheck({"check", "tests/fixtures/broken/plan.yaml", "-o", file});
  CHECK(invalid.exit_code == 2);
  CHECK(invalid.out == "");
  CHECK(read_file(file) == "the last good report\n");
  // JSON carries the diagnostics on stdout, so the file gets them too.
  Run json = run_plancheck({"check", "tests/fixtures/broken/plan.yaml", "--format", "json", "-o", file});
  CHECK(json.exit_code == 2);
  CHECK(read_file(file).find("\"diagnostics\"") != std::string::npos);
  Run missing = run_plancheck({"status", kSeed, "-o", folder / "no/such/folder/x.txt"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out == "");
  CHECK(missing.err.find("plancheck: error: cannot create a temporary file in") != std::string::npos);
  CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator{}) == 1);
}

TEST_CASE("without --format, the output file's extension picks the format among the command's") {
  TempFolder scratch;
  auto written = [&](std::vector<std::string> arguments, const std::string& file) {
    arguments.insert(arguments.end(), {"-o", (scratch / file)});
    Run run = run_plancheck(arguments);
    REQUIRE_MESSAGE(run.exit_code <= 1, run.err);
    return read_file(scratch / file);
  };
  const std::vector<std::string> status{"status", kSeed, "--as-of", "2022-06-30"};
  CHECK(written(status, "看板.html").starts_with("<!DOCTYPE html>"));
  CHECK(written(status, "看板.HTM").starts_with("<!DOCTYPE html>"));
  CHECK(written(status, "status.json").starts_with("{\n  \"plancheck\": 1,"));
  CHECK(written(status, "status.csv").starts_with("\xEF\xBB\xBF"));
  CHECK(written({"agenda", kSeed, "--as-of", "2022-06-30"}, "待办.ics").starts_with("BEGIN:VCALENDAR\r\n"));
  CHECK(written({"check", kSeed, "--as-of", "2022-06-30"}, "gaps.json").starts_with("{\n"));
  // --format wins; an extension the command has no format for (validate has no page) gives text.
  CHECK(written({"status", kSeed, "--as-of", "2022-06-30", "--format", "text"}, "t.html")
            .starts_with("2022年市外办机关党建工作要点\n"));
  CHECK(written({"status", kSeed, "--as-of", "2022-06-30"}, "status.ics").starts_with("2022年市外办机关党建工作要点\n"));
  CHECK(written({"validate", kSeed}, "validate.html").find("valid (") != std::string::npos);
}
