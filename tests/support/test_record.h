// What a run of the test program did, kept for the check that every golden file is used
// (tests/tools/golden_usage.py, run by ctest after all the tests): one file per process in
// PLANCHECK_TEST_RECORD, with a line for each test case started and each golden file asked for.
#pragma once

#include <string>

namespace plancheck::testing {

// Notes that the running test compared its output with tests/golden/NAME.
void record_golden(const std::string& name);

}  // namespace plancheck::testing
