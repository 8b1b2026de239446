#pragma once

#include <iosfwd>
#include <string>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The report as JUnit XML, as GitLab CI (artifacts:reports:junit) and Jenkins read it. check and
// status: one <testsuite> per plan section, one <testcase> per quota in scope (rule × subject ×
// period; with --quiet only the failing ones): <failure> for what the policy fails, <skipped> for
// upcoming quotas, passed otherwise; when there are diagnostics, a suite of the input files comes
// first. validate, and any report whose inputs have errors: that suite alone — a passing case per
// file without errors, a failing case per error (with its file and line), warnings in the suite's
// <system-out>.
void render_junit(const Report& report, const RenderOptions& options, std::ostream& out);

// "2 突出理论武装铸魂 · lecture-by-leaders · 张三 · 2022年"
std::string junit_case_name(const Result& result, Language language);

}  // namespace plancheck
