#pragma once

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/diagnostic.h"
#include "read/yaml_tree.h"

namespace plancheck {

enum class Need { optional, required };

// Reports problems found in one file's nodes, each at the node's position.
class NodeReader {
 public:
  NodeReader(std::string file, Diagnostics& diagnostics)
      : file_(std::move(file)), diagnostics_(diagnostics) {}

  const std::string& file() const { return file_; }
  void error(const YamlNode& at, std::string message, std::string hint = {});
  void warning(const YamlNode& at, std::string message, std::string hint = {});
  void report(Severity severity, SourcePosition at, std::string message, std::string hint = {});

  // Each converter reports a problem and returns nothing when the node has the wrong shape.
  std::optional<std::string> text(const YamlNode& node, std::string_view what);
  // The same without a copy: a view of the node's text.
  std::optional<std::string_view> text_view(const YamlNode& node, std::string_view what);
  std::optional<Date> date(const YamlNode& node, std::string_view what);
  std::optional<int> whole_number(const YamlNode& node, std::string_view what, int minimum);
  // One text or a list of them.
  std::optional<std::vector<std::string>> text_list(const YamlNode& node, std::string_view what);
  // The same, each text with the node it was written at. An empty list is reported: it names
  // nobody.
  using NamedItems = std::vector<std::pair<std::string_view, const YamlNode*>>;
  std::optional<NamedItems> named_items(const YamlNode& node, std::string_view what);

 private:
  std::string file_;
  Diagnostics& diagnostics_;
};

// The fields of one mapping. Unknown keys are reported (with a suggestion) when it is built.
class Fields {
 public:
  Fields(NodeReader& reader, const YamlNode& node, std::string_view what,
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
  std::optional<std::vector<std::string>> text_list(std::string_view key, Need need = Need::optional) const;

 private:
  const YamlNode* find(std::string_view key) const;

  static constexpr std::size_t kMaxKeys = 16;

  NodeReader& reader_;
  const YamlNode& node_;
  const YamlNode* mapping_ = nullptr;
  // The allowed keys (string literals) and the value given for each, looked up once.
  std::array<std::string_view, kMaxKeys> keys_{};
  std::array<const YamlNode*, kMaxKeys> values_{};
  std::size_t key_count_ = 0;
  std::string what_;
  std::vector<std::string> misspelled_;  // allowed keys an unknown key was taken for
};

}  // namespace plancheck
