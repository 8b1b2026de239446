#include "cli/run.h"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

}  // namespace

Run run_plancheck(const std::string& arguments, const std::string& environment) {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path();
  std::string base = (dir / ("plancheck-run-" + std::to_string(getpid()) + "-" + std::to_string(++counter))).string();
  std::string command = "cd '" PLANCHECK_SOURCE_DIR "' && env -u NO_COLOR -u COLUMNS -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + environment + " '" PLANCHECK_BINARY "' " +
                        arguments + " >'" + base + ".out' 2>'" + base + ".err' </dev/null";
  int status = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(base + ".out");
  run.err = slurp(base + ".err");
  std::filesystem::remove(base + ".out");
  std::filesystem::remove(base + ".err");
  return run;
}

std::string golden(const std::string& name, const std::string& actual) {
  std::string path = PLANCHECK_SOURCE_DIR "/tests/golden/" + name;
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return actual;
  }
  return slurp(path);
}
