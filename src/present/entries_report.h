#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "evaluate/export.h"
#include "present/render.h"

namespace plancheck {

// The ledger as text: the plan's title, what was selected and how many, then a table of the
// entries — date, activity, by, title, the quotas each counted toward, and where it is (FILE:LINE,
// as `log --replace` and `remove` take it).
std::string entries_text(const EntriesReport& report, const RenderOptions& options);

// The same as JSON: {"plan_file", "count", "entries": [{file, line, date, activity, by, …,
// counted_toward: [{rule, item, subject, period, status}]}]}.
nlohmann::ordered_json entries_json(const EntriesReport& report, const RenderOptions& options);

}  // namespace plancheck
