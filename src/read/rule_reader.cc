// Reads sections, items and rules (part of the plan reader).
#include <algorithm>
#include <array>

#include "read/plan_vocabulary.h"
#include "read/read_messages.h"
#include "read/suggest.h"

namespace plancheck {

namespace {

constexpr std::array<std::pair<std::string_view, Frequency>, 6> kFrequencies{{
    {"year", Frequency::year},
    {"half", Frequency::half},
    {"quarter", Frequency::quarter},
    {"month", Frequency::month},
    {"week", Frequency::week},
    {"once", Frequency::once},
}};

// The value `node` (the value of `key`) names in `table`; else an error saying what it is not, with
// the closest name as the hint, or `fallback_hint` when none is close.
template <class Value, std::size_t N>
std::optional<Value> read_named(NodeReader& reader, const YamlNode& node, std::string_view key,
                                const std::array<std::pair<std::string_view, Value>, N>& table,
                                const Message<std::string_view>& not_one, const Message<>& fallback_hint) {
  auto text = reader.text(node, ValueName::key(key));
  if (!text) return std::nullopt;
  std::vector<std::string> names;
  for (auto [name, value] : table) {
    if (name == *text) return value;
    names.emplace_back(name);
  }
  Text hint = did_you_mean(*text, names);
  reader.error(node, phrase(not_one, *text), hint.empty() ? phrase(fallback_hint) : std::move(hint));
  return std::nullopt;
}

std::optional<Frequency> read_frequency(NodeReader& reader, const YamlNode& node) {
  return read_named(reader, node, "every", kFrequencies, messages::kNotAPeriod, messages::kUsePeriod);
}

bool somebody_holds(const Plan& plan, const std::string& role) {
  return std::any_of(plan.people.begin(), plan.people.end(), [&](const Person& person) {
    return std::any_of(person.tenures.begin(), person.tenures.end(),
                       [&](const Tenure& tenure) { return tenure.role == role; });
  });
}

// Reads which of each / each_unit / by names the rule's subjects.
std::optional<SubjectSelector> read_subjects(NodeReader& reader, const Fields& fields, const Plan& plan) {
  constexpr std::array<std::string_view, 3> keys{"each", "each_unit", "by"};
  std::vector<std::string_view> given;
  for (auto key : keys)
    if (fields.has(key)) given.push_back(key);
  if (given.empty()) {
    reader.error(fields.node(), phrase(messages::kNoSubjects.message), phrase(messages::kNoSubjects.hint));
    return std::nullopt;
  }
  if (given.size() > 1) {
    // node().find, not get: that value may be empty.
    reader.error(*fields.node().find(given[1]), phrase(messages::kTwoSubjectKeys.message, given[0], given[1]),
                 phrase(messages::kTwoSubjectKeys.hint));
    return std::nullopt;
  }
  SubjectSelector selector;
  const YamlNode* node = fields.get(given[0], Need::required);
  if (!node) return std::nullopt;
  if (given[0] == "each") {
    selector.kind = SubjectSelector::Kind::each_role;
    auto roles = reader.named_items(*node, ValueName::key("each"));
    if (!roles) return std::nullopt;
    for (auto& [role_view, at] : *roles) {
      std::string role(role_view);
      if (check_known(reader, *at, role, plan.roles, NameKind::role) && !somebody_holds(plan, role))
        reader.warning(*at, phrase(messages::kNobodyHoldsRole.message, role), phrase(messages::kNobodyHoldsRole.hint));
      selector.names.push_back(std::move(role));
    }
  } else {
    auto name = reader.text(*node, ValueName::key(given[0]));
    if (!name) return std::nullopt;
    selector.kind = given[0] == "by" ? SubjectSelector::Kind::by : SubjectSelector::Kind::each_unit;
    if (selector.kind == SubjectSelector::Kind::by)
      check_known(reader, *node, *name, subject_names(plan), NameKind::person_or_unit);
    else
      check_known(reader, *node, *name, unit_kinds(plan), NameKind::unit_kind);
    selector.names = {std::move(*name)};
  }
  return selector;
}

// `sum`: what the rule adds up, the entries (the default) or their hours.
std::optional<Measure> read_measure(NodeReader& reader, const Fields& fields) {
  const YamlNode* node = fields.get("sum");
  if (!node) return Measure::count;
  constexpr std::array<std::pair<std::string_view, Measure>, 2> kMeasures{{{"hours", Measure::hours}, {"count", Measure::count}}};
  return read_named(reader, *node, "sum", kMeasures, messages::kNotAMeasure.message, messages::kNotAMeasure.hint);
}

// `at_least`: a whole number of times (1 when absent or empty), or an amount of hours.
std::optional<Amount> read_at_least(NodeReader& reader, const Fields& fields, Measure measure) {
  const YamlNode* node = fields.get("at_least");
  if (measure == Measure::count) {
    if (!node) return Amount::count(1);
    auto times = fields.whole_number("at_least", 1);
    return times ? std::optional<Amount>(Amount::count(*times)) : std::nullopt;
  }
  if (!node) {
    reader.error(fields.node(), phrase(messages::kHoursNeedAtLeast.message), phrase(messages::kHoursNeedAtLeast.hint));
    return std::nullopt;
  }
  auto amount = fields.amount("at_least");
  if (amount && amount->hundredths == 0) {
    reader.error(*node, phrase(messages::kHoursAtLeastZero.message), phrase(messages::kHoursAtLeastZero.hint));
    return std::nullopt;
  }
  return amount;
}

constexpr std::array<std::pair<std::string_view, Norm>, 8> kNorms{{
    {"至少", Norm::at_least},
    {"一般", Norm::usually},
    {"不少于", Norm::no_fewer_than},
    {"按时", Norm::on_time},
    {"at_least", Norm::at_least},
    {"usually", Norm::usually},
    {"no_fewer_than", Norm::no_fewer_than},
    {"on_time", Norm::on_time},
}};

// `norm`: how the rule's source words the amount; 至少 when absent.
std::optional<Norm> read_norm(NodeReader& reader, const Fields& fields) {
  const YamlNode* node = fields.get("norm");
  if (!node) return Norm::at_least;
  return read_named(reader, *node, "norm", kNorms, messages::kNotANorm.message, messages::kNotANorm.hint);
}

// `evidence`: whether only entries with evidence count; optional when absent.
std::optional<bool> read_evidence_required(NodeReader& reader, const Fields& fields) {
  const YamlNode* node = fields.get("evidence");
  if (!node) return false;
  constexpr std::array<std::pair<std::string_view, bool>, 2> kRequirements{{{"required", true}, {"optional", false}}};
  return read_named(reader, *node, "evidence", kRequirements, messages::kNotAnEvidenceRequirement.message,
                    messages::kNotAnEvidenceRequirement.hint);
}

// `in: contact`: an entry of a unit a subject contacts counts for them too; only for `each` rules.
std::optional<bool> read_through_contact(NodeReader& reader, const Fields& fields, const std::optional<SubjectSelector>& subjects) {
  const YamlNode* node = fields.get("in");
  if (!node) return false;
  constexpr std::array<std::pair<std::string_view, bool>, 1> kWays{{{"contact", true}}};
  auto through = read_named(reader, *node, "in", kWays, messages::kNotAWayIn.message, messages::kNotAWayIn.hint);
  if (through && subjects && subjects->kind != SubjectSelector::Kind::each_role) {
    reader.error(*node, phrase(messages::kContactOnlyForEach.message), phrase(messages::kContactOnlyForEach.hint));
    return std::nullopt;
  }
  return through;
}

// A share written 0.8 or 80%, in whole per cent; nothing when it is neither, or above 100%.
std::optional<int> share_in_percent(std::string_view text) {
  bool percent = text.ends_with('%');
  auto amount = parse_amount(percent ? text.substr(0, text.size() - 1) : text);
  if (!amount) return std::nullopt;
  if (percent && amount->hundredths % 100) return std::nullopt;  // 80.5%: no finer than whole per cent
  int value = static_cast<int>(percent ? amount->hundredths / 100 : amount->hundredths);
  return value <= 100 ? std::optional<int>(value) : std::nullopt;
}

// `attendance`: the least share of a unit expected at each meeting (0.8 or 80%), in per cent, into
// `minimum`; false when it is not a share.
bool read_attendance(NodeReader& reader, const Fields& fields, std::optional<int>& minimum) {
  const YamlNode* node = fields.get("attendance");
  if (!node) return true;
  auto share = reader.text(*node, ValueName::key("attendance"));
  if (!share) return false;
  minimum = share_in_percent(*share);
  if (!minimum)
    reader.error(*node, phrase(messages::kAttendanceNotAShare.message, *share), phrase(messages::kAttendanceNotAShare.hint));
  return minimum.has_value();
}

// `source`: 要点 (the plan, the default), 本办安排 (the office's own arrangement) or a document's name.
RuleSource read_source(const Fields& fields) {
  std::string text = fields.text("source").value_or("");
  if (text.empty() || text == "要点" || text == "工作要点" || text == "plan") return {};
  if (text == "本办安排" || text == "office") return {RuleSource::Kind::office, {}};
  return {RuleSource::Kind::document, std::move(text)};
}

void check_window(NodeReader& reader, const Fields& fields, const Rule& rule, const Plan& plan) {
  if (rule.from && rule.until && *rule.until < *rule.from)
    reader.error(*fields.get("until"), phrase(messages::kUntilBeforeFrom));
  if (rule.from && *rule.from > plan.end)
    reader.warning(*fields.get("from"), phrase(messages::kFromAfterPlanEnd));
  if (rule.until && *rule.until < plan.start)
    reader.warning(*fields.get("until"), phrase(messages::kUntilBeforePlanStart));
  if (rule.every == Frequency::once && rule.due && rule.from && *rule.due < *rule.from)
    reader.error(*fields.get("due"), phrase(messages::kDueBeforeFrom.message, format_date(*rule.due), format_date(*rule.from)),
                 phrase(messages::kDueBeforeFrom.hint));
  if (rule.every == Frequency::once && rule.due) {
    if (*rule.due < plan.start || *rule.due > plan.end)
      reader.warning(*fields.get("due"), phrase(messages::kDueOutsidePlan, format_date(*rule.due),
                                                format_date(plan.start), format_date(plan.end)));
  }
}

std::optional<Rule> read_rule(NodeReader& reader, const YamlNode& node, const Plan& plan) {
  Fields fields(reader, node, messages::kRule,
                {"id", "activity", "each", "each_unit", "by", "at_least", "every", "due", "from", "until", "grace", "sum",
                 "unit", "source", "quote", "norm", "evidence", "attendance", "in"});
  if (!fields.is_mapping()) return std::nullopt;
  Rule rule;
  rule.position = node.position;
  auto id = fields.text("id", Need::required);
  auto activity = fields.text("activity", Need::required);
  if (activity) check_known(reader, *fields.get("activity"), *activity, activity_ids(plan), NameKind::activity);
  auto subjects = read_subjects(reader, fields, plan);
  auto sum = read_measure(reader, fields);
  auto at_least = read_at_least(reader, fields, sum.value_or(Measure::count));
  auto grace = fields.get("grace") ? fields.whole_number("grace", 0) : std::optional<int>(0);
  rule.unit = fields.text("unit").value_or("");
  rule.source = read_source(fields);
  rule.quote = fields.text("quote").value_or("");
  auto norm = read_norm(reader, fields);
  auto evidence_required = read_evidence_required(reader, fields);
  bool attendance_read = read_attendance(reader, fields, rule.attendance_minimum);
  auto through_contact = read_through_contact(reader, fields, subjects);
  const YamlNode* every_node = fields.get("every", Need::required);
  auto every = every_node ? read_frequency(reader, *every_node) : std::nullopt;
  rule.due = fields.date("due");
  rule.from = fields.date("from");
  rule.until = fields.date("until");
  if (!id || !activity || !subjects || !at_least || !every || !sum || !grace || !norm || !evidence_required || !attendance_read ||
      !through_contact)
    return std::nullopt;
  rule.id = std::move(*id);
  rule.activity = std::move(*activity);
  rule.subjects = std::move(*subjects);
  rule.at_least = *at_least;
  rule.sum = *sum;
  rule.every = *every;
  rule.grace_days = *grace;
  rule.norm = *norm;
  rule.evidence_required = *evidence_required;
  rule.through_contact = *through_contact;
  if (rule.every == Frequency::once && !rule.due && !fields.get("due")) {  // 'due' absent or empty
    reader.error(node, phrase(messages::kOnceNeedsDue.message), phrase(messages::kOnceNeedsDue.hint));
    return std::nullopt;
  }
  if (rule.every == Frequency::once && fields.has("grace"))
    reader.error(*fields.node().find("grace"), phrase(messages::kGraceOnlyForPeriods.message), phrase(messages::kGraceOnlyForPeriods.hint));
  if (rule.every != Frequency::once && fields.has("due"))
    reader.error(*fields.node().find("due"), phrase(messages::kDueOnlyForOnce.message),
                 phrase(messages::kDueOnlyForOnce.hint));
  check_window(reader, fields, rule, plan);
  return rule;
}

}  // namespace

void read_sections(NodeReader& reader, const YamlNode* node, Plan& plan) {
  DuplicateFinder section_ids(reader, messages::kSectionId);
  DuplicateFinder item_ids(reader, messages::kItemId);
  DuplicateFinder rule_ids(reader, messages::kRuleId);
  auto list = [&](const YamlNode* list_node, std::string_view key, auto read_one) {
    for_each_item(reader, list_node, key, read_one);
  };
  list(node, "sections", [&](const YamlNode& section_node) {
    Fields fields(reader, section_node, messages::kSection, {"id", "title", "items"});
    Section section{fields.text("id", Need::required).value_or(""), fields.text("title").value_or(""), {},
                    section_node.position};
    if (fields.get("id")) section_ids.add(section.id, *fields.get("id"));
    list(fields.get("items"), "items", [&](const YamlNode& item_node) {
      Fields item_fields(reader, item_node, messages::kItem, {"id", "title", "text", "rules"});
      Item item{item_fields.text("id", Need::required).value_or(""), item_fields.text("title").value_or(""),
                item_fields.text("text").value_or(""), {}, item_node.position};
      if (item_fields.get("id")) item_ids.add(item.id, *item_fields.get("id"));
      list(item_fields.get("rules"), "rules", [&](const YamlNode& rule_node) {
        auto rule = read_rule(reader, rule_node, plan);
        if (!rule) return;
        rule_ids.add(rule->id, *rule_node.find("id"));
        item.rules.push_back(std::move(*rule));
      });
      section.items.push_back(std::move(item));
    });
    plan.sections.push_back(std::move(section));
  });
}

}  // namespace plancheck
