#include "read/log_reader.h"

#include <algorithm>
#include <filesystem>

#include "read/fields.h"
#include "read/plan_vocabulary.h"
#include "read/read_messages.h"
#include "read/source_text.h"
#include "read/suggest.h"
#include "read/yaml_tree.h"
#include <fmt/ranges.h>

namespace plancheck {

namespace {

bool check_name(NodeReader& reader, const YamlNode& at, std::string_view name,
                const std::unordered_set<std::string_view>& known, const std::vector<std::string>& candidates,
                NameKind kind) {
  if (known.count(name)) return true;
  return check_known(reader, at, std::string(name), candidates, kind);
}

// An entry names its activity by id. Reports show titles, so someone may well write the title:
// they are told the id.
bool check_activity(NodeReader& reader, const YamlNode& at, std::string_view name, const PlanNames& names) {
  if (names.activity_set.count(name)) return true;
  for (const auto& activity : names.plan.activities)
    if (!activity.title.empty() && activity.title == name) {
      reader.error(at, phrase(messages::kUnknownName, phrase(messages::kActivity), name),
                   phrase(messages::kTitleNotId, name, activity.id));
      return false;
    }
  return check_known(reader, at, std::string(name), names.activities, NameKind::activity);
}

using Views = std::vector<std::string_view>;

// An entry's details as views of its YAML nodes: checked, but not copied until they are kept.
struct DetailViews {
  std::string_view title, place, notes;
  std::optional<int> attendee_count;
  Views attendee_names, evidence, tags;
  Views absent_names, absent_reasons;  // one reason (maybe empty) for each name
};

Views views_of(NodeReader& reader, const YamlNode* node, std::string_view key) {
  Views views;
  if (!node || (node->kind == YamlNode::Kind::sequence && node->children.empty())) return views;
  if (auto items = reader.named_items(*node, ValueName::key(key)))
    for (const auto& [view, at] : *items) views.push_back(view);
  return views;
}

bool is_link(std::string_view path) { return path.find("://") != std::string_view::npos; }

// Looks for each evidence file named under `node` in `folder`, warning of those that are not there.
EvidenceFound look_for_evidence(NodeReader& reader, const YamlNode& node, const std::filesystem::path& folder) {
  auto items = reader.named_items(node, ValueName::key("evidence"));
  if (!items || items->empty()) return EvidenceFound::none_given;
  EvidenceFound found = EvidenceFound::not_found;
  for (const auto& [path, at] : *items) {
    if (!evidence_exists(path, folder)) {
      reader.warning(*at, phrase(messages::kEvidenceNotFound.message, path, folder_shown(folder)),
                     phrase(messages::kEvidenceNotFound.hint));
    } else if (is_link(path)) {
      if (found == EvidenceFound::not_found) found = EvidenceFound::not_looked_for;
    } else {
      found = EvidenceFound::found;
    }
  }
  return found;
}

// One name of `absent:`, checked: not twice, not also among the attendees, and a name close to
// one of the plan's people (a slip of the keyboard) is warned of. Other names are taken as they
// are: absentees are often people the plan does not list.
bool check_absent_name(NodeReader& reader, const YamlNode& at, std::string_view name, const DetailViews& details,
                       const PlanNames& names) {
  const Views& earlier = details.absent_names;
  if (std::find(earlier.begin(), earlier.end(), name) != earlier.end()) {
    reader.error(at, phrase(messages::kAbsentTwice.message, name), phrase(messages::kAbsentTwice.hint));
    return false;
  }
  const Views& attended = details.attendee_names;
  if (std::find(attended.begin(), attended.end(), name) != attended.end()) {
    reader.error(at, phrase(messages::kAbsentButAttended.message, name), phrase(messages::kAbsentButAttended.hint));
    return false;
  }
  if (!find_person(names.plan, name)) {
    std::string near = closest_match(name, names.people);
    if (!near.empty())
      reader.warning(at, phrase(messages::kAbsentNearPerson.message, name),
                     phrase(messages::kAbsentNearPerson.hint, near));
  }
  return true;
}

// `absent:`: a list of names ([张三, 李四]), or a mapping from name to reason ({张三: 出差}), where
// an empty reason (张三:) gives none. False after a problem.
bool read_absent(NodeReader& reader, const YamlNode& node, const PlanNames& names, DetailViews& details) {
  if (node.is_null() || (node.kind == YamlNode::Kind::sequence && node.children.empty())) return true;
  bool ok = true;
  auto add = [&](std::string_view name, std::string_view reason, const YamlNode& at) {
    if (!check_absent_name(reader, at, name, details, names)) ok = false;
    details.absent_names.push_back(name);
    details.absent_reasons.push_back(reason);
  };
  if (node.kind != YamlNode::Kind::mapping) {
    auto items = reader.named_items(node, ValueName::key("absent"));
    if (!items) return false;
    for (const auto& [name, at] : *items) add(name, "", *at);
    return ok;
  }
  for (std::size_t i = 0; i < node.pair_count(); ++i) {
    const YamlNode& reason = node.value_at(i);
    if (reason.kind != YamlNode::Kind::scalar) {
      reader.error(reason, phrase(messages::kAbsenceReasonNotText.message, node.key(i).value, kind_name(reason)),
                   phrase(messages::kAbsenceReasonNotText.hint));
      ok = false;
      continue;
    }
    add(node.key(i).value, reason.is_null() ? std::string_view() : std::string_view(reason.value), node.key(i));
  }
  return ok;
}

DetailViews read_detail_views(NodeReader& reader, const Fields& fields) {
  DetailViews details;
  details.title = fields.text_view("title").value_or("");
  details.place = fields.text_view("place").value_or("");
  details.notes = fields.text_view("notes").value_or("");
  if (const YamlNode* attendees = fields.get("attendees")) {
    if (attendees->kind == YamlNode::Kind::scalar)
      details.attendee_count = reader.whole_number(*attendees, ValueName::key("attendees"), 0);
    else
      details.attendee_names = views_of(reader, attendees, "attendees");
  }
  details.evidence = views_of(reader, fields.get("evidence"), "evidence");
  details.tags = views_of(reader, fields.get("tags"), "tags");
  return details;
}

std::vector<std::string> copies(const Views& views) { return std::vector<std::string>(views.begin(), views.end()); }

std::shared_ptr<const EntryDetails> keep(const DetailViews& views) {
  std::vector<Absence> absent;
  for (std::size_t i = 0; i < views.absent_names.size(); ++i)
    absent.push_back({std::string(views.absent_names[i]), std::string(views.absent_reasons[i])});
  return std::make_shared<const EntryDetails>(EntryDetails{
      std::string(views.title), std::string(views.place), Attendees{views.attendee_count, copies(views.attendee_names)},
      std::string(views.notes), copies(views.evidence), copies(views.tags), std::move(absent)});
}

std::string joined_names(const Views& names) { return fmt::format("{}", fmt::join(names, "、")); }

// Warns of entries that count for nothing: crediting nobody their activity's rules count, or dated
// after today.
void warn_if_counted_for_nothing(NodeReader& reader, const Fields& fields, const Entry& entry, const Views& by,
                                 const PlanNames& names, const LoadOptions& options) {
  if (!names.counted.counts(entry.activity, by))
    reader.warning(*fields.get("by"),
                   phrase(messages::kCountsTowardNothing.message, entry.activity, names.counted.who_counts(entry.activity),
                          joined_names(by)),
                   phrase(messages::kCountsTowardNothing.hint, names.counted.example(entry.activity)));
  if (options.today && entry.date > *options.today)
    reader.warning(*fields.get("date"),
                   phrase(messages::kEntryAfterToday.message, format_date(entry.date), format_date(*options.today)),
                   phrase(messages::kEntryAfterToday.hint));
}

// Reads one entry; returns whether it belongs in the ledger.
bool read_entry(NodeReader& reader, const YamlNode& node, const PlanNames& names, const LoadOptions& options,
                Entry& entry) {
  Fields fields(reader, node, messages::kEntry,
                {"date", "activity", "by", "title", "item", "place", "attendees", "absent", "notes", "evidence", "tags",
                 "for", "hours"});
  if (!fields.is_mapping()) return false;
  std::size_t problems = 0;
  auto date = fields.date("date", Need::required);
  auto activity = fields.text_view("activity", Need::required);
  const YamlNode* by_node = fields.get("by", Need::required);
  auto by = by_node ? reader.named_items(*by_node, ValueName::key("by")) : std::nullopt;
  if (activity && !check_activity(reader, *fields.get("activity"), *activity, names)) ++problems;
  Views by_names;
  if (by)
    for (const auto& [name, at] : *by) {
      if (!check_name(reader, *at, name, names.subject_set, names.subjects, NameKind::person_or_unit)) ++problems;
      by_names.push_back(name);
    }
  auto item = fields.text_view("item");
  if (item && !check_name(reader, *fields.get("item"), *item, names.item_set, names.items, NameKind::item))
    ++problems;
  std::optional<DateSpan> for_span;
  if (const YamlNode* for_node = fields.get("for"))
    if (!(for_span = reader.period_name(*for_node, ValueName::key("for")))) ++problems;
  std::optional<Amount> hours;
  if (fields.get("hours") && !(hours = fields.amount("hours"))) ++problems;
  DetailViews details = read_detail_views(reader, fields);
  if (const YamlNode* absent = fields.get("absent"); absent && !read_absent(reader, *absent, names, details))
    ++problems;
  if (!date || !activity || !by || problems) return false;
  if (!details.evidence.empty())
    entry.evidence = options.evidence_folder
                         ? look_for_evidence(reader, *fields.get("evidence"), *options.evidence_folder)
                         : EvidenceFound::not_looked_for;
  entry.date = *date;
  entry.activity = *activity;
  entry.by = copies(by_names);
  entry.item = item.value_or("");
  if (for_span) {
    entry.for_period = fields.get("for")->value;
    entry.for_end = for_span->last;
  }
  entry.hours = hours;
  if (details.attendee_count) entry.present = *details.attendee_count;
  else if (!details.attendee_names.empty()) entry.present = static_cast<int>(details.attendee_names.size());
  EntryFields fingerprinted{entry.date,   *activity,     entry.item,    entry.for_period,      entry.hours,
                            details.title, details.place, details.notes, details.attendee_count};
  entry.fingerprint = fingerprint_of(fingerprinted, by_names, details.attendee_names, details.evidence, details.tags,
                                     details.absent_names, details.absent_reasons);
  if (!options.keep_details || options.keep_details(entry) || !details.absent_names.empty())
    entry.details = keep(details);
  entry.line = node.position.line;
  entry.column = node.position.column;
  warn_if_counted_for_nothing(reader, fields, entry, by_names, names, options);
  const Plan& plan = names.plan;
  // An entry for a period counts through it, wherever its date falls (a 2021 meeting held in
  // January 2022, a 2022 one in January 2023).
  if (!for_span && (entry.date < plan.start || entry.date > plan.end)) {
    reader.warning(*fields.get("date"), phrase(messages::kEntryOutsidePlan, format_date(entry.date),
                                               format_date(plan.start), format_date(plan.end)));
    return false;
  }
  return true;
}

}  // namespace

bool evidence_exists(std::string_view path, const std::filesystem::path& folder) {
  if (is_link(path)) return true;
  std::error_code error;
  return std::filesystem::exists(folder / std::filesystem::path(std::string(path)), error);
}

std::string folder_shown(const std::filesystem::path& folder) { return folder.empty() ? "." : folder.generic_string(); }

PlanNames::PlanNames(const Plan& plan_)
    : plan(plan_), activities(activity_ids(plan_)), subjects(subject_names(plan_)), counted(plan_) {
  for (const auto& section : plan.sections)
    for (const auto& item : section.items) items.push_back(item.id);
  for (const Person& person : plan.people) people.push_back(person.name);
  activity_set.insert(activities.begin(), activities.end());
  subject_set.insert(subjects.begin(), subjects.end());
  item_set.insert(items.begin(), items.end());
}

LogFile read_log_entries(std::string_view text, const std::string& file, std::uint32_t file_index,
                         const PlanNames& names, const LoadOptions& options) {
  LogFile log;
  NodeReader reader(file, log.diagnostics);
  auto root = parse_yaml_sequence(text, file, log.diagnostics, [&](YamlNode&& node) {
    Entry entry;
    entry.file = file_index;
    if (read_entry(reader, node, names, options, entry)) log.entries.push_back(std::move(entry));
  });
  if (root && root->kind != YamlNode::Kind::sequence && !root->is_null())
    reader.error(*root, phrase(messages::kLogNotAList.message), phrase(messages::kLogNotAList.hint));
  quote_source_lines(log.diagnostics, 0, text, file);
  return log;
}

LogFile read_log_file(const std::string& file, std::uint32_t file_index, const PlanNames& names,
                      const LoadOptions& options) {
  SourceText source = read_source(file);
  if (source.problem) return LogFile{{}, {*source.problem}, {}};
  LogFile log = read_log_entries(source.text, file, file_index, names, options);
  log.text = std::move(source.text);
  return log;
}

void read_log_text(std::string_view text, const std::string& file, const PlanNames& names, Ledger& ledger,
                   Diagnostics& diagnostics, const LoadOptions& options) {
  auto file_index = static_cast<std::uint32_t>(ledger.files.size());
  ledger.files.push_back(file);
  LogFile log = read_log_entries(text, file, file_index, names, options);
  std::move(log.entries.begin(), log.entries.end(), std::back_inserter(ledger.entries));
  std::move(log.diagnostics.begin(), log.diagnostics.end(), std::back_inserter(diagnostics));
}

}  // namespace plancheck
