#include "cli/log_command.h"

#include <fmt/format.h>

#include <charconv>
#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/entries_command.h"
#include "cli/loading.h"
#include "cli/program_messages.h"
#include "cli/prompt_messages.h"
#include "cli/prompted_log.h"
#include "present/diagnostic_printer.h"
#include "read/fields.h"
#include "read/source_text.h"
#include "read/workspace.h"
#include "write/append.h"
#include "write/entry_check.h"
#include "write/entry_edit.h"
#include "write/entry_yaml.h"
#include "write/log_target.h"
#include "write/write_messages.h"

namespace plancheck {

namespace {

// Returns an exit code when a text option is not UTF-8, e.g. from a terminal set to GBK.
std::optional<int> check_utf8(const LogOptions& options, const Context& context) {
  std::vector<std::pair<std::string_view, std::string_view>> texts{{"--activity", options.activity},
                                                                   {"--title", options.title},
                                                                   {"--item", options.item},
                                                                   {"--place", options.place},
                                                                   {"--notes", options.notes},
                                                                   {"--for", options.for_period},
                                                                   {"--hours", options.hours}};
  for (const auto& [option, values] : {std::pair{"--by", &options.by}, std::pair{"--attendees", &options.attendees},
                                       std::pair{"--absent", &options.absent},
                                       std::pair{"--evidence", &options.evidence}, std::pair{"--tag", &options.tags}})
    for (const auto& value : *values) texts.emplace_back(option, value);
  for (const auto& [option, text] : texts)
    if (!is_utf8(text))
      return usage_error(context, say(context.language, messages::kNotUtf8.message, option),
                         say(context.language, messages::kNotUtf8.hint));
  return std::nullopt;
}

// `text` with full-width digits, signs and points (０–９, ＋, －, ．, as a Chinese IME types them) as ASCII.
std::string ascii_digits(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    // U+FF0B ＋ … U+FF19 ９ are EF BC 8B … EF BC 99, the ASCII characters 0x2B … 0x39 shifted.
    if (at + 2 < text.size() && byte(0) == 0xEF && byte(1) == 0xBC && byte(2) >= 0x8B && byte(2) <= 0x99) {
      out += static_cast<char>(byte(2) - 0x8B + '+');
      at += 3;
    } else {
      out += text[at++];
    }
  }
  return out;
}

// Whether `text` is written as a number (a sign, digits, a point), whole or not: a head count
// then, never a name.
bool looks_like_number(const std::string& text) {
  std::size_t digits = text.find_first_of("0123456789");
  return digits != std::string::npos && text.find_first_not_of("+-.,0123456789 ") == std::string::npos;
}

std::optional<int> whole_number(const std::string& text) {
  int number = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (problem != std::errc{} || end != text.data() + text.size() || number < 0) return std::nullopt;
  return number;
}

// --attendees, its values already split at commas and 、 by the command line: one whole number ≥ 0
// (also in full-width digits, and with its counting word: 23人, 23 名) is a head count, anything else
// names; a value written as a number that is not such a count (-5, 2.5) is an error: its exit code.
std::optional<int> read_attendees(const std::vector<std::string>& values, Attendees& attendees, const Context& context) {
  for (const std::string& value : values) {
    std::string number = ascii_digits(value);
    for (std::string_view word : {"人", "名"})
      if (number.ends_with(word)) number.erase(number.size() - word.size());
    if (!looks_like_number(number)) continue;
    number.erase(0, number.find_first_not_of(' '));
    number.erase(number.find_last_not_of(' ') + 1);
    attendees.count = whole_number(number);
    if (values.size() == 1 && attendees.count) return std::nullopt;
    return usage_error(context, say(context.language, messages::kAttendeesNotCount.message, value),
                       say(context.language, messages::kAttendeesNotCount.hint));
  }
  attendees.names = values;
  return std::nullopt;
}

YamlNode option_node(const std::string& text) {
  YamlNode node;
  node.value = text;
  return node;
}

std::string without_outer_spaces(std::string_view text) {
  std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

// --absent NAME:REASON, the colon full-width too (张三：出差), the reason optional; an exit code
// for one without a name.
std::optional<int> read_absent_option(const std::vector<std::string>& values, std::vector<Absence>& absent,
                                      const Context& context) {
  for (const std::string& value : values) {
    std::size_t colon = std::min(value.find(':'), value.find("："));
    std::size_t reason_at = colon == std::string::npos ? colon : colon + (value[colon] == ':' ? 1 : 3);
    Absence absence{without_outer_spaces(std::string_view(value).substr(0, colon)),
                    reason_at == std::string::npos ? "" : without_outer_spaces(std::string_view(value).substr(reason_at))};
    if (absence.name.empty())
      return usage_error(context, say(context.language, messages::kAbsentNameMissing.message, value),
                         say(context.language, messages::kAbsentNameMissing.hint));
    absent.push_back(std::move(absence));
  }
  return std::nullopt;
}

// --for and --hours as the reader reads `for:` and `hours:`; an exit code when one is not.
std::optional<int> read_period_and_hours(const LogOptions& options, const Context& context, Entry& entry) {
  Diagnostics diagnostics;
  if (!options.for_period.empty()) {
    if (auto span = read_for_period(options.for_period, diagnostics)) {
      entry.for_period = options.for_period;
      entry.for_end = span->last;
    }
  }
  NodeReader reader("", diagnostics);
  if (diagnostics.empty() && !options.hours.empty())
    entry.hours = reader.amount(option_node(options.hours), Text::verbatim("--hours"));
  if (diagnostics.empty()) return std::nullopt;
  return usage_error(context, diagnostics.front().message.in(context.language),
                     diagnostics.front().hint.in(context.language));
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
  details.notes = options.notes;
  details.evidence = options.evidence;
  details.tags = options.tags;
  return entry;
}

// Diagnostics about the new entry name it in the reader's language ("new entry", "新记录").
void print_problems(const Diagnostics& diagnostics, const Context& context) {
  for (const Diagnostic& diagnostic : diagnostics) {
    Diagnostic named = diagnostic;
    if (diagnostic.file == kNewEntryName) named.file = say(context.language, messages::kNewEntry);
    context.streams.err << format_diagnostic(named, context.err_style(), context.language);
  }
}

// Ctrl-D, or "n" to the last question: nothing was written.
int gave_up(const Context& context) {
  context.streams.out << "\n" << say(context.language, messages::kGaveUp) << "\n";
  return kExitInvalid;
}

int nothing_written(const Context& context) {
  context.streams.err << "plancheck: " << say(context.language, messages::kNothingWritten) << "\n";
  return kExitInvalid;
}

// Appends the entry; says where, with its text unless it was just shown (`shown`).
int append_entry(const Entry& entry, const std::string& text, const LogTarget& target, const Workspace& workspace,
                 const LogOptions& options, bool shown, const Context& context) {
  AppendResult result = append_to_file(target.file, text, [&](std::string_view before, std::string_view after) {
    return check_appended_file(before, after, target.file, entry, *workspace.plan, options.force);
  });
  print_problems(result.diagnostics, context);
  if (!result.written) return nothing_written(context);
  context.streams.out << say(context.language, result.created ? messages::kAppendedToNewFile : messages::kAppended,
                             target.file, result.first_line)
                      << "\n"
                      << (shown ? "" : text);
  return kExitOk;
}

// log --replace FILE:LINE: the entry there rewritten as `text`.
int replace_entry(const EntryLocation& where, const std::string& text, const Workspace& workspace,
                  const LogOptions& options, const Context& context) {
  if (options.dry_run) {
    context.streams.out << text;
    context.streams.err << say(context.language, messages::kWouldReplace, where.file, where.line) << "\n";
    return kExitOk;
  }
  return report_entry_change(change_entry(where.file, where.line, text, *workspace.plan), where, text, context);
}

}  // namespace

std::optional<DateSpan> read_for_period(const std::string& text, Diagnostics& problems, std::string_view what) {
  NodeReader reader("", problems);
  Text name = Text::verbatim(std::string(what));
  return reader.period_name(option_node(text), name);
}

void declare_log(OptionDeclarations<LogOptions>& options) {
  using namespace messages;
  options.plan(kPlanOption, &LogOptions::plan_file);
  options.text("--date", kDateOption, &LogOptions::date);
  options.text("--activity", kActivityOption, &LogOptions::activity);
  options.texts("--by", kByOption, &LogOptions::by);
  options.text("--title", kTitleOption, &LogOptions::title);
  options.text("--item", kEntryItemOption, &LogOptions::item);
  options.text("--place", kPlaceOption, &LogOptions::place);
  options.texts("--attendees", kAttendeesOption, &LogOptions::attendees);
  options.texts("--absent", kAbsentOption, &LogOptions::absent);
  options.text("--notes", kNotesOption, &LogOptions::notes);
  options.texts("--evidence", kEvidenceOption, &LogOptions::evidence, false, true);
  options.texts("--tag", kTagOption, &LogOptions::tags);
  options.text("--for", kForOption, &LogOptions::for_period);
  options.text("--hours", kHoursOption, &LogOptions::hours);
  options.text("--file", kFileOption, &LogOptions::file);
  options.text("--replace", kReplaceOption, &LogOptions::replace);
  options.flag("--dry-run", kDryRunOption, &LogOptions::dry_run);
  options.flag("--force", kForceOption, &LogOptions::force);
  options.flag("--strict", kStrictOption, &LogOptions::strict);
}

namespace {

// The entry, checked, written to the ledger (or, with --replace, in place of the one there).
int record(const LogOptions& options, const Workspace& workspace, bool prompted, const Context& context) {
  Date date;
  if (auto failed = read_date_option(options.date, "--date", context.environment.today, date, context)) return *failed;
  if (auto failed = check_utf8(options, context)) return *failed;
  Entry entry = entry_from_options(options, date);
  if (auto failed = read_attendees(options.attendees, entry.edit_details().attendees, context)) return *failed;
  if (auto failed = read_absent_option(options.absent, entry.edit_details().absent, context)) return *failed;
  if (auto failed = read_period_and_hours(options, context, entry)) return *failed;
  entry.fingerprint = entry_fingerprint(entry);
  std::optional<EntryLocation> replacing;
  if (!options.replace.empty()) {
    replacing = parse_entry_location(options.replace);
    if (!replacing) return not_a_location(options.replace, context);
    if (auto failed = check_ledger_file(*replacing, *workspace.plan, context)) return *failed;
  }
  std::string text = entry_yaml(entry);
  Diagnostics problems =
      check_new_entry(entry, text, workspace, options.force, context.environment.today, MissingEvidence::refuse,
                      replacing ? find_entry(workspace.ledger, *replacing) : nullptr);
  print_problems(problems, context);
  if (has_errors(problems)) return nothing_written(context);
  if (replacing) return replace_entry(*replacing, text, workspace, options, context);
  LogTarget target = choose_log_file(*workspace.plan, entry.date, options.file);
  if (!target.error.empty())
    return usage_error(context, target.error.in(context.language), target.hint.in(context.language));
  if (options.dry_run) {
    context.streams.out << text;
    context.streams.err << say(context.language, messages::kDryRun, target.file) << "\n";
    return kExitOk;
  }
  if (prompted && !confirm_entry(entry, text, target.file, workspace, context)) return gave_up(context);
  return append_entry(entry, text, target, workspace, options, prompted, context);
}

}  // namespace

int run_log(const LogOptions& options, const Context& context) {
  using namespace messages;
  // Without --activity the entry is asked for, field by field — only of someone at a terminal.
  bool prompted = options.activity.empty();
  if (prompted && !(context.environment.in_is_terminal && context.streams.out_is_terminal))
    return usage_error(context, say(context.language, kOptionRequired, "--activity"),
                       say(context.language, kSeeHelp, "plancheck log"));
  if (!prompted && options.by.empty())
    return usage_error(context, say(context.language, kOptionRequired, "--by"),
                       say(context.language, kSeeHelp, "plancheck log"));
  auto workspace = load_for_change(options.plan_file, options.strict, context);
  if (!workspace) return kExitInvalid;
  if (!prompted) return record(options, *workspace, false, context);
  auto asked = ask_for_entry(options, *workspace, context);
  if (!asked) return gave_up(context);
  return record(*asked, *workspace, true, context);
}

}  // namespace plancheck
