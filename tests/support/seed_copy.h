// A scratch copy of the seed plan (plans/fao-2022), for the tests of the commands that write.
#pragma once

#include <string>
#include <vector>

#include "model/ledger.h"
#include "model/plan.h"
#include "support/temp_folder.h"

namespace plancheck::testing {

// The copy's plan and its June file, relative to the folder it was copied into.
inline const std::string kSeedCopy = "fao-2022/plan.yaml";
inline const std::string kJune = "fao-2022/log/2022-06.yaml";

// Copies the seed plan into `folder`; returns the copy's plan.yaml.
std::string copy_seed(const TempFolder& folder);

// The seed plan copied into `folder`.
Plan seed_plan(const TempFolder& folder);

// "log fao-2022/plan.yaml" followed by `more`.
std::vector<std::string> log_args(std::vector<std::string> more);

// Reads one log file of `plan` in `folder`; fails the test on any diagnostic.
Ledger read_log_checked(const TempFolder& folder, const std::string& file, const Plan& plan);

}  // namespace plancheck::testing
