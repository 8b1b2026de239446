// End-to-end: what --output does to what is already there — a file the run reads, a device, a
// FIFO, a link, a read-only file, a folder (write/output_file.h decides for every command).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;
namespace fs = std::filesystem;

namespace {

std::size_t entries_in(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}));
}

mode_t kind_of(const std::string& path) {
  struct stat status {};
  REQUIRE(::lstat(path.c_str(), &status) == 0);
  return status.st_mode & S_IFMT;
}

// `role`: what the file is to the run ("plan", "log file", "template", "partial").
std::string refused_as_input(const std::string& output, const std::string& role, const std::string& input) {
  return "plancheck: error: will not write " + output + ": it is the " + role + " this command reads (" + input +
         "), and writing would destroy it\n  = help: choose another file name for the output\n";
}

// A template with one partial, in `folder`: template.md.mustache and part.mustache.
std::string write_template(const TempFolder& folder) {
  folder.write("part.mustache", "{{plan.title}}\n");
  return folder.write("template.md.mustache", "# {{> part}}\n");
}

}  // namespace

TEST_CASE("-o onto the plan itself is refused, and the plan is left as it was") {
  TempFolder scratch;
  std::string plan = copy_seed(scratch);
  std::string before = read_file(plan);
  std::size_t files = entries_in(fs::path(plan).parent_path());
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"check", kSeedCopy, "--as-of", "2022-06-30"},
                                             {"status", kSeedCopy, "--format", "json"},
                                             {"validate", kSeedCopy},
                                             {"agenda", kSeedCopy, "--as-of", "2022-06-30"},
                                             {"export", kSeedCopy, "--format", "csv"}}) {
    std::vector<std::string> arguments = command;
    arguments.insert(arguments.end(), {"-o", kSeedCopy});
    CAPTURE(joined(arguments));
    Run run = run_plancheck(arguments, {.directory = scratch.path()});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.ends_with(refused_as_input(kSeedCopy, "plan", kSeedCopy)));
    CHECK(read_file(plan) == before);
    CHECK(entries_in(fs::path(plan).parent_path()) == files);  // no temporary file left behind
  }
}

TEST_CASE("-o onto a log file, a link to the plan or a hard link to a log file is refused") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string march = "fao-2022/log/2022-03.yaml";
  std::string before = read_file(scratch / march);
  Run ledger = run_plancheck({"check", kSeedCopy, "--as-of", "2022-06-30", "-o", march}, {.directory = scratch.path()});
  CHECK(ledger.exit_code == 2);
  CHECK(ledger.err.ends_with(refused_as_input(march, "log file", march)));
  CHECK(read_file(scratch / march) == before);

  fs::create_symlink("fao-2022/plan.yaml", scratch / "plan-link.yaml");
  Run linked = run_plancheck({"status", kSeedCopy, "-o", "plan-link.yaml"}, {.directory = scratch.path()});
  CHECK(linked.exit_code == 2);
  CHECK(linked.err.ends_with(refused_as_input("plan-link.yaml", "plan", kSeedCopy)));
  CHECK(fs::is_symlink(scratch / "plan-link.yaml"));

  fs::create_hard_link(scratch / march, scratch / "march.txt");
  Run hard = run_plancheck({"status", kSeedCopy, "-o", "march.txt"}, {.directory = scratch.path()});
  CHECK(hard.exit_code == 2);
  CHECK(hard.err.ends_with(refused_as_input("march.txt", "log file", march)));
  CHECK(read_file(scratch / march) == before);
}

TEST_CASE("render -o onto its template or onto a partial is refused, also as .docx") {
  TempFolder scratch;
  std::string plan = copy_seed(scratch);
  TempFolder templates;
  std::string name = write_template(templates);
  std::string partial = templates / "part.mustache";
  std::string before = read_file(name);
  for (const auto& [target, role] : {std::pair<std::string, std::string>{name, "template"}, {partial, "partial"}}) {
    Run run = run_plancheck({"render", plan, "-t", name, "--month", "2022-06", "-o", target});
    CHECK(run.exit_code == 2);
    CHECK(run.err == refused_as_input(target, role, target));
  }
  CHECK(read_file(name) == before);
  CHECK(read_file(partial) == "{{plan.title}}\n");
  // Also for a Word file named like the template's folder holds one: refused before pandoc runs.
  std::string word = templates.write("briefing.docx", "old");
  fs::create_hard_link(word, templates / "part-copy.mustache");
  templates.write("template2.md.mustache", "{{> part-copy}}\n");
  Run docx = run_plancheck({"render", plan, "-t", templates / "template2.md.mustache", "--month", "2022-06", "-o", word});
  CHECK(docx.exit_code == 2);
  CHECK(docx.err == refused_as_input(word, "partial", templates / "part-copy.mustache"));
  CHECK(read_file(word) == "old");
  CHECK(entries_in(templates.path()) == 5);  // no folder of pandoc's left behind
}

TEST_CASE("-o /dev/null writes into it as a shell's > would: it stays a character device") {
  Run piped = run_plancheck({"check", kSeed, "--as-of", "2022-06-30"});
  Run run = run_plancheck({"check", kSeed, "--as-of", "2022-06-30", "-o", "/dev/null"});
  CHECK(run.exit_code == piped.exit_code);
  CHECK(run.err == piped.err + "plancheck: wrote /dev/null\n");
  CHECK(kind_of("/dev/null") == S_IFCHR);
  Run exported = run_plancheck({"export", kSeed, "--format", "xlsx", "-o", "/dev/null"});
  CHECK(exported.exit_code == 0);
  CHECK(kind_of("/dev/null") == S_IFCHR);
  // A device that refuses the bytes is an error, as for a shell.
  Run full = run_plancheck({"status", kSeed, "-o", "/dev/full"});
  CHECK(full.exit_code == 2);
  CHECK(full.err.find("plancheck: error: cannot write /dev/full: ") != std::string::npos);
  CHECK(kind_of("/dev/full") == S_IFCHR);
}

TEST_CASE("-o onto a FIFO writes into it, and a FIFO no one reads is an error, not a wait") {
  TempFolder scratch;
  std::string fifo = scratch / "report.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  Run unread = run_plancheck({"status", kSeed, "-o", fifo});
  CHECK(unread.exit_code == 2);
  CHECK(unread.err.starts_with("plancheck: error: cannot write " + fifo + ": "));

  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  Run piped = run_plancheck({"validate", kSeed, "--format", "json"});
  Run run = run_plancheck({"validate", kSeed, "--format", "json", "-o", fifo});
  CHECK(run.exit_code == 0);
  std::string received;
  char buffer[4096];
  for (ssize_t count; (count = ::read(reader, buffer, sizeof buffer)) > 0;) received.append(buffer, count);
  ::close(reader);
  CHECK(received == piped.out);
  CHECK(kind_of(fifo) == S_IFIFO);
}

TEST_CASE("-o onto a link replaces the file the link names, never the link, and a dangling link makes that file") {
  TempFolder scratch;
  std::string real = scratch.write("reports/real.txt", "old\n");
  fs::create_symlink("reports/real.txt", scratch / "latest.txt");
  Run piped = run_plancheck({"status", kSeed, "--as-of", "2022-06-30"});
  Run run = run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "-o", scratch / "latest.txt"});
  CHECK(run.exit_code == 0);
  CHECK(fs::is_symlink(scratch / "latest.txt"));
  CHECK(read_file(real) == piped.out);
  CHECK(entries_in(scratch / "reports") == 1);

  fs::create_symlink("reports/new.txt", scratch / "next.txt");
  Run dangling = run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "-o", scratch / "next.txt"});
  CHECK(dangling.exit_code == 0);
  CHECK(fs::is_symlink(scratch / "next.txt"));
  CHECK(read_file(scratch / "reports/new.txt") == piped.out);
}

TEST_CASE("-o onto a read-only file or a folder is refused, and a replaced file keeps its owner and mode") {
  TempFolder scratch;
  std::string locked = scratch.write("locked.txt", "keep me\n");
  fs::permissions(locked, fs::perms::owner_read | fs::perms::group_read);
  Run read_only = run_plancheck({"status", kSeed, "-o", locked});
  CHECK(read_only.exit_code == 2);
  CHECK(read_only.err == "plancheck: error: will not replace " + locked + ": it is read-only\n"
                         "  = help: to replace it, make it writable first (chmod u+w " + locked +
                         "), or choose another file name\n");
  CHECK(read_file(locked) == "keep me\n");
  Run zh = run_plancheck({"--lang", "zh", "status", kSeed, "-o", locked});
  CHECK(zh.err.find("不能替换 " + locked + "：它是只读文件") != std::string::npos);

  Run folder = run_plancheck({"status", kSeed, "-o", scratch.path().string()});
  CHECK(folder.exit_code == 2);
  CHECK(folder.err == "plancheck: error: cannot write " + scratch.path().string() + ": it is a folder\n"
                      "  = help: give a file's name, e.g. " + scratch.path().string() + "/report.txt\n");

  std::string shared = scratch.write("shared.txt", "old\n");
  fs::permissions(shared, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  bool root = ::geteuid() == 0;
  if (root) REQUIRE(::chown(shared.c_str(), 1234, 5678) == 0);
  Run run = run_plancheck({"status", kSeed, "-o", shared});
  CHECK(run.exit_code == 0);
  struct stat after {};
  REQUIRE(::stat(shared.c_str(), &after) == 0);
  CHECK((after.st_mode & 07777) == 0640);
  if (root) {
    CHECK(after.st_uid == 1234);
    CHECK(after.st_gid == 5678);
  }
}

TEST_CASE("the messages of refused outputs, in Chinese") {
  TempFolder scratch;
  copy_seed(scratch);
  Run input = run_plancheck({"--lang", "zh", "check", kSeedCopy, "-o", kSeedCopy}, {.directory = scratch.path()});
  CHECK(input.err.ends_with("不能写入 " + kSeedCopy + "：这是本次读取的计划文件（" + kSeedCopy +
                            "），写入会毁掉它\n  = 提示：请为输出另选一个文件名\n"));
  std::string march = "fao-2022/log/2022-03.yaml";
  Run log_file = run_plancheck({"--lang", "zh", "status", kSeedCopy, "-o", march}, {.directory = scratch.path()});
  CHECK(log_file.exit_code == 2);
  CHECK(log_file.err.find("不能写入 " + march + "：这是本次读取的台账文件（" + march + "）") != std::string::npos);
  TempFolder templates;
  std::string name = write_template(templates);
  for (const auto& [target, role] : {std::pair<std::string, std::string>{name, "模板"}, {templates / "part.mustache", "子模板"}}) {
    Run run = run_plancheck({"--lang", "zh", "render", kSeedCopy, "-t", name, "--month", "2022-06", "-o", target},
                            {.directory = scratch.path()});
    CHECK(run.err.find("不能写入 " + target + "：这是本次读取的" + role + "（") != std::string::npos);
  }
  Run folder = run_plancheck({"--lang", "zh", "status", kSeedCopy, "-o", "fao-2022"}, {.directory = scratch.path()});
  CHECK(folder.err.find("不能写入 fao-2022：它是文件夹") != std::string::npos);
  CHECK(folder.err.find("请写出文件名，例如 fao-2022/报告.txt") != std::string::npos);
}

TEST_CASE("-o onto a block device (a disk) is refused") {
  TempFolder scratch;
  std::string disk = scratch / "disk";
  // A number no driver uses (240: for local, experimental use), so nothing could be written.
  if (::mknod(disk.c_str(), S_IFBLK | 0600, makedev(240, 0)) != 0) return;  // not allowed here
  Run run = run_plancheck({"status", kSeed, "-o", disk});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "plancheck: error: will not write " + disk +
                       ": it is a disk (a block device), and plancheck never writes to one\n"
                       "  = help: give the name of an ordinary file\n");
  CHECK(kind_of(disk) == S_IFBLK);
}
