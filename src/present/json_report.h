#pragma once

#include <nlohmann/json.hpp>
#include <iosfwd>
#include <vector>

#include "evaluate/report.h"
#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"
#include "present/render.h"

namespace plancheck {

// The report as JSON (the shapes are documented in README.md): check and status, the plan's outline,
// the as-of date, the summary, the rows and the diagnostics; agenda, the same with the window;
// validate, whether the files are valid and which were read; any report whose inputs have errors,
// only the diagnostics. Written one result at a time, so that the report of a ledger of millions is
// never held in memory as one JSON tree.
void render_json(const Report& report, const RenderOptions& options, std::ostream& out);

// The parts every JSON shape is made of.
nlohmann::ordered_json plan_json(const Plan& plan);
// Every field of a result but its entries.
nlohmann::ordered_json result_fields(const Result& result, Language language);
// Adds the entries that count toward a result (`entries`: date, file and line of each) and, for a
// rule that requires evidence, those left out for lacking it (`lacking_evidence`).
void add_result_entries(nlohmann::ordered_json& json, const Result& result, const Ledger& ledger);
// result_fields with the entries last.
nlohmann::ordered_json result_json(const Result& result, const Ledger& ledger, Language language);
nlohmann::ordered_json summary_json(const Summary& summary);
// An amount as a JSON number: whole amounts (every count) as integers, others as decimals.
nlohmann::ordered_json amount_json(Amount amount);
// An entry's `absent:` as [{"name": "张三", "reason": "出差"}, {"name": "李四"}] (no reason: no key).
nlohmann::ordered_json absent_json(const std::vector<Absence>& absent);
nlohmann::ordered_json diagnostics_json(const Diagnostics& diagnostics, Language language);

// The check or status report as one JSON tree, its results being `rows` (render_json streams the same).
nlohmann::ordered_json report_json(const Report& report, const std::vector<const Result*>& rows,
                                   const RenderOptions& options);

}  // namespace plancheck
