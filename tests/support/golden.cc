#include "support/golden.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include "support/files.h"
#include "support/test_record.h"

namespace plancheck::testing {

GoldenMode golden_mode(const char* update_golden, const char* ci) {
  if (!update_golden || std::string(update_golden) != "1") return GoldenMode::compare;
  return ci ? GoldenMode::refused : GoldenMode::rewrite;
}

std::string golden_in(const std::filesystem::path& folder, const std::string& name, const std::string& actual,
                      GoldenMode mode) {
  std::string path = (folder / name).string();
  if (mode == GoldenMode::refused)
    FAIL("UPDATE_GOLDEN=1 while CI is set: golden files are never rewritten in CI, so " << path
         << " was left alone. Rewrite them on your own machine (UPDATE_GOLDEN=1 ./build/tests/plancheck_tests), "
            "review the diff and commit it.");
  if (mode == GoldenMode::rewrite) write_file(path, actual);
  return read_file(path);
}

std::string golden(const std::string& name, const std::string& actual) {
  record_golden(name);
  return golden_in(PLANCHECK_SOURCE_DIR "/tests/golden", name, actual,
                   golden_mode(std::getenv("UPDATE_GOLDEN"), std::getenv("CI")));
}

}  // namespace plancheck::testing
