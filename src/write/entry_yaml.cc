#include "write/entry_yaml.h"

#include <fmt/format.h>

#include <algorithm>


namespace plancheck {

namespace {

// Words other YAML readers take for null or booleans: written quoted so that every reader sees text.
constexpr std::string_view kReservedWords[] = {
    "~",  "null", "Null", "NULL", "y",    "Y",    "yes",   "Yes",   "YES",   "n",  "N",  "no",  "No",   "NO",
    "on", "On",   "ON",   "off",  "Off",  "OFF",  "true",  "True",  "TRUE",  "false", "False", "FALSE", ".nan", ".inf"};

bool is_reserved_word(std::string_view text) {
  for (std::string_view word : kReservedWords)
    if (text == word) return true;
  return false;
}

// The double-quoted escape for the character at `at` when YAML does not allow it raw in a
// scalar, or reads it as a line break or a byte-order mark; empty for an ordinary character.
// Sets `length` to the character's length in bytes. Quotes and backslashes are left to the caller.
std::string control_escape(std::string_view text, std::size_t at, std::size_t& length) {
  auto byte = [&](std::size_t k) -> unsigned { return at + k < text.size() ? static_cast<unsigned char>(text[at + k]) : 0; };
  unsigned lead = byte(0);
  length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  switch (lead) {
    case '\n': return "\\n";
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\0': return "\\0";
  }
  if (lead < 0x20 || lead == 0x7F) return fmt::format("\\x{:02X}", lead);
  if (lead == 0xC2 && byte(1) < 0xA0) return byte(1) == 0x85 ? "\\N" : fmt::format("\\x{:02X}", byte(1));
  if (lead == 0xE2 && byte(1) == 0x80 && byte(2) == 0xA8) return "\\L";
  if (lead == 0xE2 && byte(1) == 0x80 && byte(2) == 0xA9) return "\\P";
  if (lead == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) return "\\uFEFF";
  if (lead == 0xEF && byte(1) == 0xBF && byte(2) >= 0xBE) return byte(2) == 0xBE ? "\\uFFFE" : "\\uFFFF";
  return {};
}

bool has_control_characters(std::string_view text, std::string_view allowed = {}) {
  std::size_t length = 1;
  for (std::size_t i = 0; i < text.size(); i += length)
    if (!control_escape(text, i, length).empty() && allowed.find(text[i]) == std::string_view::npos) return true;
  return false;
}

bool is_plain_safe(std::string_view text, YamlContext context) {
  if (text.empty() || is_reserved_word(text)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  if (context == YamlContext::flow && text.find_first_of(",[]{}") != std::string_view::npos) return false;
  return !has_control_characters(text);
}

std::string double_quoted(std::string_view text) {
  std::string quoted = "\"";
  std::size_t length = 1;
  for (std::size_t i = 0; i < text.size(); i += length) {
    std::string escape = control_escape(text, i, length);
    if (text[i] == '"' || text[i] == '\\') escape = std::string("\\") + text[i];
    quoted += escape.empty() ? text.substr(i, length) : std::string_view(escape);
  }
  return quoted + "\"";
}

// Whether a literal block (`|`) reads back as exactly `text`: several lines, at most one line
// break at the end, no leading space on the first line (it sets the indentation), no trailing
// spaces (editors strip them) and nothing that needs an escape.
bool fits_literal_block(std::string_view text) {
  std::string_view body = text.ends_with('\n') ? text.substr(0, text.size() - 1) : text;
  if (body.find('\n') == std::string_view::npos || body.ends_with('\n')) return false;
  if (body.front() == ' ' || body.front() == '\n' || has_control_characters(body, "\n")) return false;
  return body.find(" \n") == std::string_view::npos && !body.ends_with(' ');
}

// "key: value\n" indented for an entry's field, the value in whichever form reads back exactly.
void add_field(std::string& out, std::string_view key, std::string_view value) {
  out += fmt::format("  {}: ", key);
  if (!fits_literal_block(value)) {
    out += yaml_scalar(value) + "\n";
    return;
  }
  bool final_break = value.ends_with('\n');
  out += final_break ? "|\n" : "|-\n";
  std::string_view rest = final_break ? value.substr(0, value.size() - 1) : value;
  while (true) {
    auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    out += line.empty() ? "\n" : fmt::format("    {}\n", line);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

void add_optional_field(std::string& out, std::string_view key, std::string_view value) {
  if (!value.empty()) add_field(out, key, value);
}

std::string flow_list(const std::vector<std::string>& values) {
  std::string list = "[";
  for (std::size_t i = 0; i < values.size(); ++i) list += (i ? ", " : "") + yaml_scalar(values[i], YamlContext::flow);
  return list + "]";
}

// One value is written as a plain scalar, more as a flow list: both read back as the same list.
void add_list(std::string& out, std::string_view key, const std::vector<std::string>& values) {
  if (values.size() == 1)
    add_field(out, key, values.front());
  else
    out += fmt::format("  {}: {}\n", key, flow_list(values));
}

void add_optional_list(std::string& out, std::string_view key, const std::vector<std::string>& values) {
  if (!values.empty()) add_list(out, key, values);
}

// A head count is a plain number; names are always a list, since one plain name would read as a
// (wrong) head count.
void add_attendees(std::string& out, const Attendees& attendees) {
  if (attendees.count)
    out += fmt::format("  attendees: {}\n", *attendees.count);
  else if (!attendees.names.empty())
    out += fmt::format("  attendees: {}\n", flow_list(attendees.names));
}

// A name or reason inside a flow mapping: a colon in it is quoted too, as a key could end there.
std::string flow_mapping_scalar(std::string_view text) {
  return text.find(':') == std::string_view::npos && is_plain_safe(text, YamlContext::flow) ? std::string(text)
                                                                                           : double_quoted(text);
}

// Absentees without reasons are a list of names; with any reason, a mapping from name to reason,
// "" for one without.
void add_absent(std::string& out, const std::vector<Absence>& absent) {
  if (absent.empty()) return;
  bool any_reason = std::any_of(absent.begin(), absent.end(), [](const Absence& each) { return !each.reason.empty(); });
  if (!any_reason) {
    std::vector<std::string> names;
    for (const Absence& each : absent) names.push_back(each.name);
    out += fmt::format("  absent: {}\n", flow_list(names));
    return;
  }
  std::string mapping = "{";
  for (std::size_t i = 0; i < absent.size(); ++i)
    mapping += (i ? ", " : "") + flow_mapping_scalar(absent[i].name) + ": " +
               (absent[i].reason.empty() ? std::string("\"\"") : flow_mapping_scalar(absent[i].reason));
  out += fmt::format("  absent: {}}}\n", mapping);
}

}  // namespace

std::string yaml_scalar(std::string_view text, YamlContext context) {
  return is_plain_safe(text, context) ? std::string(text) : double_quoted(text);
}

std::string entry_yaml(const Entry& entry) {
  std::string out = fmt::format("- date: {}\n", format_date(entry.date));
  add_optional_field(out, "for", entry.for_period);
  add_field(out, "activity", entry.activity);
  add_list(out, "by", entry.by);
  const EntryDetails& details = entry.detail();
  add_optional_field(out, "title", details.title);
  add_optional_field(out, "item", entry.item);
  add_optional_field(out, "place", details.place);
  add_attendees(out, details.attendees);
  add_absent(out, details.absent);
  // Plain, as the reader wants a number.
  if (entry.hours) out += fmt::format("  hours: {}\n", format_amount(*entry.hours));
  add_optional_field(out, "notes", details.notes);
  add_optional_list(out, "evidence", details.evidence);
  add_optional_list(out, "tags", details.tags);
  return out;
}

}  // namespace plancheck
