#include "cli/ci_output.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>

#include "messages/program.h"
#include "messages/system_reason.h"
#include "present/github_report.h"
#include "present/github_summary.h"
#include "present/junit_report.h"

namespace plancheck {

namespace {

std::vector<std::string> files_read(const CommandOptions& options, const Workspace& workspace) {
  std::vector<std::string> files{options.plan_file};
  files.insert(files.end(), workspace.ledger.files.begin(), workspace.ledger.files.end());
  return files;
}

}  // namespace

bool is_ci_format(OutputFormat format) { return format == OutputFormat::junit || format == OutputFormat::github; }

FailurePolicy failure_policy(const CommandOptions& options) { return FailurePolicy{options.fail_on == FailOn::open}; }

void append_step_summary(const std::string& markdown, Streams streams) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (!path || !*path) return;
  std::ofstream summary(path, std::ios::binary | std::ios::app);
  if (summary) summary << markdown;
  if (!summary)
    streams.err << "plancheck: " << say(streams.language, messages::kWarning)
                << say(streams.language, messages::kCannotAppendSummary, path, system_reason(errno))
                << "\n";
}

void print_ci_quota_report(const CommandOptions& options, const Workspace& workspace, const Evaluation& evaluation,
                           const std::vector<const Result*>& rows, ReportKind kind, const Summary& all,
                           Streams streams, Languages languages) {
  const Plan& plan = *workspace.plan;
  std::string run_name = kind == ReportKind::gaps ? "plancheck check" : "plancheck status";
  FailurePolicy policy = failure_policy(options);
  if (options.format == OutputFormat::junit) {
    JunitInputs inputs{files_read(options, workspace), workspace.diagnostics, options.quiet, languages};
    streams.out << junit_quota_report(run_name, plan, evaluation, rows, policy, inputs);
    return;
  }
  streams.out << github_diagnostic_commands(workspace.diagnostics, languages.messages);
  streams.out << github_quota_commands(plan, evaluation, rows, policy, languages.report);
  append_step_summary(github_quota_summary(run_name, plan, evaluation, rows, all, workspace.diagnostics, languages),
                      streams);
}

void print_ci_validation(const CommandOptions& options, const Workspace& workspace, Streams streams) {
  std::string run_name = "plancheck validate";
  // Only the files and their diagnostics: everything in the language of program messages.
  Languages languages = languages_for(options, workspace, streams);
  if (options.format == OutputFormat::junit) {
    JunitInputs inputs{files_read(options, workspace), workspace.diagnostics, options.quiet, languages};
    streams.out << junit_validation_report(run_name, inputs);
    return;
  }
  streams.out << github_diagnostic_commands(workspace.diagnostics, languages.messages);
  append_step_summary(github_validation_summary(run_name, options.plan_file, workspace.ledger.files.size(),
                                                workspace.ledger.entries.size(), workspace.diagnostics,
                                                languages.messages),
                      streams);
}

}  // namespace plancheck
