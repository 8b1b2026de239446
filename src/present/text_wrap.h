#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// `text` (one paragraph, no line breaks) broken into lines of at most `width` display columns:
// at spaces (which the break swallows) and between Chinese characters, never before a closing
// mark such as ，。）、 nor after an opening one such as （《. A word wider than `width` gets a
// line of its own. `width` <= 0: one line.
std::vector<std::string> wrap_to_width(std::string_view text, int width);

}  // namespace plancheck
