#include "write/word_document.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "write/write_messages.h"
#include "messages/system_reason.h"
#include "write/embedded_files.h"

extern char** environ;

namespace plancheck {

namespace {

namespace fs = std::filesystem;

std::string_view embedded(std::string_view path) {
  for (const auto& file : embedded_files())
    if (file.path == path) return file.text;
  return {};
}

std::optional<std::string> find_program(const std::string& name, const std::vector<std::string>& folders) {
  for (const auto& folder : folders) {
    fs::path candidate = fs::path(folder.empty() ? "." : folder) / name;
    if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate.string();
  }
  return std::nullopt;
}

bool write_whole(const fs::path& path, std::string_view bytes) {
  std::ofstream stream(path, std::ios::binary);
  stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(stream.flush());
}

std::string read_whole(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return bytes.str();
}

// Runs `program` with `arguments`, its stderr into `errors`; returns its exit status (-1 when it
// could not be started).
int run_program(const std::string& program, const std::vector<std::string>& arguments, const fs::path& errors) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  pid_t child = 0;
  int started = posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -1;
  int status = 0;
  while (::waitpid(child, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// pandoc's own words, without its [WARNING] lines, on one line.
std::string pandoc_errors(const std::string& output) {
  std::istringstream lines(output);
  std::string line, errors;
  while (std::getline(lines, line)) {
    if (line.starts_with("[WARNING]") || line.starts_with("  ") || line.empty()) continue;
    errors += (errors.empty() ? "" : " ") + line;
  }
  return errors.empty() ? output : errors;
}

class TemporaryFolder {
 public:
  explicit TemporaryFolder(const std::string& parent) {
    std::string pattern = (fs::path(parent.empty() ? "." : parent) / ".plancheck-word-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

std::vector<std::string> split_search_path(const std::string& path) {
  std::vector<std::string> folders;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t colon = std::min(path.find(':', start), path.size());
    folders.push_back(path.substr(start, colon - start));
    start = colon + 1;
  }
  return folders;
}

std::variant<std::string, WordFailure> make_word_document(const WordRequest& request) {
  using namespace messages;
  auto pandoc = find_program("pandoc", request.search_path);
  if (!pandoc) return WordFailure{phrase(kPandocMissing), phrase(kPandocInstallHint)};
  TemporaryFolder work(request.work_folder);
  if (work.path().empty())
    return WordFailure{phrase(kCannotCreateTemporary, request.work_folder, system_reason(errno)), {}};
  fs::path markdown = work.path() / "briefing.md", reference = work.path() / "reference.docx",
           filter = work.path() / "word.lua", output = work.path() / "briefing.docx",
           errors = work.path() / "pandoc.log";
  if (!write_whole(markdown, request.markdown) || !write_whole(reference, embedded("templates/reference.docx")) ||
      !write_whole(filter, embedded("templates/word.lua")))
    return WordFailure{phrase(kCannotWrite, work.path().string(), system_reason(errno)), {}};
  int status = run_program(*pandoc,
                           {"--from=gfm", "--to=docx", "--reference-doc=" + reference.string(),
                            "--lua-filter=" + filter.string(), "--metadata=lang:" + request.language_tag,
                            "--output=" + output.string(), markdown.string()},
                           errors);
  if (status != 0)
    return WordFailure{phrase(kPandocFailed, pandoc_errors(read_whole(errors))), phrase(kPandocVersionHint)};
  return read_whole(output);
}

}  // namespace plancheck
