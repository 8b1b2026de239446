#include "support/seed_copy.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "read/log_reader.h"
#include "read/workspace.h"
#include "support/files.h"

namespace plancheck::testing {

namespace fs = std::filesystem;

std::string copy_seed(const TempFolder& folder) {
  fs::copy(PLANCHECK_SOURCE_DIR "/plans/fao-2022", folder.path() / "fao-2022", fs::copy_options::recursive);
  return folder / kSeedCopy;
}

Plan seed_plan(const TempFolder& folder) {
  Workspace workspace = load_workspace(folder / kSeedCopy);
  REQUIRE(workspace.plan);
  return *workspace.plan;
}

std::vector<std::string> log_args(std::vector<std::string> more) {
  std::vector<std::string> args{"log", kSeedCopy};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

Ledger read_log_checked(const TempFolder& folder, const std::string& file, const Plan& plan) {
  Ledger ledger;
  Diagnostics diagnostics;
  read_log_text(read_file(folder / file), file, PlanNames(plan), ledger, diagnostics);
  for (const auto& d : diagnostics) FAIL_CHECK(d.file << ":" << d.line << ": " << d.message.en);
  return ledger;
}

}  // namespace plancheck::testing
