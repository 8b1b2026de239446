#pragma once

#include <string>

#include "cli/command.h"

namespace plancheck {

// schema: the JSON Schema of the plan file or of a log file.
struct SchemaOptions {
  std::string kind = "plan";  // plan or log
  std::string output_file;
};

void declare_schema(OptionDeclarations<SchemaOptions>& options);
int run_schema(const SchemaOptions& options, const Context& context);

}  // namespace plancheck
