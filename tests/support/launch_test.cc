// The launcher itself: arguments reach the program as they are, and the environment, working
// directory, stdin and exit status are what the test asked for.
#include "support/launch.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <stdlib.h>

#include <filesystem>

using namespace plancheck::testing;

TEST_CASE("launcher: each argument arrives whole, with no shell to split or expand it") {
  Run run = run_program({"printf", "[%s]\\n", "two words", "", "'quoted'", "$HOME", "*", "a;b|c"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "[two words]\n[]\n['quoted']\n[$HOME]\n[*]\n[a;b|c]\n");
  CHECK(run.err == "");
}

TEST_CASE("launcher: plancheck's variables are left out unless asked for, others pass through") {
  ::setenv("LANG", "zh_CN.UTF-8", 1);
  ::setenv("COLUMNS", "33", 1);
  ::setenv("PLANCHECK_LAUNCH_TEST", "kept", 1);
  Run run = run_program({"env"}, {.environment = {{"COLUMNS", "60"}, {"TZ", "Asia/Shanghai"}}});
  ::unsetenv("LANG");
  ::unsetenv("COLUMNS");
  ::unsetenv("PLANCHECK_LAUNCH_TEST");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\nLANG=") == std::string::npos);
  CHECK(run.out.find("COLUMNS=60\n") != std::string::npos);
  CHECK(run.out.find("COLUMNS=33") == std::string::npos);
  CHECK(run.out.find("TZ=Asia/Shanghai\n") != std::string::npos);
  CHECK(run.out.find("PLANCHECK_LAUNCH_TEST=kept\n") != std::string::npos);
}

TEST_CASE("launcher: the working directory, stdin, and the exit code") {
  TempFolder folder;
  Run here = run_program({"pwd", "-P"}, {.directory = folder.path()});
  CHECK(here.out == std::filesystem::canonical(folder.path()).string() + "\n");
  CHECK(run_program({"cat"}, {.input = "第一行\n第二行"}).out == "第一行\n第二行");
  CHECK(run_program({"cat"}).out == "");  // no input: /dev/null
  CHECK(run_program({"false"}).exit_code == 1);
  Run plancheck = run_plancheck({"--version"});
  CHECK(plancheck.exit_code == 0);
  CHECK(plancheck.out.starts_with("plancheck "));
}

TEST_CASE("launcher: a program killed by a signal has exit code -1") {
  Process sleeper({"sleep", "30"}, {});
  ::kill(sleeper.id(), SIGKILL);
  CHECK(sleeper.wait().exit_code == -1);
}
