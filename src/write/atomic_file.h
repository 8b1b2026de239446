#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "messages/message.h"

namespace plancheck {

// Replaces `path` with `text` so that readers see either the old file or the new one, never a
// half-written one: the text goes to a temporary file in the same folder, is flushed to disk,
// then renamed over `path`. Returns an error message on failure (and `path` is untouched).
std::optional<Text> write_file_atomically(const std::string& path, std::string_view text);

}  // namespace plancheck
