#pragma once

#include <functional>
#include <string>

#include "cli/context.h"

namespace plancheck {

// Runs `write`, which prints a report on its context's out. Without an output file that is
// stdout. With --output FILE the report is collected instead (as for a pipe: no colour, no
// fitting to a terminal's width) and written to FILE atomically: readers see the old file or the
// new one. The exit code is the command's; a file that cannot be written is a usage error (2).
// When the command fails with exit 2 before printing anything, the file is left alone.
int with_output(const std::string& output_file, const Context& context,
                const std::function<int(const Context&)>& write);

// Writes `text` to `file` atomically and says so on stderr; returns `exit_code`, or 2 (with the
// reason) when the file cannot be written.
int write_output_file(const std::string& file, const std::string& text, int exit_code, const Context& context);

}  // namespace plancheck
