#include "read/counted_subjects.h"

#include <algorithm>

#include "read/read_messages.h"
#include <fmt/ranges.h>

namespace plancheck {

namespace {

std::string joined(const std::vector<std::string>& names, std::string_view separator) {
  return fmt::format("{}", fmt::join(names, separator));
}

}  // namespace

CountedSubjects::CountedSubjects(const Plan& plan) {
  for (const Section& section : plan.sections)
    for (const Item& item : section.items)
      for (const Rule& rule : item.rules) {
        Counted& counted = by_activity_[rule.activity];
        std::vector<std::string> names = rule_subject_names(plan, rule.subjects);
        // Under `in: contact`, an entry of a unit a subject contacts counts for them.
        if (rule.through_contact)
          for (const Person& person : plan.people)
            if (std::find(names.begin(), names.end(), person.name) != names.end())
              counted.subjects.insert(person.contacts.begin(), person.contacts.end());
        if (!counted.first) {
          counted.first = &rule.subjects;
          if (!names.empty()) counted.example = names.front();
        }
        counted.subjects.insert(names.begin(), names.end());
      }
}

bool CountedSubjects::counts(std::string_view activity, const std::vector<std::string_view>& by) const {
  auto found = by_activity_.find(std::string(activity));
  if (found == by_activity_.end()) return true;
  return std::any_of(by.begin(), by.end(),
                     [&](std::string_view name) { return found->second.subjects.count(std::string(name)) > 0; });
}

Text CountedSubjects::who_counts(std::string_view activity) const {
  const SubjectSelector& selector = *by_activity_.at(std::string(activity)).first;
  switch (selector.kind) {
    case SubjectSelector::Kind::each_unit: return phrase(messages::kCountedForEachUnit, selector.names.front());
    case SubjectSelector::Kind::each_role:
      return Text{joined(selector.names, "、"), joined(selector.names, ", ")};
    case SubjectSelector::Kind::by: break;
  }
  return Text{selector.names.front(), selector.names.front()};
}

std::string CountedSubjects::example(std::string_view activity) const {
  return by_activity_.at(std::string(activity)).example;
}

}  // namespace plancheck
