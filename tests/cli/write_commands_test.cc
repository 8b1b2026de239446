// End-to-end: `plancheck log` and `plancheck init`, run as separate processes on copies of the
// seed plan in a scratch folder (never on plans/ itself).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;

namespace {

int line_count(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("log appends to the month's file and says where") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck(log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新", "--title",
                                    "学习: 二十大精神", "--attendees", "23", "--notes", "第一行\n第二行"}),
                          {.directory = scratch.path()});
  std::string entry =
      "- date: 2022-06-15\n  activity: 党课\n  by: 陈立新\n  title: \"学习: 二十大精神\"\n  attendees: 23\n"
      "  notes: |-\n    第一行\n    第二行\n";
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == fmt::format("Appended to {}:{}\n{}", kJune, line_count(before) + 1, entry));
  CHECK(read_file(scratch / kJune) == before + entry);
  Run validate = run_plancheck({"validate", kSeedCopy}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  CHECK(validate.err == "");
}

TEST_CASE("log round trip: awkward strings from the command line read back exactly") {
  TempFolder scratch;
  copy_seed(scratch);
  const std::vector<std::string> awkward{"- 开头短横线", "#井号 开头", "a #b", "key: value", "\"引号\" 'single'",
                                         "多行\n  缩进\n", "null", "[x], {y}", "尾空格 ", "tab\t反斜杠\\"};
  for (std::size_t i = 0; i < awkward.size(); ++i) {
    const std::string& text = awkward[i];
    CAPTURE(text);
    write_file(scratch / ("fao-2022/" + text), "");  // the evidence file, in the plan's folder
    Run run = run_plancheck(
        log_args({"--date",     "2022-06-16", "--activity", "党课",    "--by",  "陈立新",          "--by",
                  "王敏",       "--title",    text,         "--place", text,    "--notes",         text,
                  "--evidence", text,         "--tag",      std::to_string(i), "--item", "2"}),
        {.directory = scratch.path()});
    REQUIRE(run.exit_code == 0);
    Ledger ledger = read_log_checked(scratch, kJune, seed_plan(scratch));
    const Entry& back = ledger.entries.back();
    CHECK(back.detail().title == text);
    CHECK(back.detail().place == text);
    CHECK(back.detail().notes == text);
    CHECK(back.detail().evidence == std::vector<std::string>{text});
    CHECK(back.detail().tags == std::vector<std::string>{std::to_string(i)});
    CHECK(back.by == std::vector<std::string>{"陈立新", "王敏"});
    CHECK(back.item == "2");
  }
}

TEST_CASE("log --attendees: a head count, or names repeated or separated by commas and 、") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck(log_args({"--date", "2022-06-16", "--activity", "党课", "--by", "陈立新", "--attendees",
                                    "张三、李四,王五", "--attendees", "赵六"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.out.ends_with("  attendees: [张三, 李四, 王五, 赵六]\n"));
}

TEST_CASE("log --attendees: a head count is a whole number of 0 or more, also in full-width digits") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  auto with_attendees = [&](const std::vector<std::string>& values, const std::vector<std::string>& more = {}) {
    std::vector<std::string> arguments{"--date", "2022-06-16", "--activity", "党课", "--by", "陈立新"};
    for (const std::string& value : values) arguments.insert(arguments.end(), {"--attendees", value});
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_plancheck(log_args(arguments), {.directory = scratch.path()});
  };
  Run full_width = with_attendees({"１２"}, {"--dry-run"});
  CHECK(full_width.exit_code == 0);
  CHECK(full_width.out.ends_with("  attendees: 12\n"));
  CHECK(with_attendees({"0"}, {"--dry-run"}).out.ends_with("  attendees: 0\n"));
  for (const std::vector<std::string>& values :
       std::vector<std::vector<std::string>>{{"-5"}, {"５.５"}, {"－３"}, {"+7"}, {"12", "张三"}, {"99999999999"}}) {
    CAPTURE(values.front());
    Run run = with_attendees(values);
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    std::string shown = values.front() == "张三" ? values.back() : values.front();
    CHECK(run.err == "plancheck: error: --attendees '" + shown + "' is not a head count: that is a whole number, 0 or more\n"
                     "  = help: give the number of people (e.g. --attendees 12) or their names (e.g. --attendees 张三,李四)\n");
  }
  Run zh = run_plancheck(log_args({"--lang", "zh", "--date", "2022-06-16", "--activity", "党课", "--by", "陈立新",
                                   "--attendees", "-5"}),
                         {.directory = scratch.path()});
  CHECK(zh.err.find("--attendees '-5' 不是人数：人数须是 0 或更大的整数") != std::string::npos);
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("log refuses unknown names with the reader's diagnostics, and writes nothing") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck(
      log_args({"--date", "2022-06-15", "--activity", "党課", "--by", "陈立新", "--by", "王某", "--color", "never"}),
      {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  CHECK(run.err ==
        "new entry:2:13: error: unknown activity '党課'\n"
        " 2 |   activity: 党課\n"
        "   |             ^~~~\n"
        "   = help: did you mean '党课'?\n"
        "new entry:3:13: error: unknown person or unit '王某'\n"
        " 3 |   by: [陈立新, 王某]\n"
        "   |                ^~~~\n"
        "   = help: did you mean '王敏'?\n"
        "plancheck: nothing was written\n");
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("log refuses a date outside the plan unless --force") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck(log_args({"--date", "2023-01-05", "--activity", "党课", "--by", "陈立新"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "new entry:1:9: error: 2023-01-05 is outside the plan (2022-01-01 to 2022-12-31): this entry is ignored\n"
        " 1 | - date: 2023-01-05\n"
        "   |         ^~~~~~~~~~\n"
        "   = help: check --date; to record it anyway (reports will ignore it), add --force\n"
        "plancheck: nothing was written\n");
  CHECK(!fs::exists(scratch / "fao-2022/log/2023-01.yaml"));
  Run forced = run_plancheck(log_args({"--date", "2023-01-05", "--activity", "党课", "--by", "陈立新", "--force"}),
                             {.directory = scratch.path()});
  CHECK(forced.exit_code == 0);
  CHECK(forced.out == "Appended to fao-2022/log/2023-01.yaml:1 (a new file)\n"
                      "- date: 2023-01-05\n  activity: 党课\n  by: 陈立新\n");
  CHECK(forced.err.starts_with("new entry:1:9: warning: 2023-01-05 is outside the plan"));
}

TEST_CASE("log refuses an entry that would count for nothing unless --force") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck(log_args({"--date", "2022-06-15", "--activity", "支委会", "--by", "陈立新"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "new entry:3:7: error: this entry counts toward no quota: '支委会' is counted for each 支部, and 陈立新 is not "
        "one of them\n"
        " 3 |   by: 陈立新\n"
        "   |       ^~~~~~\n"
        "   = help: name who it counts for in by, e.g. by: 第一支部; or add --force to record it anyway\n"
        "plancheck: nothing was written\n");
  CHECK(read_file(scratch / kJune) == before);
  Run forced = run_plancheck(log_args({"--date", "2022-06-15", "--activity", "支委会", "--by", "陈立新", "--force"}),
                             {.directory = scratch.path()});
  CHECK(forced.exit_code == 0);
  CHECK(forced.err.starts_with("new entry:3:7: warning: this entry counts toward no quota"));
}

TEST_CASE("log refuses an entry that is already in the ledger unless --force") {
  TempFolder scratch;
  copy_seed(scratch);
  // The seed's first June entry, word for word.
  std::vector<std::string> args = log_args({"--date", "2022-06-06", "--activity", "支委会", "--by", "第一支部",
                                            "--title", "研究“七一”系列活动和上半年工作总结", "--item", "5", "--place",
                                            "党员活动室", "--attendees", "5", "--notes", "王敏主持。"});
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck(args, {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "new entry: error: this entry is already in the ledger, at fao-2022/log/2022-06.yaml:2\n"
        "   = help: if it really happened twice, add --force to record it again\n"
        "plancheck: nothing was written\n");
  CHECK(read_file(scratch / kJune) == before);
  args.push_back("--force");
  Run forced = run_plancheck(args, {.directory = scratch.path()});
  CHECK(forced.exit_code == 0);
  CHECK(forced.err == "new entry: warning: this entry repeats the one at fao-2022/log/2022-06.yaml:2\n");
}

TEST_CASE("log: a date that is not YYYY-MM-DD") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck(log_args({"--date", "2022/6/5", "--activity", "党课", "--by", "陈立新"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "plancheck: error: --date is not written as YYYY-MM-DD: 2022/6/5\n"
                   "  = help: write it as 2022-06-05\n");
  Run no_day = run_plancheck(log_args({"--date", "2022-06-31", "--activity", "党课", "--by", "陈立新"}),
                             {.directory = scratch.path()});
  CHECK(no_day.exit_code == 2);
  CHECK(no_day.err == "plancheck: error: --date is not a real date: 2022-06-31 (2022-06 has only 30 days)\n"
                      "  = help: check the month and the day\n");
}

TEST_CASE("log: text that is not UTF-8 (a terminal sending GBK)") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck(
      log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新", "--title", "\xb5\xb3\xbf\xce"}),
      {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "plancheck: error: --title is not UTF-8 text\n"
                   "  = help: set the terminal to UTF-8 (it may be sending GBK), then try again\n");
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("log --file: only a file the plan reads") {
  TempFolder scratch;
  copy_seed(scratch);
  Run outside =
      run_plancheck(log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新", "--file", "other.yaml"}),
                    {.directory = scratch.path()});
  CHECK(outside.exit_code == 2);
  CHECK(outside.err == "plancheck: error: --file other.yaml is not among this plan's logs, so plancheck would never "
                       "read it\n"
                       "  = help: the plan reads its ledger from fao-2022/log (see 'logs' in fao-2022/plan.yaml)\n");
  CHECK(!fs::exists(scratch / "other.yaml"));
  Run inside = run_plancheck(log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新", "--file",
                                       "fao-2022/log/extra/六月.yaml"}),
                             {.directory = scratch.path()});
  CHECK(inside.exit_code == 0);
  CHECK(inside.out.starts_with("Appended to fao-2022/log/extra/六月.yaml:1 (a new file)\n"));
}

TEST_CASE("log --dry-run prints the entry and writes nothing") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck(log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新", "--dry-run"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "- date: 2022-06-15\n  activity: 党课\n  by: 陈立新\n");
  CHECK(run.err == "dry run: this entry would be appended to fao-2022/log/2022-06.yaml; nothing was written\n");
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("log refuses to write while the plan or its ledger has errors") {
  TempFolder scratch;
  fs::copy(PLANCHECK_SOURCE_DIR "/tests/fixtures/broken", scratch.path() / "broken", fs::copy_options::recursive);
  std::string before = read_file(scratch / "broken/log/2022-01.yaml");
  Run run = run_plancheck(
      {"log", "broken/plan.yaml", "--date", "2022-01-20", "--activity", "党课", "--by", "甲", "--color", "never"},
      {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err.ends_with("plancheck: nothing was written: the plan or its ledger has errors; fix them first "
                          "(plancheck validate broken/plan.yaml)\n"));
  CHECK(run.err.find("broken/plan.yaml:6:8: error:") != std::string::npos);
  CHECK(read_file(scratch / "broken/log/2022-01.yaml") == before);
}

TEST_CASE("log refuses a file it cannot append to, such as '[]'") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / kJune, "[]\n");
  Run run = run_plancheck(log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新"}),
                          {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "fao-2022/log/2022-06.yaml: error: cannot append to this file: it would not read back as its old "
                   "entries plus the new one\n"
                   "   = help: this happens when the file is written as a '[...]' list, e.g. '[]': remove that (an "
                   "empty file is a valid log) and try again\n"
                   "plancheck: nothing was written\n");
  CHECK(read_file(scratch / kJune) == "[]\n");
}

TEST_CASE("log: a last line without a line break, and CRLF files") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  before.pop_back();
  write_file(scratch / kJune, before);
  CHECK(run_plancheck(log_args({"--date", "2022-06-15", "--activity", "党课", "--by", "陈立新"}),
                      {.directory = scratch.path()})
            .exit_code == 0);
  CHECK(read_file(scratch / kJune) == before + "\n- date: 2022-06-15\n  activity: 党课\n  by: 陈立新\n");
  write_file(scratch / "fao-2022/log/2022-05.yaml",
             "# 五月\r\n- date: 2022-05-02\r\n  activity: 党课\r\n  by: 王敏\r\n");
  CHECK(run_plancheck(log_args({"--date", "2022-05-15", "--activity", "党课", "--by", "陈立新"}),
                      {.directory = scratch.path()})
            .exit_code == 0);
  CHECK(read_file(scratch / "fao-2022/log/2022-05.yaml") ==
        "# 五月\r\n- date: 2022-05-02\r\n  activity: 党课\r\n  by: 王敏\r\n- date: 2022-05-15\r\n  activity: 党课\r\n  by: 陈立新\r\n");
}


TEST_CASE("init creates a plan repo that check, validate and log work on at once") {
  TempFolder scratch;
  Run run =
      run_plancheck({"init", "office", "--start", "2022-01-01", "--end", "2022-12-31"}, {.directory = scratch.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out.starts_with("Created a plan repo: 2022年工作要点 (2022-01-01 to 2022-12-31)\n"
                            "  office/plan.yaml "));
  CHECK(run.out.find("  office/log/ ") != std::string::npos);
  CHECK(run.out.find("  office/templates/monthly-briefing.md.mustache\n") != std::string::npos);
  CHECK(run.out.ends_with("how the office records and checks (in Chinese)\n"
                          "  office/.gitattributes                          lets git merge entries two people add at "
                          "the same time\n"
                          "Next:\n"
                          "  plancheck validate office/plan.yaml\n"
                          "  plancheck log office/plan.yaml --activity 党课 --by 张三\n"
                          "  plancheck check office/plan.yaml\n"));
  Run validate = run_plancheck({"validate", "office/plan.yaml"}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  CHECK(validate.out == "office/plan.yaml: valid (0 log files, 0 entries)\n");
  CHECK(validate.err == "");
  Run check = run_plancheck({"check", "office/plan.yaml", "--as-of", "2022-06-30"}, {.directory = scratch.path()});
  CHECK((check.exit_code == 0 || check.exit_code == 1));
  CHECK(check.err == "");
  CHECK(check.out.starts_with("2022年工作要点\n"));
  Run today = run_plancheck({"check", "office/plan.yaml"}, {.directory = scratch.path()});
  CHECK((today.exit_code == 0 || today.exit_code == 1));
  CHECK(today.err == "");

  Run log = run_plancheck({"log", "office/plan.yaml", "--date", "2022-06-15", "--activity", "党课", "--by", "张三"},
                          {.directory = scratch.path()});
  CHECK(log.exit_code == 0);
  CHECK(log.out == "Appended to office/log/2022-06.yaml:1 (a new file)\n- date: 2022-06-15\n  activity: 党课\n  by: 张三\n");
  Run status =
      run_plancheck({"status", "office/plan.yaml", "--as-of", "2022-06-30", "--who", "张三", "--format", "json"},
                    {.directory = scratch.path()});
  CHECK(status.out.find("\"status\": \"met\"") != std::string::npos);

  Run again = run_plancheck({"init", "office"}, {.directory = scratch.path()});
  CHECK(again.exit_code == 2);
  CHECK(again.err == "plancheck: error: office already has plan.yaml, log, templates, README.md: plancheck init never "
                     "overwrites anything\n"
                     "  = help: choose another folder, or move these out of the way first\n");
}

TEST_CASE("init: dates must be dates, in order") {
  TempFolder scratch;
  Run bad = run_plancheck({"init", "office", "--start", "2025-3-1"}, {.directory = scratch.path()});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "plancheck: error: --start is not written as YYYY-MM-DD: 2025-3-1\n"
                   "  = help: write it as 2025-03-01\n");
  Run reversed =
      run_plancheck({"init", "office", "--start", "2025-06-01", "--end", "2025-05-31"}, {.directory = scratch.path()});
  CHECK(reversed.exit_code == 2);
  CHECK(reversed.err == "plancheck: error: --end 2025-05-31 is before --start 2025-06-01\n");
  CHECK(!fs::exists(scratch / "office"));
  write_file(scratch / "afile", "");
  Run on_file = run_plancheck({"init", "afile"}, {.directory = scratch.path()});
  CHECK(on_file.exit_code == 2);
  CHECK(on_file.err == "plancheck: error: afile exists and is not a folder\n"
                       "  = help: give the name of a new folder (or of an empty one)\n");
}

TEST_CASE("log and init --help show an example") {
  Run log = run_plancheck({"log", "--help"}, {.environment = {{"COLUMNS", "120"}}});  // the example on one line
  CHECK(log.exit_code == 0);
  CHECK(log.out.find("plancheck log plans/fao-2022/plan.yaml --date 2022-06-15 --activity 党课 --by 陈立新") !=
        std::string::npos);
  Run init = run_plancheck({"init", "--help"});
  CHECK(init.exit_code == 0);
  CHECK(init.out.find("plancheck init office-2025") != std::string::npos);
}

}  // namespace plancheck
