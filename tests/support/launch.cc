#include "support/launch.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "support/files.h"

extern char** environ;

namespace plancheck::testing {

namespace {

// What plancheck reads from its environment: left out, so that the developer's terminal or a CI
// runner does not change what the tests see. A test that wants one sets it.
const char* const kCleared[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR",
                                "CLICOLOR_FORCE", "COLUMNS", "CI", "GITHUB_STEP_SUMMARY"};

std::vector<std::string> environment_for(const std::map<std::string, std::string>& extra) {
  std::vector<std::string> variables;
  for (char** variable = environ; *variable; ++variable) {
    std::string text = *variable;
    std::string name = text.substr(0, text.find('='));
    bool cleared = std::any_of(std::begin(kCleared), std::end(kCleared), [&](const char* c) { return name == c; });
    if (!cleared && !extra.contains(name)) variables.push_back(text);
  }
  for (const auto& [name, value] : extra) variables.push_back(name + "=" + value);
  return variables;
}

std::vector<char*> pointers(std::vector<std::string>& words) {
  std::vector<char*> result;
  for (auto& word : words) result.push_back(word.data());
  result.push_back(nullptr);
  return result;
}

std::vector<std::string> plancheck_command(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{PLANCHECK_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return command;
}

}  // namespace

Process::Process(const std::vector<std::string>& command, const LaunchOptions& options)
    : capture_(std::make_unique<TempFolder>()) {
  std::vector<std::string> words = options.wrapper;
  words.insert(words.end(), command.begin(), command.end());
  REQUIRE(!words.empty());
  std::vector<std::string> variables = environment_for(options.environment);
  std::string input = "/dev/null";
  if (options.input) input = capture_->write("in", *options.input);
  std::string out = *capture_ / "out", err = *capture_ / "err";

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addchdir_np(&actions, options.directory.c_str());
  posix_spawn_file_actions_addopen(&actions, 0, input.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> argv = pointers(words), envp = pointers(variables);
  int failed = posix_spawnp(&pid_, words[0].c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE_MESSAGE(failed == 0, "cannot start " << words[0] << ": " << std::strerror(failed));
}

Run Process::wait() {
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(*capture_ / "out");
  run.err = read_file(*capture_ / "err");
  capture_.reset();
  return run;
}

std::string joined(const std::vector<std::string>& words) {
  std::string line;
  for (const auto& word : words) line += (line.empty() ? "" : " ") + word;
  return line;
}

Run run_program(const std::vector<std::string>& command, const LaunchOptions& options) {
  return Process(command, options).wait();
}

bool found_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string folders = path ? path : "";
  for (std::size_t start = 0; start <= folders.size();) {
    std::size_t end = std::min(folders.find(':', start), folders.size());
    std::string folder = folders.substr(start, end - start);
    if (!folder.empty() && ::access((folder + "/" + program).c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

Run run_plancheck(const std::vector<std::string>& arguments, const LaunchOptions& options) {
  return run_program(plancheck_command(arguments), options);
}

Process start_plancheck(const std::vector<std::string>& arguments, const LaunchOptions& options) {
  return Process(plancheck_command(arguments), options);
}

}  // namespace plancheck::testing
