#include "cli/import_command.h"

#include <ostream>

#include "cli/loading.h"
#include "cli/command_line_messages.h"
#include "read/read_messages.h"
#include "write/write_messages.h"
#include "cli/program_messages.h"
#include "messages/spreadsheet.h"
#include "present/diagnostic_printer.h"
#include "present/sheet_diagnostic.h"
#include "read/ledger_sheet.h"
#include "read/sheet.h"
#include "write/import.h"

namespace plancheck {

namespace {

bool ends_with_any_case(const std::string& text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = text[text.size() - suffix.size() + i];
    if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != suffix[i]) return false;
  }
  return true;
}

int nothing_written(const Context& context) {
  context.streams.err << "plancheck: " << say(context.language, messages::kNothingWritten) << "\n";
  return kExitInvalid;
}

// The sheet named on the command line, or a usage error (printed).
std::optional<Sheet> read_sheet(const ImportOptions& options, const Context& context) {
  using namespace messages;
  Language language = context.language;
  bool csv = ends_with_any_case(options.sheet_file, ".csv");
  if (!csv && !ends_with_any_case(options.sheet_file, ".xlsx") && !ends_with_any_case(options.sheet_file, ".xlsm")) {
    usage_error(context, say(language, kUnknownSheetType, options.sheet_file));
    return std::nullopt;
  }
  if (csv && !options.sheet_name.empty()) {
    usage_error(context, say(language, kSheetOnlyForXlsx));
    return std::nullopt;
  }
  SheetRead read = csv ? read_csv_sheet(options.sheet_file) : read_xlsx_sheet(options.sheet_file, options.sheet_name);
  if (!read.sheet) {
    context.streams.err << format_sheet_problem(options.sheet_file, SheetProblem{Severity::error, 0, {}, "", "", read.error, read.hint},
                                                context.err_style(), language);
    return std::nullopt;
  }
  return read.sheet;
}

void print_problems(const std::vector<SheetProblem>& problems, const std::string& file, const Context& context) {
  for (const SheetProblem& problem : problems)
    context.streams.err << format_sheet_problem(file, problem, context.err_style(), context.language);
}

void print_outcome(const ImportCheck& check, const std::vector<AppendResult>* results, const Context& context) {
  using namespace messages;
  Language language = context.language;
  std::size_t imported = 0;
  for (std::size_t i = 0; i < check.batches.size(); ++i) {
    const ImportBatch& batch = check.batches[i];
    imported += batch.entries.size();
    if (results)
      context.streams.out << say(language, kImportedInto, batch.entries.size(), batch.file, (*results)[i].first_line) << "\n";
    else
      context.streams.out << say(language, kWouldImportInto, batch.entries.size(), batch.file) << "\n";
  }
  if (check.repeats > 0) context.streams.out << say(language, kRepeatsSkipped, check.repeats) << "\n";
  if (imported == 0)
    context.streams.out << say(language, kNothingToImport) << "\n";
  else if (results)
    context.streams.out << say(language, kImportedTotal, imported, check.data_rows) << "\n";
}

}  // namespace

void declare_import(OptionDeclarations<ImportOptions>& options) {
  using namespace messages;
  options.plan(kPlanOption, &ImportOptions::plan_file);
  options.positional("SHEET", kSheetFileOption, &ImportOptions::sheet_file);
  options.text("--sheet", kSheetNameOption, &ImportOptions::sheet_name);
  options.existing_file("--map", kMapOption, &ImportOptions::map_file);
  options.flag("--dry-run", kImportDryRunOption, &ImportOptions::dry_run);
}

int run_import(const ImportOptions& options, const Context& context) {
  Workspace workspace = load_inputs(options.plan_file, LoadOptions{}, context);
  if (!workspace.ok()) {
    context.streams.err << "plancheck: " << say(context.language, messages::kPlanHasErrors, options.plan_file) << "\n";
    return nothing_written(context);
  }
  ColumnMap map;
  if (!options.map_file.empty()) {
    Diagnostics diagnostics;
    map = read_column_map(options.map_file, diagnostics);
    print_diagnostics(diagnostics, context);
    if (has_errors(diagnostics)) return nothing_written(context);
  }
  auto sheet = read_sheet(options, context);
  if (!sheet) return nothing_written(context);
  LedgerSheet ledger_sheet = read_ledger_sheet(*sheet, map);
  ImportCheck check = check_import(ledger_sheet, workspace);
  print_problems(check.problems, options.sheet_file, context);
  if (!check.ok()) return nothing_written(context);
  if (options.dry_run || check.batches.empty()) {
    print_outcome(check, nullptr, context);
    return kExitOk;
  }
  std::vector<AppendResult> results = write_import(check, *workspace.plan);
  bool written = true;
  for (const AppendResult& result : results) {
    if (!result.diagnostics.empty())
      context.streams.err << format_diagnostics(result.diagnostics, context.err_style(), context.language,
                                              context.diagnostics_shown_per_kind());
    written = written && result.written;
  }
  if (!written) return nothing_written(context);
  print_outcome(check, &results, context);
  return kExitOk;
}

}  // namespace plancheck
