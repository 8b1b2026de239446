// End-to-end: values from the plan and the ledger that hold control characters, escape sequences,
// bidirectional overrides or GitHub workflow commands reach neither the terminal nor a CI log as
// such, in the text reports and in the diagnostics on stderr (present/terminal_text.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

// A valid plan whose title, names and headings try to act on a terminal and on GitHub's log.
std::string write_hostile_plan(const TempFolder& folder) {
  folder.write("log/2022-02.yaml", "- date: 2022-02-10\n  activity: 党课\n  by: \"张三\\n::error file=plan.yaml,line=1::FORGED\"\n");
  return folder.write("plan.yaml", R"(plancheck: 1
plan:
  id: hostile
  title: "\e]0;pwned\a\e[2J标题"
  start: 2022-01-01
  end: 2022-12-31
roles: [书记]
activities:
  - id: 党课
    title: "讲党课\u202Eabc"
people:
  - name: "张三\n::error file=plan.yaml,line=1::FORGED"
    roles: [书记]
sections:
  - id: 一
    title: "::warning::FORGED section"
    items:
      - id: 1
        title: "学习\r\n::add-mask::secret\x9b31m"
        rules:
          - id: lecture
            activity: 党课
            each: 书记
            every: quarter
)");
}

// What may not be in text a terminal or a CI log shows: a control character but tab and line
// feed, a C1 character, a bidirectional override, a line that starts a workflow command.
void check_inert(const std::string& text, bool github_commands_allowed = false) {
  for (unsigned char c : text) {
    CAPTURE(static_cast<int>(c));
    CHECK((c >= 0x20 || c == '\n' || c == '\t'));
    CHECK(c != 0x7f);
  }
  CHECK(text.find("\xc2\x9b") == std::string::npos);
  CHECK(text.find("\u202E") == std::string::npos);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? text.size() : end + 1;
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || !line.substr(first).starts_with("::")) continue;
    CAPTURE(line);
    CHECK(github_commands_allowed);
    CHECK((line.starts_with("::error ") || line.starts_with("::warning ") || line.starts_with("::notice ")));
  }
}

}  // namespace

TEST_CASE("status, check and agenda as text show the plan's control characters escaped") {
  TempFolder folder;
  std::string plan = write_hostile_plan(folder);
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"status", plan, "--as-of", "2022-06-30"},
                                             {"check", plan, "--as-of", "2022-06-30"},
                                             {"agenda", plan, "--as-of", "2022-03-01", "--within", "60d"}}) {
    CAPTURE(command[0]);
    Run run = run_plancheck(command);
    CHECK(run.err == "");
    CHECK(run.out.starts_with("\\x1b]0;pwned\\x07\\x1b[2J标题\n"));
    CHECK(run.out.find("张三\\n::error file=plan.yaml,line=1::FORGED") != std::string::npos);
    CHECK(run.out.find("讲党课U+202Eabc") != std::string::npos);
    check_inert(run.out);
  }
  Run status = run_plancheck({"status", plan, "--as-of", "2022-06-30"});
  CHECK(status.out.find("\n一、::warning::FORGED section") != std::string::npos);  // not at a line's start
  CHECK(status.out.find("学习\\r\\n::add-mask::secretU+009B31m") != std::string::npos);
  // The JSON keeps the values as they are: it escapes them its own way.
  Run json = run_plancheck({"status", plan, "--as-of", "2022-06-30", "--format", "json"});
  CHECK(json.out.find("\"title\": \"\\u001b]0;pwned\\u0007\\u001b[2J标题\"") != std::string::npos);
}

TEST_CASE("check --format github: annotations only of plancheck's, values escaped") {
  TempFolder folder;
  std::string plan = write_hostile_plan(folder);
  Run run = run_plancheck({"check", plan, "--as-of", "2022-06-30", "--format", "github"});
  CHECK(run.out.starts_with("::notice file="));
  CHECK(run.out.find("title=进行中：张三\\n%3A%3Aerror file=plan.yaml%2Cline=1%3A%3AFORGED · ") != std::string::npos);
  CHECK(run.out.find("讲党课U+202Eabc") != std::string::npos);
  check_inert(run.out, true);
  check_inert(run.err);
}

TEST_CASE("diagnostics on stderr quote source lines and values with their control characters escaped") {
  TempFolder folder;
  std::string plan = write_hostile_plan(folder);
  // A raw escape sequence in a log file (YAML refuses it) and a name given by an escape.
  folder.write("log/2022-03.yaml", "- {date: 2022-03-10, activity: 党课, by: 张三\x1b[31m红}\n");
  folder.write("log/2022-04.yaml", "- date: 2022-04-10\n  activity: 党课\n  by: \"李四\\e]8;;http://x\\a\\n::error::FORGED\"\n");
  for (std::string format : {"text", "github"}) {
    CAPTURE(format);
    Run run = run_plancheck({"validate", plan, "--format", format});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("张三\\x1b[31m红") != std::string::npos);
    CHECK(run.err.find("李四\\x1b]8;;http://x\\x07\\n::error::FORGED") != std::string::npos);
    check_inert(run.err);
    check_inert(run.out, format == "github");
  }
}

TEST_CASE("the caret under a quoted line still points at its token after an override before it") {
  TempFolder folder;
  std::string plan = write_hostile_plan(folder);
  folder.write("log/2022-05.yaml", "- {date: 2022-05-10, activity: \"\u202E党课\", by: 张三, typo: 1}\n");
  Run run = run_plancheck({"validate", plan});
  CHECK(run.exit_code == 2);
  CAPTURE(run.err);
  CHECK(run.err.find(":1:47: error: unknown key 'typo' in entry\n"
                     " 1 | - {date: 2022-05-10, activity: \"U+202E党课\", by: 张三, typo: 1}\n"
                     "   |                                                        ^~~~\n") != std::string::npos);
}

TEST_CASE("a log file named like a workflow command starts no command on stderr") {
  TempFolder folder;
  write_hostile_plan(folder);
  std::string plan = read_file(folder / "plan.yaml");
  plan.replace(plan.find("  end: 2022-12-31\n"), 18, "  end: 2022-12-31\n  logs: [log, \"::error file=plan.yaml::FORGED.yaml\"]\n");
  folder.write("plan.yaml", plan);
  folder.write("::error file=plan.yaml::FORGED.yaml", "- {date: 2022-03-10, activity: 党课, by: 王五}\n");
  // Run in the plan's folder, as CI does: the log file's name then starts the diagnostic's line.
  Run run = run_plancheck({"validate", "plan.yaml"}, {.directory = folder.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err.starts_with("\\x3a:error file=plan.yaml::FORGED.yaml:1:40: error: unknown person or unit '王五'\n"));
  check_inert(run.err);
}
