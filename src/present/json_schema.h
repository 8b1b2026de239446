#pragma once

#include <string_view>

namespace plancheck {

enum class SchemaKind { plan, log };

// The JSON Schema (draft-07) of a plan file or a log file: the bytes of schema/plan.schema.json
// or schema/log.schema.json as they were when plancheck was built (see cmake/json_schemas.cmake).
std::string_view json_schema(SchemaKind kind);

}  // namespace plancheck
