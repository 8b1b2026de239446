#include "read/log_reader.h"

#include <fmt/format.h>

#include "read/fields.h"
#include "read/plan_vocabulary.h"
#include "read/source_text.h"
#include "read/suggest.h"
#include "read/yaml_tree.h"

namespace plancheck {

namespace {

bool check_name(NodeReader& reader, const YamlNode& at, const std::string& name,
                const std::unordered_set<std::string_view>& known, const std::vector<std::string>& candidates,
                std::string_view what) {
  if (known.count(name)) return true;
  return check_known(reader, at, name, candidates, what);
}

Attendees read_attendees(NodeReader& reader, const YamlNode& node) {
  Attendees attendees;
  if (node.kind == YamlNode::Kind::scalar)
    attendees.count = reader.whole_number(node, "'attendees'", 0);
  else if (auto names = reader.text_list(node, "'attendees'"))
    attendees.names = std::move(*names);
  return attendees;
}

EntryDetails read_details(NodeReader& reader, const Fields& fields) {
  EntryDetails details;
  details.title = fields.text("title").value_or("");
  details.place = fields.text("place").value_or("");
  details.notes = fields.text("notes").value_or("");
  if (const YamlNode* attendees = fields.get("attendees")) details.attendees = read_attendees(reader, *attendees);
  details.evidence = fields.text_list("evidence").value_or(std::vector<std::string>{});
  details.tags = fields.text_list("tags").value_or(std::vector<std::string>{});
  return details;
}

// Reads one entry; returns whether it belongs in the ledger.
bool read_entry(NodeReader& reader, const YamlNode& node, const PlanNames& names, const LoadOptions& options,
                Entry& entry) {
  Fields fields(reader, node, "entry",
                {"date", "activity", "by", "title", "item", "place", "attendees", "notes", "evidence", "tags"});
  if (!fields.is_mapping()) return false;
  std::size_t problems = 0;
  auto date = fields.date("date", Need::required);
  auto activity = fields.text("activity", Need::required);
  const YamlNode* by_node = fields.get("by", Need::required);
  auto by_items = by_node ? reader.named_items(*by_node, "'by'") : std::nullopt;
  if (activity && !check_name(reader, *fields.get("activity"), *activity, names.activity_set,
                              names.activities, "activity"))
    ++problems;
  std::optional<std::vector<std::string>> by;
  if (by_items) {
    by.emplace();
    for (auto& [name, at] : *by_items) {
      if (!check_name(reader, *at, name, names.subject_set, names.subjects, "person or unit")) ++problems;
      by->push_back(std::move(name));
    }
  }
  if (auto item = fields.text("item")) {
    if (!check_name(reader, *fields.get("item"), *item, names.item_set, names.items, "item")) ++problems;
    entry.item = std::move(*item);
  }
  if (!date || !activity || !by || problems) return false;
  entry.date = *date;
  entry.activity = std::move(*activity);
  entry.by = std::move(*by);
  entry.details = std::make_shared<const EntryDetails>(read_details(reader, fields));
  entry.fingerprint = entry_fingerprint(entry);
  if (options.keep_details && !options.keep_details(entry)) entry.details.reset();
  entry.line = node.position.line;
  entry.column = node.position.column;
  const Plan& plan = names.plan;
  if (entry.date < plan.start || entry.date > plan.end) {
    reader.warning(*fields.get("date"),
                   fmt::format("{} is outside the plan ({} to {}): this entry is ignored", format_date(entry.date),
                               format_date(plan.start), format_date(plan.end)));
    return false;
  }
  return true;
}

}  // namespace

PlanNames::PlanNames(const Plan& plan_) : plan(plan_), activities(activity_ids(plan_)), subjects(subject_names(plan_)) {
  for (const auto& section : plan.sections)
    for (const auto& item : section.items) items.push_back(item.id);
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
    reader.error(*root, "a log file should be a list of entries, each starting with '- '",
                 "see the README for an example entry");
  return log;
}

LogFile read_log_file(const std::string& file, std::uint32_t file_index, const PlanNames& names,
                      const LoadOptions& options) {
  SourceText source = read_source(file);
  if (source.problem) return LogFile{{}, {*source.problem}};
  return read_log_entries(source.text, file, file_index, names, options);
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
