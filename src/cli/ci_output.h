#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "evaluate/evaluate.h"
#include "present/failure_policy.h"
#include "present/text_report.h"
#include "read/workspace.h"

namespace plancheck {

// check, status and validate in the formats CI systems read: JUnit XML (--format junit) and
// GitHub Actions workflow commands (--format github), which also append a Markdown summary to
// the file named by GITHUB_STEP_SUMMARY when it is set.

bool is_ci_format(OutputFormat format);

FailurePolicy failure_policy(const CommandOptions& options);

// The rows of check or status; `all` summarises every result.
void print_ci_quota_report(const CommandOptions& options, const Workspace& workspace, const Evaluation& evaluation,
                           const std::vector<const Result*>& rows, ReportKind kind, const Summary& all,
                           Streams streams, Languages languages);

// What validate found; also what check and status print when the files are invalid.
void print_ci_validation(const CommandOptions& options, const Workspace& workspace, Streams streams);

// Appends to the file named by GITHUB_STEP_SUMMARY, if set; a failure is a warning on `err`.
void append_step_summary(const std::string& markdown, Streams streams);

}  // namespace plancheck
