// End-to-end: `plancheck log` without --activity at a terminal asks for the entry. The terminal is
// a tmux pane: the test types the answers and reads the screen as the clerk would see it.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"

namespace plancheck {

using namespace testing;

namespace {

// A detached tmux session on a server of its own, running one command in a pane.
class Terminal {
 public:
  Terminal(const std::string& command, const TempFolder& folder)
      : socket_(fmt::format("plancheck-test-{}-{}", ::getpid(), counter_++)) {
    std::string shell = fmt::format("cd '{}' && env LANG=C.UTF-8 {} ; echo \"[exit $?]\"; sleep 600",
                                    folder.path().string(), command);
    Run started = tmux({"new-session", "-d", "-x", "150", "-y", "60", shell});
    REQUIRE(started.exit_code == 0);
  }
  ~Terminal() { tmux({"kill-server"}); }

  // Types `keys` (tmux key names: "Enter", "Tab", "C-d", or text).
  void type(const std::vector<std::string>& keys) {
    std::vector<std::string> arguments{"send-keys", "-t", "0"};
    arguments.insert(arguments.end(), keys.begin(), keys.end());
    REQUIRE(tmux(arguments).exit_code == 0);
  }
  // The screen once it shows `text` (waiting up to 20 s: the assertion is on what it shows, not when).
  std::string wait_for(const std::string& text) {
    std::string shown;
    for (int tries = 0; tries < 400; ++tries) {
      shown = tmux({"capture-pane", "-p", "-t", "0", "-S", "-100"}).out;
      if (shown.find(text) != std::string::npos) return shown;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL_CHECK("the screen never showed: " << text << "\n" << shown);
    return shown;
  }

 private:
  Run tmux(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"tmux", "-L", socket_, "-f", "/dev/null"});
    return run_program(arguments);
  }
  static inline int counter_ = 0;
  std::string socket_;
};

std::string log_command() { return fmt::format("{} log {} --lang zh", PLANCHECK_BINARY, kSeedCopy); }

}  // namespace

TEST_CASE("prompted log: answers typed at a terminal, with completion and a did-you-mean, make the entry") {
  if (!found_on_path("tmux")) FAIL("tmux is needed (scripts/setup.sh installs it)");
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Terminal terminal(log_command(), scratch);
  terminal.wait_for("日期（回车为今天");
  terminal.type({"2021-12-20", "Enter"});
  terminal.wait_for("2021-12-20 在计划开始（2022-01-01）之前");
  terminal.type({"6-16", "Enter"});  // today is not in the 2022 plan: a day of 2022
  terminal.wait_for("活动：");
  terminal.type({"民主", "Tab", "Tab"});
  terminal.wait_for("民主生活会");  // the two activities starting so, listed
  terminal.type({"C-u", "党", "Tab", "Tab"});
  terminal.wait_for("党小组会  党课");
  terminal.type({"课", "Enter"});
  terminal.wait_for("谁做的");
  terminal.type({"陈立心", "Enter"});
  terminal.wait_for("计划中没有人员或单位 '陈立心'，是否想写 '陈立新'？");
  terminal.type({"陈立新、王敏", "Enter"});
  terminal.wait_for("标题或主题（可空）：");
  terminal.type({"学习党的二十大精神", "Enter"});
  terminal.wait_for("地点（可空）：");
  terminal.type({"三楼会议室", "Enter"});
  terminal.wait_for("参加人数或姓名（可空）：");
  terminal.type({"23人", "Enter"});
  terminal.wait_for("备注（可空）：");
  terminal.type({"Enter"});
  terminal.wait_for("佐证材料");
  terminal.type({"evidence/2022-06-23-党", "Tab", "Enter"});
  std::string shown = terminal.wait_for("写入 fao-2022/log/2022-06.yaml？");
  CHECK(shown.find("这条记录将计入：\n  2. 突出理论武装铸魂：陈立新（2022年）\n  2. 突出理论武装铸魂：王敏（2022年）") !=
        std::string::npos);
  CHECK(shown.find("  by: [陈立新, 王敏]\n") != std::string::npos);
  terminal.type({"Enter"});
  terminal.wait_for("[exit 0]");
  std::string after = read_file(scratch / kJune);
  REQUIRE(after.starts_with(before));
  CHECK(after.substr(before.size()) ==
        "- date: 2022-06-16\n  activity: 党课\n  by: [陈立新, 王敏]\n  title: 学习党的二十大精神\n  place: 三楼会议室\n"
        "  attendees: 23\n  evidence: evidence/2022-06-23-党课签到表.md\n");
  Ledger ledger = read_log_checked(scratch, kJune, seed_plan(scratch));
  CHECK(ledger.entries.back().present == 23);
}

TEST_CASE("prompted log: a date after the plan needs what it is for, and a rule's grace offers the period before") {
  if (!found_on_path("tmux")) FAIL("tmux is needed (scripts/setup.sh installs it)");
  TempFolder scratch;
  copy_seed(scratch);
  Terminal terminal(log_command(), scratch);
  terminal.wait_for("日期（");
  terminal.type({"2023-01-10", "Enter"});
  terminal.wait_for("活动：");
  terminal.type({"组织生活会", "Enter"});
  terminal.wait_for("谁做的");
  terminal.type({"第一支部", "Enter"});
  terminal.wait_for("这次活动是为哪一年度（或哪一期）开展的？（2023-01-10 在计划期限之后，必须回答；回车为 2022）：");
  terminal.type({"2022-H3", "Enter"});
  terminal.wait_for("  ✗ for：'2022-H3' 不是周期（写作 2021（全年）、2022-H1（上半年）、2022-Q3（第三季度）或 2022-06（6月））");
  terminal.type({"Enter"});  // the period before: 2022
  terminal.wait_for("标题或主题（可空）：");
  terminal.type({"2022年度组织生活会", "Enter"});
  for (int i = 0; i < 4; ++i) terminal.type({"Enter"});
  std::string shown = terminal.wait_for("写入 fao-2022/log/2023-01.yaml？");
  CHECK(shown.find("这条记录将计入：\n  5. 规范党内政治生活：第一支部（2022年）\n") != std::string::npos);
  terminal.type({"Enter"});
  terminal.wait_for("[exit 0]");
  CHECK(read_file(scratch / "fao-2022/log/2023-01.yaml") ==
        "- date: 2023-01-10\n  for: 2022\n  activity: 组织生活会\n  by: 第一支部\n  title: 2022年度组织生活会\n");
}

TEST_CASE("prompted log: within the plan, a date in a rule's grace asks, and the present period's name leaves for: out") {
  if (!found_on_path("tmux")) FAIL("tmux is needed (scripts/setup.sh installs it)");
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / "fao-2022/log/2022-01.yaml");
  for (const auto& [answer, written] : {std::pair{"2022", ""}, std::pair{"2021年度", "  for: 2021\n"}}) {
    Terminal terminal(log_command() + " --by 第二支部 --title 补记", scratch);
    terminal.wait_for("日期（");
    terminal.type({"2022-01-20", "Enter"});
    terminal.wait_for("活动：");
    terminal.type({"组织生活会", "Enter"});
    terminal.wait_for("这次活动是为哪一年度（或哪一期）开展的？（回车为 2021；计入本期请写 2022）：");
    terminal.type({answer, "Enter"});
    terminal.wait_for("地点（可空）：");
    for (int i = 0; i < 4; ++i) terminal.type({"Enter"});
    std::string shown = terminal.wait_for("写入 ");
    CHECK(shown.find(std::string("- date: 2022-01-20\n") + written + "  activity: 组织生活会\n") != std::string::npos);
    terminal.type({"n", "Enter"});
    terminal.wait_for("[exit 2]");
  }
  {
    // After the plan, with no rule's grace reaching the date: an answer is needed, with no default.
    Terminal terminal(log_command() + " --by 陈立新", scratch);
    terminal.wait_for("日期（");
    terminal.type({"2023-01-10", "Enter"});
    terminal.wait_for("活动：");
    terminal.type({"党课", "Enter"});
    terminal.wait_for("这次活动是为哪一年度（或哪一期）开展的？（2023-01-10 在计划期限之后，必须回答，如 2022）：");
    terminal.type({"Enter"});
    terminal.wait_for("  ✗ 这一项不能空着");
    terminal.type({"2022年下半年", "Enter"});
    terminal.wait_for("标题或主题（可空）：");
    for (int i = 0; i < 5; ++i) terminal.type({"Enter"});
    std::string shown = terminal.wait_for("写入 ");
    CHECK(shown.find("- date: 2023-01-10\n  for: 2022-H2\n  activity: 党课\n") != std::string::npos);
    terminal.type({"n", "Enter"});
    terminal.wait_for("[exit 2]");
  }
  // A 党课 on the same day counts toward no rule with grace: not asked.
  Terminal terminal(log_command() + " --by 陈立新", scratch);
  terminal.wait_for("日期（");
  terminal.type({"2022-01-20", "Enter"});
  terminal.wait_for("活动：");
  terminal.type({"党课", "Enter"});
  std::string shown = terminal.wait_for("标题或主题（可空）：");
  CHECK(shown.find("这次活动是为") == std::string::npos);
  terminal.type({"C-d"});
  terminal.wait_for("[exit 2]");
  CHECK(read_file(scratch / "fao-2022/log/2022-01.yaml") == before);
}

TEST_CASE("prompted log: who was absent is asked when the activity's rules give attendance") {
  if (!found_on_path("tmux")) FAIL("tmux is needed (scripts/setup.sh installs it)");
  TempFolder scratch;
  copy_seed(scratch);
  Terminal terminal(log_command() + " --by 第一支部 --title 补记 --place 会议室", scratch);
  terminal.wait_for("日期（");
  terminal.type({"2022-06-16", "Enter"});
  terminal.wait_for("活动：");
  terminal.type({"支部党员大会", "Enter"});
  terminal.wait_for("参加人数或姓名（可空）：");
  terminal.type({"16", "Enter"});
  terminal.wait_for("缺席者及原因（姓名:原因，多个用逗号分隔；可空）：");
  terminal.type({"林晓东:出差、王敏", "Enter"});
  for (int i = 0; i < 2; ++i) terminal.type({"Enter"});
  std::string shown = terminal.wait_for("写入 ");
  CHECK(shown.find("  attendees: 16\n  absent: {林晓东: 出差, 王敏: \"\"}\n") != std::string::npos);
  terminal.type({"n", "Enter"});
  terminal.wait_for("[exit 2]");
}

TEST_CASE("prompted log: Ctrl-D at a question, or n at the end, writes nothing") {
  if (!found_on_path("tmux")) FAIL("tmux is needed (scripts/setup.sh installs it)");
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  {
    Terminal terminal(log_command(), scratch);
    terminal.wait_for("日期（");
    terminal.type({"3月15日", "Enter"});
    terminal.wait_for("活动：");
    terminal.type({"C-d"});
    std::string shown = terminal.wait_for("[exit 2]");
    CHECK(shown.find("已放弃：没有写入任何内容") != std::string::npos);
  }
  {
    Terminal terminal(log_command() + " --by 陈立新 --title 补记", scratch);
    terminal.wait_for("日期（");
    terminal.type({"2022-06-16", "Enter"});
    terminal.wait_for("活动：");
    terminal.type({"党课", "Enter"});
    terminal.wait_for("地点（可空）：");  // --by and --title were given: not asked
    for (int i = 0; i < 4; ++i) terminal.type({"Enter"});
    terminal.wait_for("写入 ");
    terminal.type({"n", "Enter"});
    terminal.wait_for("[exit 2]");
  }
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("prompted log: a name completed with Tab is taken as it is, without the space Tab adds after it") {
  if (!found_on_path("tmux")) FAIL("tmux is needed (scripts/setup.sh installs it)");
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = read_file(scratch / kJune);
  Terminal terminal(log_command() + " --title 补记", scratch);
  terminal.wait_for("日期（");
  terminal.type({"6-28", "Enter"});
  terminal.wait_for("活动：");
  terminal.type({"支委", "Tab"});
  terminal.wait_for("活动：支委会");
  terminal.type({"Enter"});
  terminal.wait_for("谁做的");
  terminal.type({"第三支部", "Enter"});
  terminal.wait_for("地点（可空）：");
  for (int i = 0; i < 4; ++i) terminal.type({"Enter"});
  std::string shown = terminal.wait_for("写入 ");
  CHECK(shown.find("计划中没有") == std::string::npos);
  CHECK(shown.find("这条记录将计入：\n  5. 规范党内政治生活：第三支部（2022年6月）") != std::string::npos);
  CHECK(shown.find("  activity: 支委会\n  by: 第三支部\n") != std::string::npos);
  terminal.type({"n", "Enter"});
  terminal.wait_for("[exit 2]");
  CHECK(read_file(scratch / kJune) == before);
}

TEST_CASE("log without --activity and not at a terminal is told what is missing") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck(log_args({"--by", "陈立新", "--lang", "zh"}), {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "plancheck: 错误：缺少必填的 --activity\n  = 提示：运行 'plancheck log --help' 查看用法\n");
  Run no_by = run_plancheck(log_args({"--activity", "党课"}), {.directory = scratch.path()});
  CHECK(no_by.exit_code == 2);
  CHECK(no_by.err.starts_with("plancheck: error: --by is required\n"));
}

}  // namespace plancheck
