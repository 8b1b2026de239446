// The test program itself, as ctest sees it.
#pragma once

#include <string>
#include <vector>

namespace plancheck::testing {

// The names of every test case in this test program (from its --list-test-cases).
std::vector<std::string> test_case_names();

// The path of this test program.
std::string test_program();

}  // namespace plancheck::testing
