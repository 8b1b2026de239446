#pragma once

#include <functional>
#include <string>
#include <vector>

#include "messages/message.h"
#include "model/plan.h"
#include "read/fields.h"

namespace plancheck {

// Reads the plan's vocabularies: roles, activities, units and people.
void read_roles(NodeReader& reader, const YamlNode* node, Plan& plan);
void read_activities(NodeReader& reader, const YamlNode* node, Plan& plan);
void read_units(NodeReader& reader, const YamlNode* node, Plan& plan);
void read_people(NodeReader& reader, const YamlNode* node, Plan& plan);

// Reads sections, their items and the items' rules, checking every name a rule uses.
void read_sections(NodeReader& reader, const YamlNode* node, Plan& plan);

// Calls `read_one` for every item of an optional list under `key`; reports a value that is not a
// list.
void for_each_item(NodeReader& reader, const YamlNode* node, std::string_view key,
                   const std::function<void(const YamlNode&)>& read_one);

// The kinds of names a plan declares and entries and rules refer to.
enum class NameKind { role, activity, unit_kind, person_or_unit, unit, item };

// Reports a name that is not in `known`, with a suggestion; returns whether it is known.
bool check_known(NodeReader& reader, const YamlNode& at, const std::string& name,
                 const std::vector<std::string>& known, NameKind kind);

// Reports the second and later occurrence of a name. `what` names it in the report
// (messages::kActivity).
class DuplicateFinder {
 public:
  DuplicateFinder(NodeReader& reader, const Message<>& what) : reader_(reader), what_(what) {}
  void add(const std::string& name, const YamlNode& at);

 private:
  NodeReader& reader_;
  const Message<>& what_;
  std::vector<std::pair<std::string, SourcePosition>> seen_;
};

// Names a plan defines, for lookups and suggestions.
std::vector<std::string> role_names(const Plan& plan);
std::vector<std::string> activity_ids(const Plan& plan);
std::vector<std::string> unit_kinds(const Plan& plan);
std::vector<std::string> subject_names(const Plan& plan);  // people and units

}  // namespace plancheck
