#include "cli/schema_command.h"

#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/output.h"
#include "evaluate/report.h"
#include "present/json_schema.h"

namespace plancheck {

void declare_schema(OptionDeclarations<SchemaOptions>& options) {
  options.positional_choice("KIND", messages::kSchemaKindOption, {"plan", "log"}, &SchemaOptions::kind);
  options.text("--output,-o", messages::kOutputOption, &SchemaOptions::output_file);
}

int run_schema(const SchemaOptions& options, const Context& context) {
  SchemaKind kind = options.kind == "log" ? SchemaKind::log : SchemaKind::plan;
  return with_output(options.output_file, context, [kind](const Context& to) {
    to.streams.out << json_schema(kind);
    return kExitOk;
  });
}

}  // namespace plancheck
