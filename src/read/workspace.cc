#include "read/workspace.h"

#include <algorithm>
#include <filesystem>
#include <atomic>
#include <thread>

#include "messages/diagnostics.h"
#include "messages/system_reason.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

bool is_yaml_file(const fs::path& path) {
  auto extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == ".yaml" || extension == ".yml";
}

std::string display_path(const fs::path& path) { return path.lexically_normal().generic_string(); }

void add_directory(const fs::path& directory, std::vector<std::string>& files, Diagnostics& diagnostics) {
  std::error_code error;
  std::vector<std::string> found;
  for (fs::recursive_directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    if (!is_yaml_file(it->path()) || it->is_directory(error)) continue;
    if (it->is_regular_file(error)) {
      found.push_back(display_path(it->path()));
    } else {
      // A broken link or a pipe named like a log file: skipping it would silently drop entries.
      diagnostics.push_back(Diagnostic{Severity::error, display_path(it->path()), 0, 0,
                                       phrase(messages::kLogNotRegularFile), phrase(messages::kFixLink)});
    }
  }
  if (error)
    diagnostics.push_back(Diagnostic{Severity::error, display_path(directory), 0, 0,
                                     phrase(messages::kCannotReadFolder, system_reason(error.value())), {}});
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

}  // namespace

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
      diagnostics.push_back(Diagnostic{Severity::error, plan.file, 0, 0, phrase(messages::kMissingLogPath, log),
                                       phrase(messages::kCreateLogPath, display_path(path))});
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

void warn_repeated_entries(const Ledger& ledger, Diagnostics& diagnostics) {
  // Sorting fingerprints finds repeats without a table of every entry's text.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> fingerprints;
  fingerprints.reserve(ledger.entries.size());
  for (std::uint32_t i = 0; i < ledger.entries.size(); ++i) fingerprints.emplace_back(ledger.entries[i].fingerprint, i);
  std::sort(fingerprints.begin(), fingerprints.end());
  std::size_t run_start = 0;
  for (std::size_t i = 1; i < fingerprints.size(); ++i) {
    if (fingerprints[i].first != fingerprints[i - 1].first) {
      run_start = i;
      continue;
    }
    const Entry& first = ledger.entries[fingerprints[run_start].second];
    const Entry& entry = ledger.entries[fingerprints[i].second];
    diagnostics.push_back(Diagnostic{Severity::warning, ledger.files[entry.file], entry.line, entry.column,
                                     phrase(messages::kRepeatedEntry, ledger.files[first.file], first.line),
                                     phrase(messages::kRemoveRepeat)});
  }
}

namespace {

// Reads every log file, `threads` at a time, then joins them in file order: the ledger and the
// diagnostics do not depend on which thread finished first.
void read_log_files(const std::vector<std::string>& files, const PlanNames& names, const LoadOptions& options,
                    Workspace& workspace) {
  std::vector<LogFile> logs(files.size());
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> read{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      logs[i] = read_log_file(files[i], static_cast<std::uint32_t>(i), names, options);
      if (options.progress) options.progress(++read, files.size());
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, files.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();

  std::size_t total = 0;
  for (const auto& log : logs) total += log.entries.size();
  if (total > options.max_entries) {
    workspace.ledger.files = files;
    workspace.diagnostics.push_back(Diagnostic{Severity::error, workspace.plan->file, 0, 0,
                                               phrase(messages::kTooManyEntries, total, options.max_entries),
                                               phrase(messages::kOnePlanPerYear)});
    return;
  }
  workspace.ledger.files = files;
  workspace.ledger.entries.reserve(total);
  for (auto& log : logs) {
    std::move(log.entries.begin(), log.entries.end(), std::back_inserter(workspace.ledger.entries));
    std::move(log.diagnostics.begin(), log.diagnostics.end(), std::back_inserter(workspace.diagnostics));
    log = LogFile{};
  }
}

}  // namespace

Workspace load_workspace(const std::string& plan_file, const LoadOptions& options) {
  Workspace workspace;
  workspace.plan_file = plan_file;
  workspace.plan = read_plan(plan_file, workspace.diagnostics);
  if (workspace.plan) {
    PlanNames names(*workspace.plan);
    read_log_files(find_log_files(*workspace.plan, workspace.diagnostics), names, options, workspace);
    warn_repeated_entries(workspace.ledger, workspace.diagnostics);
  }
  sort_diagnostics(workspace.diagnostics, workspace.files_read());
  return workspace;
}

}  // namespace plancheck
