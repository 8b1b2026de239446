// `plancheck schema`, and the JSON Schemas checked with a real validator (ajv-cli, installed into
// .tools/ by scripts/setup.sh) against every valid fixture and against invalid ones.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

namespace fs = std::filesystem;
using namespace plancheck::testing;

namespace {

const std::string kTools = PLANCHECK_SOURCE_DIR "/.tools";

// What ajv says of each file, checked against schema/KIND.schema.json: "valid", or the errors.
// The YAML is read as editors read it (YAML 1.2, tests/tools/yaml-to-json.cjs) and handed to
// ajv as JSON.
std::map<std::string, std::string> ajv_verdicts(const std::string& kind, const std::vector<std::string>& files) {
  REQUIRE_MESSAGE(fs::exists(kTools + "/node_modules/.bin/ajv"), "ajv-cli is missing: run scripts/setup.sh");
  TempFolder json;
  std::vector<std::string> convert{"node", "tests/tools/yaml-to-json.cjs", kTools, json.path().string()};
  convert.insert(convert.end(), files.begin(), files.end());
  Run converted = run_program(convert);
  INFO(converted.err);
  REQUIRE(converted.exit_code == 0);
  std::vector<std::string> validate{
      kTools + "/node_modules/.bin/ajv", "validate", "--allow-union-types", "--all-errors", "--errors=text", "-s",
      "schema/" + kind + ".schema.json"};
  for (std::size_t i = 0; i < files.size(); ++i)
    validate.insert(validate.end(), {"-d", json / (std::to_string(i) + ".json")});
  Run ajv = run_program(validate);
  // ajv prints "FILE valid" on stdout, and "FILE invalid" followed by a line of errors on stderr.
  std::map<std::string, std::string> verdicts;
  std::istringstream lines(ajv.out + ajv.err);
  std::string line;
  while (std::getline(lines, line)) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::string name = json / (std::to_string(i) + ".json");
      if (line == name + " valid") verdicts[files[i]] = "valid";
      if (line == name + " invalid" && std::getline(lines, line)) verdicts[files[i]] = line;
    }
  }
  return verdicts;
}

std::vector<std::string> yaml_files_in(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(PLANCHECK_SOURCE_DIR "/" + folder))
    files.push_back(folder + "/" + entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

// The second line of an invalid fixture: "# schema: WHAT AJV SAYS".
std::string expected_complaint(const std::string& file) {
  std::istringstream lines(read_file(PLANCHECK_SOURCE_DIR "/" + file));
  std::string line;
  std::getline(lines, line);
  std::getline(lines, line);
  REQUIRE(line.starts_with("# schema: "));
  return line.substr(10);
}

}  // namespace

TEST_CASE("plancheck schema prints the bytes of schema/*.schema.json") {
  std::string plan = read_file(PLANCHECK_SOURCE_DIR "/schema/plan.schema.json");
  std::string log = read_file(PLANCHECK_SOURCE_DIR "/schema/log.schema.json");
  REQUIRE(!plan.empty());
  Run plain = run_plancheck({"schema"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.err == "");
  CHECK(plain.out == plan);
  CHECK(run_plancheck({"schema", "plan"}).out == plan);
  CHECK(run_plancheck({"schema", "log"}).out == log);
  for (const auto& text : {plan, log}) {
    auto schema = nlohmann::json::parse(text);
    CHECK(schema["$schema"] == "http://json-schema.org/draft-07/schema#");
  }
}

TEST_CASE("plancheck schema with an unknown kind is a usage error") {
  Run run = run_plancheck({"schema", "plans"});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  CHECK(run.err ==
        "plancheck: error: KIND: plans is not one of {plan,log}\n  = help: run 'plancheck schema --help' to see how to use it\n");
}

TEST_CASE("the schemas accept every plan and log file that plancheck accepts") {
  std::vector<std::string> plans{"plans/fao-2022/plan.yaml"};
  for (const auto& entry : fs::directory_iterator(PLANCHECK_SOURCE_DIR "/tests/fixtures"))
    if (fs::exists(entry.path() / "plan.yaml"))
      plans.push_back("tests/fixtures/" + entry.path().filename().string() + "/plan.yaml");
  std::vector<std::string> valid_plans, logs;
  for (const auto& plan : plans) {
    auto report = nlohmann::json::parse(run_plancheck({"validate", plan, "--format", "json"}).out);
    if (!report["valid"].get<bool>()) continue;
    valid_plans.push_back(plan);
    for (std::size_t i = 1; i < report["files"].size(); ++i) logs.push_back(report["files"][i]);
  }
  for (const auto& expected : {"plans/fao-2022/plan.yaml", "tests/fixtures/every-form/plan.yaml",
                               "tests/fixtures/special-characters/plan.yaml"})
    CHECK(std::find(valid_plans.begin(), valid_plans.end(), expected) != valid_plans.end());
  CHECK(logs.size() >= 12 + 5 + 1);
  auto plan_verdicts = ajv_verdicts("plan", valid_plans);
  for (const auto& plan : valid_plans) {
    INFO(plan);
    CHECK(plan_verdicts[plan] == "valid");
  }
  auto log_verdicts = ajv_verdicts("log", logs);
  for (const auto& log : logs) {
    INFO(log);
    CHECK(log_verdicts[log] == "valid");
  }
}

TEST_CASE("the schemas reject invalid plans, as plancheck does, for the reason each fixture names") {
  auto plans = yaml_files_in("tests/fixtures/schema-invalid/plans");
  REQUIRE(plans.size() >= 10);
  auto verdicts = ajv_verdicts("plan", plans);
  for (const auto& plan : plans) {
    INFO(plan);
    CHECK(verdicts[plan].find(expected_complaint(plan)) != std::string::npos);
    CHECK(run_plancheck({"validate", plan}).exit_code == 2);
  }
}

TEST_CASE("the schemas reject invalid log files, as plancheck does, for the reason each fixture names") {
  auto logs = yaml_files_in("tests/fixtures/schema-invalid/logs");
  REQUIRE(logs.size() >= 5);
  auto verdicts = ajv_verdicts("log", logs);
  auto report = nlohmann::json::parse(
      run_plancheck({"validate", "tests/fixtures/schema-invalid/plan.yaml", "--format", "json"}).out);
  for (const auto& log : logs) {
    INFO(log);
    CHECK(verdicts[log].find(expected_complaint(log)) != std::string::npos);
    auto error_here = std::find_if(report["diagnostics"].begin(), report["diagnostics"].end(), [&](const auto& d) {
      return d["file"] == log && d["severity"] == "error";
    });
    CHECK(error_here != report["diagnostics"].end());
  }
}
