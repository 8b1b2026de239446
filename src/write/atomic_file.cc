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

// A fresh hidden file beside `target` (.NAME.XXXXXX), with the owner and permissions of the file
// it will replace, else the usual 0644; -1 when it cannot be made.
int make_temporary(const std::filesystem::path& target, std::string& temporary) {
  std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  temporary = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) return fd;
  struct stat existing {};
  bool exists = ::stat(target.c_str(), &existing) == 0;
  // Only root may give a file away; anyone else keeps the group at least where they are in it.
  if (exists && ::fchown(fd, existing.st_uid, existing.st_gid) != 0) (void)::fchown(fd, -1, existing.st_gid);
  ::fchmod(fd, exists ? existing.st_mode & 07777 : 0644);
  return fd;
}

void sync_folder(const std::filesystem::path& target) {
  std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder_fd >= 0) {
    ::fsync(folder_fd);
    ::close(folder_fd);
  }
}

}  // namespace

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

std::optional<Text> replace_file_atomically(const std::string& path,
                                            const std::function<std::optional<Text>(const std::string&)>& write) {
  std::filesystem::path target(path);
  std::string temporary;
  int fd = make_temporary(target, temporary);
  if (fd < 0)
    return describe(messages::kCannotCreateTemporary,
                    (target.has_parent_path() ? target.parent_path() : std::filesystem::path(".")).string());
  ::close(fd);
  std::optional<Text> error = write(temporary);
  if (!error) {
    int written = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
    bool synced = written >= 0 && ::fsync(written) == 0;
    if (written >= 0) ::close(written);
    if (!synced) error = describe(messages::kCannotWrite, path);
  }
  if (!error && ::rename(temporary.c_str(), path.c_str()) != 0) error = describe(messages::kCannotReplace, path);
  if (error) {
    ::unlink(temporary.c_str());
    return error;
  }
  sync_folder(target);
  return std::nullopt;
}

std::optional<Text> write_file_atomically(const std::string& path, std::string_view text) {
  std::filesystem::path target(path);
  std::string temporary;
  int fd = make_temporary(target, temporary);
  if (fd < 0)
    return describe(messages::kCannotCreateTemporary,
                    (target.has_parent_path() ? target.parent_path() : std::filesystem::path(".")).string());
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
  sync_folder(target);  // make the rename itself durable
  return std::nullopt;
}

}  // namespace plancheck
