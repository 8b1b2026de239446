// The examples in examples/ci: the pre-commit hook on a scratch git repository, and the shell
// commands of the GitHub Actions workflow and the GitLab CI job on the bundled plan.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "support/files.h"
#include "support/launch.h"
#include "support/shell.h"
#include "support/temp_folder.h"
#include "read/yaml_tree.h"

namespace fs = std::filesystem;
using plancheck::YamlNode;
using namespace plancheck::testing;

namespace {

const std::string kBuildFolder = fs::path(PLANCHECK_BINARY).parent_path().string();

// A git repository holding a copy of the bundled plan, with the hook installed.
struct PlanRepository {
  TempFolder folder;
  std::string root = folder / "office";

  // The plan is copied into `plan_folder` inside the repository ("" for its top).
  explicit PlanRepository(const std::string& plan_folder = "") {
    fs::create_directories(root);
    fs::copy(PLANCHECK_SOURCE_DIR "/plans/fao-2022", root + "/" + plan_folder, fs::copy_options::recursive);
    REQUIRE(git({"init", "-q"}).exit_code == 0);
    fs::copy_file(PLANCHECK_SOURCE_DIR "/examples/ci/pre-commit", root + "/.git/hooks/pre-commit");
  }

  // Runs git in the repository, the hook finding plancheck at `plancheck`.
  Run git(const std::vector<std::string>& arguments, const std::string& plancheck = PLANCHECK_BINARY,
          const std::string& lang = "C.UTF-8") const {
    std::vector<std::string> command{"git", "-c", "user.name=plancheck", "-c", "user.email=plancheck@example.org",
                                     "-c", "core.hooksPath=.git/hooks", "-c", "commit.gpgsign=false"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return run_program(command, {.environment = {{"PLANCHECK", plancheck}, {"LANG", lang}}, .directory = root});
  }

  void append(const std::string& file, const std::string& text) const {
    std::ofstream(root + "/" + file, std::ios::app) << text;
  }
};

const char* kBadEntry = "- date: 2022-13-01\n  activity: 党课\n  by: 陈立新\n";

YamlNode read_yaml(const std::string& file) {
  plancheck::Diagnostics diagnostics;
  auto root = plancheck::parse_yaml(read_file(PLANCHECK_SOURCE_DIR "/" + file), file, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(root);
  return *root;
}

// `export NAME='value'` for each entry of a mapping of variables, then PLAN and PATH for this test.
std::string exports(const YamlNode& variables, const std::string& plan) {
  std::string out;
  for (std::size_t i = 0; i < variables.pair_count(); ++i)
    out += "export " + variables.key(i).value + "=" + shell_quote(variables.value_at(i).value) + "\n";
  return out + "export PLAN=" + shell_quote(plan) + " PATH=" + shell_quote(kBuildFolder) + ":\"$PATH\"\n";
}

// Runs each command in `folder` after `prelude`; returns the exit codes.
std::vector<int> run_each(const std::vector<std::string>& commands, const std::string& prelude, const TempFolder& folder) {
  std::vector<int> codes;
  for (const auto& command : commands) {
    Run run = run_shell(prelude + command, {.directory = folder.path()});
    INFO(command << "\n" << run.err);
    codes.push_back(run.exit_code);
  }
  return codes;
}

nlohmann::json junit_counts(const std::string& file) {
  Run parsed = run_program({"python3", "tests/tools/junit_summary.py", file});
  REQUIRE(parsed.exit_code == 0);
  auto report = nlohmann::json::parse(parsed.out);
  CHECK(report["declared"] == report["counted"]);
  return report["declared"];
}

// The item rows of a dashboard page, read by python3's HTML parser.
int dashboard_rows(const std::string& file) {
  Run parsed = run_program({"python3", "tests/tools/html_facts.py", file});
  REQUIRE(parsed.exit_code == 0);
  int rows = 0;
  nlohmann::json facts = nlohmann::json::parse(parsed.out);
  for (const auto& row : facts["rows"]) rows += !row["in_gaps"].get<bool>();
  return rows;
}

std::vector<std::string> github_plancheck_steps(const YamlNode& workflow) {
  std::vector<std::string> commands;
  for (const auto& step : workflow.find("jobs")->find("plancheck")->find("steps")->children)
    if (const YamlNode* run = step.find("run"); run && run->value.starts_with("plancheck "))
      commands.push_back(run->value);
  return commands;
}

std::vector<std::string> values(const YamlNode* list) {
  std::vector<std::string> out;
  for (const auto& child : list->children) out.push_back(child.value);
  return out;
}

}  // namespace

TEST_CASE("pre-commit hook: a valid commit passes, an invalid one is refused") {
  PlanRepository repository;
  REQUIRE(repository.git({"add", "-A"}).exit_code == 0);
  Run good = repository.git({"commit", "-q", "-m", "the plan"});
  INFO(good.err);
  CHECK(good.exit_code == 0);
  CHECK(good.err == "");

  repository.append("log/2022-03.yaml", kBadEntry);
  REQUIRE(repository.git({"add", "log/2022-03.yaml"}).exit_code == 0);
  Run bad = repository.git({"commit", "-q", "-m", "a bad date"});
  CHECK(bad.exit_code != 0);
  CHECK(bad.err.find("log/2022-03.yaml:") != std::string::npos);
  CHECK(bad.err.find("error: 'date' is not a real date: 2022-13-01 (there is no month 13)") != std::string::npos);
  CHECK(bad.err.ends_with("pre-commit: commit refused: fix the problems above, then stage the files again\n"));
  CHECK(repository.git({"log", "--oneline"}).out.find("a bad date") == std::string::npos);
}

TEST_CASE("pre-commit hook: a plan in a folder with a Chinese name and a space, messages in Chinese") {
  PlanRepository repository("机关党委 2022");
  REQUIRE(repository.git({"add", "-A"}).exit_code == 0);
  Run good = repository.git({"commit", "-q", "-m", "the plan"}, PLANCHECK_BINARY, "zh_CN.UTF-8");
  INFO(good.err);
  CHECK(good.exit_code == 0);
  CHECK(good.err == "");
  repository.append("机关党委 2022/log/2022-03.yaml", kBadEntry);
  REQUIRE(repository.git({"add", "-A"}).exit_code == 0);
  Run bad = repository.git({"commit", "-q", "-m", "a bad date"}, PLANCHECK_BINARY, "zh_CN.UTF-8");
  CHECK(bad.exit_code != 0);
  CHECK(bad.err.find("机关党委 2022/log/2022-03.yaml:") != std::string::npos);
  CHECK(bad.err.ends_with("pre-commit：提交未完成：请改正上面列出的问题，再重新 git add 这些文件\n"));
}

TEST_CASE("pre-commit hook: it checks what is staged, not the working tree") {
  PlanRepository repository;
  REQUIRE(repository.git({"add", "-A"}).exit_code == 0);
  REQUIRE(repository.git({"commit", "-q", "-m", "the plan"}).exit_code == 0);
  repository.append("log/2022-03.yaml", kBadEntry);  // broken, but not staged
  repository.append("log/2022-04.yaml", "# 已核对\n");
  REQUIRE(repository.git({"add", "log/2022-04.yaml"}).exit_code == 0);
  CHECK(repository.git({"commit", "-q", "-m", "a note"}).exit_code == 0);
}

TEST_CASE("pre-commit hook: configured plans, and plancheck missing") {
  PlanRepository repository;
  REQUIRE(repository.git({"add", "-A"}).exit_code == 0);
  REQUIRE(repository.git({"config", "--add", "plancheck.plans", "elsewhere/plan.yaml"}).exit_code == 0);
  Run missing_plan = repository.git({"commit", "-q", "-m", "the plan"});
  CHECK(missing_plan.exit_code != 0);
  CHECK(missing_plan.err.starts_with("pre-commit: elsewhere/plan.yaml (listed in git config plancheck.plans) is not "
                                     "in the commit: git add it, or remove it with git config --unset-all "
                                     "plancheck.plans\n"));
  REQUIRE(repository.git({"config", "--unset-all", "plancheck.plans"}).exit_code == 0);
  Run no_program = repository.git({"commit", "-q", "-m", "the plan"}, "/nonexistent/plancheck");
  CHECK(no_program.exit_code != 0);
  CHECK(no_program.err ==
        "pre-commit: cannot run '/nonexistent/plancheck': install plancheck, or set PLANCHECK to its path\n");
}

TEST_CASE("GitHub Actions example: its plancheck steps pass on the bundled plan and write a JUnit report") {
  YamlNode workflow = read_yaml("examples/ci/github-actions.yml");
  auto commands = github_plancheck_steps(workflow);
  REQUIRE(commands.size() == 4);
  CHECK(commands[0].starts_with("plancheck validate "));
  CHECK(commands[3].find("--format html -o 看板.html") != std::string::npos);
  TempFolder folder;
  std::string prelude = exports(*workflow.find("env"), PLANCHECK_SOURCE_DIR "/plans/fao-2022/plan.yaml") +
                        "export GITHUB_STEP_SUMMARY=" + shell_quote(folder / "summary.md") + "\n";
  CHECK(run_each(commands, prelude, folder) == std::vector<int>{0, 0, 0, 0});
  CHECK(read_file(folder / "summary.md").find("## plancheck check：2022年市外办机关党建工作要点") != std::string::npos);
  auto counts = junit_counts(folder / "plancheck-junit.xml");
  CHECK(counts["tests"].get<int>() > 150);
  CHECK(counts["failures"].get<int>() > 0);  // 2022 is over: the quotas left open are overdue now
  CHECK(dashboard_rows(folder / "看板.html") == counts["tests"].get<int>() - counts["skipped"].get<int>());

  TempFolder broken;
  std::string broken_prelude = exports(*workflow.find("env"), PLANCHECK_SOURCE_DIR "/tests/fixtures/broken/plan.yaml");
  CHECK(run_each(commands, broken_prelude, broken) == std::vector<int>{2, 2, 2, 2});
  CHECK_FALSE(fs::exists(broken / "看板.html"));
  CHECK(junit_counts(broken / "plancheck-junit.xml")["failures"] == 6);
}

TEST_CASE("GitLab CI example: validate, then check, gaps only warn, the JUnit report is written") {
  YamlNode pipeline = read_yaml("examples/ci/.gitlab-ci.yml");
  const YamlNode& job = *pipeline.find("plancheck");
  CHECK(job.find("artifacts")->find("reports")->find("junit")->value == "plancheck-junit.xml");
  std::vector<int> allowed;
  for (const auto& code : job.find("allow_failure")->find("exit_codes")->children) allowed.push_back(std::stoi(code.value));
  CHECK(allowed == std::vector<int>{1});
  auto script = values(job.find("script"));
  REQUIRE(script.size() == 2);
  CHECK(script[0].starts_with("plancheck validate "));
  CHECK(script[1].starts_with("plancheck check "));

  TempFolder folder;
  std::string prelude = exports(*job.find("variables"), PLANCHECK_SOURCE_DIR "/plans/fao-2022/plan.yaml");
  // The bundled plan is valid; its year is over with quotas left undone: exit 1, a warning.
  CHECK(run_each(script, prelude, folder) == std::vector<int>{0, 1});
  CHECK(run_each(values(job.find("after_script")), prelude, folder) == std::vector<int>{0});
  CHECK(junit_counts(folder / "plancheck-junit.xml")["tests"].get<int>() > 150);

  TempFolder broken;
  std::string broken_prelude = exports(*job.find("variables"), PLANCHECK_SOURCE_DIR "/tests/fixtures/broken/plan.yaml");
  CHECK(run_each(script, broken_prelude, broken)[0] == 2);
  run_each(values(job.find("after_script")), broken_prelude, broken);
  CHECK(junit_counts(broken / "plancheck-junit.xml")["failures"] == 6);
}

TEST_CASE("GitLab CI example: the pages job publishes the dashboard as public/index.html") {
  YamlNode pipeline = read_yaml("examples/ci/.gitlab-ci.yml");
  const YamlNode& job = *pipeline.find("pages");
  CHECK(values(job.find("artifacts")->find("paths")) == std::vector<std::string>{"public"});
  TempFolder folder;
  std::string prelude = exports(*job.find("variables"), PLANCHECK_SOURCE_DIR "/plans/fao-2022/plan.yaml");
  CHECK(run_each(values(job.find("script")), prelude, folder) == std::vector<int>{0, 0});
  CHECK(dashboard_rows(folder / "public/index.html") > 150);
}
