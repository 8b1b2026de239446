#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "messages/message.h"

namespace plancheck {

// A file the run has read, and what it is to the run: an output never replaces one.
struct InputFile {
  enum class Role { plan, log_file, template_file, partial, document };
  std::string path;
  Role role = Role::plan;
};

// How a file a command writes (--output, a ledger file) is written.
struct OutputTarget {
  enum class Kind {
    replace,  // a regular file, new or replaced atomically (write_file_atomically)
    stream,   // a character device or a FIFO (/dev/null, /dev/stdout, a pipe): opened and written, as a
              // shell's `>` would, never renamed over
  };
  Kind kind = Kind::replace;
  // For `replace`, the file that is replaced: symbolic links resolved, so that the file a link
  // names is replaced, never the link. For `stream`, the path as given (the system follows it).
  std::string path;
};

// Why a file is not written; an empty hint means "the usual one" (check the folder, the disk).
struct OutputRefusal {
  Text message;
  Text hint;
};

// The one decision of where and how `path` is written, for every command that writes a file.
// Refused: a folder, a block device (a disk), a read-only file, and any file among `inputs_read`
// (the plan, a log file, the template, a partial: compared by device and inode after resolving
// links), which writing would destroy; the refusal says which of them it is.
struct OutputDecision {
  std::optional<OutputTarget> target;
  OutputRefusal refusal;  // when there is no target
};
OutputDecision choose_output_target(const std::string& path, const std::vector<InputFile>& inputs_read);

// Writes `text` to `path` as choose_output_target decides; nothing is written when it refuses.
std::optional<OutputRefusal> write_output(const std::string& path, std::string_view text,
                                          const std::vector<InputFile>& inputs_read);

// The same for content a library writes to a file by name (an Excel workbook): `write` fills the
// temporary file it is given and returns why it could not.
std::optional<OutputRefusal> write_output_by_name(const std::string& path,
                                                  const std::function<std::optional<Text>(const std::string&)>& write,
                                                  const std::vector<InputFile>& inputs_read);

}  // namespace plancheck
