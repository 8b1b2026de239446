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

}  // namespace

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

}  // namespace plancheck
