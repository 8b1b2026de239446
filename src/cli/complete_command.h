#pragma once

#include <string>
#include <vector>

#include "cli/command.h"

namespace plancheck {

// complete (hidden): what completions/plancheck.bash and completions/_plancheck call on each Tab.
struct CompleteOptions {
  std::string shell = "bash";
  std::vector<std::string> words;
};

void declare_complete(OptionDeclarations<CompleteOptions>& options);
int run_complete(const CompleteOptions& options, const Context& context);

}  // namespace plancheck
