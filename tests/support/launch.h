// The launcher of the end-to-end tests: runs a program (the built plancheck, most often) from an
// argument vector, without a shell, and captures its exit code, stdout and stderr.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "support/temp_folder.h"

namespace plancheck::testing {

// The plans most end-to-end tests run on, relative to the project root.
inline const std::string kSeed = "plans/fao-2022/plan.yaml";
inline const std::string kWide = "tests/fixtures/wide-names/plan.yaml";  // names mixing Chinese and ASCII

// What a finished program did.
struct Run {
  int exit_code = -1;  // -1 when it was killed by a signal
  std::string out;
  std::string err;
};

// How to start a program. Its environment is the test's, without the variables plancheck reads
// (locale, colour, COLUMNS, CI, GITHUB_STEP_SUMMARY), plus `environment`.
struct LaunchOptions {
  std::map<std::string, std::string> environment{};
  std::filesystem::path directory = PLANCHECK_SOURCE_DIR;  // the working directory
  std::optional<std::string> input{};                      // stdin; /dev/null when absent
  std::vector<std::string> wrapper{};  // a program that runs the command, e.g. {"faketime", "2022-07-01 02:00"}
};

// A started program, whose output is kept in a temporary folder until it has been waited for.
class Process {
 public:
  Process(const std::vector<std::string>& command, const LaunchOptions& options);
  Process(Process&&) = default;

  pid_t id() const { return pid_; }
  // Waits for the program to end and returns what it did.
  Run wait();

 private:
  std::unique_ptr<TempFolder> capture_;
  pid_t pid_ = -1;
};

// `words` on one line, separated by spaces, for a test's messages.
std::string joined(const std::vector<std::string>& words);

// Runs `command` (a program, found on PATH, and its arguments) and waits for it.
Run run_program(const std::vector<std::string>& command, const LaunchOptions& options = {});

// Whether `program` is a file on PATH that can be run.
bool found_on_path(const std::string& program);

// Runs the built plancheck with `arguments` (the words after the program's name).
Run run_plancheck(const std::vector<std::string>& arguments, const LaunchOptions& options = {});

// Starts the built plancheck with `arguments`, without waiting.
Process start_plancheck(const std::vector<std::string>& arguments, const LaunchOptions& options = {});

}  // namespace plancheck::testing
