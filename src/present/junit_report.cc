#include "present/junit_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "messages/program.h"
#include "messages/report.h"
#include "present/diagnostic_printer.h"
#include "present/labels.h"
#include "present/xml_escape.h"

namespace plancheck {

namespace {


enum class Outcome { passed, failed, skipped };

struct TestCase {
  std::string name{};
  std::string classname{};
  std::string file{};
  int line = 0;
  Outcome outcome = Outcome::passed;
  std::string type{};     // failed: what kind of failure
  std::string message{};  // failed or skipped: one line
  std::string details{};  // failed: the failure's text
  std::string output{};   // <system-out>
};

struct TestSuite {
  std::string name;
  std::vector<TestCase> cases;
  std::string output;  // <system-out>
};

struct Counts {
  std::size_t tests = 0, failures = 0, skipped = 0;

  void add(const TestSuite& suite) {
    for (const auto& test : suite.cases) {
      ++tests;
      failures += test.outcome == Outcome::failed;
      skipped += test.outcome == Outcome::skipped;
    }
  }
};

std::string count_attributes(const Counts& counts) {
  return fmt::format("tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\"", counts.tests, counts.failures,
                     counts.skipped);
}

void write_case(const TestCase& test, std::string& out) {
  out += fmt::format("    <testcase name=\"{}\" classname=\"{}\"", xml_escape(test.name), xml_escape(test.classname));
  if (!test.file.empty()) out += fmt::format(" file=\"{}\"", xml_escape(test.file));
  if (test.line > 0) out += fmt::format(" line=\"{}\"", test.line);
  if (test.outcome == Outcome::passed && test.output.empty()) {
    out += "/>\n";
    return;
  }
  out += ">\n";
  if (test.outcome == Outcome::failed)
    out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml_escape(test.type),
                       xml_escape(test.message), xml_escape_text(test.details));
  if (test.outcome == Outcome::skipped) out += fmt::format("      <skipped message=\"{}\"/>\n", xml_escape(test.message));
  if (!test.output.empty()) out += fmt::format("      <system-out>{}</system-out>\n", xml_escape_text(test.output));
  out += "    </testcase>\n";
}

std::string write_report(std::string_view run_name, const std::vector<TestSuite>& suites) {
  Counts total;
  for (const auto& suite : suites) total.add(suite);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"{}\" {}>\n", xml_escape(run_name), count_attributes(total));
  for (const auto& suite : suites) {
    Counts counts;
    counts.add(suite);
    out += fmt::format("  <testsuite name=\"{}\" {}>\n", xml_escape(suite.name), count_attributes(counts));
    for (const auto& test : suite.cases) write_case(test, out);
    if (!suite.output.empty()) out += fmt::format("    <system-out>{}</system-out>\n", xml_escape_text(suite.output));
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

TestCase error_case(const Diagnostic& diagnostic, Language language) {
  std::string where = diagnostic.file;
  if (diagnostic.line > 0) where += fmt::format(":{}", diagnostic.line);
  if (diagnostic.line > 0 && diagnostic.column > 0) where += fmt::format(":{}", diagnostic.column);
  return TestCase{.name = where + ": " + diagnostic.message.in(language),
                  .classname = diagnostic.file,
                  .file = diagnostic.file,
                  .line = diagnostic.line,
                  .outcome = Outcome::failed,
                  .type = "error",
                  .message = diagnostic.message.in(language),
                  .details = format_diagnostic(diagnostic, "", Style{}, language)};
}

TestSuite input_suite(const JunitInputs& inputs) {
  std::vector<std::string> files = inputs.files;
  for (const auto& diagnostic : inputs.diagnostics)
    if (std::find(files.begin(), files.end(), diagnostic.file) == files.end()) files.push_back(diagnostic.file);
  TestSuite suite{say(inputs.languages.messages, messages::kInputSuite), {}, {}};
  for (const auto& file : files) {
    bool has_error = false;
    for (const auto& diagnostic : inputs.diagnostics) {
      if (diagnostic.file != file) continue;
      if (diagnostic.severity == Severity::error) {
        suite.cases.push_back(error_case(diagnostic, inputs.languages.messages));
        has_error = true;
      } else {
        suite.output += format_diagnostic(diagnostic, "", Style{}, inputs.languages.messages);
      }
    }
    if (!has_error && !inputs.only_problems) suite.cases.push_back(TestCase{.name = file, .classname = file, .file = file});
  }
  return suite;
}

TestCase result_case(const Plan& plan, const Result& result, Date as_of, const FailurePolicy& policy,
                     Language language) {
  TestCase test{.name = junit_case_name(result, language),
                .classname = section_heading(*result.section),
                .file = plan.file,
                .line = result.rule->position.line};
  std::string standing = result_standing(result, as_of, language);
  if (policy.fails(result)) {
    test.outcome = Outcome::failed;
    test.type = status_key(result.status);
    test.message = standing;
    test.details = say(language, messages::kJunitDetails, standing, requirement_text(*result.rule, language),
                       result.rule->id, plan.file, result.rule->position.line);
  } else if (result.status == Status::upcoming) {
    test.outcome = Outcome::skipped;
    test.message = standing;
  } else if (result.status != Status::met) {
    test.output = standing;
  }
  return test;
}

}  // namespace

std::string junit_case_name(const Result& result, Language language) {
  const Item& item = *result.item;
  std::string item_name = item.title.empty() ? item.id : item.id + " " + item.title;
  return fmt::format("{} · {} · {} · {}", item_name, result.rule->id, result.subject, period_label(result.period, language));
}

std::string junit_quota_report(std::string_view run_name, const Plan& plan, const Evaluation& evaluation,
                               const std::vector<const Result*>& rows, const FailurePolicy& policy,
                               const JunitInputs& inputs) {
  std::vector<TestSuite> suites;
  if (!inputs.diagnostics.empty()) suites.push_back(input_suite(inputs));
  const Section* section = nullptr;  // rows come grouped by section
  for (const Result* result : rows) {
    if (result->section != section) {
      section = result->section;
      suites.push_back(TestSuite{section_heading(*section), {}, {}});
    }
    suites.back().cases.push_back(result_case(plan, *result, evaluation.as_of, policy, inputs.languages.report));
  }
  return write_report(run_name, suites);
}

std::string junit_validation_report(std::string_view run_name, const JunitInputs& inputs) {
  return write_report(run_name, {input_suite(inputs)});
}

}  // namespace plancheck
