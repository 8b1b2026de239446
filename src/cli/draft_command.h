#pragma once

#include <string>

#include "cli/command.h"

namespace plancheck {

// draft: a plan.yaml from a plan document (工作要点).
struct DraftOptions {
  std::string document;     // .docx, .md or .txt
  std::string output_file;  // empty: stdout
};

void declare_draft(OptionDeclarations<DraftOptions>& options);
int run_draft(const DraftOptions& options, const Context& context);

}  // namespace plancheck
