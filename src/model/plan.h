#pragma once

#include <optional>
#include <string>
#include <vector>

#include "messages/message.h"
#include "model/amount.h"
#include "model/date.h"

namespace plancheck {

// Where something was written: 1-based line and column in `file`.
struct SourcePosition {
  int line = 0;
  int column = 0;
};

enum class Frequency { year, half, quarter, month, week, once };

enum class SubjectKind { person, unit };

// Who a rule applies to: exactly one of each (roles), each_unit (a unit kind) or by (one name).
struct SubjectSelector {
  enum class Kind { each_role, each_unit, by };
  Kind kind = Kind::by;
  std::vector<std::string> names;  // roles, one unit kind, or one person/unit name
};

// What a rule adds up: the entries themselves, or the hours they give (`sum: hours`).
enum class Measure { count, hours };

// How the rule's source words the amount (`norm:`): 至少, 一般, 不少于 or 按时.
enum class Norm { at_least, usually, no_fewer_than, on_time };

// Where a rule comes from (`source:`): the plan itself (要点, the default), a document such as
// 《中国共产党支部工作条例（试行）》, or the office's own arrangement (本办安排) — a date or number
// the plan does not give, which reports must not present as the plan's requirement.
struct RuleSource {
  enum class Kind { plan, document, office };
  Kind kind = Kind::plan;
  std::string document;  // the document's name as written, for Kind::document
};

struct Rule {
  std::string id;
  std::string activity;
  SubjectSelector subjects;
  Amount at_least = Amount::count(1);
  Measure sum = Measure::count;
  std::string unit;  // the counting word (次, 个, 份, 学时); empty: 次, or 学时 for hours
  Frequency every = Frequency::year;
  int grace_days = 0;         // each period's deadline is its end plus this many days
  std::optional<Date> due;    // `once` only
  std::optional<Date> from;   // limits the rule's window
  std::optional<Date> until;
  RuleSource source;
  std::string quote;  // the plan's own words for the quota
  Norm norm = Norm::at_least;
  // `evidence: required`: only entries with an evidence file that exists (or a link) count.
  bool evidence_required = false;
  // `in: contact` (an `each` rule): an entry of a unit a subject contacts (`contact:`) counts for
  // them too, unless it lists them as absent (each 班子成员 at the 组织生活会 of the 支部 they contact).
  bool through_contact = false;
  // `attendance: 0.8`: the whole unit is expected at it, so reports give each unit's attendance
  // (参会率) and mark it when below this share, in per cent (0: give it, no minimum). Unset: not given.
  std::optional<int> attendance_minimum;
  SourcePosition position;
};

struct Item {
  std::string id;
  std::string title;
  std::string text;
  std::vector<Rule> rules;
  SourcePosition position;
};

struct Section {
  std::string id;
  std::string title;
  std::vector<Item> items;
  SourcePosition position;
};

struct Tenure {
  std::string role;
  std::string unit;  // the unit the role is held in (支部书记 of 第二支部), or empty
  std::optional<Date> from;
  std::optional<Date> until;
};

struct Person {
  std::string name;
  std::string unit;  // the unit they belong to (a member of 第一党小组), or empty
  std::vector<Tenure> tenures;
  std::vector<std::string> contacts;  // `contact:` the units they contact (联系支部), for `in: contact` rules
  SourcePosition position;
};

struct Unit {
  std::string id;
  std::string kind;
  std::string parent;          // the unit it is part of (a 党小组 of its 支部), or empty
  std::optional<int> members;  // how many people belong to it, when the plan says
  SourcePosition position;
};

struct Activity {
  std::string id;
  std::string title;
  SourcePosition position;
};

struct Plan {
  std::string file;  // as given, or relative to the working directory
  std::string id;
  std::string title;
  std::string summary;
  std::string issuer;  // who issues documents about the plan, e.g. 中共XX市外办机关委员会
  // The briefing's masthead and closing block (版记); empty when not given.
  std::string briefing_name;  // 机关党建工作简报
  std::string report_to;      // 报：(upward)
  std::string send_to;        // 送：(to peers)
  std::string issue_to;       // 发：(downward)
  std::optional<int> copies;  // 共印X份
  Language language = Language::zh;  // `lang`: the language of its reports
  Date start;
  Date end;
  std::vector<std::string> logs;  // paths as written, relative to the plan file
  bool logs_given = false;        // false: the default [log], which may be absent
  std::vector<std::string> roles;
  std::vector<Activity> activities;
  std::vector<Unit> units;
  std::vector<Person> people;
  std::vector<Section> sections;
};

const Activity* find_activity(const Plan& plan, std::string_view id);
const Person* find_person(const Plan& plan, std::string_view name);
const Unit* find_unit(const Plan& plan, std::string_view id);
const Item* find_item(const Plan& plan, std::string_view id);

// Everyone a rule's selector can name at some time of the plan (by tenure, unit kind or name), in
// plan order.
std::vector<std::string> rule_subject_names(const Plan& plan, const SubjectSelector& selector);
// Whether the unit `unit` is `ancestor` or lies inside it, following parents.
bool in_unit_tree(const Plan& plan, std::string_view unit, std::string_view ancestor);
// The subjects `--who NAME` stands for: a person is themself; a unit is itself, its sub-units (at
// any depth), the people who belong to any of them and the people who hold a role in any of them.
// In plan order, the named one first.
std::vector<std::string> subjects_within(const Plan& plan, std::string_view name);
// How many people belong to a unit: its `members`, else the people whose `unit` is it or one of
// its sub-units; nullopt when neither is known.
std::optional<int> member_count(const Plan& plan, std::string_view unit);

}  // namespace plancheck
