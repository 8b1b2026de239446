#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "evaluate/evaluate.h"
#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

nlohmann::ordered_json plan_json(const Plan& plan);
nlohmann::ordered_json result_json(const Result& result, const Ledger& ledger, Language language);
nlohmann::ordered_json summary_json(const Summary& summary);
nlohmann::ordered_json diagnostics_json(const Diagnostics& diagnostics, Language language);

// The report shared by `status` and `check`: the plan's outline, the as-of date, the summary,
// the rows and the diagnostics.
nlohmann::ordered_json report_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                                   const std::vector<const Result*>& rows, const Summary& summary,
                                   const Diagnostics& diagnostics, Languages languages);

// Writes exactly report_json(...).dump(2) and a newline, one result at a time, so that the
// report of a ledger of millions is never held in memory as one JSON tree.
void write_report_json(std::ostream& out, const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                       const std::vector<const Result*>& rows, const Summary& summary, const Diagnostics& diagnostics,
                       Languages languages);

}  // namespace plancheck
