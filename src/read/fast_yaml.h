#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"
#include "read/yaml_tree.h"

namespace plancheck {

// A fast path for parse_yaml_sequence on the usual shape of a log file, without libyaml:
//   # comment lines and blank lines anywhere
//   - date: 2022-03-07        a block sequence at column 1 whose items are block mappings:
//     by: [甲, 乙]             the first key on the '- ' line, the others in its column;
//     title: "引号"            keys [A-Za-z_][A-Za-z0-9_]*, each followed by ': ' or ':' at the
//     notes:                  end of the line; a value on the key's line: a plain scalar, a quoted
//                             one (no escapes), empty, or a one-line flow sequence of scalars;
//   - {date: 2022-03-08, by: [甲, 乙], title: '引号'}   or a flow mapping on one line, its values
//                             plain or quoted scalars or flow sequences of them;
//   lines ending in "\n" or "\r\n".
// Gives exactly what libyaml gives: the same items to `on_item`, the same duplicate-key
// diagnostics in the same order, and the same root (the sequence without its items).
// Returns no node, having reported nothing and called `on_item` never, for any text outside
// that shape (multi-line scalars, tabs, a lone CR, anchors, nested blocks, ...): the caller then
// parses the whole text with libyaml.
std::optional<YamlNode> parse_simple_sequence(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics,
                                              const std::function<void(YamlNode&&)>& on_item);

// parse_yaml_sequence without the fast path: libyaml alone (defined in yaml_tree.cc), for the
// tests and fuzzers that check both paths agree.
std::optional<YamlNode> parse_yaml_sequence_libyaml(std::string_view text, const std::string& file,
                                                    Diagnostics& diagnostics,
                                                    const std::function<void(YamlNode&&)>& on_item);

}  // namespace plancheck
