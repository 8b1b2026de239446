#include "cli/write_commands.h"

#include <fmt/format.h>
#include <utf8proc.h>

#include <charconv>
#include <ctime>
#include <ostream>

#include "messages/diagnostics.h"
#include "present/diagnostic_printer.h"
#include "present/text_width.h"
#include "read/fields.h"
#include "read/source_text.h"
#include "read/yaml_tree.h"
#include "read/workspace.h"
#include "write/append.h"
#include "write/entry_check.h"
#include "write/entry_yaml.h"
#include "write/init.h"
#include "write/log_target.h"

namespace plancheck {

namespace {

// Today as the office's clock shows it: an entry logged at 07:30 in Beijing belongs to that day,
// not to the previous one in UTC.
Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

// Reads an optional YYYY-MM-DD option; returns an exit code when it is not a date. The read
// layer's date check explains the problem ("2022-06 has only 30 days", "write it as 2022-06-05").
std::optional<int> read_date_option(const std::string& text, std::string_view option, Date fallback, Date& date,
                                    Streams streams) {
  date = fallback;
  if (text.empty()) return std::nullopt;
  Diagnostics diagnostics;
  NodeReader reader("", diagnostics);
  YamlNode node;
  node.value = text;
  auto parsed = reader.date(node, Text::verbatim(std::string(option)));
  if (!parsed) return usage_error(streams, diagnostics.front().message.in(streams.language),
                                  diagnostics.front().hint.in(streams.language));
  date = *parsed;
  return std::nullopt;
}

bool is_utf8(std::string_view text) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t offset = 0; offset < size;) {
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + offset, size - offset, &code_point);
    if (length <= 0) return false;
    offset += length;
  }
  return true;
}

// Returns an exit code when a text option is not UTF-8, e.g. from a terminal set to GBK.
std::optional<int> check_utf8(const LogOptions& options, Streams streams) {
  std::vector<std::pair<std::string_view, std::string_view>> texts{{"--activity", options.activity},
                                                                   {"--title", options.title},
                                                                   {"--item", options.item},
                                                                   {"--place", options.place},
                                                                   {"--notes", options.notes}};
  for (const auto& [option, values] : {std::pair{"--by", &options.by}, std::pair{"--attendees", &options.attendees},
                                       std::pair{"--evidence", &options.evidence}, std::pair{"--tag", &options.tags}})
    for (const auto& value : *values) texts.emplace_back(option, value);
  for (const auto& [option, text] : texts)
    if (!is_utf8(text))
      return usage_error(streams, say(streams.language, messages::kNotUtf8, option),
                         say(streams.language, messages::kNotUtf8Hint));
  return std::nullopt;
}

std::optional<int> whole_number(const std::string& text) {
  int number = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (problem != std::errc{} || end != text.data() + text.size() || number < 0) return std::nullopt;
  return number;
}

// Splits "张三、李四,王五" at commas (also full-width) and 、.
void add_names(std::string_view text, std::vector<std::string>& names) {
  while (!text.empty()) {
    std::size_t end = text.size(), skip = 0;
    for (std::string_view separator : {",", "，", "、"}) {
      std::size_t at = text.find(separator);
      if (at < end) end = at, skip = separator.size();
    }
    if (end > 0) names.emplace_back(text.substr(0, end));
    text.remove_prefix(std::min(text.size(), end + skip));
  }
}

Attendees read_attendees(const std::vector<std::string>& values) {
  Attendees attendees;
  if (values.size() == 1) attendees.count = whole_number(values.front());
  if (!attendees.count)
    for (const auto& value : values) add_names(value, attendees.names);
  return attendees;
}

Entry entry_from_options(const LogOptions& options, Date date) {
  Entry entry;
  entry.date = date;
  entry.activity = options.activity;
  entry.by = options.by;
  entry.item = options.item;
  EntryDetails& details = entry.edit_details();
  details.title = options.title;
  details.place = options.place;
  details.attendees = read_attendees(options.attendees);
  details.notes = options.notes;
  details.evidence = options.evidence;
  details.tags = options.tags;
  entry.fingerprint = entry_fingerprint(entry);
  return entry;
}

// Diagnostics about the new entry quote its YAML text; others quote the files they name.
void print_problems(const Diagnostics& diagnostics, std::string_view entry_text, const Style& style, Streams streams) {
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.file == kNewEntryName) {
      Diagnostic named = diagnostic;  // "new entry" or "新记录", in the reader's language
      named.file = say(streams.language, messages::kNewEntry);
      streams.err << format_diagnostic(named, line_of(entry_text, diagnostic.line), style, streams.language);
    } else {
      streams.err << format_diagnostics({diagnostic}, style, streams.language);
    }
  }
}

int nothing_written(Streams streams) {
  streams.err << "plancheck: " << say(streams.language, messages::kNothingWritten) << "\n";
  return kExitInvalid;
}

std::optional<Workspace> load_for_log(const LogOptions& options, const Style& style, Streams streams) {
  Workspace workspace = load_workspace(options.plan_file, counts_only());
  if (workspace.ok()) return workspace;
  streams.err << format_diagnostics(workspace.diagnostics, style, streams.language);
  streams.err << "plancheck: " << say(streams.language, messages::kPlanHasErrors, options.plan_file) << "\n";
  return std::nullopt;
}

int append_entry(const Entry& entry, const std::string& text, const LogTarget& target, const Workspace& workspace,
                 const LogOptions& options, const Style& style, Streams streams) {
  AppendResult result = append_to_file(target.file, text, [&](std::string_view before, std::string_view after) {
    return check_appended_file(before, after, target.file, entry, *workspace.plan, options.force);
  });
  print_problems(result.diagnostics, text, style, streams);
  if (!result.written) return nothing_written(streams);
  streams.out << say(streams.language, result.created ? messages::kAppendedToNewFile : messages::kAppended, target.file,
                     result.first_line)
              << "\n"
              << text;
  return kExitOk;
}

}  // namespace

int run_log(const LogOptions& options, Streams streams) {
  Date date;
  if (auto failed = read_date_option(options.date, "--date", local_today(), date, streams)) return *failed;
  if (auto failed = check_utf8(options, streams)) return *failed;
  Entry entry = entry_from_options(options, date);
  Style style{color_wanted(options.color, streams.err_is_terminal)};
  auto workspace = load_for_log(options, style, streams);
  if (!workspace) return kExitInvalid;
  std::string text = entry_yaml(entry);
  Diagnostics problems = check_new_entry(entry, text, *workspace, options.force);
  print_problems(problems, text, style, streams);
  if (has_errors(problems)) return nothing_written(streams);
  LogTarget target = choose_log_file(*workspace->plan, entry.date, options.file);
  if (!target.error.empty())
    return usage_error(streams, target.error.in(streams.language), target.hint.in(streams.language));
  if (options.dry_run) {
    streams.out << text;
    streams.err << say(streams.language, messages::kDryRun, target.file) << "\n";
    return kExitOk;
  }
  return append_entry(entry, text, target, *workspace, options, style, streams);
}

namespace {

// What the files of a new repo are for, by their path inside it.
std::string what_it_is(std::string_view name, Language language) {
  using namespace messages;
  if (name == "plan.yaml") return say(language, kStarterPlan);
  if (name == "log/") return say(language, kStarterLog);
  if (name == "templates/") return say(language, kStarterTemplates);
  if (name == "README.md") return say(language, kStarterReadme);
  return "";
}

void print_created(const NewPlan& plan, const InitResult& result, Streams streams) {
  int width = 0;
  for (const auto& path : result.created) width = std::max(width, display_width(path));
  streams.out << say(streams.language, messages::kCreatedRepo, plan.title, format_date(plan.start),
                     format_date(plan.end))
              << "\n";
  const std::string& plan_file = result.created.front();  // ROOT/plan.yaml
  std::size_t root_length = plan_file.size() - std::string_view("plan.yaml").size();
  for (const auto& path : result.created) {
    std::string purpose = what_it_is(std::string_view(path).substr(root_length), streams.language);
    streams.out << (purpose.empty() ? fmt::format("  {}\n", path)
                                    : fmt::format("  {}  {}\n", pad_right(path, width), purpose));
  }
  streams.out << say(streams.language, messages::kNextSteps, plan_file);
}

}  // namespace

int run_init(const InitOptions& options, Streams streams) {
  Date today = local_today(), start, end;
  if (auto failed = read_date_option(options.start, "--start", today, start, streams)) return *failed;
  if (auto failed = read_date_option(options.end, "--end", today, end, streams)) return *failed;
  auto given = [](const std::string& text, Date date) { return text.empty() ? std::nullopt : std::optional(date); };
  if (!options.start.empty() && !options.end.empty() && end < start)
    return usage_error(streams, say(streams.language, messages::kEndBeforeStart, options.end, options.start));
  NewPlan plan = new_plan_with_defaults(options.directory, options.title, given(options.start, start),
                                        given(options.end, end), today, options.language);
  InitResult result = create_plan_repo(plan);
  if (!result.error.empty()) {
    for (const auto& path : result.created)
      streams.err << "plancheck: " << say(streams.language, messages::kCreatedBeforeError, path) << "\n";
    return usage_error(streams, result.error.in(streams.language), result.hint.in(streams.language));
  }
  print_created(plan, result, streams);
  return kExitOk;
}

}  // namespace plancheck
