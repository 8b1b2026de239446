// The libFuzzer entry point of one target, chosen at compile time with
// -DPLANCHECK_FUZZ_TARGET=name (see tests/fuzz/CMakeLists.txt and tests/fuzz/run.sh).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string problem =
      plancheck::fuzz::PLANCHECK_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "plancheck fuzz: invariant broken: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
