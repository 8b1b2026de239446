// End-to-end: `entries` (the ledger listed with FILE:LINE), `remove FILE:LINE` and
// `log --replace FILE:LINE`, on copies of the seed plan; and a plan found without PLAN.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;
using nlohmann::json;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// The file without its lines [first, last) (1-based), worked out from the text alone.
std::string without_lines(const std::string& text, int first, int last) {
  std::string kept;
  std::vector<std::string> lines = lines_of(text);
  for (int i = 1; i <= static_cast<int>(lines.size()); ++i)
    if (i < first || i >= last) kept += lines[i - 1];
  return kept;
}

// The line of the next "- " at column 1 after `line`, or one past the last line.
int next_entry_line(const std::string& text, int line) {
  std::vector<std::string> lines = lines_of(text);
  for (int i = line + 1; i <= static_cast<int>(lines.size()); ++i)
    if (lines[i - 1].starts_with("- ")) return i;
  return static_cast<int>(lines.size()) + 1;
}

json entries_json(const TempFolder& scratch, std::vector<std::string> filter) {
  std::vector<std::string> args{"entries", kSeedCopy, "--format", "json"};
  args.insert(args.end(), filter.begin(), filter.end());
  Run run = run_plancheck(args, {.directory = scratch.path()});
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

}  // namespace

TEST_CASE("entries: each listed entry starts at its FILE:LINE and counts toward its quotas") {
  TempFolder scratch;
  copy_seed(scratch);
  json listed = entries_json(scratch, {"--month", "2022-06", "--who", "第一支部"});
  REQUIRE(listed["count"] == listed["entries"].size());
  REQUIRE(listed["entries"].size() >= 4);
  std::set<std::string> by;
  for (const json& entry : listed["entries"]) {
    std::string file = entry["file"], date = entry["date"];
    CHECK(date.starts_with("2022-06"));
    std::vector<std::string> lines = lines_of(read_file(scratch / file));
    CHECK(lines.at(entry["line"].get<int>() - 1) == "- date: " + date + "\n");
    for (const json& name : entry["by"]) by.insert(name);
    for (const json& quota : entry["counted_toward"]) CHECK(quota["subject"].get<std::string>().starts_with("第一支部"));
  }
  // The branch's own entries and those of its 党小组.
  CHECK(by.count("第一支部") == 1);
  CHECK(by.count("第一支部第一党小组") == 1);
  json lectures = entries_json(scratch, {"--activity", "党课", "--item", "2"});
  for (const json& entry : lectures["entries"]) CHECK(entry["activity"] == "党课");
  CHECK(lectures["entries"].size() > 0);
}

TEST_CASE("entries as text: a table with the quotas counted toward and where each entry is") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck({"entries", kSeedCopy, "--month", "2022-06", "--who", "第一支部", "--lang", "zh"},
                          {.directory = scratch.path()});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("台账记录（第一支部 · 2022年6月）：共 6 条\n") != std::string::npos);
  CHECK(run.out.find("日期        活动") != std::string::npos);
  CHECK(run.out.find("第一支部·2022年6月") != std::string::npos);
  CHECK(run.out.find("不计入任何指标") != std::string::npos);
  CHECK(run.out.find("log/2022-06.yaml:2\n") != std::string::npos);
  Run unknown = run_plancheck({"entries", kSeedCopy, "--who", "第一支布", "--lang", "zh"}, {.directory = scratch.path()});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("第一支部") != std::string::npos);
}

TEST_CASE("remove FILE:LINE takes out exactly that entry, prints it, and keeps every other byte") {
  TempFolder scratch;
  copy_seed(scratch);
  fs::create_directory(scratch / ".git");
  std::string before = read_file(scratch / kJune);
  int line = 33;
  REQUIRE(lines_of(before).at(line - 1).starts_with("- date: "));
  std::string where = fmt::format("{}:{}", kJune, line);
  Run dry = run_plancheck({"remove", kSeedCopy, where, "--dry-run"}, {.directory = scratch.path()});
  CHECK(dry.exit_code == 0);
  CHECK(read_file(scratch / kJune) == before);
  Run run = run_plancheck({"remove", where, "--lang", "zh"}, {.directory = scratch.path()});
  REQUIRE(run.exit_code == 0);
  std::string expected = without_lines(before, line, next_entry_line(before, line));
  CHECK(read_file(scratch / kJune) == expected);
  std::size_t offset = 0;
  for (int i = 1; i < line; ++i) offset += lines_of(before)[i - 1].size();
  CHECK(dry.out == before.substr(offset, before.size() - expected.size()));
  CHECK(run.out.find(dry.out) != std::string::npos);
  CHECK(run.out.find("git checkout -- " + kJune) != std::string::npos);
  CHECK(run.err.find("使用计划 fao-2022/plan.yaml") != std::string::npos);
  Run validate = run_plancheck({"validate", kSeedCopy}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
}

TEST_CASE("remove refuses a line where no entry starts, and a file the plan does not read") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run inside = run_plancheck({"remove", kSeedCopy, kJune + ":3"}, {.directory = scratch.path()});
  CHECK(inside.exit_code == 2);
  CHECK(inside.err.find(kJune + ":3: error: no entry starts at line 3") != std::string::npos);
  CHECK(inside.err.find("plancheck entries") != std::string::npos);
  Run not_location = run_plancheck({"remove", kSeedCopy, kJune}, {.directory = scratch.path()});
  CHECK(not_location.exit_code == 2);
  CHECK(not_location.err.find("is not where an entry is") != std::string::npos);
  write_file(scratch / "elsewhere.yaml", "- date: 2022-06-01\n  activity: 党课\n  by: 陈立新\n");
  Run outside = run_plancheck({"remove", kSeedCopy, "elsewhere.yaml:1"}, {.directory = scratch.path()});
  CHECK(outside.exit_code == 2);
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("log --replace FILE:LINE rewrites that entry in place, CRLF kept, the rest byte for byte") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string lf = read_file(scratch / kJune);
  std::string crlf;
  for (char c : lf) c == '\n' ? crlf += "\r\n" : crlf += c;
  write_file(scratch / kJune, crlf);
  Run run = run_plancheck(log_args({"--replace", kJune + ":2", "--date", "2022-06-06", "--activity", "支委会", "--by",
                                    "第一支部", "--title", "研究七一活动", "--item", "5", "--attendees", "5人"}),
                          {.directory = scratch.path()});
  REQUIRE(run.exit_code == 0);
  std::string replaced = "- date: 2022-06-06\r\n  activity: 支委会\r\n  by: 第一支部\r\n  title: 研究七一活动\r\n"
                         "  item: 5\r\n  attendees: 5\r\n";
  int next = next_entry_line(lf, 2);
  std::vector<std::string> lines = lines_of(crlf);
  std::string expected = lines[0] + replaced;
  for (std::size_t i = next - 1; i < lines.size(); ++i) expected += lines[i];
  CHECK(read_file(scratch / kJune) == expected);
  CHECK(run.out.find("title: 研究“七一”系列活动和上半年工作总结") != std::string::npos);
  // The same entry again is no repeat of itself.
  Run again = run_plancheck(log_args({"--replace", kJune + ":2", "--date", "2022-06-06", "--activity", "支委会", "--by",
                                      "第一支部", "--title", "研究七一活动", "--item", "5", "--attendees", "5"}),
                            {.directory = scratch.path()});
  CHECK(again.exit_code == 0);
  CHECK(read_file(scratch / kJune) == expected);
}

TEST_CASE("remove while 20 log processes append to the same file: every appended entry kept, that one gone") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  std::string gone = lines_of(before).at(32);  // line 33
  std::vector<Process> writers;
  for (int i = 0; i < 20; ++i) {
    writers.push_back(start_plancheck(log_args({"--date", "2022-06-20", "--activity", "党课", "--by", "陈立新",
                                                "--title", fmt::format("并发 {}", i)}),
                                      {.directory = scratch.path()}));
    if (i == 10) writers.push_back(start_plancheck({"remove", kSeedCopy, kJune + ":33"}, {.directory = scratch.path()}));
  }
  for (Process& writer : writers) CHECK(writer.wait().exit_code == 0);
  std::string after = read_file(scratch / kJune);
  for (int i = 0; i < 20; ++i) CHECK(after.find(fmt::format("title: 并发 {}\n", i)) != std::string::npos);
  CHECK(after.find("title: “党性党纪一刻钟”：端午廉洁提醒") == std::string::npos);
  CHECK(gone == "- date: 2022-06-09\n");
  Ledger ledger = read_log_checked(scratch, kJune, seed_plan(scratch));
  CHECK(ledger.entries.size() > 20);
}

TEST_CASE("log writes despite errors in another log file, with a warning, and --strict refuses") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / "fao-2022/log/2022-03.yaml", read_file(scratch / "fao-2022/log/2022-03.yaml") +
                                                         "- date: 2022-03-30\n  activity: 党課\n  by: 陈立新\n");
  std::vector<std::string> entry{"--date", "2022-06-16", "--activity", "党课", "--by", "陈立新", "--title", "补记"};
  std::string before = read_file(scratch / kJune);
  auto strict = entry;
  strict.push_back("--strict");
  Run refused = run_plancheck(log_args(strict), {.directory = scratch.path()});
  CHECK(refused.exit_code == 2);
  CHECK(read_file(scratch / kJune) == before);
  Run run = run_plancheck(log_args(entry), {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("2022-03.yaml") != std::string::npos);
  CHECK(run.err.find("other log files have 1 error (above)") != std::string::npos);
  CHECK(read_file(scratch / kJune).starts_with(before));
  CHECK(read_file(scratch / kJune).ends_with("title: 补记\n"));
}

TEST_CASE("without PLAN: PLANCHECK_PLAN, else the nearest plan.yaml here or above, and said which") {
  TempFolder scratch;
  copy_seed(scratch);
  Run here = run_plancheck({"status", "--as-of", "2022-06-30", "--format", "json"},
                           {.directory = scratch.path() / "fao-2022"});
  CHECK(here.exit_code == 0);
  CHECK(here.err == "plancheck: using the plan plan.yaml\n");
  Run named = run_plancheck({"status", "fao-2022/plan.yaml", "--as-of", "2022-06-30", "--format", "json"},
                            {.directory = scratch.path()});
  CHECK(json::parse(here.out)["summary"] == json::parse(named.out)["summary"]);
  Run below = run_plancheck({"validate"}, {.directory = scratch.path() / "fao-2022/log"});
  CHECK(below.exit_code == 0);
  CHECK(below.err.find("using the plan " + (scratch.path() / "fao-2022/plan.yaml").string()) != std::string::npos);
  Run variable = run_plancheck({"validate", "--lang", "zh"},
                               {.environment = {{"PLANCHECK_PLAN", "fao-2022/plan.yaml"}}, .directory = scratch.path()});
  CHECK(variable.exit_code == 0);
  CHECK(variable.err.find("使用计划 fao-2022/plan.yaml") != std::string::npos);
  Run none = run_plancheck({"status", "--lang", "zh"}, {.directory = scratch.path()});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("及其上级文件夹中找不到 plan.yaml") != std::string::npos);
  CHECK(none.err.find("PLANCHECK_PLAN") != std::string::npos);
}

TEST_CASE("log: --by and --tag split at commas and 、, --attendees 23人 is a head count") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck(log_args({"--date", "2022-06-16", "--activity", "党课", "--by", "陈立新，王敏", "--tag",
                                    "a、b", "--attendees", "２３ 人", "--dry-run"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("  by: [陈立新, 王敏]\n") != std::string::npos);
  CHECK(run.out.find("  attendees: 23\n") != std::string::npos);
  CHECK(run.out.find("  tags: [a, b]\n") != std::string::npos);
}

}  // namespace plancheck
