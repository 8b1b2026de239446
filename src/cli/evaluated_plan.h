#pragma once

#include "evaluate/evaluate.h"
#include "evaluate/report.h"
#include "read/workspace.h"

namespace plancheck {

// Held behind a pointer: the evaluation points into the workspace's plan.
struct EvaluatedPlan {
  Workspace workspace;
  Date as_of;
  Query query;
  Evaluation evaluation;
  Languages languages;  // the report's: --lang, else the plan's `lang`; the messages': the locale's

  const Plan& plan() const { return *workspace.plan; }
  const Ledger& ledger() const { return workspace.ledger; }
};

}  // namespace plancheck
