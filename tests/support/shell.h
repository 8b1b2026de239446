// For the few tests that need a shell: bash completion scripts, the CI examples' shell steps.
// Everything else runs programs with the launcher (support/launch.h).
#pragma once

#include <string>

#include "support/launch.h"

namespace plancheck::testing {

// Runs `script` with /bin/sh -c and captures what it prints.
Run run_shell(const std::string& script, const LaunchOptions& options = {});

// `text` in single quotes for the shell.
std::string shell_quote(const std::string& text);

}  // namespace plancheck::testing
