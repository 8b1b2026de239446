#include "write/entry_check.h"

#include <algorithm>
#include <filesystem>

#include "read/log_reader.h"
#include "read/read_messages.h"
#include "read/source_text.h"
#include "write/write_messages.h"

namespace plancheck {

namespace {

// An entry that says what period it is for counts through that period, whatever its date (a 2022
// meeting held in January 2023), so only the date of one without `for` can fall outside the plan.
bool is_outside(const Plan& plan, const Entry& entry) {
  return !entry.for_end && (entry.date < plan.start || entry.date > plan.end);
}

const Entry* find_repeat(const Ledger& ledger, const Entry& entry, const Entry* replacing = nullptr) {
  std::uint64_t fingerprint = entry_fingerprint(entry);
  auto found = std::find_if(ledger.entries.begin(), ledger.entries.end(), [&](const Entry& existing) {
    return existing.fingerprint == fingerprint && &existing != replacing;
  });
  return found == ledger.entries.end() ? nullptr : &*found;
}

Diagnostic repeat_diagnostic(const Ledger& ledger, const Entry& repeat, bool force) {
  const std::string& file = ledger.files[repeat.file];
  if (force) {
    Text message = phrase(messages::kNewEntryRepeats, file, repeat.line);
    return Diagnostic{Severity::warning, kNewEntryName, 0, 0, std::move(message), {}};
  }
  return Diagnostic{Severity::error, kNewEntryName, 0, 0, phrase(messages::kAlreadyInLedger.message, file, repeat.line),
                    phrase(messages::kAlreadyInLedger.hint)};
}

// The reader warns about a date outside the plan and leaves the entry out; log refuses it.
void refuse_outside_date(Diagnostics& diagnostics) {
  for (Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity != Severity::warning) continue;
    diagnostic.severity = Severity::error;
    diagnostic.hint = phrase(messages::kCheckDateOrForce);
  }
}

// The plan with its dates widened to take in `date`, so that the reader keeps an entry that was
// forced in outside the plan.
Plan plan_including(const Plan& plan, Date date) {
  Plan widened = plan;
  widened.start = std::min(plan.start, date);
  widened.end = std::max(plan.end, date);
  return widened;
}

// An evidence file the entry names that is not in the plan's folder: an error, or a warning.
void add_missing_evidence(const Entry& entry, const std::filesystem::path& folder, MissingEvidence missing,
                          Diagnostics& diagnostics) {
  for (const std::string& path : entry.detail().evidence) {
    if (evidence_exists(path, folder)) continue;
    Text message = phrase(messages::kEvidenceNotFound.message, path, folder_shown(folder));
    Text hint = phrase(messages::kEvidenceNotFound.hint);
    if (missing == MissingEvidence::refuse) hint = phrase(messages::kOrForce, hint);
    diagnostics.push_back(Diagnostic{missing == MissingEvidence::refuse ? Severity::error : Severity::warning,
                                     kNewEntryName, 0, 0, std::move(message), std::move(hint)});
  }
}

}  // namespace

// The reader warns of an entry that would count for nothing and keeps it; log refuses it unless forced.
void refuse_counting_for_nothing(Diagnostics& diagnostics) {
  for (Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity != Severity::warning) continue;
    diagnostic.severity = Severity::error;
    diagnostic.hint = phrase(messages::kOrForce, diagnostic.hint);
  }
}

Diagnostics check_new_entry(const Entry& entry, std::string_view entry_text, const Workspace& workspace, bool force,
                            std::optional<Date> today, MissingEvidence missing, const Entry* replacing) {
  SourceText source = decode_source(std::string(entry_text), kNewEntryName);
  if (source.problem) return {*source.problem};
  const Plan& plan = *workspace.plan;
  Diagnostics diagnostics;
  Ledger read_back;
  LoadOptions options;
  options.today = today;
  read_log_text(source.text, kNewEntryName, PlanNames(plan), read_back, diagnostics, options);
  if (has_errors(diagnostics)) return diagnostics;
  if (is_outside(plan, entry)) {
    if (!force) refuse_outside_date(diagnostics);
    return diagnostics;
  }
  if (!force) refuse_counting_for_nothing(diagnostics);
  add_missing_evidence(entry, std::filesystem::path(plan.file).parent_path(), force ? MissingEvidence::warn : missing,
                       diagnostics);
  if (has_errors(diagnostics)) return diagnostics;
  if (read_back.entries.size() != 1 || read_back.entries.front().fingerprint != entry_fingerprint(entry))
    return {Diagnostic{Severity::error, kNewEntryName, 0, 0, phrase(messages::kDoesNotReadBack.message),
                       phrase(messages::kDoesNotReadBack.hint)}};
  if (const Entry* repeat = find_repeat(workspace.ledger, entry, replacing))
    diagnostics.push_back(repeat_diagnostic(workspace.ledger, *repeat, force));
  return diagnostics;
}

Diagnostics check_appended_entries(std::string_view before, std::string_view after, const std::string& file,
                                   const std::vector<Entry>& entries, const Plan& plan, bool force) {
  PlanNames names(plan);
  Diagnostics diagnostics;
  Ledger old_entries, new_entries;
  SourceText old_text = decode_source(std::string(before), file);
  if (old_text.problem) return {*old_text.problem};
  read_log_text(old_text.text, file, names, old_entries, diagnostics);
  if (has_errors(diagnostics)) return diagnostics;
  for (const Entry& entry : entries)
    if (const Entry* repeat = find_repeat(old_entries, entry); repeat && !force)
      return {repeat_diagnostic(old_entries, *repeat, false)};
  SourceText new_text = decode_source(std::string(after), file);
  Diagnostics after_diagnostics;
  if (!new_text.problem) read_log_text(new_text.text, file, names, new_entries, after_diagnostics);
  bool whole = !new_text.problem && !has_errors(after_diagnostics) &&
               new_entries.entries.size() == old_entries.entries.size() + entries.size();
  for (std::size_t i = 0; whole && i < entries.size(); ++i)
    whole = new_entries.entries[old_entries.entries.size() + i].fingerprint == entry_fingerprint(entries[i]);
  if (!whole)
    return {Diagnostic{Severity::error, file, 0, 0, phrase(messages::kCannotAppend.message),
                       phrase(messages::kCannotAppend.hint)}};
  return {};
}

Diagnostics check_appended_file(std::string_view before, std::string_view after, const std::string& file,
                                const Entry& entry, const Plan& plan, bool force) {
  // Widened so that the reader keeps an entry forced in outside the plan.
  return check_appended_entries(before, after, file, {entry}, plan_including(plan, entry.date), force);
}

}  // namespace plancheck
