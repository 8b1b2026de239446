#include "cli/output.h"

#include <ostream>
#include <sstream>

#include "cli/loading.h"
#include "cli/program_messages.h"
#include "evaluate/report.h"
#include "write/atomic_file.h"

namespace plancheck {

int with_output(const std::string& output_file, const Context& context,
                const std::function<int(const Context&)>& write) {
  if (output_file.empty()) return write(context);
  std::ostringstream report;
  int exit_code = write(context.writing_to(report));
  std::string text = std::move(report).str();
  if (text.empty() && exit_code == kExitInvalid) return exit_code;
  return write_output_file(output_file, text, exit_code, context);
}

int write_output_file(const std::string& file, const std::string& text, int exit_code, const Context& context) {
  if (auto error = write_file_atomically(file, text))
    return usage_error(context, error->in(context.language), say(context.language, messages::kWriteHint));
  context.streams.err << "plancheck: " << say(context.language, messages::kWrote, file) << "\n";
  return exit_code;
}

}  // namespace plancheck
