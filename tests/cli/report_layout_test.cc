// End-to-end: the status report's progress bars and percentages, and text tables fitted to
// the terminal's width (COLUMNS), with names mixing Chinese and ASCII.
#include <doctest/doctest.h>

#include <sstream>

#include "support/golden.h"
#include "support/launch.h"

using namespace plancheck::testing;
#include "present/text_width.h"

namespace {

// The lines of `text` that belong to headings and tables (they start with a space or a
// section number), which must fit in `columns`; titles and totals may wrap.
std::vector<std::string> too_wide(const std::string& text, int columns) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    if (line.starts_with("  ") && plancheck::display_width(line) > columns) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("status on the seed plan: a bar per item and a percentage per section (golden)") {
  Run run = run_plancheck({"status", kSeed, "--as-of", "2022-06-30"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("seed-status-2022-06-30.txt", run.out));
  CHECK(run.out.find("一、强化政治引领，推进立心铸魂  完成 62%（5/8）\n") != std::string::npos);
  CHECK(run.out.find("  2. 突出理论武装铸魂        ▰▰▰▰▰▱▱▱▱▱ 4/7\n") != std::string::npos);
}

TEST_CASE("status with mixed Chinese and ASCII names: bars line up (golden)") {
  Run run = run_plancheck({"status", kWide, "--as-of", "2022-06-20"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("wide-names-status-2022-06-20.txt", run.out));
}

TEST_CASE("status in a narrow terminal: headings and tables cut with … to fit (golden)") {
  Run run = run_plancheck({"status", kWide, "--as-of", "2022-06-20"}, {.environment = {{"COLUMNS", "60"}}});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("wide-names-status-2022-06-20-columns-60.txt", run.out));
  CHECK(too_wide(run.out, 60) == std::vector<std::string>{});
  // Narrower than the columns that are never cut (dates, counts, days left): as narrow as can be.
  Run narrowest = run_plancheck({"status", kWide, "--as-of", "2022-06-20"}, {.environment = {{"COLUMNS", "30"}}});
  CHECK(narrowest.out.find("\n    逾期  第…   制…   截…    0/1  2022-05-31  超期 20 天\n") != std::string::npos);
}

TEST_CASE("every text report fits a terminal of 60 or 80 columns, and pipes are never cut") {
  for (const char* columns : {"60", "80"})
    for (const auto& [command, plan] : std::vector<std::pair<std::string, std::string>>{
             {"status", kSeed}, {"check", kSeed}, {"agenda", kSeed}, {"status", kWide}, {"agenda", kWide}}) {
      CAPTURE(command);
      CAPTURE(plan);
      CAPTURE(columns);
      Run run = run_plancheck({command, plan, "--as-of", "2022-06-30"}, {.environment = {{"COLUMNS", columns}}});
      CHECK(too_wide(run.out, std::stoi(columns)) == std::vector<std::string>{});
      // English words are wider ("184 days left"): English reports fit from about 70 columns.
      Run english =
          run_plancheck({command, plan, "--as-of", "2022-06-30", "--lang", "en"}, {.environment = {{"COLUMNS", "80"}}});
      CHECK(too_wide(english.out, 80) == std::vector<std::string>{});
    }
  Run piped = run_plancheck({"agenda", kWide, "--as-of", "2022-06-20"});
  CHECK(piped.out.find("…") == std::string::npos);
  CHECK(piped.out.find("2a. A very long item title 一个很长很长的计划项标题") != std::string::npos);
  CHECK(run_plancheck({"check", kSeed, "--as-of", "2022-06-30"}, {.environment = {{"COLUMNS", "0"}}}).out ==
        run_plancheck({"check", kSeed, "--as-of", "2022-06-30"}).out);
}

TEST_CASE("colour in status: bars and percentages by status, alignment unchanged") {
  Run plain = run_plancheck({"status", kWide, "--as-of", "2022-06-20"});
  Run color = run_plancheck({"status", kWide, "--as-of", "2022-06-20", "--color", "always"});
  CHECK(color.out.find("\033[32m▰▰▰▰▰▰") != std::string::npos);
  CHECK(color.out.find("\033[1;31m完成 0%（0/1）\033[0m") != std::string::npos);
  std::string stripped;
  for (std::size_t i = 0; i < color.out.size(); ++i) {
    if (color.out[i] == '\033') {
      i = color.out.find('m', i);
      continue;
    }
    stripped += color.out[i];
  }
  CHECK(stripped == plain.out);
}
