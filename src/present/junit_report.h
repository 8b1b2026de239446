#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "evaluate/evaluate.h"
#include "model/diagnostic.h"
#include "model/plan.h"
#include "present/failure_policy.h"

namespace plancheck {

// What a JUnit report covers besides the quotas: the files read and what was wrong with them.
struct JunitInputs {
  std::vector<std::string> files;  // the plan file, then every log file
  const Diagnostics& diagnostics;
  bool only_problems = false;  // --quiet: leave out the cases of files without errors
  Languages languages;  // the quotas' words and the diagnostics'
};

// JUnit XML as GitLab CI (artifacts:reports:junit) and Jenkins read it. One <testsuite> per
// plan section that has rows, one <testcase> per row (rule × subject × period): <failure> for
// what `policy` fails, <skipped> for upcoming quotas, passed otherwise. When there are
// diagnostics, a suite of the input files comes first (see junit_validation_report).
std::string junit_quota_report(std::string_view run_name, const Plan& plan, const Evaluation& evaluation,
                               const std::vector<const Result*>& rows, const FailurePolicy& policy,
                               const JunitInputs& inputs);

// The input files as one suite: a passing case per file without errors, a failing case per
// error (with its file and line); warnings go to the suite's <system-out>.
std::string junit_validation_report(std::string_view run_name, const JunitInputs& inputs);

// "2 突出理论武装铸魂 · lecture-by-leaders · 张三 · 2022年"
std::string junit_case_name(const Result& result, Language language);

}  // namespace plancheck
