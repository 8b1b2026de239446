#pragma once

// The slips YAML authors commonly make, found by looking at the lines themselves: libyaml reads
// them as something else (at_least:2 is a plain text "at_least:2") and reports the confusion a
// line or more later, or not at all. Each slip is reported where it is, with the line as it
// should be written.

#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

struct YamlSlip {
  enum class Kind {
    no_space_after_colon,  // at_least:2
    full_width_colon,      // date：2022-03-01
    unclosed_quote,        // title: "会议   (closed on no line, or on a later one)
    tab_indentation,       // a tab before a key or a list item
  };
  Kind kind = Kind::no_space_after_colon;
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters: where the slip is (the colon, the quote, the tab)
  std::string written;    // the slip as written: at_least:2
  std::string corrected;  // the line's content as it should be written, without its indentation
};

// The first slip on lines 1 to `last_line` of `text` (block scalars' contents and comments aside).
std::optional<YamlSlip> find_yaml_slip(std::string_view text, int last_line);

// The slip of `line` (its whole text, indentation included, without the line break), if any.
std::optional<YamlSlip> slip_in_line(std::string_view line);

}  // namespace plancheck
