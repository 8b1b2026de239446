#include "write/append.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>

#include "messages/system_reason.h"
#include "write/atomic_file.h"
#include "write/write_messages.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

// An exclusive flock on a folder, held until destruction.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& folder) : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ < 0) return;
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      ::close(fd_);
      fd_ = -1;
      return;
    }
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  bool locked() const { return fd_ >= 0; }

 private:
  int fd_;
};

Diagnostic failure(const std::string& file, Text message) {
  return Diagnostic{Severity::error, file, 0, 0, std::move(message), phrase(messages::kNothingWritten)};
}

// Reads the whole file; a missing file reads as empty with `exists` false.
std::optional<std::string> read_bytes(const std::string& file, bool& exists, Text& error) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  exists = fd >= 0 || errno != ENOENT;
  if (fd < 0) {
    if (!exists) return std::string();
    error = phrase(messages::kCannotRead, file, system_reason(errno));
    return std::nullopt;
  }
  std::string bytes;
  char buffer[1 << 16];
  ssize_t count = 0;
  while ((count = ::read(fd, buffer, sizeof buffer)) != 0) {
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      error = phrase(messages::kCannotRead, file, system_reason(errno));
      ::close(fd);
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<std::size_t>(count));
  }
  ::close(fd);
  return bytes;
}

// The file's text and the text to append, line ends matched: CRLF when the file uses CRLF.
struct Joined {
  std::string after;
  int first_line = 1;  // where the appended text starts
};

std::string_view newline_of(std::string_view file_text) {
  return file_text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
}

Joined join(std::string_view before, std::string_view text) {
  Joined joined{std::string(before)};
  if (!before.empty() && before.back() != '\n') joined.after += newline_of(before);
  joined.first_line = static_cast<int>(std::count(joined.after.begin(), joined.after.end(), '\n')) + 1;
  joined.after += with_line_ends_of(before, text);
  return joined;
}

// A symbolic link is followed, so that the rename replaces the file it points to, not the link.
std::string resolved(const std::string& file) {
  std::error_code error;
  if (!fs::is_symlink(file, error)) return file;
  fs::path target = fs::canonical(file, error);
  return error ? file : target.string();
}

// Removes what a writer killed mid-way left behind: temporary files named as write_file_atomically
// names them (".2022-06.yaml.XXXXXX"). Called under the lock, so no live appender owns one.
void remove_stale_temporaries(const fs::path& folder, const std::string& file_name) {
  std::string prefix = "." + file_name + ".";
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.size() == prefix.size() + 6 && name.starts_with(prefix)) fs::remove(it->path(), error);
  }
}

}  // namespace

std::string with_line_ends_of(std::string_view file_text, std::string_view text) {
  std::string_view newline = newline_of(file_text);
  std::string converted;
  for (char c : text) {
    if (c == '\n')
      converted += newline;
    else
      converted += c;
  }
  return converted;
}

AppendResult append_to_file(const std::string& file, std::string_view text, const AppendCheck& check) {
  return append_to_files({AppendRequest{file, std::string(text), check}}).front();
}

std::vector<AppendResult> append_to_files(const std::vector<AppendRequest>& requests) {
  std::vector<ChangeRequest> changes;
  for (const AppendRequest& request : requests)
    changes.push_back(ChangeRequest{request.file,
                                    [text = request.text](std::string_view before) {
                                      Joined joined = join(before, text);
                                      return ChangedText{std::move(joined.after), joined.first_line, {}, {}};
                                    },
                                    request.check});
  return change_files(changes);
}

std::vector<AppendResult> change_files(const std::vector<ChangeRequest>& requests) {
  std::vector<AppendResult> results(requests.size());
  std::vector<std::string> paths;
  std::set<fs::path> folders;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    paths.push_back(resolved(requests[i].file));
    fs::path folder = fs::path(paths[i]).has_parent_path() ? fs::path(paths[i]).parent_path() : fs::path(".");
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
      Text message = phrase(messages::kCannotCreateFolder, folder.string(), system_reason(error.value()));
      results[i].diagnostics.push_back(failure(requests[i].file, std::move(message)));
      return results;
    }
    folders.insert(folder);
  }
  std::vector<std::unique_ptr<FolderLock>> locks;
  for (const fs::path& folder : folders) {
    locks.push_back(std::make_unique<FolderLock>(folder));
    if (!locks.back()->locked()) {
      Text message = phrase(messages::kCannotLockFolder, folder.string(), system_reason(errno));
      results.front().diagnostics.push_back(failure(requests.front().file, std::move(message)));
      return results;
    }
  }
  std::vector<std::string> befores, afters;
  std::vector<bool> existed;
  bool checked = true;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    fs::path path(paths[i]);
    remove_stale_temporaries(path.has_parent_path() ? path.parent_path() : fs::path("."), path.filename().string());
    bool exists = false;
    Text read_error;
    auto before = read_bytes(paths[i], exists, read_error);
    if (!before) {
      results[i].diagnostics.push_back(failure(requests[i].file, read_error));
      return results;
    }
    ChangedText changed = requests[i].change(*before);
    results[i].created = !exists;
    results[i].first_line = changed.first_line;
    results[i].removed = std::move(changed.removed);
    results[i].diagnostics =
        has_errors(changed.problems) ? std::move(changed.problems) : requests[i].check(*before, changed.after);
    checked = checked && !has_errors(results[i].diagnostics);
    befores.push_back(std::move(*before));
    afters.push_back(std::move(changed.after));
    existed.push_back(exists);
  }
  if (!checked) return results;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    auto write_error = write_file_atomically(paths[i], afters[i]);
    if (!write_error) continue;
    results[i].diagnostics.push_back(failure(requests[i].file, *write_error));
    for (std::size_t undo = 0; undo < i; ++undo) {
      std::error_code ignored;
      if (existed[undo])
        write_file_atomically(paths[undo], befores[undo]);
      else
        fs::remove(paths[undo], ignored);
    }
    return results;
  }
  for (AppendResult& result : results) result.written = true;
  return results;
}

}  // namespace plancheck
