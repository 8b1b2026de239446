#pragma once

#include <string>

#include "cli/command.h"

namespace plancheck {

// init: a new plan repo.
struct InitOptions {
  std::string directory;
  std::string title;  // empty: "2025年工作要点"
  std::string start;  // empty: see new_plan_with_defaults
  std::string end;
  std::string year;  // --year: the plan's year (with --from, the year it is carried into)
  std::string from;  // --from OLD_PLAN: carry that plan into the new year
};

void declare_init(OptionDeclarations<InitOptions>& options);
int run_init(const InitOptions& options, const Context& context);

}  // namespace plancheck
