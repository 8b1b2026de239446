#pragma once

#include <nlohmann/json.hpp>

#include "evaluate/briefing.h"
#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The template context of `render`: the status report's JSON (`report`, a status report; its
// `results` only when `with_results`, the one field that grows with the ledger) plus the briefing's
// own fields (month, this_month, progress, problems, next_month, unplanned, who and has_* flags),
// with the words a document needs in the report's language. Every list has a fixed order,
// documented in templates/README.md.
nlohmann::ordered_json briefing_context(const Report& report, const BriefingReport& briefing,
                                        const RenderOptions& options, bool with_results = true);

}  // namespace plancheck
