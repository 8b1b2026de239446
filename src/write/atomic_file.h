#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "messages/message.h"

namespace plancheck {

// Writes all of `text` to the open file `fd`, again after an interrupted or partial write; false
// with errno set when a write fails.
bool write_all(int fd, std::string_view text);

// Replaces `path` with `text` so that readers see either the old file or the new one, never a
// half-written one: the text goes to a temporary file in the same folder, is flushed to disk,
// then renamed over `path`. Returns an error message on failure (and `path` is untouched).
std::optional<Text> write_file_atomically(const std::string& path, std::string_view text);

// The same for content that a library writes to a file by name (an Excel workbook): `write` fills
// the temporary file it is given and returns why it could not; the file is then flushed to disk
// and renamed over `path`. On any failure `path` is untouched and the temporary file removed.
std::optional<Text> replace_file_atomically(const std::string& path,
                                            const std::function<std::optional<Text>(const std::string&)>& write);

}  // namespace plancheck
