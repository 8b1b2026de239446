// End-to-end: concurrent `plancheck log` processes, and writers killed at random moments.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <set>
#include <thread>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "read/workspace.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;

TEST_CASE("50 concurrent log processes on one file: 50 whole entries, nothing lost, the old bytes kept") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  std::size_t old_entries = read_log_checked(scratch, kJune, seed_plan(scratch)).entries.size();
  std::vector<Process> writers;
  for (int i = 0; i < 50; ++i)
    writers.push_back(start_plancheck(log_args({"--date", "2022-06-20", "--activity", "党课", "--by", "陈立新",
                                                "--title", fmt::format("并发 {}", i), "--notes", "第一行\n第二行"}),
                                      {.directory = scratch.path()}));
  std::vector<Run> runs;
  for (Process& writer : writers) runs.push_back(writer.wait());
  for (const Run& run : runs) CHECK(run.exit_code == 0);

  std::string after = read_file(scratch / kJune);
  CHECK(after.starts_with(before));
  Ledger ledger = read_log_checked(scratch, kJune, seed_plan(scratch));
  REQUIRE(ledger.entries.size() == old_entries + 50);
  std::set<std::string> titles;
  for (std::size_t i = old_entries; i < ledger.entries.size(); ++i) {
    CHECK(ledger.entries[i].detail().notes == "第一行\n第二行");
    titles.insert(ledger.entries[i].detail().title);
  }
  CHECK(titles.size() == 50);
  // Each writer reported the line its own entry starts at.
  std::set<int> lines;
  for (int i = 0; i < 50; ++i) {
    const std::string& out = runs[i].out;
    int line = std::stoi(out.substr(out.find(':') + 1));
    lines.insert(line);
    auto found = std::find_if(ledger.entries.begin(), ledger.entries.end(), [&](const Entry& e) { return e.line == line; });
    REQUIRE(found != ledger.entries.end());
    CHECK(found->detail().title == fmt::format("并发 {}", i));
  }
  CHECK(lines.size() == 50);
}

TEST_CASE("writers killed at random moments leave a valid file with whole entries") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Plan plan = seed_plan(scratch);
  auto started = std::chrono::steady_clock::now();
  REQUIRE(run_plancheck(log_args({"--date", "2022-06-21", "--activity", "党课", "--by", "陈立新"}),
                        {.directory = scratch.path()})
              .exit_code == 0);
  auto one_run = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  std::mt19937 random(12345);
  std::uniform_int_distribution<long> delay(0, one_run.count() * 6 / 5);
  std::size_t expected = read_log_checked(scratch, kJune, plan).entries.size();
  // A temporary file left behind shows a writer killed after it began writing, before the rename.
  std::set<std::string> killed_while_writing;
  auto temporary_files = [&] {
    int count = 0;
    for (const auto& file : fs::directory_iterator(scratch / "fao-2022/log")) {
      std::string name = file.path().filename().string();
      if (name.starts_with(".2022-06.yaml.")) ++count, killed_while_writing.insert(name);
    }
    return count;
  };
  int written = 0, lost = 0;
  for (int i = 0; i < 100; ++i) {
    std::string title = fmt::format("中断 {}", i);
    Process writer = start_plancheck(log_args({"--date", "2022-06-22", "--activity", "党课", "--by", "陈立新",
                                               "--title", title, "--notes", std::string(2000, 'x') + "\n结尾"}),
                                     {.directory = scratch.path()});
    std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
    kill(writer.id(), SIGKILL);
    writer.wait();
    temporary_files();
    std::string after = read_file(scratch / kJune);
    REQUIRE(after.starts_with(before));
    Ledger ledger = read_log_checked(scratch, kJune, plan);
    REQUIRE((ledger.entries.size() == expected || ledger.entries.size() == expected + 1));
    if (ledger.entries.size() == expected + 1) {
      CHECK(ledger.entries.back().detail().title == title);
      CHECK(ledger.entries.back().detail().notes == std::string(2000, 'x') + "\n结尾");
      ++written;
    } else {
      ++lost;
    }
    expected = ledger.entries.size();
  }
  MESSAGE(fmt::format("killed writers: {} had written their entry, {} had not, {} of them while writing (one run: {} µs)",
                      written, lost, killed_while_writing.size(), one_run.count()));
  Run validate = run_plancheck({"validate", kSeedCopy}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  // The next writer clears what killed ones left behind.
  REQUIRE(run_plancheck(log_args({"--date", "2022-06-23", "--activity", "党课", "--by", "陈立新"}),
                        {.directory = scratch.path()})
              .exit_code == 0);
  CHECK(temporary_files() == 0);
}

}  // namespace plancheck
