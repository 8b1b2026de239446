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
// .yml files (sorted by path). A listed path that does not exist is reported.
std::vector<std::string> find_log_files(const Plan& plan, Diagnostics& diagnostics);

// `folder` made absolute, or the nearest folder above it, for which `holds` is true; nothing when
// none is, up to the root.
std::optional<std::filesystem::path> nearest_folder_above(
    const std::string& folder, const std::function<bool(const std::filesystem::path&)>& holds);

// The plan.yaml in `folder` or the nearest folder above it (as git finds .git), named relative to
// `working_folder` when it lies within it; nothing when there is none up to the root.
std::optional<std::string> find_nearest_plan(const std::string& folder, const std::string& working_folder);

}  // namespace plancheck
