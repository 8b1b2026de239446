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

// "did you mean 'x'?" or empty.
Text did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates);

}  // namespace plancheck
