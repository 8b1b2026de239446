#include "present/junit_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "present/diagnostic_printer.h"
#include "present/labels.h"
#include "present/output_messages.h"
#include "present/report_messages.h"
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
                  .details = format_diagnostic(diagnostic, Style{}, language, LineQuote::left_out)};
}

TestSuite input_suite(const Report& report, Language language) {
  std::vector<std::string> files = report.inputs->files_read();
  const Diagnostics& diagnostics = report.diagnostics();
  for (const auto& diagnostic : diagnostics)
    if (std::find(files.begin(), files.end(), diagnostic.file) == files.end()) files.push_back(diagnostic.file);
  TestSuite suite{say(language, messages::kInputSuite), {}, {}};
  for (const auto& file : files) {
    bool has_error = false;
    for (const auto& diagnostic : diagnostics) {
      if (diagnostic.file != file) continue;
      if (diagnostic.severity == Severity::error) {
        suite.cases.push_back(error_case(diagnostic, language));
        has_error = true;
      } else {
        suite.output += format_diagnostic(diagnostic, Style{}, language, LineQuote::left_out);
      }
    }
    if (!has_error && !report.only_failures) suite.cases.push_back(TestCase{.name = file, .classname = file, .file = file});
  }
  return suite;
}

TestCase result_case(const Plan& plan, const Result& result, const FailurePolicy& policy, Language language) {
  TestCase test{.name = junit_case_name(result, language),
                .classname = section_heading(*result.section),
                .file = plan.file,
                .line = result.rule->position.line};
  std::string standing = result_standing(result, language);
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

std::vector<TestSuite> quota_suites(const Report& report, const RenderOptions& options) {
  std::vector<TestSuite> suites;
  if (!report.diagnostics().empty()) suites.push_back(input_suite(report, options.languages.messages));
  const Section* section = nullptr;  // the scope comes grouped by section
  for (const Result* result : report.scope) {
    if (report.only_failures && !report.policy.fails(*result)) continue;
    if (result->section != section) {
      section = result->section;
      suites.push_back(TestSuite{section_heading(*section), {}, {}});
    }
    suites.back().cases.push_back(result_case(report.plan(), *result, report.policy, options.languages.report));
  }
  return suites;
}

std::string_view run_name(const Report& report) {
  if (!report.evaluation) return "plancheck validate";
  return report.kind == ReportKind::gaps ? "plancheck check" : "plancheck status";
}

}  // namespace

std::string junit_case_name(const Result& result, Language language) {
  const Item& item = *result.item;
  std::string item_name = item.title.empty() ? item.id : item.id + " " + item.title;
  return fmt::format("{} · {} · {} · {}", item_name, result.rule->id, result.subject, period_label(result.period, language));
}

void render_junit(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (!report.evaluation)
    out << write_report(run_name(report), {input_suite(report, options.languages.messages)});
  else
    out << write_report(run_name(report), quota_suites(report, options));
}

}  // namespace plancheck
