#pragma once

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "messages/message.h"
#include "model/amount.h"
#include "model/date.h"
#include "model/diagnostic.h"
#include "read/yaml_tree.h"

namespace plancheck {

enum class Need { optional, required };

// What a node is, in words for a report: 列表 / a list, 映射 / a mapping, 文字 / text, nothing.
Text kind_name(const YamlNode& node);

// How a report names a value: by its key, quoted ('date'), or by other words (a role, --start).
// A key is quoted only when a report is made: values are read for every field of every entry.
// It refers to `words`, so it is made where it is passed to a converter, not kept.
class ValueName {
 public:
  ValueName(const Text& words) : words_(&words) {}
  static ValueName key(std::string_view key);

  Text text() const;

 private:
  ValueName() = default;

  const Text* words_ = nullptr;
  std::string_view key_;
};

// Reports problems found in one file's nodes, each at the node's position.
class NodeReader {
 public:
  NodeReader(std::string file, Diagnostics& diagnostics)
      : file_(std::move(file)), diagnostics_(diagnostics) {}

  const std::string& file() const { return file_; }
  void error(const YamlNode& at, Text message, Text hint = {});
  void warning(const YamlNode& at, Text message, Text hint = {});
  void report(Severity severity, SourcePosition at, Text message, Text hint = {});

  // Each converter reports a problem and returns nothing when the node has the wrong shape.
  // `what` names the value in the report.
  std::optional<std::string> text(const YamlNode& node, const ValueName& what);
  // The same without a copy: a view of the node's text.
  std::optional<std::string_view> text_view(const YamlNode& node, const ValueName& what);
  std::optional<Date> date(const YamlNode& node, const ValueName& what);
  std::optional<int> whole_number(const YamlNode& node, const ValueName& what, int minimum);
  // A number ≥ 0 with at most two decimals (hours, an amount of them).
  std::optional<Amount> amount(const YamlNode& node, const ValueName& what);
  // A calendar period as `for:` names it (2021, 2022-H1, 2022-Q3, 2022-06).
  std::optional<DateSpan> period_name(const YamlNode& node, const ValueName& what);
  // One text or a list of them.
  std::optional<std::vector<std::string>> text_list(const YamlNode& node, const ValueName& what);
  // The same, each text with the node it was written at. An empty list is reported: it names
  // nobody.
  using NamedItems = std::vector<std::pair<std::string_view, const YamlNode*>>;
  std::optional<NamedItems> named_items(const YamlNode& node, const ValueName& what);

 private:
  std::string file_;
  Diagnostics& diagnostics_;
};

// The fields of one mapping. Unknown keys are reported (with a suggestion) when it is built.
// `what` names the mapping in reports (messages::kEntry); it is phrased only when one is made.
class Fields {
 public:
  Fields(NodeReader& reader, const YamlNode& node, const Message<>& what,
         std::initializer_list<std::string_view> allowed);

  bool is_mapping() const { return mapping_ != nullptr; }
  const YamlNode& node() const { return node_; }
  bool has(std::string_view key) const { return find(key) != nullptr; }
  // The value under `key`; null when absent or empty (and then reported when required).
  const YamlNode* get(std::string_view key, Need need = Need::optional) const;

  std::optional<std::string> text(std::string_view key, Need need = Need::optional) const;
  std::optional<std::string_view> text_view(std::string_view key, Need need = Need::optional) const;
  std::optional<Date> date(std::string_view key, Need need = Need::optional) const;
  std::optional<int> whole_number(std::string_view key, int minimum, Need need = Need::optional) const;
  std::optional<Amount> amount(std::string_view key) const;
  std::optional<std::vector<std::string>> text_list(std::string_view key, Need need = Need::optional) const;

 private:
  const YamlNode* find(std::string_view key) const;

  static constexpr std::size_t kMaxKeys = 20;

  NodeReader& reader_;
  const YamlNode& node_;
  const YamlNode* mapping_ = nullptr;
  // The allowed keys (string literals) and the value given for each, looked up once.
  std::array<std::string_view, kMaxKeys> keys_{};
  std::array<const YamlNode*, kMaxKeys> values_{};
  std::size_t key_count_ = 0;
  const Message<>& what_;
  std::vector<std::string> misspelled_;  // allowed keys an unknown key was taken for
};

}  // namespace plancheck
