#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "evaluate/evaluate.h"
#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

// The month a briefing reports on. The evaluation behind it is as of `as_of`, which lies in
// the month (the month's last day for `render --month`).
struct BriefingMonth {
  int year = 0;
  unsigned month = 0;
  Date start, end;
  Date as_of;
};

BriefingMonth briefing_month(Date as_of);

// The template context of `render`: the `status` JSON plus the briefing's own fields (month,
// this_month, progress, problems, next_month, unplanned, who and has_* flags). Every list has
// a fixed order, documented in templates/README.md.
// `with_results` false leaves `results` empty: the one field that grows with the ledger, built
// only for templates that use it.
nlohmann::ordered_json briefing_context(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                                        const BriefingMonth& month, const std::optional<std::string>& who,
                                        const Diagnostics& diagnostics, Languages languages,
                                        bool with_results = true);

}  // namespace plancheck
