#include "support/shell.h"

namespace plancheck::testing {

Run run_shell(const std::string& script, const LaunchOptions& options) {
  return run_program({"/bin/sh", "-c", script}, options);
}

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace plancheck::testing
