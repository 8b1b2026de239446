// End-to-end tests of `plancheck render -o FILE.docx` (Word through pandoc), of the briefing's
// month and issue date, and of its counts against `status --format json`.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>

#include "support/launch.h"

namespace {

using nlohmann::json;
using namespace plancheck::testing;

// `plancheck render` of the seed's monthly briefing, followed by `more`.
std::vector<std::string> briefing(std::vector<std::string> more) {
  std::vector<std::string> arguments{"render", kSeed, "--template", "templates/monthly-briefing.md.mustache"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return arguments;
}

bool installed(std::initializer_list<const char*> programs) {
  return std::all_of(programs.begin(), programs.end(), [](const char* program) { return found_on_path(program); });
}

LaunchOptions with_environment(std::map<std::string, std::string> environment) {
  LaunchOptions options;
  options.environment = std::move(environment);
  return options;
}

json docx_facts(const std::filesystem::path& file) {
  Run facts = run_program({"python3", PLANCHECK_SOURCE_DIR "/tests/tools/docx_facts.py", file.string()});
  REQUIRE(facts.exit_code == 0);
  return json::parse(facts.out);
}

const json* paragraph_with(const json& facts, const std::string& text) {
  for (const auto& paragraph : facts["paragraphs"])
    if (paragraph["text"].get<std::string>().find(text) != std::string::npos) return &paragraph;
  return nullptr;
}

// How the briefing counts a result of `status --format json` (evaluate/briefing.h, Standing).
std::string standing(const json& result) {
  std::string status = result["status"];
  if (status == "open") return result["days_left"] == 0 ? "missed" : "in_progress";
  if (status == "met") return "done";
  if (status == "late") return "done_late";
  if (status == "overdue") return "missed";
  return "not_started";
}

}  // namespace

TEST_CASE("render -o FILE.docx writes Word in the GB/T 9704 layout") {
  if (!installed({"pandoc", "python3"})) {
    MESSAGE("pandoc is not installed (bash scripts/setup.sh installs it): skipped");
    return;
  }
  TempFolder temp;
  const std::filesystem::path& folder = temp.path();
  auto target = folder / "简报.docx";
  Run run = run_plancheck(briefing({"--month", "2022-06", "-o", target.string()}));
  REQUIRE(run.exit_code == 0);
  CHECK(run.err == "plancheck: wrote " + target.string() + "\n");
  CHECK(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()) == 1);
  json facts = docx_facts(target);

  // A4, margins 37/35/28/26 mm (top/bottom/left/right) in twips.
  CHECK(facts["page"]["w"] == "11906");
  CHECK(facts["page"]["h"] == "16838");
  CHECK(facts["margins"]["top"] == "2098");
  CHECK(facts["margins"]["bottom"] == "1984");
  CHECK(facts["margins"]["left"] == "1588");
  CHECK(facts["margins"]["right"] == "1474");
  // Body: 仿宋 3号 (16 pt = 32 half-points), Latin in Times New Roman, language zh-CN.
  CHECK(facts["default_run"]["fonts"]["eastAsia"] == "仿宋");
  CHECK(facts["default_run"]["fonts"]["ascii"] == "Times New Roman");
  CHECK(facts["default_run"]["fonts"]["hAnsi"] == "Times New Roman");
  CHECK(facts["default_run"]["size"] == "32");
  CHECK(facts["default_run"]["lang"]["val"] == "zh-CN");
  CHECK(facts["default_run"]["lang"]["eastAsia"] == "zh-CN");
  const json& body = facts["styles"]["BodyText"];
  CHECK(body["spacing"]["line"] == "579");  // 28.95 pt
  CHECK(body["spacing"]["lineRule"] == "exact");
  CHECK(body["indent"]["firstLineChars"] == "200");
  // Headings black: 一、 黑体, （一） 楷体, 1. 仿宋 bold.
  CHECK(facts["styles"]["Heading2"]["run"]["fonts"]["eastAsia"] == "黑体");
  CHECK(facts["styles"]["Heading3"]["run"]["fonts"]["eastAsia"] == "楷体");
  CHECK(facts["styles"]["Heading4"]["run"]["fonts"]["eastAsia"] == "仿宋");
  CHECK(facts["styles"]["Heading4"]["run"]["bold"] == true);
  for (int level = 1; level <= 4; ++level)
    CHECK(facts["styles"]["Heading" + std::to_string(level)]["run"]["color"] == "000000");
  // Tables: full width, every border, the header row repeated on each page.
  const json& borders = facts["styles"]["Table"]["table_borders"];
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    CHECK(borders[side]["val"] == "single");
  REQUIRE(facts["tables"].size() == 2);
  for (const auto& table : facts["tables"]) {
    CHECK(table["style"] == "Table");
    CHECK(table["width"]["type"] == "pct");
    CHECK(table["width"]["w"] == "5000");
    CHECK(table["header_repeated"] == true);
  }
  // The per-rule table: the 要求 column is the widest, 应完成 still holds its header in two lines.
  auto columns = facts["tables"][1]["columns"].get<std::vector<int>>();
  REQUIRE(columns.size() == 7);
  CHECK(*std::max_element(columns.begin(), columns.end()) == columns[3]);
  CHECK(columns[4] * 2 >= columns[3] / 4);
  // Page numbers — 1 — from a PAGE field in the footer.
  CHECK(facts["footer"]["text"] == "— 1 —");
  CHECK(facts["footer"]["fields"] == json::array({"PAGE"}));
  // The red masthead over a red rule, and the closing block.
  const json* name = paragraph_with(facts, "机关党建工作简报");
  REQUIRE(name);
  CHECK((*name)["colors"] == json::array({"C00000"}));
  const json* unit = paragraph_with(facts, "中共XX市人民政府外事办公室机关委员会");
  REQUIRE(unit);
  CHECK((*unit)["text"].get<std::string>().find("2022年6月30日") != std::string::npos);
  CHECK((*unit)["borders"] == json::array({"bottom:C00000"}));
  CHECK(paragraph_with(facts, "第6期"));
  for (const char* line : {"报：中共XX市直属机关工作委员会", "送：办党组成员", "发：机关各支部", "（共印20份）"})
    CHECK_MESSAGE(paragraph_with(facts, line), line);
  CHECK((*paragraph_with(facts, "报："))["borders"] == json::array({"top:000000"}));
  CHECK((*paragraph_with(facts, "（共印20份）"))["borders"] == json::array({"bottom:000000"}));
  // No Mermaid source, no bullets: lists are numbered （1）（2）… in the text.
  CHECK_FALSE(paragraph_with(facts, "xychart"));
  CHECK_FALSE(paragraph_with(facts, "<!--"));
  CHECK(facts["numbering_used"] == false);
  CHECK(paragraph_with(facts, "（1）第三支部：2022年4月支部委员会会议应完成1次"));

  if (!installed({"soffice", "pdfinfo"})) {
    MESSAGE("LibreOffice or poppler-utils is not installed (bash scripts/setup.sh installs them): PDF not checked");
  } else {
    LaunchOptions in_folder = with_environment({{"HOME", folder.string()}});
    in_folder.directory = folder;
    REQUIRE(run_program({"soffice", "--headless", "--convert-to", "pdf", "简报.docx"}, in_folder).exit_code == 0);
    std::string info = run_program({"pdfinfo", (folder / "简报.pdf").string()}).out;
    CHECK(info.find("(A4)") != std::string::npos);
    auto pages_at = info.find("Pages:");
    REQUIRE(pages_at != std::string::npos);
    int pages = std::stoi(info.substr(pages_at + 6));
    MESSAGE("the June briefing has " << pages << " pages");
    CHECK(pages >= 3);
    CHECK(pages <= 10);  // the progress table quotes each quota's wording from the plan
  }
}

TEST_CASE("an English plan's Word file is tagged en-US") {
  if (!installed({"pandoc", "python3"})) return;
  TempFolder temp;
  const std::filesystem::path& folder = temp.path();
  REQUIRE(run_plancheck(briefing({"--month", "2022-06", "--lang", "en", "-o", (folder / "b.docx").string()})).exit_code == 0);
  json facts = docx_facts(folder / "b.docx");
  CHECK(facts["default_run"]["lang"]["val"] == "en-US");
  CHECK(facts["default_run"]["lang"]["eastAsia"] == "zh-CN");
}

TEST_CASE("without pandoc, render -o FILE.docx says how to install it, exits 2 and writes nothing") {
  TempFolder temp;
  const std::filesystem::path& folder = temp.path();
  auto target = folder / "简报.docx";
  Run english = run_plancheck(briefing({"--month", "2022-06", "-o", target.string()}), with_environment({{"PATH", "/nonexistent"}}));
  CHECK(english.exit_code == 2);
  CHECK(english.err == "plancheck: error: writing a Word file (.docx) needs pandoc, which is not installed\n"
                       "  = help: install it with: sudo apt-get install pandoc (or run bash scripts/setup.sh in "
                       "plancheck's source folder)\n");
  Run chinese = run_plancheck(briefing({"--month", "2022-06", "-o", target.string()}),
                              with_environment({{"PATH", "/nonexistent"}, {"LANG", "zh_CN.UTF-8"}}));
  CHECK(chinese.exit_code == 2);
  CHECK(chinese.err == "plancheck: 错误：写 Word 文件（.docx）需要 pandoc，本机没有安装\n"
                       "  = 提示：请安装：sudo apt-get install pandoc（或在 plancheck 源码目录运行 bash scripts/setup.sh）\n");
  CHECK(std::filesystem::is_empty(folder));
}

TEST_CASE("a pandoc that fails is reported with its own words, and nothing is written") {
  TempFolder temp;
  const std::filesystem::path& folder = temp.path();
  std::ofstream(folder / "pandoc") << "#!/bin/sh\necho 'Unknown option --lua-filter.' >&2\nexit 2\n";
  std::filesystem::permissions(folder / "pandoc", std::filesystem::perms::owner_all);
  auto target = folder / "out" ;
  std::filesystem::create_directories(target);
  Run run = run_plancheck(briefing({"--month", "2022-06", "-o", (target / "b.docx").string()}),
                          with_environment({{"PATH", folder.string()}}));
  CHECK(run.exit_code == 2);
  CHECK(run.err == "plancheck: error: pandoc could not make the Word file: Unknown option --lua-filter.\n"
                   "  = help: plancheck needs pandoc 2.17 or newer (see pandoc --version)\n");
  CHECK(std::filesystem::is_empty(target));
}

TEST_CASE("a month outside the plan is refused") {
  Run after = run_plancheck(briefing({"--month", "2025-06"}));
  CHECK(after.exit_code == 2);
  CHECK(after.out == "");
  CHECK(after.err == "plancheck: error: 2025-06 is outside the plan (2022-01-01 to 2022-12-31)\n"
                     "  = help: choose a month of the plan, e.g. --month 2022-01\n");
  Run before = run_plancheck(briefing({"--as-of", "2021-12-31"}), with_environment({{"LANG", "zh_CN.UTF-8"}}));
  CHECK(before.exit_code == 2);
  CHECK(before.err == "plancheck: 错误：2021-12 不在计划的时间内（2022-01-01 至 2022-12-31）\n"
                      "  = 提示：请选择计划期内的月份，例如 --month 2022-01\n");
  CHECK(run_plancheck(briefing({"--month", "2022-12"})).exit_code == 0);
}

TEST_CASE("render --issued sets the date on the briefing, the as-of date is in every sentence") {
  json context = json::parse(run_plancheck(briefing({"--as-of", "2022-06-15", "--issued", "2022-06-17", "--context"})).out);
  CHECK(context["issued"]["date"] == "2022-06-17");
  CHECK(context["issued"]["label"] == "2022年6月17日");
  CHECK(context["month"]["as_of_label"] == "6月15日");
  Run text = run_plancheck(briefing({"--as-of", "2022-06-15", "--issued", "2022-06-17"}));
  CHECK(text.out.find("2022年6月17日") != std::string::npos);
  CHECK(text.out.find("截至6月15日，全年20项量化指标") != std::string::npos);
  CHECK(text.out.find("截至6月底") == std::string::npos);
  json by_default = json::parse(run_plancheck(briefing({"--as-of", "2022-06-15", "--context"})).out);
  CHECK(by_default["issued"]["date"] == "2022-06-15");
  Run bad = run_plancheck(briefing({"--month", "2022-06", "--issued", "2022-06-31"}));
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "plancheck: error: --issued is not a real date: 2022-06-31 (2022-06 has only 30 days)\n"
                   "  = help: check the month and the day\n");
}

TEST_CASE("every figure of the briefing agrees with status --format json (January, June, December)") {
  for (const char* month : {"2022-01", "2022-06", "2022-12"}) {
    CAPTURE(month);
    json context = json::parse(run_plancheck(briefing({"--month", month, "--context"})).out);
    std::string as_of = context["as_of"];
    json status = json::parse(run_plancheck({"status", kSeed, "--format", "json", "--as-of", as_of}).out);
    std::map<std::string, int> counts;
    std::map<std::string, std::map<std::string, int>> by_section;
    int ended = 0, ended_on_time = 0;
    std::vector<std::string> missed, done_late;
    for (const auto& result : status["results"]) {
      std::string word = standing(result);
      ++counts[word];
      ++by_section[result["section"]][word];
      std::string key = result["rule"].get<std::string>() + "/" + result["subject"].get<std::string>() + "/" +
                        result["period"]["start"].get<std::string>();
      if (word == "missed") missed.push_back(key);
      if (word == "done_late") done_late.push_back(key);
      if (result.value("deadline", result["period"]["end"]).get<std::string>() <= as_of) {  // the deadline, with grace
        ++ended;
        if (word == "done") ++ended_on_time;
      }
    }
    const json& overall = context["progress"]["overall"];
    CHECK(overall["total"] == status["results"].size());
    for (const char* word : {"done", "done_late", "missed", "in_progress", "not_started"}) {
      CAPTURE(word);
      CHECK(overall[word] == counts[word]);
    }
    CHECK(overall["ended"] == ended);
    CHECK(overall["ended_on_time"] == ended_on_time);
    if (ended) CHECK(overall["percent"] == static_cast<int>(std::lround(100.0 * ended_on_time / ended)));
    for (const auto& section : context["progress"]["sections"]) {
      CAPTURE(section["id"]);
      for (const char* word : {"done", "done_late", "missed", "in_progress", "not_started"})
        CHECK(section[word] == by_section[section["id"]][word]);
    }
    auto keys = [](const json& list) {
      std::vector<std::string> found;
      for (const auto& result : list)
        found.push_back(result["rule"].get<std::string>() + "/" + result["subject"].get<std::string>() + "/" +
                        result["period"]["start"].get<std::string>());
      return found;
    };
    CHECK(keys(context["missed"]) == missed);
    CHECK(keys(context["done_late"]) == done_late);
    CHECK(context["missed_count"] == overall["missed"]);
    CHECK(context["done_late_count"] == overall["done_late"]);
    // The chart plots the same rates as the table.
    std::string values;
    for (const auto& section : context["progress"]["sections"])
      if (section["has_percent"] == true)
        values += (values.empty() ? "" : ", ") + std::to_string(section["percent"].get<int>());
    CHECK(context["chart"]["values"] == values);
  }
}
