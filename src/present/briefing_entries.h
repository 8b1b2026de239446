#pragma once

#include <nlohmann/json.hpp>

#include "evaluate/briefing.h"
#include "evaluate/report.h"

namespace plancheck {

// A result as in the status JSON, plus the words a document needs: section, item and activity
// titles, the status in words, the period's end and, when overdue, by how many days.
nlohmann::ordered_json readable_result(const Report& report, const Result& result, Language language);

// One ledger entry with every field, plus the words a document needs (activity title, names
// joined with 、).
nlohmann::ordered_json entry_json(const Report& report, std::uint32_t index, Language language);

// {"count", "sections": [{id, title, heading, items: [{id, title, heading, count, entries}]}],
//  "has_other", "other": [entries that belong to no item]}
nlohmann::ordered_json entries_by_item_json(const Report& report, const EntriesByItem& entries, Language language);

// {name, kind, roles, roles_text, done: [entries], done_count, met_count, owed: [results not
// completed], owed_count, has_owed}
nlohmann::ordered_json subject_record_json(const Report& report, const SubjectRecord& record, Language language);

}  // namespace plancheck
