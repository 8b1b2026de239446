#include "cli/entries_command.h"

#include <charconv>
#include <filesystem>
#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/ledger_query.h"
#include "cli/loading.h"
#include "cli/plan_choice.h"
#include "cli/program_messages.h"
#include "present/diagnostic_printer.h"
#include "present/entries_report.h"
#include "present/json_text.h"
#include "read/workspace.h"
#include "write/entry_edit.h"
#include "write/log_target.h"
#include "write/write_messages.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

bool inside_git_repository(const std::string& file) {
  return nearest_folder_above(fs::path(file).parent_path().string(), [](const fs::path& at) {
           std::error_code error;
           return fs::exists(at / ".git", error);
         }).has_value();
}

// Listed in the order --help shows them.
constexpr Choice<Format> kEntriesFormats[] = {{"json", Format::json}, {"text", Format::text}};

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return a == b || fs::equivalent(a, b, error);
}

}  // namespace

const Entry* find_entry(const Ledger& ledger, const EntryLocation& where) {
  for (const Entry& entry : ledger.entries)
    if (entry.line == where.line && same_file(ledger.files[entry.file], where.file)) return &entry;
  return nullptr;
}

std::optional<EntryLocation> parse_entry_location(const std::string& text) {
  std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  int line = 0;
  const char* end = text.data() + text.size();
  auto [stop, problem] = std::from_chars(text.data() + colon + 1, end, line);
  if (problem != std::errc{} || stop != end || line < 1) return std::nullopt;
  return EntryLocation{text.substr(0, colon), line};
}

int not_a_location(const std::string& text, const Context& context) {
  using namespace messages;
  return usage_error(context, say(context.language, kNotFileLine.message, text), say(context.language, kNotFileLine.hint));
}

int report_entry_change(const AppendResult& result, const EntryLocation& where, const std::string& new_text,
                        const Context& context) {
  using namespace messages;
  for (const Diagnostic& diagnostic : result.diagnostics)
    context.streams.err << format_diagnostic(diagnostic, context.err_style(), context.language);
  if (!result.written) {
    context.streams.err << "plancheck: " << say(context.language, kNothingWritten) << "\n";
    return kExitInvalid;
  }
  std::ostream& out = context.streams.out;
  out << say(context.language, new_text.empty() ? kRemoved : kReplaced, where.file, where.line) << "\n" << result.removed;
  if (!new_text.empty()) out << say(context.language, kNowReads) << "\n" << new_text;
  out << say(context.language, kUndoByHand) << "\n";
  if (inside_git_repository(where.file)) out << say(context.language, kUndoWithGit, where.file) << "\n";
  return kExitOk;
}

std::optional<int> check_ledger_file(const EntryLocation& where, const Plan& plan, const Context& context) {
  LogTarget target = choose_log_file(plan, plan.start, where.file);
  if (target.error.empty()) return std::nullopt;
  return usage_error(context, target.error.in(context.language), target.hint.in(context.language));
}

void declare_entries(OptionDeclarations<EntriesOptions>& options) {
  using namespace messages;
  options.plan(kPlanOption, &EntriesOptions::plan_file);
  options.choice("--format", kEntriesFormatOption, kEntriesFormats, &EntriesOptions::format);
  options.text("--month", kEntriesMonthOption, &EntriesOptions::month);
  options.text("--who", kEntriesWhoOption, &EntriesOptions::who);
  options.text("--activity", kEntriesActivityOption, &EntriesOptions::activity);
  options.text("--item", kEntriesItemOption, &EntriesOptions::item);
}

int run_entries(const EntriesOptions& options, const Context& context) {
  Workspace inputs = load_inputs(options.plan_file, LoadOptions{}, context);
  if (!inputs.plan) return kExitInvalid;
  auto query = check_ledger_query({{}, {}, options.month, options.who, options.activity, options.item}, *inputs.plan,
                                  context);
  if (!query) return kExitInvalid;
  Evaluation evaluation = evaluate(*inputs.plan, inputs.ledger, context.environment.today);
  EntriesReport report = build_entries(inputs, evaluation, *query);
  RenderOptions render_options{context.languages_for(inputs), context.out_style(), context.streams.out_columns};
  if (options.format == Format::json)
    context.streams.out << json_text(entries_json(report, render_options), 2) << "\n";
  else
    context.streams.out << entries_text(report, render_options);
  return inputs.ok() ? kExitOk : kExitInvalid;
}

void declare_remove(OptionDeclarations<RemoveOptions>& options) {
  using namespace messages;
  options.positionals("WHERE", kRemoveWhereOption, &RemoveOptions::where);
  options.flag("--dry-run", kRemoveDryRunOption, &RemoveOptions::dry_run);
}

int run_remove(const RemoveOptions& options, const Context& context) {
  using namespace messages;
  if (options.where.empty() || options.where.size() > 2)
    return usage_error(context, say(context.language, kRemoveNeedsWhere), say(context.language, kNotFileLine.hint));
  auto where = parse_entry_location(options.where.back());
  if (!where) return not_a_location(options.where.back(), context);
  std::optional<std::string> plan_file =
      options.where.size() == 2 ? options.where.front() : choose_plan_above(fs::path(where->file).parent_path().string(), context);
  if (!plan_file) return kExitInvalid;
  auto workspace = load_for_change(*plan_file, false, context);
  if (!workspace) return kExitInvalid;
  if (auto failed = check_ledger_file(*where, *workspace->plan, context)) return *failed;
  if (options.dry_run) {
    auto text = entry_text_at(where->file, where->line);
    if (!text)
      return usage_error(context, say(context.language, kNoEntryAtLine.message, where->line),
                         say(context.language, kNoEntryAtLine.hint));
    context.streams.out << *text;
    context.streams.err << say(context.language, kWouldRemove, where->file, where->line) << "\n";
    return kExitOk;
  }
  return report_entry_change(change_entry(where->file, where->line, "", *workspace->plan), *where, "", context);
}

}  // namespace plancheck
