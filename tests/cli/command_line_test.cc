// The command line read in process: parse_command_line() on argument vectors, with no binary run
// (except to check that --help reads the same as the binary prints it).
#include "cli/command_line.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "cli/report_commands.h"
#include "present/text_width.h"
#include "support/golden.h"
#include "support/launch.h"

using namespace plancheck;
using plancheck::testing::golden;
using plancheck::testing::kSeed;
using plancheck::testing::Run;
using plancheck::testing::run_plancheck;

namespace {

ParsedCommandLine parse(const std::vector<std::string>& arguments, Language language = Language::en) {
  return parse_command_line(arguments, language);
}

// A usage error: nothing to run, nothing on stdout, exit 2, and the error text.
std::string usage_error(const std::vector<std::string>& arguments, Language language = Language::en) {
  ParsedCommandLine parsed = parse(arguments, language);
  CHECK(!parsed.runs());
  CHECK(parsed.exit_code == 2);
  CHECK(parsed.out == "");
  return parsed.err;
}

template <class Options>
Options options_of(const ParsedCommandLine& parsed, std::string_view command) {
  REQUIRE(parsed.runs());
  CHECK(parsed.command->name == command);
  CHECK(parsed.exit_code == 0);
  CHECK(parsed.err == "");
  return std::any_cast<Options>(parsed.options);
}

}  // namespace

TEST_CASE("command line: an unknown option, in English and Chinese") {
  CHECK(usage_error({"check", kSeed, "--colour", "never"}) ==
        "plancheck: error: there is no option --colour\n"
        "  = help: did you mean '--color'?\n");
  CHECK(usage_error({"check", kSeed, "--colour", "never"}, Language::zh) ==
        "plancheck: 错误：没有 --colour 这个选项\n"
        "  = 提示：是否想写 '--color'？\n");
}

TEST_CASE("command line: a misspelt command is told the one meant, in English and Chinese") {
  CHECK(usage_error({"chek", kSeed}) == "plancheck: error: 'chek' is not a command\n  = help: did you mean 'check'?\n");
  CHECK(usage_error({"chek", kSeed}, Language::zh) ==
        "plancheck: 错误：没有 'chek' 这个命令\n  = 提示：是否想写 'check'？\n");
  CHECK(usage_error({}) ==
        "plancheck: error: a command is needed, e.g. check, status or agenda\n"
        "  = help: run 'plancheck --help' to see how to use it\n");
}

TEST_CASE("command line: a value that is not one of the choices, in English and Chinese") {
  CHECK(usage_error({"check", kSeed, "--fail-on", "sometimes"}) ==
        "plancheck: error: --fail-on: sometimes is not one of {never,open,overdue}\n"
        "  = help: run 'plancheck check --help' to see how to use it\n");
  CHECK(usage_error({"check", kSeed, "--fail-on", "sometimes"}, Language::zh) ==
        "plancheck: 错误：选项的值不对（--fail-on: 'sometimes' 不是可选的值 {never,open,overdue} 之一）\n"
        "  = 提示：运行 'plancheck check --help' 查看用法\n");
  CHECK(usage_error({"--color", "sometimes", "check", kSeed}) ==
        "plancheck: error: --color: sometimes is not one of {always,auto,never}\n"
        "  = help: run 'plancheck check --help' to see how to use it\n");
  CHECK(usage_error({"status", kSeed, "--format", "xml"}, Language::zh) ==
        "plancheck: 错误：选项的值不对（--format: 'xml' 不是可选的值 {csv,github,html,json,junit,text} 之一）\n"
        "  = 提示：运行 'plancheck status --help' 查看用法\n");
}

TEST_CASE("command line: a missing option or value, a repeated option and extra arguments, in English and Chinese") {
  CHECK(usage_error({"export", kSeed}) ==
        "plancheck: error: --output is required\n  = help: run 'plancheck export --help' to see how to use it\n");
  CHECK(usage_error({"export", kSeed}, Language::zh) ==
        "plancheck: 错误：缺少必填的 --output\n  = 提示：运行 'plancheck export --help' 查看用法\n");
  CHECK(usage_error({"log", kSeed, "--by", "李四", "--activity"}, Language::zh) ==
        "plancheck: 错误：--activity 后面要写一个值\n  = 提示：运行 'plancheck log --help' 查看用法\n");
  CHECK(usage_error({"check", kSeed, "--item", "1", "--item", "2"}, Language::zh) ==
        "plancheck: 错误：--item 只能写一次\n  = 提示：运行 'plancheck check --help' 查看用法\n");
  CHECK(usage_error({"check", kSeed, "extra.yaml"}) ==
        "plancheck: error: an argument that was not expected: extra.yaml\n"
        "  = help: run 'plancheck check --help' to see how to use it\n");
  CHECK(usage_error({"check", kSeed, "a.yaml", "b.yaml"}, Language::zh) ==
        "plancheck: 错误：多余的参数：a.yaml b.yaml\n  = 提示：运行 'plancheck check --help' 查看用法\n");
  CHECK(usage_error({"import", kSeed, "x.csv", "--map", "no-such-map.yaml"}, Language::zh) ==
        "plancheck: 错误：--map：文件 no-such-map.yaml 不存在\n  = 提示：运行 'plancheck import --help' 查看用法\n");
}

TEST_CASE("command line: a switch given a value, in English and Chinese") {
  CHECK(usage_error({"log", kSeed, "--dry-run=maybe"}) ==
        "plancheck: error: --dry-run is a switch and takes no value such as 'maybe'\n  = help: write just --dry-run\n");
  CHECK(usage_error({"check", kSeed, "--quiet=abc"}, Language::zh) ==
        "plancheck: 错误：--quiet 是开关，不取 'abc' 这样的值\n  = 提示：只写 --quiet 即可\n");
}

TEST_CASE("command line: without PLAN a command is left to find its plan") {
  ParsedCommandLine parsed = parse({"check", "--as-of", "2022-06-30"});
  REQUIRE(parsed.runs());
  REQUIRE(parsed.plan_to_find != nullptr);
  CHECK(parsed.plan_to_find->names.front() == "PLAN");
  CHECK(parse({"check", kSeed}).plan_to_find == nullptr);
  CHECK(parse({"schema", "plan"}).plan_to_find == nullptr);
}

TEST_CASE("command line: choices are parsed to their values") {
  auto check = options_of<CheckOptions>(
      parse({"check", kSeed, "--format", "junit", "--fail-on", "open", "--as-of", "2022-06-30", "-q"}), "check");
  CHECK(check.plan_file == kSeed);
  CHECK(check.format == Format::junit);
  CHECK(check.fail_on == FailOn::open);
  CHECK(check.as_of == "2022-06-30");
  CHECK(check.quiet);
  auto defaults = options_of<CheckOptions>(parse({"check", kSeed}), "check");
  CHECK_FALSE(defaults.format);  // unset: the output file's extension decides, else text
  CHECK(defaults.fail_on == FailOn::overdue);
  CHECK(!defaults.quiet);
  for (const auto& [word, format] : std::vector<std::pair<std::string, Format>>{
           {"text", Format::text}, {"json", Format::json}, {"junit", Format::junit}, {"github", Format::github}}) {
    CAPTURE(word);
    CHECK(options_of<ValidateOptions>(parse({"validate", kSeed, "--format", word}), "validate").format == format);
  }
  CHECK(options_of<CheckOptions>(parse({"check", kSeed, "--fail-on=never"}), "check").fail_on == FailOn::never);
  auto agenda = options_of<AgendaOptions>(parse({"agenda", kSeed, "--within", "2w", "--who", "刘振华"}), "agenda");
  CHECK(agenda.within == "2w");
  CHECK(agenda.who == "刘振华");
}

TEST_CASE("command line: common options before or after the command mean the same") {
  for (const auto& arguments :
       std::vector<std::vector<std::string>>{{"--color", "always", "--lang", "zh", "status", kSeed},
                                             {"status", kSeed, "--color", "always", "--lang", "zh"},
                                             {"--color=always", "status", "--lang=zh", kSeed}}) {
    CAPTURE(testing::joined(arguments));
    ParsedCommandLine parsed = parse(arguments);
    REQUIRE(parsed.runs());
    CHECK(parsed.command->name == "status");
    CHECK(parsed.common.color == ColorMode::always);
    CHECK(parsed.common.lang == Language::zh);
    CHECK(std::any_cast<StatusOptions>(parsed.options).plan_file == kSeed);
  }
  ParsedCommandLine plain = parse({"status", kSeed});
  CHECK(plain.common.color == ColorMode::automatic);
  CHECK(plain.common.lang == std::nullopt);
  CHECK(parse({"--color", "never", "check", kSeed}).common.color == ColorMode::never);
}

TEST_CASE("command line: --help and --version print what the binary prints, and exit 0") {
  ParsedCommandLine chinese = parse({"check", "--help"}, Language::zh);
  CHECK(!chinese.runs());
  CHECK(chinese.exit_code == 0);
  CHECK(chinese.err == "");
  CHECK(chinese.out == golden("help-check-zh.txt", chinese.out));
  CHECK(chinese.out == run_plancheck({"check", "--help"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}}).out);
  ParsedCommandLine english = parse({"check", "--help"});
  CHECK(english.out == golden("help-check-en.txt", english.out));
  CHECK(english.out == run_plancheck({"check", "--help"}).out);
  for (const char* command : {"status", "validate", "agenda", "render", "log", "init", "schema"}) {
    CAPTURE(command);
    CHECK(parse({command, "--help"}).out == run_plancheck({command, "--help"}).out);
  }
  CHECK(parse({"--help"}).out == run_plancheck({"--help"}).out);
  CHECK(parse({"--help"}, Language::zh).out ==
        run_plancheck({"--help"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}}).out);
  ParsedCommandLine version = parse({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.starts_with("plancheck "));
  CHECK(version.out == run_plancheck({"--version"}).out);
}

namespace {

// The lines of `text` wider than `width` columns.
std::vector<std::string> lines_wider_than(const std::string& text, int width) {
  std::vector<std::string> wide;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string line = text.substr(start, end - start);
    if (display_width(line) > width) wide.push_back(line);
    start = end + 1;
  }
  return wide;
}

}  // namespace

TEST_CASE("--help is wrapped to the terminal's width, continuation lines under the description (golden)") {
  for (int width : {60, 100})
    for (Language language : {Language::zh, Language::en}) {
      std::string name = fmt::format("help-log-{}-{}.txt", language == Language::zh ? "zh" : "en", width);
      CAPTURE(name);
      ParsedCommandLine parsed = parse_command_line({"log", "--help"}, language, width);
      CHECK(parsed.exit_code == 0);
      CHECK(parsed.out == golden(name, parsed.out));
      CHECK(lines_wider_than(parsed.out, width) == std::vector<std::string>{});
      // No CLI11 marker of a type or a default: TEXT, {false}, =….
      CHECK(parsed.out.find("TEXT") == std::string::npos);
      CHECK(parsed.out.find("{false}") == std::string::npos);
      CHECK(parsed.out.find("{true}") == std::string::npos);
    }
  // The binary reads COLUMNS (or the terminal's width), and 80 columns when it knows neither.
  Run sixty = run_plancheck({"log", "--help"}, {.environment = {{"LANG", "zh_CN.UTF-8"}, {"COLUMNS", "60"}}});
  CHECK(sixty.out == parse_command_line({"log", "--help"}, Language::zh, 60).out);
  CHECK(run_plancheck({"log", "--help"}).out == parse_command_line({"log", "--help"}, Language::en, 80).out);
  CHECK(lines_wider_than(run_plancheck({"--help"}).out, 80) == std::vector<std::string>{});
}

TEST_CASE("--help of a narrow terminal still lines descriptions up, and shows no flag's default") {
  std::string help = parse_command_line({"render", "--help"}, Language::en, 60).out;
  CHECK(help.find("  --no-charts                 Leave out Mermaid charts (for\n"
                  "                              the Word path: pandoc shows\n"
                  "                              them as code)\n") != std::string::npos);
  std::string chinese = parse_command_line({"render", "--help"}, Language::zh, 60).out;
  CHECK(chinese.find("  --no-charts                 不生成 Mermaid 图表（转为 Word\n"
                     "                              时使用：pandoc 会把图表显示成\n"
                     "                              代码）\n") != std::string::npos);
}
