#pragma once

#include <string>
#include <string_view>

#include "model/ledger.h"

namespace plancheck {

// Where a scalar is written: flow context ([a, b]) forbids more characters in plain scalars.
enum class YamlContext { block, flow };

// `text` as a YAML scalar that reads back as exactly `text`: plain when that is safe, otherwise
// double-quoted with escapes. `text` must be valid UTF-8.
std::string yaml_scalar(std::string_view text, YamlContext context = YamlContext::block);

// One ledger entry as YAML, ready to append to a log file:
//   - date: 2022-06-15
//     activity: 党课
//     by: 陈立新
// Fields follow the README's order (`for:` after the date, `absent:` and `hours:` after the
// attendees); empty ones are left out. Absentees are a list of names, or a mapping from name to
// reason when any reason is given ("" for one without). Multi-line notes become a literal block (`|`) when that reads back exactly,
// else a double-quoted string.
std::string entry_yaml(const Entry& entry);

}  // namespace plancheck
