#pragma once

#include <string>

#include "messages/message.h"
#include "model/plan_draft.h"

namespace plancheck {

// The plan file of a draft, which `plancheck validate` accepts: the header (id plan-YEAR, the
// calendar year), the roles, activities and units its rules name, the sections and items with
// their wording, each rule marked for review by a comment, and the sentences that became no rule
// as comments at the end. Comments are in `language`; `source` is the document's name.
std::string draft_plan_yaml(const PlanDraft& draft, std::string_view source, Language language);

// One line per sentence that became no rule, as the file's closing comment and stderr list them.
std::vector<std::string> unplaced_lines(const PlanDraft& draft, Language language);

}  // namespace plancheck
