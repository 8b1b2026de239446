#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace plancheck {

// A plan as `plancheck draft` reads it from a plan document (工作要点): what the words say, still to
// be checked by a person. Written out as plan.yaml by write/draft_plan.

// A quota sentence read as a rule.
struct DraftRule {
  enum class Subjects { each, each_unit, by };
  std::string activity;        // the activity's id: its wording without the verb, e.g. 党课
  std::string activity_title;  // its wording, e.g. 上党课
  Subjects subject_kind = Subjects::each;
  std::vector<std::string> subjects;  // roles (each), one unit kind (each_unit) or one unit (by)
  std::string by_kind;                // for `by`: the kind of the unit it names, e.g. 党组
  std::string every;                  // year, half, quarter, month, week or once
  std::optional<Date> due;            // for once
  double at_least = 1;
  bool hours = false;     // sum: hours (学时)
  std::string unit;       // the counting word when it is not 次: 个, 项, 篇…
  std::string norm;       // 不少于 or 至少 when the sentence says so
  std::string quote;      // the words it came from
};

struct DraftItem {
  std::string id;
  std::string title;  // its first sentence
  std::string text;   // its whole wording
  std::vector<DraftRule> rules;
};

struct DraftSection {
  std::string id;  // 一, 二…
  std::string title;
  std::vector<DraftItem> items;
};

// A sentence with a number in it that became no rule, with the item it is in (empty: the summary).
struct UnplacedSentence {
  std::string item;
  std::string sentence;
};

struct PlanDraft {
  std::string title;
  std::string summary;
  int year = 0;
  std::vector<DraftSection> sections;
  std::vector<UnplacedSentence> unplaced;
};

}  // namespace plancheck
