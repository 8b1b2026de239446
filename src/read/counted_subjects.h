#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "messages/message.h"
#include "model/plan.h"

namespace plancheck {

// For each activity that some rule counts, the people and units an entry of it can credit, so
// that an entry crediting none of them (a person where the rule counts branches) is caught when it
// is read, instead of counting for nothing in silence.
class CountedSubjects {
 public:
  explicit CountedSubjects(const Plan& plan);

  // Whether an entry of `activity` by `by` counts toward some rule: true when no rule counts the
  // activity (it is recorded for the record).
  bool counts(std::string_view activity, const std::vector<std::string_view>& by) const;

  // Who the first rule of `activity` counts, in words ("每个支部" / "each 支部"), and one of them
  // to name, for the warning's hint.
  Text who_counts(std::string_view activity) const;
  std::string example(std::string_view activity) const;

 private:
  struct Counted {
    std::unordered_set<std::string> subjects;
    const SubjectSelector* first = nullptr;
    std::string example;
  };
  std::unordered_map<std::string, Counted> by_activity_;
};

}  // namespace plancheck
