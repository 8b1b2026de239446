// Helpers for end-to-end tests of the commands that write: run plancheck in a scratch folder,
// with arguments passed as they are (no shell), and read the seed's ledger back.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/run.h"
#include "model/ledger.h"
#include "model/plan.h"
#include "write/scratch.h"

namespace plancheck::testing {

inline const std::string kPlan = "fao-2022/plan.yaml";        // the seed, copied with ScratchDir::copy_seed
inline const std::string kJune = "fao-2022/log/2022-06.yaml";

// Starts plancheck with `args` in folder `dir`, its output going to `output` + ".out" / ".err".
pid_t start_plancheck(const std::filesystem::path& dir, const std::vector<std::string>& args,
                      const std::string& output);

// Waits for the process; returns its exit code, or -1 when it was killed.
int wait_for(pid_t pid);

// Runs plancheck in the scratch folder and captures what it prints.
Run run_in(const ScratchDir& scratch, const std::vector<std::string>& args);

// "log fao-2022/plan.yaml" followed by `more`.
std::vector<std::string> log_args(std::vector<std::string> more);

// The seed plan copied into `scratch`.
Plan seed_plan(const ScratchDir& scratch);

// Reads one log file of `plan`; fails the test on any diagnostic.
Ledger read_log_checked(const ScratchDir& scratch, const std::string& file, const Plan& plan);

}  // namespace plancheck::testing
