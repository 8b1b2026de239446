// A throw-away folder for tests that write files, and helpers to read them back.
#pragma once

#include <filesystem>
#include <string>

#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck::testing {

// A fresh folder under the system's temp folder, removed with everything in it at the end.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

  // Copies the seed plan (plans/fao-2022) here; returns the copy's plan.yaml.
  std::string copy_seed() const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

// A small plan in memory (2022) whose names include some that need quoting in YAML.
Plan small_plan();

}  // namespace plancheck::testing
