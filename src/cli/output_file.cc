#include "cli/output_file.h"

#include <sstream>

#include "messages/program.h"
#include "write/atomic_file.h"

namespace plancheck {

int with_output_file(const CommandOptions& options, Streams streams, const std::function<int(Streams)>& run) {
  if (options.output_file.empty()) return run(streams);
  std::ostringstream report;
  int exit_code = run(Streams{report, streams.err, false, streams.err_is_terminal, 0, streams.language});
  std::string text = std::move(report).str();
  if (text.empty() && exit_code == kExitInvalid) return exit_code;
  return write_output_file(options.output_file, text, exit_code, streams);
}

int write_output_file(const std::string& file, const std::string& text, int exit_code, Streams streams) {
  if (auto error = write_file_atomically(file, text))
    return usage_error(streams, error->in(streams.language), say(streams.language, messages::kWriteHint));
  streams.err << "plancheck: " << say(streams.language, messages::kWrote, file) << "\n";
  return exit_code;
}

}  // namespace plancheck
