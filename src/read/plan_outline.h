#pragma once

#include "model/plan_draft.h"
#include "read/plan_document.h"

namespace plancheck {

// The plan a document's paragraphs lay out: its title (the first short line, else made from the
// general requirements: "2022年…工作总的要求是" → "2022年…工作要点"), the paragraphs before the
// first section as its summary, sections (一、…) with their items (1. … or （一）…, whichever the
// document numbers its items with; other lines belong to the item above them) and the rules read
// from each item's quota sentences. The plan's year is the first 20XX年 of the title or summary,
// else `fallback_year`.
PlanDraft outline_plan(const PlanDocument& document, int fallback_year);

}  // namespace plancheck
