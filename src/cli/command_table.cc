// The table of commands: every command once, with its summary, a worked example, its options and
// the function that runs it. --help, the man page and shell completion are made from it.
#include <vector>

#include "cli/command.h"
#include "cli/command_line_messages.h"
#include "cli/complete_command.h"
#include "cli/draft_command.h"
#include "cli/entries_command.h"
#include "cli/export_command.h"
#include "cli/import_command.h"
#include "cli/init_command.h"
#include "cli/log_command.h"
#include "cli/render_command.h"
#include "cli/report_commands.h"
#include "cli/schema_command.h"
#include "messages/spreadsheet.h"

namespace plancheck {

namespace {

using namespace messages;

// Listed in the order --help shows them.
constexpr Choice<ColorMode> kColorChoices[] = {
    {"always", ColorMode::always}, {"auto", ColorMode::automatic}, {"never", ColorMode::never}};
constexpr Choice<Language> kLanguageChoices[] = {{"en", Language::en}, {"zh", Language::zh}};

void declare_common(OptionDeclarations<CommonOptions>& options) {
  options.choice("--color", kColorOption, kColorChoices, &CommonOptions::color);
  options.choice<Language, 2, std::optional<Language>>("--lang", kLangOption, kLanguageChoices, &CommonOptions::lang);
  options.flag("--all-diagnostics", kAllDiagnosticsOption, &CommonOptions::all_diagnostics);
}

std::vector<Command> make_table() {
  return {
      define_command("status", kStatusCommand, "plancheck status plans/fao-2022/plan.yaml --as-of 2022-06-30 --item 2",
                     declare_status, run_status),
      define_command("check", kCheckCommand,
                     "plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30 --fail-on open", declare_check,
                     run_check),
      define_command("validate", kValidateCommand, "plancheck validate plans/fao-2022/plan.yaml --format json",
                     declare_validate, run_validate),
      define_command("agenda", kAgendaCommand,
                     "plancheck agenda plans/fao-2022/plan.yaml --as-of 2022-06-30 --within 2w --who 刘振华",
                     declare_agenda, run_agenda),
      define_command("render", kRenderCommand,
                     "plancheck render plans/fao-2022/plan.yaml --template templates/monthly-briefing.md.mustache "
                     "--month 2022-06 -o 简报-2022-06.md",
                     declare_render, run_render),
      define_command("schema", kSchemaCommand, "plancheck schema log > log.schema.json", declare_schema, run_schema),
      define_command("log", kLogCommand,
                     "plancheck log plans/fao-2022/plan.yaml --date 2022-06-15 --activity 党课 --by 陈立新 --title 专题党课",
                     declare_log, run_log),
      define_command("entries", kEntriesCommand, "plancheck entries plans/fao-2022/plan.yaml --month 2022-06 --who 第一支部",
                     declare_entries, run_entries),
      define_command("remove", kRemoveCommand, "plancheck remove plans/fao-2022/log/2022-06.yaml:10 --dry-run",
                     declare_remove, run_remove),
      define_command("export", kExportCommand,
                     "plancheck export plans/fao-2022/plan.yaml --to 2022-06-30 -o 台账-2022上半年.xlsx", declare_export,
                     run_export),
      define_command("import", kImportCommand, "plancheck import plans/fao-2022/plan.yaml 台账-2022上半年.xlsx --dry-run",
                     declare_import, run_import),
      define_command("init", kInitCommand,
                     "plancheck init office-2025 --title 2025年机关党建工作要点 --start 2025-01-01 --end 2025-12-31\n"
                     "  plancheck init fao-2023 --from fao-2022/plan.yaml",
                     declare_init, run_init),
      define_command("draft", kDraftCommand, "plancheck draft tests/fixtures/plan-documents/fao-2022.txt -o 草稿.yaml", declare_draft,
                     run_draft),
      define_command("complete", kCompleteCommand,
                     "plancheck complete --shell bash -- check plans/fao-2022/plan.yaml --who ''", declare_complete,
                     run_complete, true),
  };
}

}  // namespace

std::span<const OptionSpec> common_option_specs() {
  static const std::vector<OptionSpec> specs = [] {
    OptionDeclarations<CommonOptions> options;
    declare_common(options);
    return std::move(options.specs);
  }();
  return specs;
}

std::span<const Command> command_table() {
  static const std::vector<Command> table = make_table();
  return table;
}

const Command* find_command(std::string_view name) {
  for (const Command& command : command_table())
    if (command.name == name) return &command;
  return nullptr;
}

}  // namespace plancheck
