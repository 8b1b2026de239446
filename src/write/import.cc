#include "write/import.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "messages/spreadsheet.h"
#include "read/source_text.h"
#include "write/entry_check.h"
#include "write/entry_yaml.h"

namespace plancheck {

namespace {

// The field a line of an entry's YAML gives ("  by: [陈立新, 王某]" → by); lines of a notes block
// belong to the key above them.
std::optional<LedgerField> field_at_line(std::string_view text, int line, const Entry& entry) {
  for (int at = line; at >= 1; --at) {
    std::string_view content = line_of(text, at);
    if (content.starts_with("- ")) content.remove_prefix(2);
    else if (content.starts_with("  ") && content.size() > 2 && content[2] != ' ') content.remove_prefix(2);
    else continue;
    std::size_t colon = content.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view key = content.substr(0, colon);
    if (key == "attendees") return entry.detail().attendees.count ? LedgerField::head_count : LedgerField::attendees;
    return field_of_key(key);
  }
  return std::nullopt;
}

SheetProblem problem_at(const Diagnostic& diagnostic, const SheetRow& row, std::string_view text,
                        const LedgerSheet& sheet, const Plan& plan) {
  SheetProblem problem{diagnostic.severity, row.row, std::nullopt, "", "", diagnostic.message, diagnostic.hint};
  std::optional<LedgerField> field =
      diagnostic.line > 0 ? field_at_line(text, diagnostic.line, row.entry) : std::nullopt;
  bool outside = !row.entry.for_end && (row.entry.date < plan.start || row.entry.date > plan.end);
  if (!field && outside) field = LedgerField::date;
  if (field == LedgerField::date && outside) problem.hint = phrase(messages::kCheckImportedDate);
  if (field) problem.column = sheet.columns.column(*field);
  if (problem.column) {
    if (*problem.column < sheet.columns.headers.size()) problem.header = sheet.columns.headers[*problem.column];
    if (*problem.column < row.cells.size()) problem.cell = row.cells[*problem.column].text;
  }
  return problem;
}

}  // namespace

bool ImportCheck::ok() const {
  return std::none_of(problems.begin(), problems.end(),
                      [](const SheetProblem& problem) { return problem.severity == Severity::error; });
}

ImportCheck check_import(const LedgerSheet& sheet, const Workspace& workspace) {
  ImportCheck check;
  check.problems = sheet.problems;
  check.data_rows = sheet.data_rows;
  std::unordered_set<std::uint64_t> known;
  for (const Entry& entry : workspace.ledger.entries) known.insert(entry.fingerprint);
  const Plan& plan = *workspace.plan;
  std::map<std::string, std::size_t> batch_of_file;
  for (const SheetRow& row : sheet.rows) {
    if (!known.insert(row.entry.fingerprint).second) {
      ++check.repeats;
      continue;
    }
    std::string text = entry_yaml(row.entry);
    Diagnostics diagnostics = check_new_entry(row.entry, text, workspace, false, std::nullopt, MissingEvidence::warn);
    for (const Diagnostic& diagnostic : diagnostics)
      check.problems.push_back(problem_at(diagnostic, row, text, sheet, plan));
    if (has_errors(diagnostics)) continue;
    LogTarget target = choose_log_file(plan, row.entry.date, "");
    auto [found, added] = batch_of_file.try_emplace(target.file, check.batches.size());
    if (added) check.batches.push_back(ImportBatch{target.file, {}, {}, {}});
    ImportBatch& batch = check.batches[found->second];
    batch.entries.push_back(row.entry);
    batch.rows.push_back(row.row);
    batch.text += text;
  }
  std::stable_sort(check.problems.begin(), check.problems.end(), [](const SheetProblem& a, const SheetProblem& b) {
    return std::pair(a.row, a.column.value_or(0)) < std::pair(b.row, b.column.value_or(0));
  });
  std::sort(check.batches.begin(), check.batches.end(),
            [](const ImportBatch& a, const ImportBatch& b) { return a.file < b.file; });
  return check;
}

std::vector<AppendResult> write_import(const ImportCheck& check, const Plan& plan) {
  std::vector<AppendRequest> requests;
  for (const ImportBatch& batch : check.batches)
    requests.push_back(AppendRequest{batch.file, batch.text, [&batch, &plan](std::string_view before, std::string_view after) {
                                       return check_appended_entries(before, after, batch.file, batch.entries, plan);
                                     }});
  return append_to_files(requests);
}

}  // namespace plancheck
