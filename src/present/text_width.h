#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Terminal columns taken by `text`: Chinese characters take two, combining marks none.
int display_width(std::string_view text);

// `text` padded with spaces to `width` columns (left-aligned or right-aligned).
std::string pad_right(std::string_view text, int width);
std::string pad_left(std::string_view text, int width);

// `text` cut to at most `width` columns, ending in … when cut.
std::string truncate_to_width(std::string_view text, int width);

// `text` cut to at most `width` columns with … in the middle, keeping its start (`head_width`
// columns at most; by default a third of the room) and its end (the rest): 第一支部第一党小组 in 13
// columns is 第一…一党小组.
std::string cut_middle_to_width(std::string_view text, int width, int head_width = -1);

}  // namespace plancheck
