#include "cli/template_choice.h"

#include <algorithm>
#include <filesystem>

#include "read/workspace.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTemplateEnding = ".md.mustache";

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

}  // namespace

std::vector<std::string> template_folders(const std::string& plan_file, const Context& context) {
  std::vector<std::string> folders;
  fs::path plan_folder = folder_of_plan(plan_file);
  if (plan_folder.is_relative()) plan_folder = fs::path(context.environment.working_folder) / plan_folder;
  auto nearest = nearest_folder_above(plan_folder.lexically_normal().string(), [](const fs::path& at) {
    std::error_code error;
    return fs::is_directory(at / "templates", error);
  });
  if (nearest) folders.push_back((*nearest / "templates").lexically_normal().string());
  if (!context.environment.program_folder.empty()) {
    fs::path installed = fs::path(context.environment.program_folder) / "../share/plancheck/templates";
    std::string folder = installed.lexically_normal().string();
    if (fs::is_directory(folder) && std::find(folders.begin(), folders.end(), folder) == folders.end())
      folders.push_back(folder);
  }
  return folders;
}

std::string find_template(const std::string& given, const std::vector<std::string>& folders) {
  if (is_file(given)) return given;
  if (given.empty() || given.find('/') != std::string::npos || given.find('\\') != std::string::npos) return "";
  for (const std::string& folder : folders)
    for (const std::string& name : {given + std::string(kTemplateEnding), given})
      if (is_file(fs::path(folder) / name)) return (fs::path(folder) / name).string();
  return "";
}

std::vector<std::string> template_names(const std::vector<std::string>& folders) {
  std::vector<std::string> names;
  for (const std::string& folder : folders) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      std::string name = it->path().filename().string();
      if (!name.ends_with(kTemplateEnding)) continue;
      name.resize(name.size() - kTemplateEnding.size());
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace plancheck
