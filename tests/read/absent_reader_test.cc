// `absent:` on a ledger entry: a list of names or a mapping from name to reason, read the same by
// the fast path and by libyaml, with its problems reported where they are written.
#include <doctest/doctest.h>

#include <string>

#include "read/fast_yaml.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/test_support.h"

using namespace plancheck;
using plancheck::testing::show;

namespace {

const Plan& absent_plan() {
  static const Plan plan = [] {
    Diagnostics diagnostics;
    auto read = read_plan_text(
        "plancheck: 1\n"
        "plan: {id: p, title: 测试, start: 2022-01-01, end: 2022-12-31}\n"
        "activities: [支部党员大会]\n"
        "units: [{id: 第一支部, kind: 支部}]\n"
        "people: [{name: 陈立新, unit: 第一支部}, {name: 王敏, unit: 第一支部}]\n"
        "sections: [{id: 一, items: [{id: 1}]}]\n",
        "plan.yaml", diagnostics);
    REQUIRE(diagnostics.empty());
    return *read;
  }();
  return plan;
}

struct Read {
  Ledger ledger;
  std::string shown;
};

Read read(const std::string& text) {
  Read result;
  Diagnostics diagnostics;
  read_log_text(text, "log/2022-03.yaml", PlanNames(absent_plan()), result.ledger, diagnostics);
  result.shown = show(diagnostics);
  return result;
}

std::vector<Absence> absent_of(const std::string& text) {
  Read result = read(text);
  CHECK(result.shown == "");
  REQUIRE(result.ledger.entries.size() == 1);
  return result.ledger.entries[0].detail().absent;
}

bool fast_path_takes(const std::string& text) {
  Diagnostics diagnostics;
  return parse_simple_sequence(text, "x.yaml", diagnostics, [](YamlNode&&) {}).has_value();
}

const std::string kEntry = "- date: 2022-03-15\n  activity: 支部党员大会\n  by: 第一支部\n";

}  // namespace

TEST_SUITE("read/absent") {

TEST_CASE("absent: names, or names with reasons, in each form YAML writes them") {
  CHECK(absent_of(kEntry + "  absent: [陈立新, 外单位同志]\n") ==
        std::vector<Absence>{{"陈立新", ""}, {"外单位同志", ""}});
  CHECK(absent_of(kEntry + "  absent: 王敏\n") == std::vector<Absence>{{"王敏", ""}});
  CHECK(absent_of(kEntry + "  absent: {陈立新: 出差, 王敏: 病假}\n") ==
        std::vector<Absence>{{"陈立新", "出差"}, {"王敏", "病假"}});
  CHECK(absent_of(kEntry + "  absent:\n    陈立新: 出差\n    王敏:\n") ==
        std::vector<Absence>{{"陈立新", "出差"}, {"王敏", ""}});
  CHECK(absent_of(kEntry + "  absent: {陈立新: \"\"}\n") == std::vector<Absence>{{"陈立新", ""}});
  CHECK(absent_of(kEntry + "  absent: []\n").empty());
  CHECK(absent_of(kEntry + "  absent:\n").empty());
}

TEST_CASE("absent: a list goes through the fast path, a mapping is left to libyaml, and both read it the same") {
  CHECK(fast_path_takes(kEntry + "  absent: [陈立新, 王敏]\n"));
  CHECK(!fast_path_takes(kEntry + "  absent: {陈立新: 出差}\n"));
  CHECK(!fast_path_takes(kEntry + "  absent:\n    陈立新: 出差\n"));
  for (const std::string& text : {kEntry + "  absent: [陈立新, 王敏]\n", kEntry + "  absent: {陈立新: 出差}\n"}) {
    Diagnostics fast, slow;
    std::vector<YamlNode> fast_items, slow_items;
    parse_yaml_sequence(text, "x.yaml", fast, [&](YamlNode&& node) { fast_items.push_back(std::move(node)); });
    parse_yaml_sequence_libyaml(text, "x.yaml", slow, [&](YamlNode&& node) { slow_items.push_back(std::move(node)); });
    REQUIRE(fast_items.size() == 1);
    REQUIRE(slow_items.size() == 1);
    CHECK(fast_items[0].find("absent")->children.size() == slow_items[0].find("absent")->children.size());
  }
}

TEST_CASE("absent: the entry's fingerprint holds the names and reasons, and an entry without keeps its own") {
  auto fingerprint = [](const std::string& text) {
    Read result = read(text);
    REQUIRE(result.ledger.entries.size() == 1);
    CHECK(result.ledger.entries[0].fingerprint == entry_fingerprint(result.ledger.entries[0]));
    return result.ledger.entries[0].fingerprint;
  };
  std::uint64_t none = fingerprint(kEntry);
  CHECK(fingerprint(kEntry + "  absent: []\n") == none);
  CHECK(fingerprint(kEntry + "  absent: [王敏]\n") != none);
  CHECK(fingerprint(kEntry + "  absent: {王敏: 病假}\n") != fingerprint(kEntry + "  absent: [王敏]\n"));
  CHECK(fingerprint(kEntry + "  absent: {王敏: 病假}\n") != fingerprint(kEntry + "  absent: {王敏: 出差}\n"));
}

TEST_CASE("absent: problems are reported where they are written") {
  CHECK(read(kEntry + "  absent: {陈立新: [出差, 病假]}\n").shown ==
        "4:17: error: 'absent': the reason 陈立新 was absent should be text, but is a list [e.g. absent: [张三, 李四], "
        "or with reasons absent: {张三: 出差, 李四: 病假}]\n");
  CHECK(read(kEntry + "  absent: [陈立新, 陈立新]\n").shown ==
        "4:17: error: 'absent' names 陈立新 twice [remove one of them]\n");
  CHECK(read(kEntry + "  attendees: [王敏, 陈立新]\n  absent: [陈立新]\n").shown ==
        "5:12: error: 陈立新 is both among the attendees and absent [check the sign-in sheet and keep one of them]\n");
  CHECK(read(kEntry + "  absent: [[陈立新]]\n").shown == "4:12: error: 'absent' should be text, but is a list\n");
  Read near = read(kEntry + "  absent: {陈立心: 出差, 赵六: 病假}\n");
  CHECK(near.shown ==
        "4:12: warning: 'absent': 陈立心 is not a person of the plan [did you mean '陈立新'? A name the plan does not "
        "list may be written as it is]\n");
  REQUIRE(near.ledger.entries.size() == 1);  // a warning: the entry is kept, the name as written
  CHECK(near.ledger.entries[0].detail().absent == std::vector<Absence>{{"陈立心", "出差"}, {"赵六", "病假"}});
  // An entry with an error in `absent` is left out.
  CHECK(read(kEntry + "  absent: [陈立新, 陈立新]\n").ledger.entries.empty());
}

TEST_CASE("absent: the problems in Chinese") {
  Diagnostics diagnostics;
  Ledger ledger;
  read_log_text(kEntry + "  absent: {陈立心: 出差}\n  attendees: [王敏]\n", "log/2022-03.yaml", PlanNames(absent_plan()),
                ledger, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.in(Language::zh) == "'absent'：'陈立心' 不是计划中的人员");
  CHECK(diagnostics[0].hint.in(Language::zh) == "是否想写 '陈立新'？不在计划人员名单中的姓名可以照写");
}

}  // TEST_SUITE
