#pragma once

#include <string>
#include <vector>

// The plans most end-to-end tests run on, relative to the project root.
inline const std::string kSeed = "plans/fao-2022/plan.yaml";
inline const std::string kWide = "tests/fixtures/wide-names/plan.yaml";  // names mixing Chinese and ASCII

// Runs the built plancheck binary from the project root and captures what it prints.
struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

Run run_plancheck(const std::string& arguments, const std::string& environment = "");

// Compares `actual` with tests/golden/NAME; with UPDATE_GOLDEN=1 in the environment, rewrites it.
std::string golden(const std::string& name, const std::string& actual);
