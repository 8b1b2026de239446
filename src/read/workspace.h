#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/ledger.h"
#include "model/plan.h"
#include "model/workspace.h"
#include "read/load_options.h"

namespace plancheck {

// Reads the plan file and every log file it names, the log files in parallel. Never throws for
// bad input: problems end up in `diagnostics`, sorted by file and position. The result is the
// same whatever the number of threads.
Workspace load_workspace(const std::string& plan_file, const LoadOptions& options = {});

// The log files for a plan: files as listed, directories searched recursively for .yaml and
// .yml files (sorted by path). A listed path that does not exist, a file that is not .yaml/.yml,
// and anything outside the plan's folder (also through a link) is reported, never read; the plan
// file itself is left out with a warning (`logs: [.]`).
std::vector<std::string> find_log_files(const Plan& plan, Diagnostics& diagnostics);

// Whether `path` is `folder` itself or lies inside it, both made absolute with every symbolic link
// resolved (as far as they exist): plancheck reads and writes ledger files only inside the plan's
// folder, whatever a link or `logs:` names.
bool is_within_folder(const std::filesystem::path& path, const std::filesystem::path& folder);

// The folder of the plan file `plan_file` ("." for a plan named without one).
std::filesystem::path folder_of_plan(const std::string& plan_file);

// `folder` made absolute, or the nearest folder above it, for which `holds` is true; nothing when
// none is, up to the root.
std::optional<std::filesystem::path> nearest_folder_above(
    const std::string& folder, const std::function<bool(const std::filesystem::path&)>& holds);

// The plan.yaml in `folder` or the nearest folder above it (as git finds .git), named relative to
// `working_folder` when it lies within it; nothing when there is none up to the root.
std::optional<std::string> find_nearest_plan(const std::string& folder, const std::string& working_folder);

}  // namespace plancheck
