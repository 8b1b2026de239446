#include <ostream>

#include "cli/commands.h"
#include "present/json_schema.h"

namespace plancheck {

int run_schema(const CommandOptions& options, Streams streams) {
  SchemaKind kind = options.schema_kind == "log" ? SchemaKind::log : SchemaKind::plan;
  streams.out << json_schema(kind);
  return kExitOk;
}

}  // namespace plancheck
