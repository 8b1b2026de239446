#include "read/plan_vocabulary.h"

#include <algorithm>

#include "read/read_messages.h"
#include "read/suggest.h"

namespace plancheck {

namespace {

// `unit:` naming a unit of the plan (checked, with a suggestion), or empty.
std::string read_unit_name(NodeReader& reader, const Fields& fields, const Plan& plan) {
  auto unit = fields.text("unit");
  if (!unit || unit->empty()) return "";
  std::vector<std::string> ids;
  for (const Unit& known : plan.units) ids.push_back(known.id);
  check_known(reader, *fields.get("unit"), *unit, ids, NameKind::unit);
  return *unit;
}

std::optional<Tenure> read_tenure(NodeReader& reader, const YamlNode& node, const Plan& plan) {
  Tenure tenure;
  const YamlNode* role_node = &node;
  if (node.kind == YamlNode::Kind::mapping) {
    Fields fields(reader, node, messages::kRole, {"role", "unit", "from", "until"});
    role_node = fields.get("role", Need::required);
    tenure.unit = read_unit_name(reader, fields, plan);
    tenure.from = fields.date("from");
    tenure.until = fields.date("until");
    if (tenure.from && tenure.until && *tenure.until < *tenure.from)
      reader.error(*fields.get("until"), phrase(messages::kUntilBeforeFrom));
    if (!role_node) return std::nullopt;
    // (A plan without its dates, already an error, would make every role seem outside it.)
    bool dated = plan.start != Date{} && plan.start <= plan.end;
    bool ended_before = tenure.until && *tenure.until < plan.start, starts_after = tenure.from && *tenure.from > plan.end;
    if (dated && (ended_before || starts_after) && (!tenure.from || !tenure.until || *tenure.from <= *tenure.until))
      reader.warning(node, phrase(messages::kRoleOutsidePlan.message, role_node->value,
                                  format_date(plan.start), format_date(plan.end)),
                     phrase(messages::kRoleOutsidePlan.hint));
  }
  auto role = reader.text(*role_node, phrase(messages::kARole));
  if (!role) return std::nullopt;
  check_known(reader, *role_node, *role, plan.roles, NameKind::role);
  tenure.role = std::move(*role);
  return tenure;
}

// A kind of name as the report on an unknown one names it, and where the plan declares such names.
struct NameKindWords {
  const Message<>& noun;
  const Message<>& declare;
};

NameKindWords words_for(NameKind kind) {
  switch (kind) {
    case NameKind::role: return {messages::kRole, messages::kDeclareRole};
    case NameKind::activity: return {messages::kActivity, messages::kDeclareActivity};
    case NameKind::unit_kind: return {messages::kUnitKind, messages::kDeclareUnitKind};
    case NameKind::person_or_unit: return {messages::kPersonOrUnit, messages::kDeclarePersonOrUnit};
    case NameKind::unit: return {messages::kUnit, messages::kDeclareUnit};
    case NameKind::item: break;
  }
  return {messages::kItem, messages::kDeclareItem};
}

// `contact:` one unit or a list of them, each a unit of the plan (checked, with a suggestion).
std::vector<std::string> read_contacts(NodeReader& reader, const Fields& fields, const Plan& plan) {
  std::vector<std::string> contacts;
  const YamlNode* node = fields.get("contact");
  if (!node || node->is_null()) return contacts;
  auto items = reader.named_items(*node, ValueName::key("contact"));
  if (!items) return contacts;
  std::vector<std::string> ids;
  for (const Unit& known : plan.units) ids.push_back(known.id);
  for (const auto& [unit, at] : *items)
    if (check_known(reader, *at, std::string(unit), ids, NameKind::unit)) contacts.emplace_back(unit);
  return contacts;
}

}  // namespace

void for_each_item(NodeReader& reader, const YamlNode* node, std::string_view key,
                   const std::function<void(const YamlNode&)>& read_one) {
  if (!node) return;
  if (node->kind != YamlNode::Kind::sequence) {
    reader.error(*node, phrase(messages::kShouldBeList, key));
    return;
  }
  for (const YamlNode& child : node->children) read_one(child);
}

bool check_known(NodeReader& reader, const YamlNode& at, const std::string& name,
                 const std::vector<std::string>& known, NameKind kind) {
  if (std::find(known.begin(), known.end(), name) != known.end()) return true;
  NameKindWords words = words_for(kind);
  if (std::string lookalike = lookalike_of(name, known); !lookalike.empty()) {
    reader.error(at, phrase(messages::kLooksLikeKnownName.message, phrase(words.noun), with_invisible_shown(name), lookalike),
                 phrase(messages::kLooksLikeKnownName.hint, lookalike));
    return false;
  }
  Text hint = did_you_mean(name, known);
  if (hint.empty()) hint = phrase(messages::kCorrectOrDeclare, phrase(words.declare));
  reader.error(at, phrase(messages::kUnknownName, phrase(words.noun), name), std::move(hint));
  return false;
}

void DuplicateFinder::add(const std::string& name, const YamlNode& at) {
  auto found = std::find_if(seen_.begin(), seen_.end(), [&](const auto& seen) { return seen.first == name; });
  if (found == seen_.end()) {
    seen_.emplace_back(name, at.position);
    return;
  }
  reader_.error(at, phrase(messages::kDuplicateName.message, phrase(what_), name, found->second.line),
                phrase(messages::kDuplicateName.hint));
}

namespace {

// Every `parent` names another unit of the plan, and following parents never comes back round.
void check_parents(NodeReader& reader, const Plan& plan, const std::vector<const YamlNode*>& parent_nodes) {
  std::vector<std::string> ids;
  for (const Unit& unit : plan.units) ids.push_back(unit.id);
  for (std::size_t i = 0; i < plan.units.size(); ++i) {
    const Unit& unit = plan.units[i];
    if (unit.parent.empty() || !check_known(reader, *parent_nodes[i], unit.parent, ids, NameKind::unit)) continue;
    if (in_unit_tree(plan, unit.parent, unit.id))
      reader.error(*parent_nodes[i], phrase(messages::kUnitInsideItself.message, unit.id),
                   phrase(messages::kUnitInsideItself.hint));
  }
}

}  // namespace

void read_roles(NodeReader& reader, const YamlNode* node, Plan& plan) {
  DuplicateFinder duplicates(reader, messages::kRole);
  for_each_item(reader, node, "roles", [&](const YamlNode& child) {
    if (auto role = reader.text(child, phrase(messages::kARole))) {
      duplicates.add(*role, child);
      plan.roles.push_back(std::move(*role));
    }
  });
}

void read_activities(NodeReader& reader, const YamlNode* node, Plan& plan) {
  DuplicateFinder duplicates(reader, messages::kActivity);
  for_each_item(reader, node, "activities", [&](const YamlNode& child) {
    Activity activity;
    activity.position = child.position;
    const YamlNode* id_node = &child;
    if (child.kind != YamlNode::Kind::scalar) {
      Fields fields(reader, child, messages::kActivity, {"id", "title"});
      id_node = fields.get("id", Need::required);
      activity.title = fields.text("title").value_or("");
      if (!id_node) return;
    }
    auto id = reader.text(*id_node, phrase(messages::kAnActivityId));
    if (!id) return;
    duplicates.add(*id, *id_node);
    activity.id = std::move(*id);
    plan.activities.push_back(std::move(activity));
  });
}

void read_units(NodeReader& reader, const YamlNode* node, Plan& plan) {
  DuplicateFinder duplicates(reader, messages::kUnit);
  std::vector<const YamlNode*> parent_nodes;
  for_each_item(reader, node, "units", [&](const YamlNode& child) {
    Fields fields(reader, child, messages::kUnit, {"id", "kind", "parent", "members"});
    auto id = fields.text("id", Need::required);
    auto kind = fields.text("kind", Need::required);
    auto members = fields.whole_number("members", 1);
    if (!id || !kind) return;
    duplicates.add(*id, *fields.get("id"));
    plan.units.push_back(Unit{std::move(*id), std::move(*kind), fields.text("parent").value_or(""), members, child.position});
    parent_nodes.push_back(fields.get("parent"));
  });
  check_parents(reader, plan, parent_nodes);
}

void read_people(NodeReader& reader, const YamlNode* node, Plan& plan) {
  DuplicateFinder duplicates(reader, messages::kPerson);
  for_each_item(reader, node, "people", [&](const YamlNode& child) {
    Fields fields(reader, child, messages::kPerson, {"name", "unit", "roles", "contact"});
    auto name = fields.text("name", Need::required);
    if (!name) return;
    duplicates.add(*name, *fields.get("name"));
    if (find_unit(plan, *name))
      reader.error(*fields.get("name"), phrase(messages::kAlsoAUnit.message, *name), phrase(messages::kAlsoAUnit.hint));
    Person person{*name, read_unit_name(reader, fields, plan), {}, read_contacts(reader, fields, plan), child.position};
    auto add_tenure = [&](const YamlNode& role_node) {
      if (auto tenure = read_tenure(reader, role_node, plan)) person.tenures.push_back(std::move(*tenure));
    };
    const YamlNode* roles = fields.get("roles");
    if (roles && roles->kind == YamlNode::Kind::scalar)
      add_tenure(*roles);  // one role, written without brackets
    else
      for_each_item(reader, roles, "roles", add_tenure);
    plan.people.push_back(std::move(person));
  });
}

std::vector<std::string> role_names(const Plan& plan) { return plan.roles; }

std::vector<std::string> activity_ids(const Plan& plan) {
  std::vector<std::string> ids;
  for (const auto& activity : plan.activities) ids.push_back(activity.id);
  return ids;
}

std::vector<std::string> unit_kinds(const Plan& plan) {
  std::vector<std::string> kinds;
  for (const auto& unit : plan.units)
    if (std::find(kinds.begin(), kinds.end(), unit.kind) == kinds.end()) kinds.push_back(unit.kind);
  return kinds;
}

std::vector<std::string> subject_names(const Plan& plan) {
  std::vector<std::string> names;
  for (const auto& person : plan.people) names.push_back(person.name);
  for (const auto& unit : plan.units) names.push_back(unit.id);
  return names;
}

}  // namespace plancheck
