#include "model/plan.h"

#include <algorithm>

namespace plancheck {

namespace {

template <typename T, typename Key>
const T* find_by(const std::vector<T>& list, std::string_view wanted, Key key) {
  auto found = std::find_if(list.begin(), list.end(),
                            [&](const T& element) { return element.*key == wanted; });
  return found == list.end() ? nullptr : &*found;
}

// Whether `unit` is `ancestor` or lies inside it; a parent chain longer than the plan's units is a
// cycle, which the reader reports, and counts as outside.
bool is_within(const Plan& plan, const Unit& unit, std::string_view ancestor) {
  const Unit* at = &unit;
  for (std::size_t steps = 0; at && steps <= plan.units.size(); ++steps) {
    if (at->id == ancestor) return true;
    at = at->parent.empty() ? nullptr : find_by(plan.units, at->parent, &Unit::id);
  }
  return false;
}

bool holds_any(const Person& person, const std::vector<std::string>& roles) {
  return std::any_of(person.tenures.begin(), person.tenures.end(), [&](const Tenure& tenure) {
    return std::find(roles.begin(), roles.end(), tenure.role) != roles.end();
  });
}

}  // namespace

std::vector<std::string> rule_subject_names(const Plan& plan, const SubjectSelector& selector) {
  std::vector<std::string> names;
  switch (selector.kind) {
    case SubjectSelector::Kind::by: names.push_back(selector.names.front()); break;
    case SubjectSelector::Kind::each_unit:
      for (const Unit& unit : plan.units)
        if (unit.kind == selector.names.front()) names.push_back(unit.id);
      break;
    case SubjectSelector::Kind::each_role:
      for (const Person& person : plan.people)
        if (holds_any(person, selector.names)) names.push_back(person.name);
      break;
  }
  return names;
}

bool in_unit_tree(const Plan& plan, std::string_view unit, std::string_view ancestor) {
  const Unit* found = find_by(plan.units, unit, &Unit::id);
  return found && is_within(plan, *found, ancestor);
}

const Activity* find_activity(const Plan& plan, std::string_view id) {
  return find_by(plan.activities, id, &Activity::id);
}

const Person* find_person(const Plan& plan, std::string_view name) {
  return find_by(plan.people, name, &Person::name);
}

const Unit* find_unit(const Plan& plan, std::string_view id) {
  return find_by(plan.units, id, &Unit::id);
}

const Item* find_item(const Plan& plan, std::string_view id) {
  for (const auto& section : plan.sections)
    if (const Item* item = find_by(section.items, id, &Item::id)) return item;
  return nullptr;
}

std::vector<std::string> subjects_within(const Plan& plan, std::string_view name) {
  std::vector<std::string> subjects{std::string(name)};
  if (!find_unit(plan, name)) return subjects;
  for (const Unit& unit : plan.units)
    if (unit.id != name && is_within(plan, unit, name)) subjects.push_back(unit.id);
  for (const Person& person : plan.people) {
    bool belongs = in_unit_tree(plan, person.unit, name);
    for (const Tenure& tenure : person.tenures) belongs = belongs || in_unit_tree(plan, tenure.unit, name);
    if (belongs) subjects.push_back(person.name);
  }
  return subjects;
}

std::optional<int> member_count(const Plan& plan, std::string_view unit) {
  const Unit* found = find_unit(plan, unit);
  if (!found) return std::nullopt;
  if (found->members) return found->members;
  int count = static_cast<int>(std::count_if(plan.people.begin(), plan.people.end(), [&](const Person& person) {
    return in_unit_tree(plan, person.unit, unit);
  }));
  return count > 0 ? std::optional(count) : std::nullopt;
}

}  // namespace plancheck
