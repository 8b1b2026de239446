#include "write/log_target.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "messages/message.h"
#include "read/workspace.h"
#include "write/write_messages.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& path) {
  auto extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

std::string display(const fs::path& path) { return path.lexically_normal().generic_string(); }

Text listed_logs(const Plan& plan) {
  std::vector<std::string> paths;
  for (const auto& log : plan.logs) paths.push_back(display(folder_of_plan(plan.file) / log));
  return joined(paths, messages::kListSeparator);
}

}  // namespace

LogTarget choose_log_file(const Plan& plan, Date date, const std::string& requested) {
  fs::path folder = folder_of_plan(plan.file);
  if (!requested.empty()) {
    if (!is_yaml_name(requested))
      return {requested, phrase(messages::kFileNotYaml.message, requested), phrase(messages::kFileNotYaml.hint)};
    for (const auto& log : plan.logs)
      if (is_within_folder(requested, folder / log)) return {display(requested), {}, {}};
    return {requested, phrase(messages::kFileNotInLogs.message, requested),
            phrase(messages::kFileNotInLogs.hint, listed_logs(plan), plan.file)};
  }
  if (plan.logs.empty())
    return {"", phrase(messages::kNoLogsListed.message, plan.file), phrase(messages::kNoLogsListed.hint)};
  fs::path first = folder / plan.logs.front();
  std::error_code error;
  bool is_file = fs::is_regular_file(first, error) || (!fs::exists(first, error) && is_yaml_name(first));
  fs::path target = is_file ? first : first / fmt::format("{:04}-{:02}.yaml", year_of(date), month_of(date));
  if (!is_within_folder(target, folder))
    return {display(target), phrase(messages::kTargetOutsidePlanFolder.message, display(target)),
            phrase(messages::kTargetOutsidePlanFolder.hint, display(folder))};
  return {display(target), {}, {}};
}

}  // namespace plancheck
