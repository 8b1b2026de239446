// Whole files read and written as bytes.
#pragma once

#include <string>

namespace plancheck::testing {

// The bytes of the file at `path`; empty when it cannot be read.
std::string read_file(const std::string& path);

// Replaces the file at `path` with `bytes`.
void write_file(const std::string& path, const std::string& bytes);

}  // namespace plancheck::testing
