// End-to-end: reports speak the plan's `lang` (default zh), messages and help the locale's
// language, and --lang overrides both; JSON keys and status values never change.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

#include "support/files.h"
#include "support/golden.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

// A copy of the wide-names plan whose header says `lang: en`.
struct EnglishPlan {
  TempFolder folder;
  std::string plan = folder / "plan.yaml";

  EnglishPlan() {
    std::filesystem::copy("tests/fixtures/wide-names", folder.path(), std::filesystem::copy_options::recursive);
    std::string text = read_file(plan);
    std::string header = "  end: 2022-12-31\n";
    text.replace(text.find(header), header.size(), header + "  lang: en\n");
    write_file(plan, text);
  }
};

// The JSON without its words: every period label removed.
nlohmann::json without_labels(const std::string& text) {
  nlohmann::json json = nlohmann::json::parse(text);
  for (auto& result : json["results"]) result["period"].erase("label");
  return json;
}

}  // namespace

TEST_CASE("check in English with --lang en (golden)") {
  Run run = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--lang", "en"});
  CHECK(run.exit_code == 1);
  CHECK(run.out == golden("seed-check-2022-06-30-en.txt", run.out));
  CHECK(run.out.find("Gap report as of 2022-06-30\n") != std::string::npos);
  CHECK(run.out.find("    overdue  第三支部  支部委员会会议  2022-04   0/1  2022-04-30  61 days overdue\n") !=
        std::string::npos);
}

TEST_CASE("the agenda in English: soonest deadline first, days left in words (golden)") {
  Run run = run_plancheck({"agenda", kSeed, "--as-of", "2022-06-30", "--within", "2w", "--lang", "en"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("seed-agenda-2022-06-30-within-2w-en.txt", run.out));
  std::size_t overdue = run.out.find("91 days overdue"), soon = run.out.find("days left");
  CHECK(overdue != std::string::npos);
  CHECK(overdue < soon);
}

TEST_CASE("English tables with mixed-width names in a narrow terminal still line up (golden)") {
  Run run =
      run_plancheck({"status", kWide, "--as-of", "2022-06-20", "--lang", "en"}, {.environment = {{"COLUMNS", "60"}}});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("wide-names-status-2022-06-20-columns-60-en.txt", run.out));
}

TEST_CASE("a plan with lang: en reports in English, --lang zh turns it back") {
  EnglishPlan english;
  Run from_plan = run_plancheck({"status", english.plan, "--as-of", "2022-06-20"});
  Run from_option = run_plancheck({"status", kWide, "--as-of", "2022-06-20", "--lang", "en"});
  CHECK(from_plan.exit_code == 0);
  CHECK(from_plan.out == from_option.out);
  CHECK(from_plan.out.find("Status as of 2022-06-20") != std::string::npos);
  Run back = run_plancheck({"status", english.plan, "--as-of", "2022-06-20", "--lang", "zh"});
  CHECK(back.out == run_plancheck({"status", kWide, "--as-of", "2022-06-20"}).out);
}

TEST_CASE("an unknown lang in the plan is a located error") {
  EnglishPlan english;
  std::string text = read_file(english.plan);
  text.replace(text.find("lang: en"), 8, "lang: fr");
  write_file(english.plan, text);
  Run run = run_plancheck({"validate", english.plan});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("plan.yaml:10:9: error: unknown language 'fr'") != std::string::npos);
  CHECK(run.err.find("help: write 'lang: zh' or 'lang: en'") != std::string::npos);
}

TEST_CASE("JSON keys and status values are the same in both languages, only labels differ") {
  for (const char* command : {"status", "agenda"}) {
    CAPTURE(command);
    Run chinese = run_plancheck({command, kSeed, "--as-of", "2022-06-30", "--format", "json"});
    Run english = run_plancheck({command, kSeed, "--as-of", "2022-06-30", "--format", "json", "--lang", "en"});
    CHECK(without_labels(chinese.out) == without_labels(english.out));
    auto json = nlohmann::json::parse(english.out);
    CHECK(json["results"][0]["status"].get<std::string>().find(' ') == std::string::npos);
  }
  auto english = nlohmann::json::parse(
      run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "--format", "json", "--lang", "en"}).out);
  CHECK(english["results"][0]["period"]["label"] == "2022");
}

TEST_CASE("messages follow LC_ALL, then LC_MESSAGES, then LANG, --lang overrides them") {
  std::string english = "plancheck: error: --as-of 'June' is not a date\n"
                        "  = help: write it as YYYY-MM-DD, e.g. --as-of 2022-06-30\n";
  std::string chinese = "plancheck: 错误：--as-of 'June' 不是日期\n"
                        "  = 提示：请写成 YYYY-MM-DD，例如 --as-of 2022-06-30\n";
  std::vector<std::string> command{"check", kSeed, "--as-of", "June"};
  CHECK(run_plancheck(command).err == english);
  CHECK(run_plancheck(command, {.environment = {{"LANG", "zh_CN.UTF-8"}}}).err == chinese);
  CHECK(run_plancheck(command, {.environment = {{"LC_MESSAGES", "zh_TW.UTF-8"}, {"LANG", "en_US.UTF-8"}}}).err ==
        chinese);
  CHECK(run_plancheck(command, {.environment = {{"LC_ALL", "C"}, {"LANG", "zh_CN.UTF-8"}}}).err == english);
  CHECK(run_plancheck({"check", kSeed, "--as-of", "June", "--lang", "en"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}})
            .err == english);
  CHECK(run_plancheck({"--lang=zh", "check", kSeed, "--as-of", "June"}).err == chinese);
  Run run = run_plancheck(command, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(run.exit_code == 2);
}

TEST_CASE("the locale does not change the report's language, --lang does") {
  Run chinese_locale =
      run_plancheck({"check", kSeed, "--as-of", "2022-06-30"}, {.environment = {{"LANG", "en_US.UTF-8"}}});
  CHECK(chinese_locale.out.find("差距报告，截至 2022-06-30") != std::string::npos);
  Run english = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "--lang", "en"},
                              {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(english.out.find("Gap report as of 2022-06-30") != std::string::npos);
}

TEST_CASE("--help in Chinese, the option column aligned by display width (golden)") {
  Run chinese = run_plancheck({"check", "--help"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(chinese.exit_code == 0);
  CHECK(chinese.out == golden("help-check-zh.txt", chinese.out));
  CHECK(chinese.out.find("用法：plancheck check [选项] [PLAN]\n") != std::string::npos);
  CHECK(chinese.out.find("  PLAN                        计划文件；不写时用 PLANCHECK_PLAN") != std::string::npos);
  CHECK(chinese.out.find("  --who 值                    只看此人员或单位\n") != std::string::npos);
  Run english = run_plancheck({"check", "--help"});
  CHECK(english.out.find("Usage: plancheck check [OPTIONS] [PLAN]\n") != std::string::npos);
  CHECK(english.out.find("  PLAN                        The plan file; without it, PLANCHECK_PLAN") != std::string::npos);
  CHECK(english.out.find("  --who VALUE                 Only this person or unit\n") != std::string::npos);
}

TEST_CASE("command-line mistakes in Chinese name the command whose help to read") {
  Run run = run_plancheck({"log", kSeed, "--by", "李四"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "plancheck: 错误：缺少必填的 --activity\n  = 提示：运行 'plancheck log --help' 查看用法\n");
  Run unknown = run_plancheck({"--lang", "zh", "check", kSeed, "--colour", "never"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.starts_with("plancheck: 错误：没有 --colour 这个选项\n"));
  Run bad_language = run_plancheck({"check", kSeed, "--lang", "fr"});
  CHECK(bad_language.exit_code == 2);
  CHECK(bad_language.err.find("--lang: fr is not one of {en,zh}") != std::string::npos);
}

TEST_CASE("the briefing's labels follow the report's language") {
  auto english =
      nlohmann::json::parse(run_plancheck({"render", kSeed, "--month", "2022-06", "--context", "--lang", "en"}).out);
  CHECK(english["lang"] == "en");
  CHECK(english["month"]["label"] == "2022-06");
  CHECK(english["month"]["as_of_label"] == "end of 2022-06");
  CHECK(english["next"]["label"] == "2022-07");
  CHECK(english["missed"][0]["status_label"] == "overdue");
  CHECK(english["progress"]["rules"][0]["requirement"] == "each 党组书记, 班子成员 or 支部书记: no fewer than 1 a year");
  auto chinese = nlohmann::json::parse(run_plancheck({"render", kSeed, "--month", "2022-06", "--context"}).out);
  CHECK(chinese["lang"] == "zh");
  CHECK(chinese["month"]["label"] == "2022年6月");
  CHECK(chinese["missed"][0]["status_label"] == "逾期");
}

TEST_CASE("diagnostics in Chinese under a Chinese locale, same places as in English (golden)") {
  Run chinese =
      run_plancheck({"validate", "tests/fixtures/broken/plan.yaml"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(chinese.exit_code == 2);
  CHECK(chinese.err == golden("broken-validate-zh.txt", chinese.err));
  Run english = run_plancheck({"validate", "tests/fixtures/broken/plan.yaml"});
  // Every diagnostic's location line is the same; only the words after it differ.
  auto locations = [](const std::string& text) {
    std::vector<std::string> found;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
      if (line.starts_with("tests/")) found.push_back(line.substr(0, line.find(": ")));
    return found;
  };
  CHECK(locations(chinese.err) == locations(english.err));
  CHECK(!locations(english.err).empty());
}

TEST_CASE("log and init speak Chinese under a Chinese locale") {
  TempFolder folder;
  std::string repo = folder / "office";
  Run init = run_plancheck({"init", repo, "--title", "测试计划", "--start", "2025-01-01", "--end", "2025-12-31"},
                           {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(init.exit_code == 0);
  CHECK(init.out.starts_with("已新建计划仓库：测试计划（2025-01-01 至 2025-12-31）\n"));
  CHECK(init.out.find("下一步：\n  plancheck validate " + repo + "/plan.yaml\n") != std::string::npos);
  std::string plan = repo + "/plan.yaml";
  Run misspelled = run_plancheck({"log", plan, "--date", "2025-03-14", "--activity", "党課", "--by", "张三"},
                                 {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(misspelled.exit_code == 2);
  CHECK(misspelled.err == "新记录:2:13: 错误：计划中没有活动 '党課'\n"
                          " 2 |   activity: 党課\n"
                          "   |             ^~~~\n"
                          "   = 提示：是否想写 '党课'？\n"
                          "plancheck: 没有写入任何内容\n");
  Run logged = run_plancheck({"log", plan, "--date", "2025-03-14", "--activity", "党课", "--by", "张三"},
                             {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(logged.exit_code == 0);
  CHECK(logged.out.starts_with("已追加到 " + repo + "/log/2025-03.yaml:1（新文件）\n"));
  Run english = run_plancheck({"log", plan, "--date", "2025-03-15", "--activity", "党课", "--by", "张三", "--dry-run"});
  CHECK(english.err == "dry run: this entry would be appended to " + repo + "/log/2025-03.yaml; nothing was written\n");
}

TEST_CASE("completion offers --lang's values, and describes options in the messages' language") {
  CHECK(run_plancheck({"complete", "--", "check", kSeed, "--lang", ""}).out == "en\nzh\n");
  Run chinese = run_plancheck({"complete", "--shell", "zsh", "--", "check", kSeed, "--w"},
                              {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(chinese.out == "--who:只看此人员或单位\n");
  Run english = run_plancheck({"complete", "--shell", "zsh", "--", "check", kSeed, "--w"});
  CHECK(english.out == "--who:Only this person or unit\n");
}

TEST_CASE("a missing plan file, in Chinese") {
  Run run = run_plancheck({"validate", "no/such/plan.yaml"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "no/such/plan.yaml: 错误：无法读取此文件：文件或文件夹不存在\nplancheck: 1 个错误，0 个警告\n");
}

TEST_CASE("a missing or misspelt command, in both languages") {
  Run none = run_plancheck({});
  CHECK(none.exit_code == 2);
  CHECK(none.err == "plancheck: error: a command is needed, e.g. check, status or agenda\n"
                    "  = help: run 'plancheck --help' to see how to use it\n");
  Run misspelt = run_plancheck({"chek", kSeed}, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(misspelt.exit_code == 2);
  CHECK(misspelt.err == "plancheck: 错误：没有 'chek' 这个命令\n  = 提示：是否想写 'check'？\n");
  Run wrong_value = run_plancheck({"--lang", "zh", "check", kSeed, "--fail-on", "sometimes"});
  CHECK(wrong_value.err ==
        "plancheck: 错误：选项的值不对（--fail-on: 'sometimes' 不是可选的值 {never,open,overdue} 之一）\n"
        "  = 提示：运行 'plancheck check --help' 查看用法\n");
}
