#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "messages/message.h"

namespace plancheck {

// Edit distance counted in Unicode code points, so 党課 → 党课 is one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate when it is close enough to be a likely typo, else empty.
std::string closest_match(std::string_view wanted, const std::vector<std::string>& candidates);

// The candidate that `wanted` is once invisible characters (zero-width spaces, soft hyphens),
// character width (全角 ＡＢ１), spaces at either end and the way its characters are encoded
// (Unicode normalisation) are set aside; empty when none is. Names pasted from Word or a web page
// look right but would count as someone else.
std::string lookalike_of(std::string_view wanted, const std::vector<std::string>& candidates);

// `text` with every character that cannot be seen (format characters, spaces other than the plain
// one) written as U+XXXX, so that a message can show what differs.
std::string with_invisible_shown(std::string_view text);

// "did you mean 'x'?" or empty.
Text did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates);

}  // namespace plancheck
