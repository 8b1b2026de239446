#pragma once

#include <optional>
#include <string>

#include "cli/context.h"
#include "evaluate/report.h"
#include "model/workspace.h"
#include "read/load_options.h"

namespace plancheck {

// For reports that count entries but never show them: no entry keeps its details.
LoadOptions counts_only();

// Reads the plan and its ledger — with a progress line on a terminal when that is slow — and
// prints on stderr everything found wrong.
Workspace load_inputs(const std::string& plan_file, const LoadOptions& load, const Context& context);

// Reads the plan and its ledger for a change of the ledger (log, remove) and prints what is wrong.
// Errors of the plan stop it (nothing is returned); errors of log files are told as warnings
// unless `strict`, since the file to change is checked again, under its lock, when it is written.
std::optional<Workspace> load_for_change(const std::string& plan_file, bool strict, const Context& context);

// Prints diagnostics on stderr, clang-style, followed by their count.
void print_diagnostics(const Diagnostics& diagnostics, const Context& context);

// --as-of, --who and --item as given.
struct QueryRequest {
  std::string as_of;  // empty: today
  std::string who;    // empty: everyone
  std::string item;   // empty: every item
};

// The date a report is as of, and what it selects.
struct CheckedQuery {
  Date as_of;
  Query query;
};

// The request checked against the plan: a date that is not one, or a name the plan does not have,
// is a usage error (printed; nothing is returned).
std::optional<CheckedQuery> check_query(const QueryRequest& request, const Plan& plan, const Context& context);

// Reads an optional YYYY-MM-DD option (`date` is `fallback` when it is empty); returns an exit code
// when it is not a date, having said why ("2022-06 has only 30 days", "write it as 2022-06-05").
std::optional<int> read_date_option(const std::string& text, std::string_view option, Date fallback, Date& date,
                                    const Context& context);

// Prints a usage error; returns kExitInvalid.
int usage_error(const Context& context, const std::string& message, const std::string& hint = {});

}  // namespace plancheck
