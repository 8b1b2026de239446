// A throw-away folder for tests that write files.
#pragma once

#include <filesystem>
#include <string>

namespace plancheck::testing {

// A new empty folder under the system's temporary folder, removed with everything in it when
// this goes out of scope.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The path of `relative` inside the folder.
  std::string operator/(const std::string& relative) const { return (path_ / relative).string(); }
  // Writes `bytes` to `relative` (making the folders on the way) and returns its path.
  std::string write(const std::string& relative, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

}  // namespace plancheck::testing
