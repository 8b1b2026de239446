// Shell completion: the hidden `plancheck complete` and completions/plancheck.bash in a real bash.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "cli/completion.h"
#include "support/launch.h"
#include "support/shell.h"

using namespace plancheck::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// What `plancheck complete` offers after `words` (the last one being completed), checking that
// it never fails nor says anything on stderr.
std::vector<std::string> candidates(const std::vector<std::string>& words, const std::string& shell = "bash") {
  std::vector<std::string> arguments{"complete", "--shell", shell, "--"};
  arguments.insert(arguments.end(), words.begin(), words.end());
  Run run = run_plancheck(arguments);
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  return lines_of(run.out);
}

bool has(const std::vector<std::string>& lines, const std::string& wanted) {
  return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

// Runs the completion function of completions/plancheck.bash as bash would on a Tab: COMP_WORDS
// are the program (the built one) and `words`, the cursor being on the last.
std::vector<std::string> bash_completion(const std::string& words) {
  std::string script = "source completions/plancheck.bash; COMP_WORDS=(" + shell_quote(PLANCHECK_BINARY) + " " +
                       words + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _plancheck; " +
                       "printf '%s\\n' \"${COMPREPLY[@]}\"";
  Run run = run_program({"bash", "--norc", "-c", script});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  std::vector<std::string> lines = lines_of(run.out);
  if (lines.size() == 1 && lines[0].empty()) lines.clear();
  return lines;
}

}  // namespace

TEST_CASE("complete: command names, from the program's own commands, the hidden one left out") {
  auto all = candidates({""});
  for (const char* command : {"check", "status", "validate", "render", "log", "init", "schema"}) CHECK(has(all, command));
  CHECK_FALSE(has(all, "complete"));
  CHECK(candidates({"ch"}) == std::vector<std::string>{"check"});
  CHECK(candidates({"--color", "never", "va"}) == std::vector<std::string>{"validate"});
  CHECK(run_plancheck({"--help"}).out.find("complete") == std::string::npos);
}

TEST_CASE("complete: the options of check, once each unless repeatable") {
  auto options = candidates({"check", kSeed, "--"});
  for (const char* option : {"--as-of", "--who", "--item", "--format", "--fail-on", "--quiet", "--color", "--all-diagnostics", "--help"})
    CHECK(has(options, option));
  CHECK_FALSE(has(options, "--activity"));
  CHECK(candidates({"check", kSeed, ""}) == options);  // nothing else can come: options on an empty word
  CHECK(candidates({"check", kSeed, "--fa"}) == std::vector<std::string>{"--fail-on"});
  CHECK_FALSE(has(candidates({"check", kSeed, "--who", "刘振华", "--"}), "--who"));
  CHECK(has(candidates({"log", kSeed, "--by", "刘振华", "--"}), "--by"));
  CHECK(candidates({"check", kSeed, "-q"}) == std::vector<std::string>{"-q"});
}

TEST_CASE("complete: --who and --by offer the plan's people and units") {
  auto who = candidates({"check", kSeed, "--who", ""});
  CHECK(who.size() == 21);  // 10 people, 11 units (5 of them 党小组)
  CHECK(has(who, "陈立新"));
  CHECK(has(who, "第一支部"));
  CHECK(candidates({"status", kSeed, "--who", "刘"}) == std::vector<std::string>{"刘振华"});
  CHECK(candidates({"check", kSeed, "--who=刘"}) == std::vector<std::string>{"--who=刘振华"});
  CHECK(candidates({"log", kSeed, "--activity", "党课", "--by", "第"}) ==
        (std::vector<std::string>{"第一支部", "第二支部", "第三支部", "第一支部第一党小组", "第一支部第二党小组",
                                  "第二支部第一党小组", "第二支部第二党小组", "第三支部党小组"}));
  CHECK(candidates({"status", kSeed, "--who", "刘"}, "zsh") == std::vector<std::string>{"刘振华:班子成员"});
}

TEST_CASE("complete: --activity, --item and --month offer the plan's activities, items and months") {
  CHECK(candidates({"log", kSeed, "--activity", "民主"}) == std::vector<std::string>{"民主评议党员", "民主生活会"});
  CHECK(candidates({"log", kSeed, "--activity", ""}).size() == 24);
  CHECK(candidates({"check", kSeed, "--item", "1"}) == std::vector<std::string>{"1", "10", "11", "12"});
  CHECK(candidates({"render", kSeed, "--month", "2022-1"}) ==
        std::vector<std::string>{"2022-10", "2022-11", "2022-12"});
  CHECK(candidates({"log", kSeed, "--activity", "支委"}, "zsh") == std::vector<std::string>{"支委会:支部委员会会议"});
}

TEST_CASE("complete: without PLAN, the plan's names come from the plan the command would find") {
  // The nearest plan.yaml above the working folder, as `plancheck log --by …` itself finds it.
  Run below = run_plancheck({"complete", "--", "log", "--by", "刘"},
                            {.directory = std::string(PLANCHECK_SOURCE_DIR) + "/plans/fao-2022/log"});
  CHECK(below.exit_code == 0);
  CHECK(below.err == "");
  CHECK(lines_of(below.out) == std::vector<std::string>{"刘振华"});
  // PLANCHECK_PLAN first; a named plan before either.
  Run variable =
      run_plancheck({"complete", "--", "check", "--who", "刘"}, {.environment = {{"PLANCHECK_PLAN", kSeed}}});
  CHECK(lines_of(variable.out) == std::vector<std::string>{"刘振华"});
  CHECK(candidates({"check", "--who", "刘"}) == std::vector<std::string>{});  // the project's root holds no plan.yaml
}

TEST_CASE("complete: --for offers the year before the plan and the plan's years, halves and quarters") {
  CHECK(candidates({"log", kSeed, "--for", ""}) ==
        std::vector<std::string>{"2021", "2022", "2022-H1", "2022-H2", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"});
  CHECK(candidates({"log", kSeed, "--for", "2022-H"}) == std::vector<std::string>{"2022-H1", "2022-H2"});
}

TEST_CASE("complete: choices of an option or positional, as the program declares them") {
  CHECK(candidates({"check", kSeed, "--format", "j"}) == std::vector<std::string>{"json", "junit"});
  CHECK(candidates({"agenda", kSeed, "--format", "h"}) == std::vector<std::string>{"html"});
  CHECK(candidates({"validate", kSeed, "--format", "h"}).empty());  // validate has no page
  CHECK(candidates({"check", kSeed, "--fail-on", ""}) == std::vector<std::string>{"never", "open", "overdue"});
  CHECK(candidates({"--color", "a"}) == std::vector<std::string>{"always", "auto"});
  CHECK(candidates({"schema", ""}) == std::vector<std::string>{"plan", "log"});
}

TEST_CASE("complete: paths are left to the shell") {
  CHECK(candidates({"check", ""}) == std::vector<std::string>{"::yaml"});
  CHECK(candidates({"init", ""}) == std::vector<std::string>{"::dirs"});
  CHECK(candidates({"render", kSeed, "-t", ""}) == std::vector<std::string>{"::files"});
  CHECK(candidates({"log", kSeed, "--file", ""}) == std::vector<std::string>{"::yaml"});
  CHECK(candidates({"init", "fao-2023", "--from", ""}) == std::vector<std::string>{"::yaml"});
  CHECK(candidates({"import", kSeed, "--map", ""}) == std::vector<std::string>{"::files"});
}

TEST_CASE("complete: a missing or broken plan gives no names and no message") {
  CHECK(candidates({"check", "no-such-plan.yaml", "--who", ""}).empty());
  CHECK(candidates({"check", "README.md", "--who", ""}).empty());
  CHECK(candidates({"check", "tests", "--who", ""}).empty());
  CHECK(candidates({"log", kSeed, "--title", ""}).empty());
  CHECK(candidates({"nonsense", "--"}).empty());
}

TEST_CASE("bash: completions/plancheck.bash completes commands, options and the plan's names") {
  CHECK(bash_completion("ch") == std::vector<std::string>{"check"});
  CHECK(has(bash_completion("check " + kSeed + " --"), "--fail-on"));
  CHECK(bash_completion("check " + kSeed + " --who 刘") == std::vector<std::string>{"刘振华"});
  CHECK(bash_completion("log " + kSeed + " --activity 民主") == std::vector<std::string>{"民主评议党员", "民主生活会"});
  // Bash splits `--who=刘` at the '=' and readline replaces only the text after it.
  CHECK(bash_completion("check " + kSeed + " --who = 刘") == std::vector<std::string>{"刘振华"});
  CHECK(bash_completion("check " + kSeed + " --format =") ==
        std::vector<std::string>{"csv", "github", "html", "json", "junit", "text"});
  CHECK(bash_completion("check plans/fao-2022/pl") == std::vector<std::string>{kSeed});
  CHECK(bash_completion("render " + kSeed + " --template templates/month") ==
        std::vector<std::string>{"templates/monthly-briefing.md.mustache"});
}

TEST_CASE("every command's --help ends with a worked example") {
  for (const auto& command : candidates({""})) {
    CAPTURE(command);
    Run help = run_plancheck({command, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("\nExample:\n  plancheck " + command + " ") != std::string::npos);
  }
}
