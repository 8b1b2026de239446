#include "write/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "messages/system_reason.h"
#include "write/atomic_file.h"
#include "write/write_messages.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

OutputRefusal refused_by_system(const std::string& path) {
  return {phrase(messages::kCannotWrite, path, system_reason(errno)), {}};
}

// A path that does not exist (yet): when it is a link that names a missing file, the file it
// names, so that the file is made there and the link kept.
fs::path followed_to_missing_file(fs::path path) {
  for (int hops = 0; hops < 40; ++hops) {  // the system's own limit on links in a row
    std::error_code error;
    if (!fs::is_symlink(path, error)) break;
    fs::path target = fs::read_symlink(path, error);
    if (error) break;
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  return path;
}

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// The input that is the file `target` (by device and inode), if any.
const InputFile* input_that_is(const struct stat& target, const std::vector<InputFile>& inputs_read) {
  for (const InputFile& input : inputs_read) {
    struct stat read {};
    if (::stat(input.path.c_str(), &read) == 0 && same_file(read, target)) return &input;
  }
  return nullptr;
}

const Message<>& role_words(InputFile::Role role) {
  using namespace messages;
  switch (role) {
    case InputFile::Role::plan: return kInputIsPlan;
    case InputFile::Role::log_file: return kInputIsLogFile;
    case InputFile::Role::template_file: return kInputIsTemplate;
    case InputFile::Role::partial: return kInputIsPartial;
    case InputFile::Role::document: return kInputIsDocument;
  }
  return kInputIsPlan;
}

// Opens and writes, as a shell's `>` does. A FIFO that no one reads is an error, not a wait
// forever: it is opened without blocking, then written blocking.
std::optional<OutputRefusal> write_to_stream(const std::string& path, std::string_view text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return refused_by_system(path);
  int flags = ::fcntl(fd, F_GETFL);
  bool ok = flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 && write_all(fd, text);
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  errno = saved;
  return ok ? std::nullopt : std::optional(refused_by_system(path));
}

std::optional<std::string> read_whole(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return bytes.str();
}

}  // namespace

OutputDecision choose_output_target(const std::string& path, const std::vector<InputFile>& inputs_read) {
  using namespace messages;
  struct stat target {};
  if (::stat(path.c_str(), &target) != 0) {
    if (errno != ENOENT) return {std::nullopt, refused_by_system(path)};
    return {OutputTarget{OutputTarget::Kind::replace, followed_to_missing_file(path).string()}, {}};
  }
  if (const InputFile* input = input_that_is(target, inputs_read))
    return {std::nullopt,
            {phrase(kOutputIsInput.message, path, phrase(role_words(input->role)), input->path), phrase(kOutputIsInput.hint)}};
  if (S_ISDIR(target.st_mode))
    return {std::nullopt, {phrase(kOutputIsFolder.message, path), phrase(kOutputIsFolder.hint, path)}};
  if (S_ISBLK(target.st_mode)) return {std::nullopt, {phrase(kOutputIsDisk.message, path), phrase(kOutputIsDisk.hint)}};
  if (!S_ISREG(target.st_mode)) return {OutputTarget{OutputTarget::Kind::stream, path}, {}};
  std::error_code error;
  fs::path resolved = fs::canonical(path, error);
  if (error) {
    errno = error.value();
    return {std::nullopt, refused_by_system(path)};
  }
  // Root may write anything: a file nobody may write is a sign to leave it alone all the same.
  if ((target.st_mode & 0222) == 0 || ::access(resolved.c_str(), W_OK) != 0)
    return {std::nullopt, {phrase(kOutputReadOnly.message, path), phrase(kOutputReadOnly.hint, path)}};
  return {OutputTarget{OutputTarget::Kind::replace, resolved.string()}, {}};
}

std::optional<OutputRefusal> write_output(const std::string& path, std::string_view text,
                                          const std::vector<InputFile>& inputs_read) {
  OutputDecision decision = choose_output_target(path, inputs_read);
  if (!decision.target) return decision.refusal;
  if (decision.target->kind == OutputTarget::Kind::stream) return write_to_stream(decision.target->path, text);
  if (auto error = write_file_atomically(decision.target->path, text)) return OutputRefusal{*error, {}};
  return std::nullopt;
}

std::optional<OutputRefusal> write_output_by_name(const std::string& path,
                                                  const std::function<std::optional<Text>(const std::string&)>& write,
                                                  const std::vector<InputFile>& inputs_read) {
  OutputDecision decision = choose_output_target(path, inputs_read);
  if (!decision.target) return decision.refusal;
  if (decision.target->kind == OutputTarget::Kind::replace) {
    if (auto error = replace_file_atomically(decision.target->path, write)) return OutputRefusal{*error, {}};
    return std::nullopt;
  }
  // A device or a pipe: the library writes a file of its own, which is then copied there.
  std::error_code unused;
  fs::path folder = fs::temp_directory_path(unused);
  std::string temporary = ((folder.empty() ? fs::path("/tmp") : folder) / "plancheck-output.XXXXXX").string();
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) return OutputRefusal{phrase(messages::kCannotCreateTemporary, folder.string(), system_reason(errno)), {}};
  ::close(fd);
  std::optional<OutputRefusal> failure;
  if (auto error = write(temporary)) {
    failure = OutputRefusal{*error, {}};
  } else if (auto bytes = read_whole(temporary)) {
    failure = write_to_stream(decision.target->path, *bytes);
  } else {
    failure = OutputRefusal{phrase(messages::kCannotRead, temporary, system_reason(errno)), {}};
  }
  ::unlink(temporary.c_str());
  return failure;
}

}  // namespace plancheck
