#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "evaluate/evaluate.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

// A result as in the status JSON, plus the words a document needs: section, item and activity
// titles, the status in words, the period's end and, when overdue, by how many days.
nlohmann::ordered_json readable_result(const Plan& plan, const Result& result, const Ledger& ledger, Date as_of,
                                       Language language);

// One ledger entry with every field, plus the words a document needs (activity title, names
// joined with 、).
nlohmann::ordered_json entry_json(const Plan& plan, const Ledger& ledger, std::uint32_t index, Language language);

struct MonthEntries {
  // {"count", "sections": [{id, title, heading, items: [{id, title, heading, entries}]}],
  //  "other": [entries that belong to no item], "has_other"}
  nlohmann::ordered_json grouped;
  nlohmann::ordered_json unplanned;  // entries that count toward no rule
};

// The entries dated in [first, last] (crediting `who`, if given), grouped by the plan item they
// serve: the item of the first rule they count toward, else the item they name. Sections and
// items in plan order, entries by date.
MonthEntries month_entries(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation, Date first,
                           Date last, const std::optional<std::string>& who, Language language);

// For one person or unit: {name, kind, roles, done: [entries], owed: [results not met],
// met_count, owed_count}.
nlohmann::ordered_json who_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                                const std::string& who, Language language);

}  // namespace plancheck
