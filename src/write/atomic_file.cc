#include "write/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "messages/system_reason.h"
#include "write/write_messages.h"

namespace plancheck {

namespace {

// What failed with `path`, and the reason errno gives.
Text describe(const Message<std::string_view, std::string_view>& failed, const std::string& path) {
  return phrase(failed, path, system_reason(errno));
}

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

std::optional<Text> write_file_atomically(const std::string& path, std::string_view text) {
  std::filesystem::path target(path);
  std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string hidden_name = ".";  // a hidden file beside the target: .NAME.XXXXXX
  hidden_name += target.filename().string();
  hidden_name += ".XXXXXX";
  std::string temporary = (folder / hidden_name).string();
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) return describe(messages::kCannotCreateTemporary, folder.string());
  // Keep the permissions of the file being replaced, else the usual 0644.
  struct stat existing {};
  ::fchmod(fd, ::stat(path.c_str(), &existing) == 0 ? existing.st_mode & 07777 : 0644);
  bool ok = write_all(fd, text) && ::fsync(fd) == 0;
  Text error = ok ? Text{} : describe(messages::kCannotWrite, path);
  if (::close(fd) != 0 && ok) {
    ok = false;
    error = describe(messages::kCannotWrite, path);
  }
  if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
    ok = false;
    error = describe(messages::kCannotReplace, path);
  }
  if (!ok) {
    ::unlink(temporary.c_str());
    return error;
  }
  // Make the rename itself durable.
  int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder_fd >= 0) {
    ::fsync(folder_fd);
    ::close(folder_fd);
  }
  return std::nullopt;
}

}  // namespace plancheck
