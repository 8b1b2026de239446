#include "cli/output.h"

#include <ostream>
#include <sstream>

#include "cli/loading.h"
#include "cli/program_messages.h"
#include "evaluate/report.h"
#include "write/output_file.h"

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

int output_refused(const OutputRefusal& refusal, const Context& context) {
  Language language = context.language;
  return usage_error(context, refusal.message.in(language),
                     refusal.hint.empty() ? say(language, messages::kWriteHint) : refusal.hint.in(language));
}

int write_output_file(const std::string& file, const std::string& text, int exit_code, const Context& context) {
  if (auto refusal = write_output(file, text, *context.inputs_read)) return output_refused(*refusal, context);
  context.streams.err << "plancheck: " << say(context.language, messages::kWrote, file) << "\n";
  return exit_code;
}

}  // namespace plancheck
