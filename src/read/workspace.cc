#include "read/workspace.h"

#include <algorithm>
#include <filesystem>
#include <atomic>
#include <mutex>
#include <thread>

#include "messages/system_reason.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/read_messages.h"
#include "read/repeated_entries.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

bool is_yaml_file(const fs::path& path) {
  auto extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == ".yaml" || extension == ".yml";
}

std::string display_path(const fs::path& path) { return path.lexically_normal().generic_string(); }

fs::path resolved(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path.empty() ? fs::path(".") : path, error);
  fs::path canonical = fs::weakly_canonical(absolute, error);
  return error ? absolute.lexically_normal() : canonical;
}

// What find_log_files needs to know of the plan to tell which files are its ledger.
struct LedgerBounds {
  const Plan& plan;
  fs::path folder;     // the plan's folder, resolved
  fs::path plan_file;  // the plan file, resolved
};

// Whether `file` (listed in `logs` or found in a folder listed there) may be read as a log file;
// says why not when it may not.
bool may_read(const fs::path& file, const LedgerBounds& bounds, Diagnostics& diagnostics) {
  if (!is_within_folder(file, bounds.folder)) {
    diagnostics.push_back(Diagnostic{Severity::error, display_path(file), 0, 0,
                                     phrase(messages::kLogOutsidePlanFolder.message),
                                     phrase(messages::kLogOutsidePlanFolder.hint, display_path(bounds.folder))});
    return false;
  }
  if (resolved(file) == bounds.plan_file) {
    diagnostics.push_back(Diagnostic{Severity::warning, bounds.plan.file, 0, 0,
                                     phrase(messages::kPlanListedAsLog.message),
                                     phrase(messages::kPlanListedAsLog.hint)});
    return false;
  }
  return true;
}

void add_directory(const fs::path& directory, const LedgerBounds& bounds, std::vector<std::string>& files,
                   Diagnostics& diagnostics) {
  std::error_code error;
  std::vector<std::string> found;
  for (fs::recursive_directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    if (it->is_symlink(error) && it->is_directory(error)) {
      may_read(it->path(), bounds, diagnostics);  // a linked folder is never followed; one leading out is said
      continue;
    }
    if (!is_yaml_file(it->path()) || it->is_directory(error)) continue;
    if (!it->is_regular_file(error)) {
      // A broken link or a pipe named like a log file: skipping it would silently drop entries.
      diagnostics.push_back(Diagnostic{Severity::error, display_path(it->path()), 0, 0,
                                       phrase(messages::kLogNotRegularFile.message),
                                       phrase(messages::kLogNotRegularFile.hint)});
    } else if (may_read(it->path(), bounds, diagnostics)) {
      found.push_back(display_path(it->path()));
    }
  }
  if (error)
    diagnostics.push_back(Diagnostic{Severity::error, display_path(directory), 0, 0,
                                     phrase(messages::kCannotReadFolder, system_reason(error.value())), {}});
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

}  // namespace

bool is_within_folder(const fs::path& path, const fs::path& folder) {
  fs::path file = resolved(path), root = resolved(folder);
  auto [root_end, file_end] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return root_end == root.end();
}

fs::path folder_of_plan(const std::string& plan_file) {
  fs::path folder = fs::path(plan_file).parent_path();
  return folder.empty() ? fs::path(".") : folder;
}

std::vector<std::string> find_log_files(const Plan& plan, Diagnostics& diagnostics) {
  fs::path base = fs::path(plan.file).parent_path();
  LedgerBounds bounds{plan, resolved(folder_of_plan(plan.file)), resolved(plan.file)};
  std::vector<std::string> files;
  for (const auto& log : plan.logs) {
    fs::path path = base / log;
    std::error_code error;
    auto status = fs::status(path, error);
    if (status.type() == fs::file_type::directory) {
      if (may_read(path, bounds, diagnostics)) add_directory(path, bounds, files, diagnostics);
    } else if (status.type() == fs::file_type::regular) {
      if (!is_yaml_file(path))
        diagnostics.push_back(Diagnostic{Severity::error, plan.file, 0, 0, phrase(messages::kLogNotYaml.message, log),
                                         phrase(messages::kLogNotYaml.hint)});
      else if (may_read(path, bounds, diagnostics))
        files.push_back(display_path(path));
    } else if (plan.logs_given) {
      diagnostics.push_back(Diagnostic{Severity::error, plan.file, 0, 0, phrase(messages::kMissingLogPath.message, log),
                                       phrase(messages::kMissingLogPath.hint, display_path(path))});
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

namespace {

// Reads every log file, `threads` at a time, and adds each to the workspace in file order as soon
// as it and every file before it are read: the ledger and the diagnostics do not depend on which
// thread finished first, and a file's text is kept only until it is added (an entry repeating an
// earlier one is quoted from it).
void read_log_files(const std::vector<std::string>& files, const PlanNames& names, const LoadOptions& options,
                    Workspace& workspace) {
  workspace.ledger.files = files;
  std::vector<LogFile> logs(files.size());
  std::vector<bool> read_yet(files.size());
  std::mutex adding;  // guards everything from here to `work`
  std::size_t added = 0;
  std::size_t total = 0;
  Diagnostics found;
  RepeatFinder repeats;
  auto add = [&](LogFile& log) {
    total += log.entries.size();
    if (total <= options.max_entries) {  // once over, the ledger is refused: nothing more is kept
      std::size_t first = workspace.ledger.entries.size();
      std::move(log.entries.begin(), log.entries.end(), std::back_inserter(workspace.ledger.entries));
      std::move(log.diagnostics.begin(), log.diagnostics.end(), std::back_inserter(found));
      repeats.add_file(workspace.ledger, first, log.text, found);
    }
    log = LogFile{};
  };
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> read{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      LogFile log = read_log_file(files[i], static_cast<std::uint32_t>(i), names, options);
      if (options.progress) options.progress(++read, files.size());
      std::lock_guard lock(adding);
      logs[i] = std::move(log);
      read_yet[i] = true;
      while (added < files.size() && read_yet[added]) add(logs[added++]);
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, files.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();

  if (total > options.max_entries) {
    workspace.ledger.entries = {};
    workspace.diagnostics.push_back(Diagnostic{Severity::error, workspace.plan->file, 0, 0,
                                               phrase(messages::kTooManyEntries.message, total, options.max_entries),
                                               phrase(messages::kTooManyEntries.hint)});
    return;
  }
  std::move(found.begin(), found.end(), std::back_inserter(workspace.diagnostics));
}

}  // namespace

Workspace load_workspace(const std::string& plan_file, const LoadOptions& options) {
  Workspace workspace;
  workspace.plan_file = plan_file;
  workspace.plan = read_plan(plan_file, workspace.diagnostics);
  if (workspace.plan) {
    PlanNames names(*workspace.plan);
    LoadOptions with_evidence = options;
    if (!with_evidence.evidence_folder) with_evidence.evidence_folder = fs::path(workspace.plan->file).parent_path();
    read_log_files(find_log_files(*workspace.plan, workspace.diagnostics), names, with_evidence, workspace);
  }
  sort_diagnostics(workspace.diagnostics, workspace.files_read());
  return workspace;
}

std::optional<fs::path> nearest_folder_above(const std::string& folder,
                                             const std::function<bool(const fs::path&)>& holds) {
  std::error_code error;
  fs::path at = fs::absolute(folder.empty() ? fs::path(".") : fs::path(folder), error).lexically_normal();
  if (error) return std::nullopt;
  for (;;) {
    if (holds(at)) return at;
    fs::path parent = at.parent_path();
    if (at == at.root_path() || parent == at || parent.empty()) return std::nullopt;
    at = parent;
  }
}

std::optional<std::string> find_nearest_plan(const std::string& folder, const std::string& working_folder) {
  auto found = nearest_folder_above(folder, [](const fs::path& at) {
    std::error_code error;
    return fs::is_regular_file(at / "plan.yaml", error);
  });
  if (!found) return std::nullopt;
  fs::path candidate = *found / "plan.yaml";
  fs::path relative = candidate.lexically_relative(working_folder);
  bool inside = !relative.empty() && *relative.begin() != "..";
  return (inside ? relative : candidate).generic_string();
}

}  // namespace plancheck
