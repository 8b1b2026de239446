#include "support/golden.h"

#include <cstdlib>

#include "support/files.h"

namespace plancheck::testing {

std::string golden(const std::string& name, const std::string& actual) {
  std::string path = PLANCHECK_SOURCE_DIR "/tests/golden/" + name;
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(path, actual);
    return actual;
  }
  return read_file(path);
}

}  // namespace plancheck::testing
