#include "cli/draft_command.h"

#include <filesystem>
#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/loading.h"
#include "cli/output.h"
#include "cli/program_messages.h"
#include "read/plan_document.h"
#include "read/plan_outline.h"
#include "write/draft_messages.h"
#include "write/draft_plan.h"
#include "write/word_document.h"

namespace plancheck {

namespace {

void print_summary(const PlanDraft& draft, const Context& context) {
  Language language = context.language;
  std::size_t items = 0, rules = 0;
  for (const auto& section : draft.sections)
    for (const auto& item : section.items) {
      ++items;
      rules += item.rules.size();
    }
  std::ostream& err = context.streams.err;
  err << "plancheck: " << say(language, messages::kDrafted, draft.title, draft.sections.size(), items, rules) << "\n";
  std::vector<std::string> unplaced = unplaced_lines(draft, language);
  if (unplaced.empty()) return;
  err << "plancheck: " << say(language, messages::kUnplacedHeading) << "\n";
  for (const auto& line : unplaced) err << "  " << line << "\n";
}

}  // namespace

void declare_draft(OptionDeclarations<DraftOptions>& options) {
  using namespace messages;
  options.positional("DOCUMENT", kDocumentOption, &DraftOptions::document);
  options.text("--output,-o", kDraftOutputOption, &DraftOptions::output_file);
}

int run_draft(const DraftOptions& options, const Context& context) {
  DocumentRead read = read_plan_document(options.document, split_search_path(context.environment.path));
  context.record_inputs(InputFile::Role::document, {options.document});
  if (!read.document) {
    print_diagnostics({read.problem}, context);
    return kExitInvalid;
  }
  if (read.document->encoding == "GBK")
    context.streams.err << "plancheck: " << say(context.language, messages::kReadAsGbk, options.document) << "\n";
  PlanDraft draft = outline_plan(*read.document, year_of(context.environment.today));
  std::string source = std::filesystem::path(options.document).filename().string();
  std::string text = draft_plan_yaml(draft, source, context.language);
  int exit_code = kExitOk;
  if (options.output_file.empty())
    context.streams.out << text;
  else
    exit_code = write_output_file(options.output_file, text, kExitOk, context);
  if (exit_code == kExitOk) print_summary(draft, context);
  return exit_code;
}

}  // namespace plancheck
