#include "cli/output_file.h"

#include <fmt/format.h>

#include <sstream>

#include "write/atomic_file.h"

namespace plancheck {

int with_output_file(const CommandOptions& options, Streams streams, const std::function<int(Streams)>& run) {
  if (options.output_file.empty()) return run(streams);
  std::ostringstream report;
  int exit_code = run(Streams{report, streams.err, false, streams.err_is_terminal, 0, streams.language});
  std::string text = std::move(report).str();
  if (text.empty() && exit_code == kExitInvalid) return exit_code;
  if (auto error = write_file_atomically(options.output_file, text))
    return usage_error(streams, error->in(streams.language), "check that the folder exists and that you may write to it");
  streams.err << fmt::format("plancheck: wrote {}\n", options.output_file);
  return exit_code;
}

}  // namespace plancheck
