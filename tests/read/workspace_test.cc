#include "read/workspace.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "read/test_support.h"
#include "support/temp_folder.h"

using namespace plancheck;
using plancheck::testing::show;
using plancheck::testing::TempFolder;

namespace {

using Names = std::vector<std::string>;

// A valid plan; `logs_line` (if any) goes into its header.
std::string plan_text(const std::string& logs_line = "") {
  return "plancheck: 1\n"
         "plan:\n"
         "  id: p\n"
         "  title: 测试\n"
         "  start: 2022-01-01\n"
         "  end: 2022-12-31\n" +
         logs_line +
         "activities: [党课]\n"
         "people: [{name: 张三}]\n";
}

std::string entry(const char* date) { return std::string("- {date: ") + date + ", activity: 党课, by: 张三}\n"; }

// "FILE:LINE:COLUMN: severity: message" for every diagnostic, with the directory's path left out.
std::string show_with_files(const Diagnostics& diagnostics, const TempFolder& dir) {
  std::string out;
  for (const auto& d : diagnostics) {
    std::string file = d.file.starts_with(dir.path().string()) ? d.file.substr(dir.path().string().size() + 1) : d.file;
    out += file + ":" + show(d) + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("read/workspace") {

TEST_CASE("the default logs folder may be absent") {
  TempFolder dir;
  auto workspace = load_workspace(dir.write("plan.yaml", plan_text()));
  CHECK(show(workspace.diagnostics) == "");
  CHECK(workspace.ok());
  CHECK(workspace.ledger.files.empty());
  CHECK(workspace.ledger.entries.empty());
}

TEST_CASE("a path listed in 'logs' that does not exist is an error") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text("  logs: [台账, log]\n"));
  dir.write("log/a.yaml", entry("2022-03-01"));
  auto workspace = load_workspace(plan);
  CHECK_FALSE(workspace.ok());
  REQUIRE(workspace.diagnostics.size() == 1);
  const Diagnostic& d = workspace.diagnostics[0];
  CHECK(d.file == plan);
  CHECK(show(d) == "0:0: error: the log path '台账' (listed in 'logs') does not exist [create it (mkdir -p " +
                       dir / "台账" + ") or fix the path in 'logs']");
  CHECK(workspace.ledger.entries.size() == 1);  // the logs that do exist are still read
}

TEST_CASE("an explicit 'logs: [log]' that is missing is an error too") {
  TempFolder dir;
  auto workspace = load_workspace(dir.write("plan.yaml", plan_text("  logs: [log]\n")));
  REQUIRE(workspace.diagnostics.size() == 1);
  CHECK(workspace.diagnostics[0].message.en == "the log path 'log' (listed in 'logs') does not exist");
}

TEST_CASE("folders are searched recursively for .yaml and .yml files, in sorted order") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text("  logs: [log, 补充.yml]\n"));
  dir.write("log/2022-02.yaml", entry("2022-02-01"));
  dir.write("log/2022-01.yml", entry("2022-01-01"));
  dir.write("log/archive/2021/old.yaml", entry("2022-01-15"));
  dir.write("log/b/nested.yaml", entry("2022-05-01"));
  dir.write("log/README.md", "# not a log\n");
  dir.write("log/notes.txt", "- not: yaml\n");
  dir.write("log/backup.yaml.bak", "garbage: [\n");
  dir.write("补充.yml", entry("2022-12-01"));
  auto workspace = load_workspace(plan);
  CHECK(show(workspace.diagnostics) == "");
  CHECK(workspace.ledger.files == Names{dir / "log/2022-01.yml", dir / "log/2022-02.yaml",
                                        dir / "log/archive/2021/old.yaml", dir / "log/b/nested.yaml",
                                        dir / "补充.yml"});
  REQUIRE(workspace.ledger.entries.size() == 5);
  CHECK(format_date(workspace.ledger.entries[0].date) == "2022-01-01");
  CHECK(workspace.ledger.entries[4].file == 4);
}

TEST_CASE("find_log_files lists a path named twice once") {
  TempFolder dir;
  dir.write("log/a.yaml", "");
  Plan plan;
  plan.file = dir / "plan.yaml";
  plan.logs = {"log", "log/a.yaml", "./log"};
  plan.logs_given = true;
  Diagnostics diagnostics;
  CHECK(find_log_files(plan, diagnostics) == Names{dir / "log/a.yaml"});
  CHECK(diagnostics.empty());
}

TEST_CASE("find_log_files: paths are relative to the plan file, as written to it") {
  TempFolder dir;
  dir.write("plans/fao/log/1.yaml", "");
  dir.write("plans/fao/shared/2.yaml", "");
  Plan plan;
  plan.file = dir / "plans/fao/plan.yaml";
  plan.logs = {"log", "log/../shared"};
  plan.logs_given = true;
  Diagnostics diagnostics;
  CHECK(find_log_files(plan, diagnostics) == Names{dir / "plans/fao/log/1.yaml", dir / "plans/fao/shared/2.yaml"});
  CHECK(diagnostics.empty());
}

TEST_CASE("an entry repeated exactly is a warning naming the first one") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text());
  dir.write("log/a.yaml", entry("2022-03-01") + entry("2022-03-02"));
  dir.write("log/b.yaml",
            "# 重复\n" + entry("2022-03-02") +     // 2: repeats a.yaml:2
                "- date: 2022-03-01\n"              // 3: repeats a.yaml:1
                "  activity: 党课\n"
                "  by: 张三\n" +
                entry("2022-03-03") +               // 6: not a repeat
                "- {date: 2022-03-01, activity: 党课, by: 张三, title: 另一场}\n");  // 7: differs in title
  auto workspace = load_workspace(plan);
  CHECK(workspace.ok());  // warnings only
  CHECK(show_with_files(workspace.diagnostics, dir) ==
        "log/b.yaml:2:3: warning: this entry repeats the one at " + dir / "log/a.yaml" +
            ":2 exactly; both count [remove one if it was recorded twice by mistake]\n"
            "log/b.yaml:3:3: warning: this entry repeats the one at " +
            dir / "log/a.yaml" + ":1 exactly; both count [remove one if it was recorded twice by mistake]\n");
  CHECK(workspace.ledger.entries.size() == 6);  // both count
}

TEST_CASE("every diagnostic keeps its source line, read with its file: nothing is read again to quote it") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text() + "roles: [书记, 书记]\n");
  dir.write("log/a.yaml", entry("2022-03-01") + "- {date: 2022-03-02, activity: 党課, by: 张三}\n");
  dir.write("log/b.yaml", "\n" + entry("2022-03-01"));  // repeats a.yaml:1, in another file
  // One thread after another, so that files are read out of order too; the lines are the same.
  for (unsigned threads : {1u, 2u, 8u}) {
    LoadOptions options;
    options.threads = threads;
    auto workspace = load_workspace(plan, options);
    std::string quoted;
    for (const auto& d : workspace.diagnostics) quoted += d.source_line + "\n";
    CHECK(quoted ==
          "roles: [书记, 书记]\n"
          "- {date: 2022-03-02, activity: 党課, by: 张三}\n"
          "- {date: 2022-03-01, activity: 党课, by: 张三}\n");
  }
}

TEST_CASE("diagnostics are sorted: the plan first, then the logs in reading order, each by position") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text() +
                                                "roles: [书记, 书记]\n"  // 9
                                                "sectons: []\n");        // 10
  dir.write("log/a.yaml",
            "- {date: 2022-03-01, activity: 党課, by: 张三}\n"
            "- {date: 2023-03-01, activity: 党课, by: 张三}\n");
  dir.write("log/b.yaml", "date: 2022-03-01\n");
  auto workspace = load_workspace(plan);
  CHECK(show_with_files(workspace.diagnostics, dir) ==
        "plan.yaml:9:13: error: duplicate role '书记': already defined at line 9 [every one must be unique: rename "
        "or remove one of them]\n"
        "plan.yaml:10:1: error: unknown key 'sectons' in the plan file [did you mean 'sections'?]\n"
        "log/a.yaml:1:32: error: unknown activity '党課' [did you mean '党课'?]\n"
        "log/a.yaml:2:10: warning: 2023-03-01 is outside the plan (2022-01-01 to 2022-12-31): this entry is "
        "ignored\n"
        "log/b.yaml:1:1: error: a log file should be a list of entries, each starting with '- ' [see the README "
        "for an example entry]\n");
  CHECK_FALSE(workspace.ok());
}

TEST_CASE("a log file that is not UTF-8 is reported and the others still read") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text());
  dir.write("log/a.yaml", "- {date: 2022-03-01, activity: 党课, by: 张三, title: \xB5\xB3\xBF\xCE}\n");
  dir.write("log/b.yaml", entry("2022-03-02"));
  auto workspace = load_workspace(plan);
  REQUIRE(workspace.diagnostics.size() == 1);
  CHECK(workspace.diagnostics[0].file == dir / "log/a.yaml");
  CHECK(workspace.diagnostics[0].line == 1);
  CHECK(workspace.diagnostics[0].column == 51);
  CHECK(workspace.diagnostics[0].message.en == "this file is not valid UTF-8 (byte 0xB5): the text here may be GBK");
  CHECK(workspace.ledger.entries.size() == 1);
}

TEST_CASE("a plan that can't be read: no plan, no logs read") {
  TempFolder dir;
  dir.write("log/a.yaml", entry("2022-03-01"));
  auto missing = load_workspace(dir / "plan.yaml");
  CHECK_FALSE(missing.plan);
  CHECK_FALSE(missing.ok());
  CHECK(show(missing.diagnostics) == "0:0: error: cannot read this file: No such file or directory\n");
  auto empty = load_workspace(dir.write("empty.yaml", ""));
  CHECK_FALSE(empty.plan);
  CHECK(empty.ledger.files.empty());
  CHECK(empty.diagnostics.at(0).message.en == "this plan file is empty");
}

TEST_CASE("a plan file with a BOM and CRLF line ends") {
  TempFolder dir;
  std::string text = plan_text();
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  dir.write("log/a.yaml", "\xEF\xBB\xBF" + entry("2022-03-01"));
  auto workspace = load_workspace(dir.write("plan.yaml", "\xEF\xBB\xBF" + crlf));
  CHECK(show(workspace.diagnostics) == "");
  REQUIRE(workspace.plan);
  CHECK(workspace.plan->title == "测试");
  CHECK(workspace.ledger.entries.size() == 1);
}

TEST_CASE("the seed plan loads with no errors and 228 entries") {
  std::string plan = std::string(PLANCHECK_SOURCE_DIR) + "/plans/fao-2022/plan.yaml";
  auto workspace = load_workspace(plan);
  INFO(show(workspace.diagnostics));
  CHECK(workspace.ok());
  CHECK_FALSE(has_errors(workspace.diagnostics));
  REQUIRE(workspace.plan);
  CHECK(workspace.plan->id == "fao-2022");
  CHECK(workspace.plan->sections.size() == 4);
  CHECK(workspace.ledger.files.size() == 13);
  CHECK(workspace.ledger.files.front() == std::string(PLANCHECK_SOURCE_DIR) + "/plans/fao-2022/log/2022-01.yaml");
  CHECK(workspace.ledger.entries.size() == 228);
}

TEST_CASE("the seed plan: 党小组 inside their 支部, branch sizes above every general meeting's head count") {
  auto workspace = load_workspace(std::string(PLANCHECK_SOURCE_DIR) + "/plans/fao-2022/plan.yaml");
  REQUIRE(workspace.plan);
  const auto& plan = *workspace.plan;
  std::map<std::string, std::vector<std::string>> groups_of;
  for (const auto& unit : plan.units)
    if (unit.kind == "党小组") groups_of[unit.parent].push_back(unit.id);
  CHECK(groups_of == std::map<std::string, std::vector<std::string>>{
                         {"第一支部", {"第一支部第一党小组", "第一支部第二党小组"}},
                         {"第二支部", {"第二支部第一党小组", "第二支部第二党小组"}},
                         {"第三支部", {"第三支部党小组"}}});
  std::map<std::string, int> largest_meeting;
  for (const auto& entry : workspace.ledger.entries)
    if (entry.activity == "支部党员大会")
      for (const auto& branch : entry.by)
        largest_meeting[branch] = std::max(largest_meeting[branch], entry.detail().attendees.count.value_or(0));
  CHECK(largest_meeting == std::map<std::string, int>{{"第一支部", 17}, {"第二支部", 14}, {"第三支部", 13}});
  for (const auto& [branch, largest] : largest_meeting) {
    const plancheck::Unit* unit = plancheck::find_unit(plan, branch);
    REQUIRE(unit);
    REQUIRE(unit->members);
    CAPTURE(branch);
    CHECK(*unit->members > largest);
    CHECK(*unit->members <= largest + 2);
  }
  // The branch secretaries belong to the branch they lead.
  for (const auto& person : plan.people)
    for (const auto& tenure : person.tenures)
      if (tenure.role == "支部书记") CHECK(person.unit == tenure.unit);
}

TEST_CASE("the seed plan named relative to the working directory (the project root)") {
  std::error_code error;
  if (!std::filesystem::exists("plans/fao-2022/plan.yaml", error)) {
    MESSAGE("not run from the project root: skipped");
    return;
  }
  auto workspace = load_workspace("plans/fao-2022/plan.yaml");
  CHECK(workspace.ok());
  CHECK(workspace.ledger.entries.size() == 228);
  CHECK(workspace.ledger.files.front() == "plans/fao-2022/log/2022-01.yaml");
}

}  // TEST_SUITE

TEST_SUITE("read/workspace") {

// Everything a report could depend on, as text.
std::string ledger_text(const Workspace& workspace, const TempFolder& dir) {
  std::string out = show_with_files(workspace.diagnostics, dir);
  for (const auto& e : workspace.ledger.entries)
    out += fmt::format("{} {} {} {}:{}\n", format_date(e.date), e.activity, e.fingerprint,
                       workspace.ledger.files[e.file].substr(dir.path().string().size()), e.line);
  return out;
}

TEST_CASE("the ledger and diagnostics are the same whatever the threads and the order logs are listed in") {
  TempFolder dir;
  std::string plan_lines = plan_text("  logs: [c.yaml, a, b.yml]\n");
  dir.write("plan.yaml", plan_lines);
  std::string reordered = plan_text("  logs: [b.yml, c.yaml, a]\n");
  dir.write("reordered/plan.yaml", reordered);
  for (const char* folder : {"", "reordered/"}) {
    dir.write(std::string(folder) + "c.yaml", entry("2022-03-01") + entry("2022-13-01"));
    dir.write(std::string(folder) + "a/x.yaml", entry("2022-01-01") + entry("2022-01-01"));
    dir.write(std::string(folder) + "a/y/z.yaml", entry("2023-01-01"));
    dir.write(std::string(folder) + "b.yml", entry("2022-02-01") + "- {date: 2022-02-02, activity: 党課, by: 张三}\n");
  }
  LoadOptions one, many;
  one.threads = 1;
  many.threads = 8;
  std::string expected = ledger_text(load_workspace(dir / "plan.yaml", one), dir);
  CHECK(expected.find("2022-13-01") != std::string::npos);  // the bad date is reported
  CHECK(ledger_text(load_workspace(dir / "plan.yaml", many), dir) == expected);
  std::string reordered_text = ledger_text(load_workspace(dir / "reordered/plan.yaml", many), dir);
  // The same files in another folder: only the folder in the paths differs.
  std::string without_folder = reordered_text;
  for (std::size_t at; (at = without_folder.find("reordered/")) != std::string::npos;) without_folder.erase(at, 10);
  CHECK(without_folder == expected);
}

TEST_CASE("positions stay exact deep into a long log file") {
  TempFolder dir;
  dir.write("plan.yaml", plan_text());
  std::string log;
  for (int i = 0; i < 50000; ++i) log += "- date: 2022-05-01\n  activity: 党课\n  by: 张三\n  title: 第" + std::to_string(i) + "次\n";
  log += "- date: 2022-05-02\n  activity: 党课\n  by: 张三丰\n";
  dir.write("log/2022-05.yaml", log);
  Workspace workspace = load_workspace(dir / "plan.yaml");
  REQUIRE(workspace.diagnostics.size() == 1);
  CHECK(workspace.diagnostics[0].line == 200003);
  CHECK(workspace.diagnostics[0].column == 7);
  CHECK(workspace.ledger.entries.size() == 50000);
  CHECK(workspace.ledger.entries.back().line == 199997);
}

TEST_CASE("entries keep their details only when asked to") {
  TempFolder dir;
  dir.write("plan.yaml", plan_text());
  dir.write("log/2022.yaml", "- {date: 2022-03-01, activity: 党课, by: 张三, title: 一}\n"
                             "- {date: 2022-04-01, activity: 党课, by: 张三, title: 二}\n");
  LoadOptions march_only;
  march_only.keep_details = [](const Entry& e) { return e.date < *parse_date("2022-04-01"); };
  Workspace full = load_workspace(dir / "plan.yaml");
  Workspace partial = load_workspace(dir / "plan.yaml", march_only);
  REQUIRE(partial.ledger.entries.size() == 2);
  CHECK(partial.ledger.entries[0].detail().title == "一");
  CHECK(partial.ledger.entries[1].details == nullptr);
  CHECK(partial.ledger.entries[1].detail().title == "");
  // The fingerprint covers the details even when they are not kept.
  CHECK(partial.ledger.entries[1].fingerprint == full.ledger.entries[1].fingerprint);
  CHECK(full.ledger.entries[1].fingerprint == entry_fingerprint(full.ledger.entries[1]));
  CHECK(full.ledger.entries[0].fingerprint != full.ledger.entries[1].fingerprint);
}

TEST_CASE("the progress callback hears of every log file once, from whichever thread read it") {
  TempFolder dir;
  dir.write("plan.yaml", plan_text());
  for (int month = 1; month <= 12; ++month)
    dir.write(fmt::format("log/2022-{:02}.yaml", month), entry(fmt::format("2022-{:02}-01", month).c_str()));
  std::mutex mutex;
  std::vector<std::size_t> counts;
  std::set<std::size_t> totals;
  LoadOptions options;
  options.threads = 4;
  options.progress = [&](std::size_t read, std::size_t total) {
    std::lock_guard lock(mutex);
    counts.push_back(read);
    totals.insert(total);
  };
  Workspace workspace = load_workspace(dir / "plan.yaml", options);
  CHECK(workspace.ledger.entries.size() == 12);
  std::sort(counts.begin(), counts.end());
  CHECK(counts == std::vector<std::size_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
  CHECK(totals == std::set<std::size_t>{12});
}

}  // TEST_SUITE

TEST_SUITE("read/workspace") {

TEST_CASE("a ledger over the entry limit is refused with a clear error") {
  TempFolder dir;
  dir.write("plan.yaml", plan_text());
  dir.write("log/2022-01.yaml", entry("2022-01-01") + entry("2022-01-02"));
  dir.write("log/2022-02.yaml", entry("2022-02-01"));
  LoadOptions limited;
  limited.max_entries = 2;
  Workspace workspace = load_workspace(dir / "plan.yaml", limited);
  CHECK(show_with_files(workspace.diagnostics, dir) ==
        "plan.yaml:0:0: error: the ledger holds 3 entries; plancheck reads at most 2 "
        "[keep one plan (and its ledger) per year or per office]\n");
  CHECK(workspace.ledger.entries.empty());
  CHECK_FALSE(workspace.ok());
  limited.max_entries = 3;
  CHECK(load_workspace(dir / "plan.yaml", limited).ok());
}

}  // TEST_SUITE

TEST_SUITE("read/workspace") {

TEST_CASE("only files inside the plan's folder are ledger files: a log path or a link outside it is never read") {
  TempFolder dir;
  dir.write("secret/credentials.yaml", "- {date: 2022-03-01, activity: 党课, by: 张三}\n");
  std::string plan = dir.write("office/plan.yaml", plan_text("  logs: [log, ../secret]\n"));
  dir.write("office/log/2022-01.yaml", entry("2022-01-01"));
  std::filesystem::create_symlink(dir / "secret/credentials.yaml", dir / "office/log/2022-02.yaml");
  std::filesystem::create_directory_symlink(dir / "secret", dir / "office/log/linked");
  auto workspace = load_workspace(plan);
  CHECK(show_with_files(workspace.diagnostics, dir) ==
        "office/log/2022-02.yaml:0:0: error: this log path lies outside the plan's folder (or a link leads outside "
        "it), so it is not read [log files must be inside the plan's folder, " + dir / "office" +
        ": move them there rather than naming them through a link or '../']\n"
        "office/log/linked:0:0: error: this log path lies outside the plan's folder (or a link leads outside it), so "
        "it is not read [log files must be inside the plan's folder, " + dir / "office" +
        ": move them there rather than naming them through a link or '../']\n"
        "secret:0:0: error: this log path lies outside the plan's folder (or a link leads outside it), so it "
        "is not read [log files must be inside the plan's folder, " + dir / "office" +
        ": move them there rather than naming them through a link or '../']\n");
  CHECK(workspace.ledger.files == Names{dir / "office/log/2022-01.yaml"});
  CHECK(workspace.ledger.entries.size() == 1);
  for (const auto& d : workspace.diagnostics) CHECK(d.source_line.empty());  // never quoted
}

TEST_CASE("a link inside the plan's folder is followed, and 'logs' may only name .yaml files") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text("  logs: [log, notes.txt]\n"));
  dir.write("archive/2022-01.yaml", entry("2022-01-01"));
  dir.write("notes.txt", entry("2022-02-01"));
  std::filesystem::create_directories(dir / "log");
  std::filesystem::create_symlink(dir / "archive/2022-01.yaml", dir / "log/2022-01.yaml");
  auto workspace = load_workspace(plan);
  CHECK(show_with_files(workspace.diagnostics, dir) ==
        "plan.yaml:0:0: error: 'notes.txt' (listed in 'logs') is not a .yaml or .yml file, so it is not read "
        "[log files are named .yaml or .yml]\n");
  CHECK(workspace.ledger.entries.size() == 1);
}

TEST_CASE("'logs: [.]' reads the folder's log files but not the plan itself, and says so") {
  TempFolder dir;
  std::string plan = dir.write("plan.yaml", plan_text("  logs: [.]\n"));
  dir.write("2022-01.yaml", entry("2022-01-01"));
  auto workspace = load_workspace(plan);
  CHECK(show_with_files(workspace.diagnostics, dir) ==
        "plan.yaml:0:0: warning: 'logs' lists a path that holds the plan file itself: the plan is not read as a log "
        "file [keep the log files in a folder of their own (e.g. log/) and list that folder in 'logs']\n");
  CHECK(workspace.ledger.files == Names{dir / "2022-01.yaml"});
  CHECK(workspace.ok());
}

}  // TEST_SUITE
