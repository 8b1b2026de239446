// Golden files: the expected outputs kept in tests/golden/.
#pragma once

#include <filesystem>
#include <string>

namespace plancheck::testing {

// What golden() does with a golden file: compare with it, rewrite it first (UPDATE_GOLDEN=1),
// or refuse, because UPDATE_GOLDEN=1 in CI would make every golden test pass whatever it prints.
enum class GoldenMode { compare, rewrite, refused };

// The mode for the values of UPDATE_GOLDEN and CI (null when not set).
GoldenMode golden_mode(const char* update_golden, const char* ci);

// The text of `folder`/NAME, to compare with `actual`; in rewrite mode NAME is first replaced by
// `actual`; in refused mode the test fails and nothing is written.
std::string golden_in(const std::filesystem::path& folder, const std::string& name, const std::string& actual,
                      GoldenMode mode);

// golden_in on tests/golden/, in the mode the environment says. Records NAME as used (see
// support/test_record.h).
std::string golden(const std::string& name, const std::string& actual);

}  // namespace plancheck::testing
