#include "cli/write_run.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>

#include "read/log_reader.h"
#include "read/workspace.h"

extern char** environ;

namespace plancheck::testing {

namespace fs = std::filesystem;

pid_t start_plancheck(const fs::path& dir, const std::vector<std::string>& args, const std::string& output) {
  std::vector<std::string> words{PLANCHECK_BINARY};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, (output + ".out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, (output + ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  int failed = posix_spawn(&pid, PLANCHECK_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(failed == 0);
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Run run_in(const ScratchDir& scratch, const std::vector<std::string>& args) {
  static int counter = 0;
  std::string output = scratch / fmt::format(".run-{}", counter++);
  Run run;
  run.exit_code = wait_for(start_plancheck(scratch.path(), args, output));
  run.out = read_file(output + ".out");
  run.err = read_file(output + ".err");
  fs::remove(output + ".out");
  fs::remove(output + ".err");
  return run;
}

std::vector<std::string> log_args(std::vector<std::string> more) {
  std::vector<std::string> args{"log", kPlan};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

Ledger read_log_checked(const ScratchDir& scratch, const std::string& file, const Plan& plan) {
  Ledger ledger;
  Diagnostics diagnostics;
  read_log_text(read_file(scratch / file), file, PlanNames(plan), ledger, diagnostics);
  for (const auto& d : diagnostics) FAIL_CHECK(d.file << ":" << d.line << ": " << d.message.en);
  return ledger;
}

Plan seed_plan(const ScratchDir& scratch) {
  Workspace workspace = load_workspace(scratch / kPlan);
  REQUIRE(workspace.plan);
  return *workspace.plan;
}

}  // namespace plancheck::testing
