#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"
#include "read/workspace.h"

namespace plancheck {

// Names the new entry's YAML text in diagnostics: "new entry:2:13: error: unknown activity '党課'".
inline constexpr const char* kNewEntryName = "new entry";

// Checks `entry`, written as `entry_text` (see entry_yaml), before `plancheck log` writes it: the
// text is read back by the same reader `validate` uses, so unknown names get the same errors and
// suggestions. A date outside the plan (unless the entry says what period it is `for`), an exact
// repeat of an entry in `workspace`'s ledger, and an entry that would count for nothing (crediting
// nobody its activity's rules count, dated after `today`, naming evidence that is not there) are
// errors, or warnings when `force` is set.
// What to do with an entry naming an evidence file that is not in the plan's folder: log refuses
// it (unless forced), import warns and takes it (a sheet's evidence is often kept elsewhere).
enum class MissingEvidence { refuse, warn };

// `replacing`: the entry of the ledger the new one replaces (log --replace), which it may repeat.
Diagnostics check_new_entry(const Entry& entry, std::string_view entry_text, const Workspace& workspace, bool force,
                            std::optional<Date> today = std::nullopt, MissingEvidence missing = MissingEvidence::refuse,
                            const Entry* replacing = nullptr);

// The last check, made under the lock on the log file's text before and after the append: both
// read without errors, and `after` holds the entries of `before` followed by exactly `entry`,
// which (unless `force`) is not among them. Reported against `file`.
Diagnostics check_appended_file(std::string_view before, std::string_view after, const std::string& file,
                                const Entry& entry, const Plan& plan, bool force);

// The same for several entries appended at once (import): `after` holds the entries of `before`
// followed by exactly `entries`, none of which (unless `force`) is among those of `before`.
Diagnostics check_appended_entries(std::string_view before, std::string_view after, const std::string& file,
                                   const std::vector<Entry>& entries, const Plan& plan, bool force = false);

}  // namespace plancheck
