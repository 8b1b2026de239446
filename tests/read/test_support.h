// Small helpers shared by the read-layer tests.
#pragma once

#include <fmt/format.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "model/diagnostic.h"

namespace plancheck::testing {

// One diagnostic as "LINE:COLUMN: error|warning: message [hint]" (the file left out).
inline std::string show(const Diagnostic& d) {
  return fmt::format("{}:{}: {}: {}{}", d.line, d.column, d.severity == Severity::error ? "error" : "warning",
                     d.message.en, d.hint.en.empty() ? "" : " [" + d.hint.en + "]");
}

// Every diagnostic, one a line, in order: compare with an exact expected text.
inline std::string show(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += show(d) + "\n";
  return out;
}

// A fresh directory under the system's temp directory, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            fmt::format("plancheck-read-test-{}-{}", ::getpid(), counter++);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The path of `relative` inside the directory, as a generic string.
  std::string path(const std::string& relative = {}) const {
    return relative.empty() ? path_.generic_string() : (path_ / relative).generic_string();
  }
  // Writes `bytes` to `relative` (creating parent directories) and returns its path.
  std::string write(const std::string& relative, const std::string& bytes) const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.generic_string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace plancheck::testing
