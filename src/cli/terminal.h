#pragma once

namespace plancheck {

// The width text tables are fitted to: COLUMNS when it is set to a positive number (also in
// pipes, so tests and scripts can ask for it), else the terminal's width when stdout is one;
// 0 (unlimited) otherwise, so that piped and redirected reports are never cut.
int report_columns(bool out_is_terminal);

// Whether a transient progress line may go to stderr: only on a terminal, never in CI (the
// CI environment variable is set by GitHub Actions, GitLab CI and most others).
bool progress_wanted(bool err_is_terminal);

}  // namespace plancheck
