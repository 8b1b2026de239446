#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/plan.h"

namespace plancheck {

// Deeper nesting than this is refused: no plancheck file needs more than a handful of levels.
inline constexpr int kMaxYamlDepth = 64;

// A YAML node with the position it was written at. Built from libyaml's event parser.
struct YamlNode {
  enum class Kind { scalar, sequence, mapping };
  Kind kind = Kind::scalar;
  bool plain = true;  // a scalar written without quotes: tells 2022-03-01 from "2022-03-01"
  std::string value;
  SourcePosition position;
  // Sequence: its items. Mapping: key, value, key, value, ... (keys are scalars).
  std::vector<YamlNode> children;

  bool is_null() const;  // an empty value, ~ or null
  std::size_t pair_count() const { return children.size() / 2; }
  const YamlNode& key(std::size_t i) const { return children[2 * i]; }
  const YamlNode& value_at(std::size_t i) const { return children[2 * i + 1]; }
  const YamlNode* find(std::string_view key) const;  // a mapping's value under `key`
};

// Parses one YAML document. Returns no node for an empty or comments-only file.
// Syntax errors, duplicate keys, aliases, over-deep nesting and a second document are reported
// to `diagnostics`; after a syntax error the result is empty.
std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& file,
                                   Diagnostics& diagnostics);

// Like parse_yaml, but when the document is a sequence each top-level item is handed to
// `on_item` as soon as it is complete and not kept: memory stays flat however long the list.
// Returns the root with its items removed (or the whole root if it is not a sequence).
std::optional<YamlNode> parse_yaml_sequence(std::string_view text, const std::string& file,
                                            Diagnostics& diagnostics,
                                            const std::function<void(YamlNode&&)>& on_item);

}  // namespace plancheck
