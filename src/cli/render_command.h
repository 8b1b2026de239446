#pragma once

#include <string>

#include "cli/command.h"

namespace plancheck {

// render: a document from a Mustache template.
struct RenderCommandOptions {
  std::string plan_file;
  std::string template_file;
  std::string month;  // YYYY-MM: as of the month's last day
  std::string as_of;
  std::string issued;  // the date printed on the briefing; empty: the as-of date
  std::string who;
  std::string output_file;  // empty: stdout; a .docx name: Word, through pandoc
  bool print_context = false;
  bool charts = true;
};

void declare_render(OptionDeclarations<RenderCommandOptions>& options);
int run_render(const RenderCommandOptions& options, const Context& context);

}  // namespace plancheck
