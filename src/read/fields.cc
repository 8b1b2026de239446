#include "read/fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>

#include "messages/message.h"
#include "read/read_messages.h"
#include "read/suggest.h"

namespace plancheck {

Text kind_name(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::sequence: return phrase(messages::kKindList);
    case YamlNode::Kind::mapping: return phrase(messages::kKindMapping);
    case YamlNode::Kind::scalar: break;
  }
  return phrase(node.is_null() ? messages::kKindNothing : messages::kKindText);
}

ValueName ValueName::key(std::string_view key) {
  ValueName name;
  name.key_ = key;
  return name;
}

Text ValueName::text() const { return words_ ? *words_ : phrase(messages::kKeyName, key_); }

void NodeReader::report(Severity severity, SourcePosition at, Text message, Text hint) {
  diagnostics_.push_back(
      Diagnostic{severity, file_, at.line, at.column, std::move(message), std::move(hint)});
}

void NodeReader::error(const YamlNode& at, Text message, Text hint) {
  report(Severity::error, at.position, std::move(message), std::move(hint));
}

void NodeReader::warning(const YamlNode& at, Text message, Text hint) {
  report(Severity::warning, at.position, std::move(message), std::move(hint));
}

std::optional<std::string_view> NodeReader::text_view(const YamlNode& node, const ValueName& what) {
  if (node.kind != YamlNode::Kind::scalar || node.is_null()) {
    error(node, phrase(messages::kShouldBeText, what.text(), kind_name(node)));
    return std::nullopt;
  }
  return std::string_view(node.value);
}

std::optional<std::string> NodeReader::text(const YamlNode& node, const ValueName& what) {
  auto view = text_view(node, what);
  return view ? std::optional<std::string>(*view) : std::nullopt;
}

std::optional<Date> NodeReader::date(const YamlNode& node, const ValueName& what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  if (auto parsed = parse_date(*value)) return parsed;
  auto [message, hint] = why_not_a_date(*value, what.text());
  error(node, std::move(message), std::move(hint));
  return std::nullopt;
}

std::optional<int> NodeReader::whole_number(const YamlNode& node, const ValueName& what, int minimum) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  int number = 0;
  auto [end, problem] = std::from_chars(value->data(), value->data() + value->size(), number);
  bool digits = problem == std::errc{} && end == value->data() + value->size();
  if (digits && !node.plain) {
    error(node, phrase(messages::kNumberInQuotes.message, what.text()), phrase(messages::kNumberInQuotes.hint));
    return std::nullopt;
  }
  if (!digits) {
    error(node, phrase(messages::kNotAWholeNumber, what.text(), *value));
    return std::nullopt;
  }
  if (number < minimum) {
    error(node, phrase(messages::kNumberTooSmall, what.text(), minimum, number));
    return std::nullopt;
  }
  return number;
}

std::optional<Amount> NodeReader::amount(const YamlNode& node, const ValueName& what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  auto amount = parse_amount(*value);
  if (amount && !node.plain) {
    error(node, phrase(messages::kNumberInQuotes.message, what.text()), phrase(messages::kNumberInQuotes.hint));
    return std::nullopt;
  }
  if (!amount) error(node, phrase(messages::kNotAnAmount.message, what.text(), *value), phrase(messages::kNotAnAmount.hint));
  return amount;
}

std::optional<DateSpan> NodeReader::period_name(const YamlNode& node, const ValueName& what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  auto span = parse_period_name(*value);
  if (!span) error(node, phrase(messages::kNotAPeriodName.message, what.text(), *value), phrase(messages::kNotAPeriodName.hint));
  return span;
}

std::optional<NodeReader::NamedItems> NodeReader::named_items(const YamlNode& node, const ValueName& what) {
  NamedItems items;
  if (node.kind == YamlNode::Kind::scalar) {
    auto value = text_view(node, what);
    if (!value) return std::nullopt;
    items.emplace_back(*value, &node);
    return items;
  }
  if (node.kind != YamlNode::Kind::sequence) {
    error(node, phrase(messages::kShouldBeTextOrList, what.text(), kind_name(node)));
    return std::nullopt;
  }
  if (node.children.empty()) {
    error(node, phrase(messages::kEmptyNameList.message, what.text()), phrase(messages::kEmptyNameList.hint));
    return std::nullopt;
  }
  for (const auto& child : node.children)
    if (auto value = text_view(child, what)) items.emplace_back(*value, &child);
  return items;
}

std::optional<std::vector<std::string>> NodeReader::text_list(const YamlNode& node, const ValueName& what) {
  if (node.kind == YamlNode::Kind::sequence && node.children.empty()) return std::vector<std::string>{};
  auto items = named_items(node, what);
  if (!items) return std::nullopt;
  std::vector<std::string> values;
  for (auto& [value, at] : *items) values.emplace_back(value);
  return values;
}

Fields::Fields(NodeReader& reader, const YamlNode& node, const Message<>& what,
               std::initializer_list<std::string_view> allowed)
    : reader_(reader), node_(node), what_(what) {
  if (node.kind != YamlNode::Kind::mapping) {
    reader_.error(node, phrase(messages::kNotAMapping, phrase(what), kind_name(node)));
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
    Text hint = match.empty() ? phrase(messages::kAllowedKeys, joined(known, messages::kListSeparator))
                              : phrase(messages::kDidYouMean, match);
    reader_.error(key, phrase(messages::kUnknownKey, key.value, phrase(what)), std::move(hint));
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
      reader_.error(*value, phrase(messages::kEmptyKey, key, phrase(what_)));
    else
      reader_.error(node_, phrase(messages::kMissingKey.message, phrase(what_), key),
                    phrase(messages::kMissingKey.hint, key));
  }
  return nullptr;
}

std::optional<std::string> Fields::text(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.text(*value, ValueName::key(key)) : std::nullopt;
}

std::optional<std::string_view> Fields::text_view(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.text_view(*value, ValueName::key(key)) : std::nullopt;
}

std::optional<Date> Fields::date(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.date(*value, ValueName::key(key)) : std::nullopt;
}

std::optional<int> Fields::whole_number(std::string_view key, int minimum, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.whole_number(*value, ValueName::key(key), minimum) : std::nullopt;
}

std::optional<Amount> Fields::amount(std::string_view key) const {
  const YamlNode* value = get(key);
  return value ? reader_.amount(*value, ValueName::key(key)) : std::nullopt;
}

std::optional<std::vector<std::string>> Fields::text_list(std::string_view key, Need need) const {
  const YamlNode* value = get(key, need);
  return value ? reader_.text_list(*value, ValueName::key(key)) : std::nullopt;
}

}  // namespace plancheck
