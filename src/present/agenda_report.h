#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "evaluate/agenda.h"
#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"
#include "present/style.h"

namespace plancheck {

// The agenda as text: a title, then per person or unit a heading with their counts and a table
// of what they owe, soonest deadline first, then the totals. With `max_width` > 0 (a terminal's
// columns) the tables' text columns are cut with … to fit.
std::string render_text_agenda(const Plan& plan, const Evaluation& evaluation, const std::vector<AgendaGroup>& groups,
                               const AgendaQuery& query, const Style& style, Language language, int max_width = 0);

// The agenda as JSON: like the status report (plan, as_of, summary of the rows, results,
// diagnostics), plus the window; results go in the text's order and every one has days_left
// (negative when overdue).
nlohmann::ordered_json agenda_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                                   const std::vector<AgendaGroup>& groups, const AgendaQuery& query,
                                   const Diagnostics& diagnostics, Languages languages);

// "剩 12 天", "今天截止" or "超期 3 天": the time to a row's deadline, for every status.
std::string deadline_label(const Result& result, Date as_of, Language language);

}  // namespace plancheck
