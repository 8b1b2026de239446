#pragma once

#include <span>
#include <string_view>

namespace plancheck {

// A file compiled into plancheck (see cmake/embedded_files.cmake).
struct EmbeddedFile {
  std::string_view path;  // relative to the project root: "templates/monthly-briefing.md.mustache"
  std::string_view text;
};

// The starter files of `plancheck init` (src/write/starter/…), the project's templates
// (templates/…) and the HTML dashboard's page (src/present/dashboard/…), as they were when
// plancheck was built; sorted by path.
std::span<const EmbeddedFile> embedded_files();

}  // namespace plancheck
