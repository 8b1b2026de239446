#pragma once

#include <filesystem>
#include <string>

#include "cli/run.h"

// Runs `command` with /bin/sh from the project root and captures what it prints.
Run run_shell(const std::string& command);

// `text` in single quotes for /bin/sh.
std::string shell_quote(const std::string& text);

// A new empty folder under the system's temporary folder, removed with everything in it when
// this goes out of scope.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::string& path);
