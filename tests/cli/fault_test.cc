// End-to-end faults: a ledger that cannot be read, a full disk under `log` and `render -o`, and
// `render -o` killed at random moments (SIGKILL in the middle of `log` and 50 concurrent writers
// are in write_safety_test.cc). In every case the files are intact, the error is clear, and no
// entry is lost or doubled.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;

namespace {

const std::string kSmallPlan = R"(plancheck: 1
plan:
  id: faults
  title: 故障测试
  start: 2022-01-01
  end: 2022-12-31
roles: [书记]
activities: [党课]
people:
  - {name: 张三, roles: [书记]}
sections:
  - id: 一
    items:
      - id: 1
        rules:
          - {id: lecture, activity: 党课, each: 书记, every: quarter}
)";

const std::string kMarch = "- date: 2022-03-01\n  activity: 党课\n  by: 张三\n  title: 第一次\n"
                           "- date: 2022-03-02\n  activity: 党课\n  by: 张三\n  title: 第二次\n";

// Writes the small plan and its March log into `folder`.
void write_small_plan(const fs::path& folder) {
  fs::create_directories(folder / "log");
  write_file((folder / "plan.yaml").string(), kSmallPlan);
  write_file((folder / "log/2022-03.yaml").string(), kMarch);
}

// The names in `folder` that look like write_file_atomically's temporary files (".NAME.XXXXXX").
std::vector<std::string> temporaries(const fs::path& folder) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with('.') && name.size() > 7 && name[name.size() - 7] == '.') found.push_back(name);
  }
  return found;
}

int count_of(const std::string& text, const std::string& part) {
  int count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("an unreadable ledger file or folder: a clear error naming it, exit 2, nothing written") {
  TempFolder scratch;
  write_small_plan(scratch.path());
  fs::permissions(scratch.path(), fs::perms::all, fs::perm_options::add);  // for the unprivileged user below
  std::string plan = scratch / "plan.yaml";
  std::string march = scratch / "log/2022-03.yaml";
  // Root reads files whatever their mode: as root, plancheck runs as 'nobody' here, so that the
  // mode really stops it (setpriv is in util-linux, part of every Debian).
  LaunchOptions as_user;
  if (geteuid() == 0) as_user.wrapper = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
  if (!as_user.wrapper.empty()) MESSAGE("running as root: plancheck runs as 'nobody' for this test");

  SUBCASE("a log file with mode 000") {
    fs::permissions(march, fs::perms::none);
    for (const std::string command : {"validate", "check", "status"}) {
      CAPTURE(command);
      std::vector<std::string> arguments{command, "--color", "never", plan};
      if (command != "validate") arguments.insert(arguments.end(), {"--as-of", "2022-06-30"});
      Run run = run_plancheck(arguments, as_user);
      CHECK(run.exit_code == 2);
      CHECK_MESSAGE(run.err.find(march + ": error: cannot read this file: Permission denied") != std::string::npos, run.err);
    }
    // log refuses too (the month's file is the unreadable one), and writes nothing.
    fs::permissions(scratch.path() / "log", fs::perms::all, fs::perm_options::add);
    Run log = run_plancheck({"log", plan, "--date", "2022-03-05", "--activity", "党课", "--by", "张三"}, as_user);
    CHECK(log.exit_code == 2);
    CHECK(log.err.find("cannot read this file: Permission denied") != std::string::npos);
    fs::permissions(march, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(read_file(march) == kMarch);
    CHECK(temporaries(scratch.path() / "log").empty());
  }
  SUBCASE("a log folder with mode 000") {
    fs::permissions(scratch.path() / "log", fs::perms::none);
    Run run = run_plancheck({"validate", "--color", "never", plan}, as_user);
    fs::permissions(scratch.path() / "log", fs::perms::owner_all);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find(scratch / "log" + ": error: cannot read this folder: Permission denied") != std::string::npos);
    CHECK(read_file(march) == kMarch);
  }
}

// A .yaml name in a logs folder that is a broken symbolic link (or a FIFO, or a link loop) must
// not be skipped without a word: its entries would silently stop counting.
TEST_CASE("a ledger file that is a broken symbolic link is reported, not skipped") {
  TempFolder scratch;
  write_small_plan(scratch.path());
  fs::create_symlink("/nonexistent/2022-04.yaml", scratch.path() / "log/2022-04.yaml");
  Run run = run_plancheck({"validate", "--color", "never", scratch / "plan.yaml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find(scratch / "log/2022-04.yaml") != std::string::npos);
  CHECK(run.err.find("it is not a regular file (a broken link?)") != std::string::npos);
}

TEST_CASE("a log file named in another encoding: every JSON output stays valid JSON, and no internal error") {
  TempFolder scratch;
  write_small_plan(scratch.path());
  write_file(scratch / "log/\xb6\xfe\xd4\xc2.yaml", "- date: 2022-04-02\n  activity: 党课\n  by: 张三\n");  // 二月 in GBK
  std::string plan = scratch / "plan.yaml";
  std::vector<std::vector<std::string>> commands{
      {"status", plan, "--as-of", "2022-06-30", "--format", "json"},
      {"validate", plan, "--format", "json"},
      {"entries", plan, "--format", "json"},
      {"render", plan, "--month", "2022-04", "--context"}};
  for (const auto& command : commands) {
    Run run = run_plancheck(command);
    INFO(command[0] << ": " << run.err);
    CHECK(run.err.find("internal error") == std::string::npos);
    CHECK((run.exit_code == 0 || run.exit_code == 1));
    auto parsed = nlohmann::json::parse(run.out, nullptr, false);
    CHECK_FALSE(parsed.is_discarded());
    CHECK(run.out.find("log/\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd.yaml") != std::string::npos);  // U+FFFD for each byte
  }
}

// CI runs plancheck as root on files anyone may propose: a month file that links out of the repo
// must neither be read (its first line would be quoted into the CI log) nor written through.
TEST_CASE("log never writes through a link that leaves the plan's folder, and check never reads it") {
  TempFolder scratch;
  fs::create_directories(scratch.path() / "repo");
  write_small_plan(scratch.path() / "repo");
  write_file(scratch / "outside.yaml", "# kept as it is\n");
  fs::create_symlink(scratch / "outside.yaml", scratch.path() / "repo/log/2022-04.yaml");
  Run log = run_plancheck({"log", scratch / "repo/plan.yaml", "--date", "2022-04-12", "--activity", "党课", "--by",
                           "张三", "--color", "never"});
  CHECK(log.exit_code == 2);
  CHECK(log.err.find("cannot write to " + scratch / "repo/log/2022-04.yaml" +
                     ": it lies outside the plan's folder (or a link leads outside it)") != std::string::npos);
  CHECK(read_file(scratch / "outside.yaml") == "# kept as it is\n");
  Run check = run_plancheck({"check", scratch / "repo/plan.yaml", "--color", "never"});
  CHECK(check.exit_code == 2);
  CHECK(check.err.find("kept as it is") == std::string::npos);
  CHECK(check.err.find("this log path lies outside the plan's folder") != std::string::npos);
}

namespace {

// A small filesystem that is full: a 256 kB tmpfs filled up where this process may mount one,
// else a folder where the LD_PRELOAD shim makes every write fail with ENOSPC.
class FullDisk {
 public:
  FullDisk() {
    fs::create_directories(folder_.path() / "disk");
    const char* no_tmpfs = std::getenv("PLANCHECK_TEST_NO_TMPFS");  // =1 tries the shim where a mount would work
    mounted_ = !(no_tmpfs && std::string(no_tmpfs) == "1") &&
               ::mount("tmpfs", disk().c_str(), "tmpfs", 0, "size=256k") == 0;
    std::string why = mounted_ ? "" : no_tmpfs ? "PLANCHECK_TEST_NO_TMPFS=1" : std::string(std::strerror(errno));
    if (!mounted_) MESSAGE("no tmpfs (" << why << "): injecting ENOSPC instead");
  }
  ~FullDisk() {
    if (mounted_) ::umount2(disk().c_str(), MNT_DETACH);
  }
  FullDisk(const FullDisk&) = delete;
  FullDisk& operator=(const FullDisk&) = delete;

  fs::path disk() const { return folder_.path() / "disk"; }

  // Fills the disk up; from now on writes fail.
  void fill() {
    full_ = true;
    if (!mounted_) return;
    std::ofstream filler(disk() / "filler", std::ios::binary);
    std::string block(4096, 'x');
    while (filler.write(block.data(), static_cast<std::streamsize>(block.size()))) {
    }
  }
  // Makes room again.
  void free() {
    full_ = false;
    if (mounted_) fs::remove(disk() / "filler");
  }
  // How plancheck is run: with the shim where no tmpfs could be mounted.
  LaunchOptions launch() const {
    if (mounted_ || !full_) return {};
    const char* sanitizer_options = std::getenv("ASAN_OPTIONS");
    return {.environment = {{"LD_PRELOAD", PLANCHECK_ENOSPC_SHIM},
                            {"PLANCHECK_TEST_FULL_DIR", disk().string()},
                            {"ASAN_OPTIONS",
                             std::string(sanitizer_options ? sanitizer_options : "") + ":verify_asan_link_order=0"}}};
  }

 private:
  TempFolder folder_;
  bool mounted_ = false;
  bool full_ = false;
};

}  // namespace

TEST_CASE("init on a full disk fails clearly and leaves nothing, so that trying again works") {
  FullDisk full;
  fs::path disk = full.disk();
  fs::create_directories(disk / "repo/.git");  // a fresh git repository to start the plan in
  auto names_in = [](const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  };
  full.fill();
  for (const fs::path& target : {disk / "office", disk / "repo"}) {
    std::vector<std::string> before = names_in(disk);
    Run run = run_plancheck({"init", target.string(), "--year", "2023"}, full.launch());
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("No space left on device") != std::string::npos);
    CHECK(names_in(disk) == before);
    CHECK(names_in(disk / "repo") == std::vector<std::string>{".git"});
  }
  full.free();
  Run again = run_plancheck({"init", (disk / "repo").string(), "--year", "2023"}, full.launch());
  CHECK(again.exit_code == 0);
  CHECK(again.err == "");
  CHECK(names_in(disk / "repo") ==
        std::vector<std::string>{".git", ".gitattributes", "README.md", "log", "plan.yaml", "templates"});
  CHECK((fs::status(disk / "repo/templates").permissions() & fs::perms::others_read) != fs::perms::none);
}

TEST_CASE("a full disk: log and render -o fail clearly, the files stay whole, and the entry is written once later") {
  FullDisk full;
  fs::path disk = full.disk();
  write_small_plan(disk);
  std::string plan = (disk / "plan.yaml").string();
  std::string march = (disk / "log/2022-03.yaml").string();
  std::string briefing = (disk / "briefing.md").string();
  write_file(briefing, "上个月的简报\n");
  std::vector<std::string> log{"log", plan, "--date", "2022-03-10", "--activity", "党课", "--by", "张三",
                               "--title", "磁盘已满"};
  std::vector<std::string> render{"render", plan, "--template", "templates/monthly-briefing.md.mustache",
                                  "--month", "2022-03", "-o", briefing};

  full.fill();
  Run logged = run_plancheck(log, full.launch());
  CHECK(logged.exit_code == 2);
  CHECK(logged.err.find("No space left on device") != std::string::npos);
  CHECK(logged.err.find("nothing was written") != std::string::npos);
  CHECK(read_file(march) == kMarch);
  CHECK(temporaries(disk / "log").empty());

  Run rendered = run_plancheck(render, full.launch());
  CHECK(rendered.exit_code == 2);
  CHECK(rendered.err.find("cannot write " + briefing + ": No space left on device") != std::string::npos);
  CHECK(read_file(briefing) == "上个月的简报\n");
  CHECK(temporaries(disk).empty());

  full.free();
  Run retried = run_plancheck(log, full.launch());
  CHECK(retried.exit_code == 0);
  std::string after = read_file(march);
  CHECK(after.starts_with(kMarch));
  CHECK(count_of(after, "title: 磁盘已满") == 1);
  CHECK(count_of(after, "- date:") == 3);
  CHECK(run_plancheck(render, full.launch()).exit_code == 0);
  CHECK(read_file(briefing).find("2022年3月") != std::string::npos);
  CHECK(run_plancheck({"validate", plan}).exit_code == 0);
}

TEST_CASE("render -o killed at random moments leaves the old file or the whole new one") {
  TempFolder scratch;
  copy_seed(scratch);
  // A long briefing (every result, forty times over), so that some kills land while it is written.
  std::string body = "{{#results}}{{rule}} {{subject}} {{period.label}} {{status}} {{done}}/{{required}}\n{{/results}}";
  std::string big;
  for (int i = 0; i < 40; ++i) big += body;
  write_file(scratch / "big.mustache", big);
  std::vector<std::string> args{"render", kSeedCopy, "--template", "big.mustache", "--month", "2022-06", "-o", "out.md"};
  std::string old_text = "旧的简报\n";
  write_file(scratch / "out.md", old_text);

  auto started = std::chrono::steady_clock::now();
  REQUIRE(run_plancheck(args, {.directory = scratch.path()}).exit_code == 0);
  auto one_run = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  std::string new_text = read_file(scratch / "out.md");
  REQUIRE(new_text.size() > 100'000);

  std::mt19937 random(2022);
  std::uniform_int_distribution<long> delay(0, one_run.count() * 6 / 5);
  int old_kept = 0, replaced = 0, mid_write = 0;
  for (int i = 0; i < 60; ++i) {
    write_file(scratch / "out.md", old_text);
    Process render = start_plancheck(args, {.directory = scratch.path()});
    std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
    kill(render.id(), SIGKILL);
    render.wait();
    std::string now = read_file(scratch / "out.md");
    REQUIRE((now == old_text || now == new_text));
    (now == old_text ? old_kept : replaced)++;
    for (const auto& name : temporaries(scratch.path())) {
      ++mid_write;
      fs::remove(scratch.path() / name);  // what a killed writer leaves: a hidden temporary, never out.md itself
    }
  }
  MESSAGE(fmt::format("killed renders: {} left the old file, {} had replaced it, {} were killed while writing "
                      "(one run: {} µs)",
                      old_kept, replaced, mid_write, one_run.count()));
}

}  // namespace plancheck
