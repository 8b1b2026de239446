#pragma once

#include <string>
#include <vector>

// Runs the built plancheck binary from the project root and captures what it prints.
struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

Run run_plancheck(const std::string& arguments, const std::string& environment = "");

// Compares `actual` with tests/golden/NAME; with UPDATE_GOLDEN=1 in the environment, rewrites it.
std::string golden(const std::string& name, const std::string& actual);
