#include <ostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "present/json_schema.h"

namespace plancheck {

int run_schema(const CommandOptions& options, Streams streams) {
  SchemaKind kind = options.schema_kind == "log" ? SchemaKind::log : SchemaKind::plan;
  return with_output_file(options, streams, [kind](Streams to) {
    to.out << json_schema(kind);
    return kExitOk;
  });
}

}  // namespace plancheck
