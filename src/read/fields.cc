#include "read/fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>

#include "read/suggest.h"

namespace plancheck {

namespace {

const char* kind_name(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::mapping: return "a mapping";
    case YamlNode::Kind::scalar: return node.is_null() ? "nothing" : "text";
  }
  return "?";
}

// A date as people commonly write it instead of ISO (2022/3/5, 2022.3.5, 2022-3-5): year, month
// and day, each a plain number, the year of four digits.
struct LooseDate {
  int year, month, day;
  std::string iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }
};

std::optional<LooseDate> loose_date(std::string_view text) {
  int parts[3] = {0, 0, 0};
  std::size_t part = 0;
  const char* cursor = text.data();
  const char* end = text.data() + text.size();
  while (part < 3) {
    if (cursor == end || *cursor < '0' || *cursor > '9') return std::nullopt;  // no sign
    auto [next, error] = std::from_chars(cursor, end, parts[part]);
    if (error != std::errc{}) return std::nullopt;
    cursor = next;
    if (++part < 3) {
      if (cursor == end || (*cursor != '/' && *cursor != '.' && *cursor != '-')) return std::nullopt;
      ++cursor;
    }
  }
  if (cursor != end || parts[0] < 1000 || parts[0] > 9999) return std::nullopt;
  return LooseDate{parts[0], parts[1], parts[2]};
}

// Why a date is not in the calendar: "there is no month 13", "2022-02 has only 28 days".
std::string why_not_a_day(const LooseDate& date) {
  if (date.month < 1 || date.month > 12) return fmt::format("there is no month {}", date.month);
  if (date.day < 1) return fmt::format("there is no day {}", date.day);
  auto last = std::chrono::year_month_day_last{
      std::chrono::year{date.year},
      std::chrono::month_day_last{std::chrono::month{static_cast<unsigned>(date.month)}}};
  return fmt::format("{}-{:02} has only {} days", date.year, date.month, static_cast<unsigned>(last.day()));
}


// 'key', for messages: built by hand because this runs for every field of every entry.
std::string quoted(std::string_view key) {
  std::string text;
  text.reserve(key.size() + 2);
  text += '\'';
  text += key;
  text += '\'';
  return text;
}

}  // namespace

void NodeReader::report(Severity severity, SourcePosition at, std::string message, std::string hint) {
  diagnostics_.push_back(
      Diagnostic{severity, file_, at.line, at.column, std::move(message), std::move(hint)});
}

void NodeReader::error(const YamlNode& at, std::string message, std::string hint) {
  report(Severity::error, at.position, std::move(message), std::move(hint));
}

void NodeReader::warning(const YamlNode& at, std::string message, std::string hint) {
  report(Severity::warning, at.position, std::move(message), std::move(hint));
}

std::optional<std::string_view> NodeReader::text_view(const YamlNode& node, std::string_view what) {
  if (node.kind != YamlNode::Kind::scalar || node.is_null()) {
    error(node, fmt::format("{} should be text, but is {}", what, kind_name(node)));
    return std::nullopt;
  }
  return std::string_view(node.value);
}

std::optional<std::string> NodeReader::text(const YamlNode& node, std::string_view what) {
  auto view = text_view(node, what);
  return view ? std::optional<std::string>(*view) : std::nullopt;
}

std::optional<Date> NodeReader::date(const YamlNode& node, std::string_view what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  if (auto parsed = parse_date(*value)) return parsed;
  auto loose = loose_date(*value);
  if (loose && parse_date(loose->iso())) {
    error(node, fmt::format("{} is not written as YYYY-MM-DD: {}", what, *value),
          fmt::format("write it as {}", loose->iso()));
  } else if (loose) {
    error(node, fmt::format("{} is not a real date: {} ({})", what, *value, why_not_a_day(*loose)),
          "check the month and the day");
  } else {
    error(node, fmt::format("{} is not a date: {}", what, *value), "write dates as YYYY-MM-DD, e.g. 2022-03-15");
  }
  return std::nullopt;
}

std::optional<int> NodeReader::whole_number(const YamlNode& node, std::string_view what, int minimum) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  int number = 0;
  auto [end, problem] = std::from_chars(value->data(), value->data() + value->size(), number);
  bool digits = problem == std::errc{} && end == value->data() + value->size();
  if (digits && !node.plain) {
    error(node, fmt::format("{} is written in quotes, so it is text, not a number", what), "remove the quotes");
    return std::nullopt;
  }
  if (!digits) {
    error(node, fmt::format("{} should be a whole number, but is '{}'", what, *value));
    return std::nullopt;
  }
  if (number < minimum) {
    error(node, fmt::format("{} should be at least {}, but is {}", what, minimum, number));
    return std::nullopt;
  }
  return number;
}

std::optional<NodeReader::NamedItems> NodeReader::named_items(const YamlNode& node, std::string_view what) {
  NamedItems items;
  if (node.kind == YamlNode::Kind::scalar) {
    auto value = text_view(node, what);
    if (!value) return std::nullopt;
    items.emplace_back(*value, &node);
    return items;
  }
  if (node.kind != YamlNode::Kind::sequence) {
    error(node, fmt::format("{} should be text or a list of texts, but is {}", what, kind_name(node)));
    return std::nullopt;
  }
  if (node.children.empty()) {
    error(node, fmt::format("{} is an empty list: it names nobody", what), "name at least one, or remove the line");
    return std::nullopt;
  }
  for (const auto& child : node.children)
    if (auto value = text_view(child, what)) items.emplace_back(*value, &child);
  return items;
}

std::optional<std::vector<std::string>> NodeReader::text_list(const YamlNode& node, std::string_view what) {
  if (node.kind == YamlNode::Kind::sequence && node.children.empty()) return std::vector<std::string>{};
  auto items = named_items(node, what);
  if (!items) return std::nullopt;
  std::vector<std::string> values;
  for (auto& [value, at] : *items) values.emplace_back(value);
  return values;
}

Fields::Fields(NodeReader& reader, const YamlNode& node, std::string_view what,
               std::initializer_list<std::string_view> allowed)
    : reader_(reader), node_(node), what_(what) {
  if (node.kind != YamlNode::Kind::mapping) {
    reader_.error(node, fmt::format("{} should be indented 'key: value' lines, but is {}", what, kind_name(node)));
    return;
  }
  mapping_ = &node;
  assert(allowed.size() <= kMaxKeys);
  for (std::string_view key : allowed) keys_[key_count_++] = key;
  for (std::size_t i = 0; i < node.pair_count(); ++i) {
    const YamlNode& key = node.key(i);
    auto known_key = std::find(keys_.begin(), keys_.begin() + key_count_, key.value);
    if (known_key != keys_.begin() + key_count_) {
      auto& value = values_[static_cast<std::size_t>(known_key - keys_.begin())];
      if (!value) value = &node.value_at(i);  // a duplicate key was reported by the parser
      continue;
    }
    std::vector<std::string> known(allowed.begin(), allowed.end());
    std::string match = closest_match(key.value, known);
    if (!match.empty()) misspelled_.push_back(match);
    std::string hint = match.empty() ? "" : fmt::format("did you mean '{}'?", match);
    if (hint.empty()) {
      hint = "allowed here: ";
      for (std::size_t k = 0; k < known.size(); ++k) hint += (k ? ", " : "") + known[k];
    }
    reader_.error(key, fmt::format("unknown key '{}' in {}", key.value, what), hint);
  }
}

const YamlNode* Fields::find(std::string_view key) const {
  for (std::size_t i = 0; i < key_count_; ++i)
    if (keys_[i] == key) return values_[i];
  return mapping_ ? mapping_->find(key) : nullptr;  // a key this mapping does not allow
}

const YamlNode* Fields::get(std::string_view key, Need need) const {
  const YamlNode* value = find(key);
  if (value && !value->is_null()) return value;
  // A misspelled key was reported already; saying it is missing too would be noise.
  bool reported = std::find(misspelled_.begin(), misspelled_.end(), key) != misspelled_.end();
  if (need == Need::required && mapping_ && !reported) {
    if (value)
      reader_.error(*value, fmt::format("'{}' of {} is empty", key, what_));
    else
      reader_.error(node_, fmt::format("{} has no '{}'", what_, key), fmt::format("add '{}: …'", key));
  }
  return nullptr;
}

std::optional<std::string> Fields::text(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.text(*value, quoted(key)) : std::nullopt;
}

std::optional<std::string_view> Fields::text_view(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.text_view(*value, quoted(key)) : std::nullopt;
}

std::optional<Date> Fields::date(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.date(*value, quoted(key)) : std::nullopt;
}

std::optional<int> Fields::whole_number(std::string_view key, int minimum, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.whole_number(*value, quoted(key), minimum) : std::nullopt;
}

std::optional<std::vector<std::string>> Fields::text_list(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.text_list(*value, quoted(key)) : std::nullopt;
}

}  // namespace plancheck
