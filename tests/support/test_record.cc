#include "support/test_record.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace plancheck::testing {

namespace {

void record(const char* kind, const std::string& name) {
  std::error_code ignored;
  std::filesystem::create_directories(PLANCHECK_TEST_RECORD, ignored);
  std::ofstream(PLANCHECK_TEST_RECORD "/" + std::to_string(::getpid()) + ".txt", std::ios::app)
      << kind << '\t' << name << '\n';
}

// Notes each test case as it starts; says nothing otherwise.
struct TestCaseRecorder : doctest::IReporter {
  explicit TestCaseRecorder(const doctest::ContextOptions&) {}
  void test_case_start(const doctest::TestCaseData& test) override { record("case", test.m_name); }
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

REGISTER_LISTENER("test-record", 1, TestCaseRecorder);

}  // namespace

void record_golden(const std::string& name) { record("golden", name); }

}  // namespace plancheck::testing
