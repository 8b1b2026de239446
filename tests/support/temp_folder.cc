#include "support/temp_folder.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>

#include "support/files.h"

namespace plancheck::testing {

namespace fs = std::filesystem;

TempFolder::TempFolder() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() / fmt::format("plancheck-test-{}-{}", ::getpid(), counter++);
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempFolder::write(const std::string& relative, const std::string& bytes) const {
  fs::path file = path_ / relative;
  fs::create_directories(file.parent_path());
  write_file(file.string(), bytes);
  return file.string();
}

}  // namespace plancheck::testing
