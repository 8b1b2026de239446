#include "write/draft_plan.h"

#include <fmt/format.h>

#include <algorithm>

#include "write/draft_messages.h"
#include "write/entry_yaml.h"

namespace plancheck {

namespace {

using namespace messages;

void add_once(std::vector<std::string>& names, const std::string& name) {
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

struct Declared {
  std::vector<std::string> roles, unit_kinds;                        // unit_kinds: of each_unit
  std::vector<std::pair<std::string, std::string>> activities;       // {id, title}: the first rule's
  std::vector<std::pair<std::string, std::string>> bodies;           // by: {id, kind}
};

Declared declared_names(const PlanDraft& draft) {
  Declared declared;
  for (const auto& section : draft.sections)
    for (const auto& item : section.items)
      for (const auto& rule : item.rules) {
        auto same_id = [&](const auto& activity) { return activity.first == rule.activity; };
        if (std::none_of(declared.activities.begin(), declared.activities.end(), same_id))
          declared.activities.emplace_back(rule.activity, rule.activity_title);
        for (const auto& name : rule.subjects) {
          if (rule.subject_kind == DraftRule::Subjects::each) add_once(declared.roles, name);
          if (rule.subject_kind == DraftRule::Subjects::each_unit) add_once(declared.unit_kinds, name);
        }
        std::pair<std::string, std::string> body{rule.subjects.front(), rule.by_kind};
        if (rule.subject_kind == DraftRule::Subjects::by &&
            std::find(declared.bodies.begin(), declared.bodies.end(), body) == declared.bodies.end())
          declared.bodies.push_back(body);
      }
  return declared;
}

std::string flow_list(const std::vector<std::string>& names) {
  std::string out = "[";
  for (const auto& name : names) out += (out.size() > 1 ? ", " : "") + yaml_scalar(name, YamlContext::flow);
  return out + "]";
}

// A text of one or more lines at `indent`: a plain or quoted scalar, or a literal block.
std::string text_value(const std::string& text, std::string_view indent) {
  if (text.find('\n') == std::string::npos) return yaml_scalar(text);
  std::string block = "|-\n";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    block += fmt::format("{}{}\n", indent, text.substr(start, end - start));
    start = end + 1;
  }
  block.pop_back();
  return block;
}

std::string number_text(double value) {
  return value == static_cast<double>(static_cast<long long>(value)) ? fmt::format("{}", static_cast<long long>(value))
                                                                     : fmt::format("{}", value);
}

std::string rule_yaml(const DraftRule& rule, const std::string& id, Language language) {
  constexpr std::string_view kIndent = "            ";
  std::string out = fmt::format("          - id: {}  # {}\n", yaml_scalar(id), say(language, kReviewMark));
  out += fmt::format("{}activity: {}\n", kIndent, yaml_scalar(rule.activity));
  out += fmt::format("{}quote: {}\n", kIndent, yaml_scalar(rule.quote));
  if (!rule.norm.empty()) out += fmt::format("{}norm: {}\n", kIndent, rule.norm);
  switch (rule.subject_kind) {
    case DraftRule::Subjects::each:
      out += fmt::format("{}each: {}\n", kIndent,
                         rule.subjects.size() == 1 ? yaml_scalar(rule.subjects[0]) : flow_list(rule.subjects));
      break;
    case DraftRule::Subjects::each_unit: out += fmt::format("{}each_unit: {}\n", kIndent, yaml_scalar(rule.subjects[0])); break;
    case DraftRule::Subjects::by: out += fmt::format("{}by: {}\n", kIndent, yaml_scalar(rule.subjects[0])); break;
  }
  if (rule.hours) out += fmt::format("{}sum: hours\n", kIndent);
  if (!rule.unit.empty()) out += fmt::format("{}unit: {}\n", kIndent, yaml_scalar(rule.unit));
  out += fmt::format("{}at_least: {}\n", kIndent, number_text(rule.at_least));
  out += fmt::format("{}every: {}\n", kIndent, rule.every);
  if (rule.due) out += fmt::format("{}due: {}\n", kIndent, format_date(*rule.due));
  return out;
}

std::string sections_yaml(const PlanDraft& draft, Language language) {
  std::string out = draft.sections.empty() ? "" : "sections:\n";
  for (const auto& section : draft.sections) {
    out += fmt::format("  - id: {}\n", yaml_scalar(section.id));
    if (!section.title.empty()) out += fmt::format("    title: {}\n", yaml_scalar(section.title));
    if (!section.items.empty()) out += "    items:\n";
    for (const auto& item : section.items) {
      out += fmt::format("      - id: {}\n        title: {}\n", yaml_scalar(item.id), yaml_scalar(item.title));
      out += fmt::format("        text: {}\n", text_value(item.text, "          "));
      if (!item.rules.empty()) out += "        rules:\n";
      for (std::size_t i = 0; i < item.rules.size(); ++i)
        out += rule_yaml(item.rules[i], fmt::format("{}-{}", item.id, i + 1), language);
    }
  }
  return out;
}

std::string declarations_yaml(const Declared& declared, Language language) {
  std::string out;
  if (!declared.roles.empty()) out += "roles: " + flow_list(declared.roles) + "\n";
  if (!declared.activities.empty()) out += "activities:\n";
  for (const auto& [id, title] : declared.activities)
    out += id == title ? fmt::format("  - {}\n", yaml_scalar(id))
                       : fmt::format("  - {{id: {}, title: {}}}\n", yaml_scalar(id, YamlContext::flow),
                                     yaml_scalar(title, YamlContext::flow));
  if (!declared.bodies.empty() || !declared.unit_kinds.empty()) out += "units:\n";
  for (const auto& [id, kind] : declared.bodies)
    out += fmt::format("  - {{id: {}, kind: {}}}  # {}\n", yaml_scalar(id, YamlContext::flow),
                       yaml_scalar(kind, YamlContext::flow), say(language, kReviewMark));
  for (const auto& kind : declared.unit_kinds)
    out += fmt::format("  - {{id: {}, kind: {}}}  # {}\n", yaml_scalar(kind + "1", YamlContext::flow),
                       yaml_scalar(kind, YamlContext::flow), say(language, kNameTheUnits, kind));
  return out;
}

}  // namespace

std::vector<std::string> unplaced_lines(const PlanDraft& draft, Language language) {
  std::vector<std::string> lines;
  for (const auto& unplaced : draft.unplaced)
    lines.push_back(unplaced.item.empty() ? say(language, kUnplacedInSummary, unplaced.sentence)
                                          : say(language, kUnplacedInItem, unplaced.item, unplaced.sentence));
  return lines;
}

std::string draft_plan_yaml(const PlanDraft& draft, std::string_view source, Language language) {
  std::string out = say(language, kDraftHeader, source);
  out += "plancheck: 1\nplan:\n";
  out += fmt::format("  id: plan-{}\n  title: {}\n", draft.year, yaml_scalar(draft.title));
  out += fmt::format("  start: {:04}-01-01\n  end: {:04}-12-31\n", draft.year, draft.year);
  if (!draft.summary.empty()) out += fmt::format("  summary: {}\n", text_value(draft.summary, "    "));
  out += declarations_yaml(declared_names(draft), language);
  out += sections_yaml(draft, language);
  std::vector<std::string> unplaced = unplaced_lines(draft, language);
  if (!unplaced.empty()) out += "\n# " + say(language, kUnplacedHeading) + "\n";
  for (const auto& line : unplaced) out += "#   " + line + "\n";
  return out;
}

}  // namespace plancheck
