#include "cli/context.h"

#include <iostream>

#include "present/diagnostic_printer.h"

namespace plancheck {

bool Context::color_wanted(bool is_terminal) const {
  switch (common.color) {
    case ColorMode::always: return true;
    case ColorMode::never: return false;
    case ColorMode::automatic: break;
  }
  if (environment.no_color) return false;
  return environment.force_color || is_terminal;
}

Languages Context::languages_for(const Workspace& inputs) const {
  Language plan_language = inputs.plan ? inputs.plan->language : Language::zh;
  return {common.lang.value_or(plan_language), language};
}

std::size_t Context::diagnostics_shown_per_kind() const {
  return common.all_diagnostics ? 0 : kDiagnosticsShownPerKind;
}

Context Context::writing_to(std::ostream& out) const {
  return Context{environment, common, Streams{out, streams.err, false, streams.err_is_terminal, 0}, language,
                 inputs_read};
}

// COLUMNS when set (also in pipes, so tests and scripts can ask for it), else the terminal's
// width when stdout is one; 0 (unlimited) otherwise, so that piped reports are never cut.
Context make_context(const Environment& environment, const CommonOptions& common, Language language) {
  int columns = environment.columns.value_or(environment.out_is_terminal ? environment.terminal_columns : 0);
  return Context{environment, common,
                 Streams{std::cout, std::cerr, environment.out_is_terminal, environment.err_is_terminal, columns},
                 language};
}

}  // namespace plancheck
