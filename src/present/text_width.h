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

}  // namespace plancheck
