// The text reports rendered in process from the report fixture (report_fixture.h): status and
// gaps, in Chinese and in English, unlimited and fitted to a narrow terminal (golden files).
#include <doctest/doctest.h>

#include <sstream>

#include "present/report_fixture.h"
#include "present/text_width.h"
#include "support/golden.h"

using namespace plancheck;
using plancheck::testing::golden;

namespace {

const Languages kChinese{Language::zh, Language::zh};
const Languages kEnglish{Language::en, Language::en};

// The lines of `text` wider than `columns` (by display width).
std::vector<std::string> wider_than(const std::string& text, int columns) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    if (display_width(line) > columns) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("text report in process: status in Chinese and English (golden)") {
  ReportFixture fixture;
  Report status = fixture.report(ReportKind::status);
  std::string chinese = rendered(status, Format::text, kChinese);
  CHECK(chinese == golden("fixture-status-2022-07-15.txt", chinese));
  CHECK(chinese.find("测试计划\n") == 0);
  std::string english = rendered(status, Format::text, kEnglish);
  CHECK(english == golden("fixture-status-2022-07-15-en.txt", english));
  CHECK(english != chinese);
}

TEST_CASE("text report in process: the gap report in Chinese and English (golden)") {
  ReportFixture fixture;
  Report gaps = fixture.report(ReportKind::gaps, {}, {}, true);
  std::string chinese = rendered(gaps, Format::text, kChinese);
  CHECK(chinese == golden("fixture-check-2022-07-15.txt", chinese));
  std::string english = rendered(gaps, Format::text, kEnglish);
  CHECK(english == golden("fixture-check-2022-07-15-en.txt", english));
  // Only what needs attention: the met lecture of 张三 is not listed.
  CHECK(chinese.find("张三") == std::string::npos);
  CHECK(chinese.find("李四") != std::string::npos);
}

// English words are wider ("169 days left"): the English tables fit from about 70 columns.
TEST_CASE("text report in process: fitted to a narrow terminal, tables cut with … (golden)") {
  ReportFixture fixture;
  Report status = fixture.report(ReportKind::status);
  struct Narrow {
    Languages languages;
    int width;
    std::string golden_name;
  };
  for (const Narrow& narrow : {Narrow{kChinese, 60, "fixture-status-2022-07-15-width-60.txt"},
                               Narrow{kEnglish, 72, "fixture-status-2022-07-15-width-72-en.txt"}}) {
    CAPTURE(narrow.golden_name);
    std::string text = rendered(status, Format::text, narrow.languages, narrow.width);
    CHECK(text == golden(narrow.golden_name, text));
    CHECK(text.find("…") != std::string::npos);
    CHECK(rendered(status, Format::text, narrow.languages).find("…") == std::string::npos);
    std::vector<std::string> too_wide;
    for (const auto& line : wider_than(text, narrow.width))
      if (line.starts_with("  ")) too_wide.push_back(line);  // tables and headings fit; titles may wrap
    CHECK(too_wide == std::vector<std::string>{});
  }
}
