#pragma once

#include <optional>
#include <string>

#include "cli/context.h"
#include "evaluate/export.h"

namespace plancheck {

// Which entries export and entries list, as given on the command line; empty: no limit.
struct LedgerQueryRequest {
  std::string from;
  std::string to;
  std::string month;  // YYYY-MM: from its first day to its last
  std::string who;
  std::string activity;
  std::string item;
};

// The request checked against the plan: a date that is not one, --from after --to, or a name the
// plan does not have is a usage error (printed, with a suggestion; nothing is returned).
std::optional<ExportQuery> check_ledger_query(const LedgerQueryRequest& request, const Plan& plan,
                                              const Context& context);

}  // namespace plancheck
