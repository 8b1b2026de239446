#include "read/workspace.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "read/log_reader.h"
#include "read/plan_reader.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

bool is_yaml_file(const fs::path& path) {
  auto extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

std::string display_path(const fs::path& path) { return path.lexically_normal().generic_string(); }

void add_directory(const fs::path& directory, std::vector<std::string>& files, Diagnostics& diagnostics) {
  std::error_code error;
  std::vector<std::string> found;
  for (fs::recursive_directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && is_yaml_file(it->path())) found.push_back(display_path(it->path()));
  }
  if (error)
    diagnostics.push_back(Diagnostic{Severity::error, display_path(directory), 0, 0,
                                     fmt::format("cannot read this folder: {}", error.message()), ""});
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

}  // namespace

std::string entry_key(const Entry& entry) {
  std::string key = format_date(entry.date);
  auto add = [&key](std::string_view part) {
    key += '\x1f';
    key += part;
  };
  // Each list is led by its length, so that values cannot shift from one field into the next.
  auto add_list = [&add](const std::vector<std::string>& values) {
    add(std::to_string(values.size()));
    for (const auto& value : values) add(value);
  };
  add(entry.activity);
  add_list(entry.by);
  add(entry.title);
  add(entry.item);
  add(entry.place);
  add(entry.notes);
  add(entry.attendees.count ? std::to_string(*entry.attendees.count) : "");
  add_list(entry.attendees.names);
  add_list(entry.evidence);
  add_list(entry.tags);
  return key;
}

std::vector<std::string> find_log_files(const Plan& plan, Diagnostics& diagnostics) {
  fs::path base = fs::path(plan.file).parent_path();
  std::vector<std::string> files;
  for (const auto& log : plan.logs) {
    fs::path path = base / log;
    std::error_code error;
    auto status = fs::status(path, error);
    if (status.type() == fs::file_type::directory) {
      add_directory(path, files, diagnostics);
    } else if (status.type() == fs::file_type::regular) {
      files.push_back(display_path(path));
    } else if (plan.logs_given) {
      diagnostics.push_back(Diagnostic{Severity::error, plan.file, 0, 0,
                                       fmt::format("the log path '{}' (listed in 'logs') does not exist", log),
                                       fmt::format("create it (mkdir -p {}) or fix the path in 'logs'",
                                                   display_path(path))});
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

void warn_repeated_entries(const Ledger& ledger, Diagnostics& diagnostics) {
  std::unordered_map<std::string, const Entry*> seen;
  for (const Entry& entry : ledger.entries) {
    auto [found, inserted] = seen.emplace(entry_key(entry), &entry);
    if (inserted) continue;
    const Entry& first = *found->second;
    diagnostics.push_back(Diagnostic{
        Severity::warning, ledger.files[entry.file], entry.line, entry.column,
        fmt::format("this entry repeats the one at {}:{} exactly; both count", ledger.files[first.file], first.line),
        "remove one if it was recorded twice by mistake"});
  }
}

Workspace load_workspace(const std::string& plan_file) {
  Workspace workspace;
  workspace.plan = read_plan(plan_file, workspace.diagnostics);
  if (workspace.plan) {
    PlanNames names(*workspace.plan);
    for (const auto& file : find_log_files(*workspace.plan, workspace.diagnostics))
      read_log(file, names, workspace.ledger, workspace.diagnostics);
    warn_repeated_entries(workspace.ledger, workspace.diagnostics);
  }
  std::vector<std::string> files{plan_file};
  files.insert(files.end(), workspace.ledger.files.begin(), workspace.ledger.files.end());
  sort_diagnostics(workspace.diagnostics, files);
  return workspace;
}

}  // namespace plancheck
