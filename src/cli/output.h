#pragma once

#include <functional>
#include <string>

#include "cli/context.h"
#include "write/output_file.h"

namespace plancheck {

// Runs `write`, which prints a report on its context's out. Without an output file that is
// stdout. With --output FILE the report is collected instead (as for a pipe: no colour, no
// fitting to a terminal's width) and written to FILE atomically: readers see the old file or the
// new one. The exit code is the command's; a file that cannot be written is a usage error (2).
// When the command fails with exit 2 before printing anything, the file is left alone.
int with_output(const std::string& output_file, const Context& context,
                const std::function<int(const Context&)>& write);

// Writes `text` to `file` as write/output_file.h decides (atomically for a file, as a shell's `>`
// for a device or a pipe; never over a file the command read) and says so on stderr; returns
// `exit_code`, or 2 (with the reason) when the file cannot be written.
int write_output_file(const std::string& file, const std::string& text, int exit_code, const Context& context);

// Prints why an output file is not written; returns 2.
int output_refused(const OutputRefusal& refusal, const Context& context);

}  // namespace plancheck
