#include "write/log_target.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace plancheck {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& path) {
  auto extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

fs::path plan_folder(const Plan& plan) { return fs::path(plan.file).parent_path(); }

std::string display(const fs::path& path) { return path.lexically_normal().generic_string(); }

// Whether `path` is `log` itself or lies inside it (both made absolute, symbolic links resolved).
bool is_within(const fs::path& path, const fs::path& log) {
  std::error_code error;
  fs::path file = fs::weakly_canonical(path, error);
  fs::path root = fs::weakly_canonical(log, error);
  if (error) return false;
  auto [root_end, file_end] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return root_end == root.end();
}

std::string listed_logs(const Plan& plan) {
  std::string list;
  for (const auto& log : plan.logs) list += (list.empty() ? "" : ", ") + display(plan_folder(plan) / log);
  return list;
}

}  // namespace

LogTarget choose_log_file(const Plan& plan, Date date, const std::string& requested) {
  if (!requested.empty()) {
    if (!is_yaml_name(requested))
      return {requested, fmt::format("--file {} is not a .yaml or .yml file, so plancheck would never read it", requested),
              "name the file like log/2022-06.yaml"};
    for (const auto& log : plan.logs)
      if (is_within(requested, plan_folder(plan) / log)) return {display(requested), "", ""};
    return {requested, fmt::format("--file {} is not among this plan's logs, so plancheck would never read it", requested),
            fmt::format("the plan reads its ledger from {} (see 'logs' in {})", listed_logs(plan), plan.file)};
  }
  if (plan.logs.empty())
    return {"", fmt::format("{} lists no log files or folders in 'logs'", plan.file), "write e.g. 'logs: [log]' in 'plan'"};
  fs::path first = plan_folder(plan) / plan.logs.front();
  std::error_code error;
  bool is_file = fs::is_regular_file(first, error) || (!fs::exists(first, error) && is_yaml_name(first));
  if (is_file) return {display(first), "", ""};
  return {display(first / fmt::format("{:04}-{:02}.yaml", year_of(date), month_of(date))), "", ""};
}

}  // namespace plancheck
