#pragma once

#include <functional>

#include "cli/commands.h"

namespace plancheck {

// Runs a command that prints a report. Without --output it prints to `streams.out`. With
// --output FILE the report is collected instead (as for a pipe: no colour, no fitting to a
// terminal's width) and written to FILE atomically: readers see the old file or the new one.
// The exit code is the command's; a file that cannot be written is a usage error (2). When the
// command fails with exit 2 before printing anything, the file is left alone.
int with_output_file(const CommandOptions& options, Streams streams, const std::function<int(Streams)>& run);

// Writes `text` to `file` atomically and says so on `streams.err`; returns `exit_code`, or 2
// (with the reason) when the file cannot be written.
int write_output_file(const std::string& file, const std::string& text, int exit_code, Streams streams);

}  // namespace plancheck
