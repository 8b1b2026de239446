// End-to-end: who was absent from a meeting (`absent:`), written by `log --absent`, listed by
// `entries` (text and JSON) and given in the briefing's context beside the attendance rate.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

namespace plancheck {

using namespace testing;
using nlohmann::json;

namespace {

const char* kPlan = R"(plancheck: 1
plan: {id: t, title: 参会测试, start: 2022-01-01, end: 2022-12-31}
activities: [支部党员大会]
units:
  - {id: 一支部, kind: 支部, members: 20}
people:
  - {name: 陈立新, unit: 一支部}
  - {name: 王敏, unit: 一支部}
sections:
  - id: 一
    items:
      - id: 1
        rules:
          - {id: general, activity: 支部党员大会, each_unit: 支部, every: quarter, at_least: 2, attendance: 80%}
)";

const char* kLog = R"(- date: 2022-02-10
  activity: 支部党员大会
  by: 一支部
  attendees: 18
  absent: {陈立新: 出差, 王敏: 病假}
- {date: 2022-04-12, activity: 支部党员大会, by: 一支部, attendees: 19, absent: [外单位同志]}
)";

void write_small_plan(const TempFolder& folder) {
  write_file(folder / "plan.yaml", kPlan);
  std::filesystem::create_directories(folder / "log");
  write_file(folder / "log/2022.yaml", kLog);
}

Run in(const TempFolder& folder, const std::vector<std::string>& arguments) {
  return run_plancheck(arguments, {.directory = folder.path()});
}

}  // namespace

TEST_CASE("log --absent writes names and reasons, a mapping when any reason is given, and reads them back") {
  TempFolder folder;
  write_small_plan(folder);
  std::vector<std::string> entry{"log", "plan.yaml", "--date", "2022-05-10", "--activity", "支部党员大会", "--by", "一支部",
                                 "--attendees", "17", "--file", "log/2022.yaml"};
  auto with = [&](std::vector<std::string> more) {
    std::vector<std::string> arguments = entry;
    arguments.insert(arguments.end(), more.begin(), more.end());
    arguments.push_back("--dry-run");
    return in(folder, arguments);
  };
  Run reasons = with({"--absent", "陈立新:出差,王敏：病假", "--absent", "赵六"});
  CHECK(reasons.exit_code == 0);
  CHECK(reasons.out ==
        "- date: 2022-05-10\n  activity: 支部党员大会\n  by: 一支部\n  attendees: 17\n"
        "  absent: {陈立新: 出差, 王敏: 病假, 赵六: \"\"}\n");
  Run names = with({"--absent", "陈立新, 王敏"});
  CHECK(names.out == "- date: 2022-05-10\n  activity: 支部党员大会\n  by: 一支部\n  attendees: 17\n  absent: [陈立新, 王敏]\n");
  Run quoted = with({"--absent", "某: 同志:因公外出"});
  CHECK(quoted.out.ends_with("  absent: {某: \"同志:因公外出\"}\n"));
  // Written, it reads back as given.
  std::vector<std::string> write = entry;
  write.insert(write.end(), {"--absent", "陈立新:出差", "--absent", "赵六"});
  REQUIRE(in(folder, write).exit_code == 0);
  json listed = json::parse(in(folder, {"entries", "plan.yaml", "--month", "2022-05", "--format", "json"}).out);
  CHECK(listed["entries"][0]["absent"] == json::parse(R"([{"name": "陈立新", "reason": "出差"}, {"name": "赵六"}])"));
}

TEST_CASE("log --absent without a name, or naming one also among the attendees, is refused") {
  TempFolder folder;
  write_small_plan(folder);
  std::string before = read_file(folder / "log/2022.yaml");
  Run no_name = in(folder, {"log", "plan.yaml", "--date", "2022-05-10", "--activity", "支部党员大会", "--by", "一支部",
                            "--absent", "：出差", "--lang", "zh"});
  CHECK(no_name.exit_code == 2);
  CHECK(no_name.err ==
        "plancheck: 错误：--absent '：出差' 没有写姓名\n"
        "  = 提示：写作 姓名:原因（例如 --absent 张三:出差,李四:病假），原因可省略（--absent 张三）\n");
  Run both = in(folder, {"log", "plan.yaml", "--date", "2022-05-10", "--activity", "支部党员大会", "--by", "一支部",
                         "--attendees", "王敏,陈立新", "--absent", "陈立新:出差"});
  CHECK(both.exit_code == 2);
  CHECK(both.err.find("error: 陈立新 is both among the attendees and absent") != std::string::npos);
  CHECK(read_file(folder / "log/2022.yaml") == before);
}

TEST_CASE("entries: a 缺席 column when some entry says who was absent, and the JSON's absent") {
  TempFolder folder;
  write_small_plan(folder);
  Run text = in(folder, {"entries", "plan.yaml", "--lang", "zh"});
  REQUIRE_MESSAGE(text.exit_code == 0, text.err);
  CHECK(text.out ==
        "参会测试\n台账记录：共 2 条\n\n"
        "日期        活动          责任人  主题  缺席                          计入指标               位置\n"
        "2022-02-10  支部党员大会  一支部        陈立新（出差）、王敏（病假）  一支部·2022年第一季度  log/2022.yaml:1\n"
        "2022-04-12  支部党员大会  一支部        外单位同志                    一支部·2022年第二季度  log/2022.yaml:6\n");
  json listed = json::parse(in(folder, {"entries", "plan.yaml", "--format", "json"}).out);
  CHECK(listed["entries"][0]["absent"] ==
        json::parse(R"([{"name": "陈立新", "reason": "出差"}, {"name": "王敏", "reason": "病假"}])"));
  CHECK(listed["entries"][1]["absent"] == json::parse(R"([{"name": "外单位同志"}])"));
  // Without absentees, no column.
  write_file(folder / "log/2022.yaml", "- {date: 2022-02-10, activity: 支部党员大会, by: 一支部, attendees: 18}\n");
  CHECK(in(folder, {"entries", "plan.yaml", "--lang", "zh"}).out.find("缺席") == std::string::npos);
}

TEST_CASE("the briefing's context gives who was absent beside the attendance, and on each entry") {
  TempFolder folder;
  write_small_plan(folder);
  write_file(folder / "context.mustache",
             "{{#missed}}{{subject}} {{period.label}} {{attendance_text}} 缺席：{{absent_text}}\n"
             "{{#absent}}{{date}} {{name}} {{reason}}\n{{/absent}}{{/missed}}"
             "{{#this_month.sections}}{{#items}}{{#entries}}{{date}} {{absent_text}}\n{{/entries}}{{/items}}"
             "{{/this_month.sections}}");
  Run render = in(folder, {"render", "plan.yaml", "--template", "context.mustache", "--month", "2022-04", "--lang", "zh"});
  REQUIRE_MESSAGE(render.exit_code == 0, render.err);
  CHECK(render.out ==
        "一支部 2022年第一季度 90%（实到18/应到20） 缺席：陈立新（出差）、王敏（病假）\n"
        "2022-02-10 陈立新 出差\n2022-02-10 王敏 病假\n"
        "2022-04-12 外单位同志\n");
}

}  // namespace plancheck
