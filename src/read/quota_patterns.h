#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/plan_draft.h"

namespace plancheck {

// The quotas a plan item's wording sets, read by the table of patterns in quota_patterns.cc, and
// the sentences with a number in them that became no rule.
struct QuotaReading {
  std::vector<DraftRule> rules;
  std::vector<std::string> unplaced;
};

// Reads `text` (an item's whole wording) sentence by sentence. `year` dates deadlines such as
// 3月底前 (year-03-31). Rules of one item that ask the same thing of different roles become one.
QuotaReading read_quotas(std::string_view text, int year);

// The sentences of `text`: up to each 。；！？ or line break, without it, trimmed; empty ones left out.
std::vector<std::string> sentences_of(std::string_view text);

// Whether `sentence` has a number in it outside quotation marks, titles (《》) and ordinals (第三):
// digits, or a Chinese numeral with a counting word (两次, 三个).
bool mentions_number(std::string_view sentence);

}  // namespace plancheck
