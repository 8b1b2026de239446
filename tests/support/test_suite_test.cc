// The test suite as ctest runs it: doctest_discover_tests makes one ctest test per test case.
#include "support/test_suite.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace plancheck::testing;

TEST_CASE("every test case's name reaches ctest whole") {
  std::vector<std::string> names = test_case_names();
  CHECK(names.size() > 300);
  CHECK(std::find(names.begin(), names.end(), "every test case's name reaches ctest whole") != names.end());
  // CMake reads the list of names as a ';'-separated list: a name with ';' became two ctest
  // tests that each ran no test case at all, and passed.
  for (const auto& name : names) CHECK_MESSAGE(name.find(';') == std::string::npos, name);
}
