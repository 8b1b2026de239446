// Golden files: the expected outputs kept in tests/golden/.
#pragma once

#include <string>

namespace plancheck::testing {

// The text of tests/golden/NAME, to compare with `actual`; with UPDATE_GOLDEN=1 in the
// environment, NAME is first rewritten with `actual`.
std::string golden(const std::string& name, const std::string& actual);

}  // namespace plancheck::testing
