#include "write/entry_yaml.h"

#include <doctest/doctest.h>

#include "read/log_reader.h"
#include "read/workspace.h"
#include "write/small_plan.h"

namespace plancheck {

namespace {

Entry simple_entry() {
  Entry entry;
  entry.date = *parse_date("2022-06-15");
  entry.activity = "党课";
  entry.by = {"张三"};
  return entry;
}

// Reads `text` as a log file of `plan`; expects no diagnostics at all.
Ledger read_back(const std::string& text, const Plan& plan) {
  Ledger ledger;
  Diagnostics diagnostics;
  read_log_text(text, "entry.yaml", PlanNames(plan), ledger, diagnostics);
  for (const auto& d : diagnostics) FAIL_CHECK(d.line << ":" << d.column << ": " << d.message.en << "\n" << text);
  return ledger;
}

// Strings that break naive YAML writers.
const std::vector<std::string> kAwkward = {
    "学习: 二十大精神", "#1 开头是井号", "中间 #号", "a#b", "- 开头是短横线", "-x", "'单引号'", "\"双引号\"",
    "it's", "back\\slash", "尾部空格 ", " 开头空格", "结尾冒号:", "key: value", "[方括号]", "{花括号}", "a, b",
    "@at", "`反引号`", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">gt", "?问号", "~", "null", "NULL",
    "yes", "No", "on", "true", "2022-06-15", "123", "0x1F", "1e3", "---", "...", "全角：冒号，逗号", "tab\there",
    "控制\x01字符", "del\x7f", "换行\u2028分隔", "下一行\u0085", "\uFEFF字节序", "表情😀", "   ",
    "多行\n备注", "结尾换行\n", "两个换行\n\n", "\n开头换行", "行尾空格 \n下一行", "  缩进\n的第一行",
    "一\n  缩进的第二行\n三", "x\n<<<<<<< HEAD\ny", "回车\r\n换行", "反斜杠\\n不是换行", "\"\n\"", "a\n\n\nb"};

}  // namespace

TEST_CASE("yaml_scalar: plain when that reads back exactly, else double-quoted") {
  CHECK(yaml_scalar("学习贯彻党的二十大精神") == "学习贯彻党的二十大精神");
  CHECK(yaml_scalar("a#b") == "a#b");
  CHECK(yaml_scalar("三楼:会议室") == "三楼:会议室");
  CHECK(yaml_scalar("2022-06-15") == "2022-06-15");
  CHECK(yaml_scalar("学习: 二十大") == "\"学习: 二十大\"");
  CHECK(yaml_scalar("中间 #号") == "\"中间 #号\"");
  CHECK(yaml_scalar("- 开头") == "\"- 开头\"");
  CHECK(yaml_scalar("结尾:") == "\"结尾:\"");
  CHECK(yaml_scalar("") == "\"\"");
  CHECK(yaml_scalar("null") == "\"null\"");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(yaml_scalar("说\"好\"") == "说\"好\"");
  CHECK(yaml_scalar("\"好\"") == "\"\\\"好\\\"\"");
  CHECK(yaml_scalar("a\\b: c") == "\"a\\\\b: c\"");
  CHECK(yaml_scalar("一\n二") == "\"一\\n二\"");
  CHECK(yaml_scalar("tab\t") == "\"tab\\t\"");
  CHECK(yaml_scalar("\x01") == "\"\\x01\"");
  CHECK(yaml_scalar("\u2028") == "\"\\L\"");
  CHECK(yaml_scalar("\u0085") == "\"\\N\"");
  CHECK(yaml_scalar("\uFEFF") == "\"\\uFEFF\"");
  CHECK(yaml_scalar("a, b") == "a, b");
  CHECK(yaml_scalar("a, b", YamlContext::flow) == "\"a, b\"");
  CHECK(yaml_scalar("[x]", YamlContext::flow) == "\"[x]\"");
}

TEST_CASE("entry_yaml: the README's field order, empty fields left out") {
  CHECK(entry_yaml(simple_entry()) == "- date: 2022-06-15\n  activity: 党课\n  by: 张三\n");
  Entry entry = simple_entry();
  entry.by = {"张三", "- 王五"};
  entry.edit_details().title = "专题党课: 二十大";
  entry.item = "2";
  entry.edit_details().place = "三楼会议室";
  entry.edit_details().attendees.count = 23;
  entry.edit_details().notes = "王敏主持。";
  entry.edit_details().evidence = {"evidence/签到表.pdf"};
  entry.edit_details().tags = {"二十大", "a, b"};
  CHECK(entry_yaml(entry) ==
        "- date: 2022-06-15\n"
        "  activity: 党课\n"
        "  by: [张三, \"- 王五\"]\n"
        "  title: \"专题党课: 二十大\"\n"
        "  item: 2\n"
        "  place: 三楼会议室\n"
        "  attendees: 23\n"
        "  notes: 王敏主持。\n"
        "  evidence: evidence/签到表.pdf\n"
        "  tags: [二十大, \"a, b\"]\n");
}

TEST_CASE("entry_yaml: the period it is for after the date, hours after the attendees, both left out when absent") {
  Entry entry = simple_entry();
  entry.for_period = "2021";
  entry.for_end = *parse_date("2021-12-31");
  entry.edit_details().attendees.count = 12;
  entry.hours = Amount{150};
  entry.edit_details().notes = "补记";
  CHECK(entry_yaml(entry) ==
        "- date: 2022-06-15\n"
        "  for: 2021\n"
        "  activity: 党课\n"
        "  by: 张三\n"
        "  attendees: 12\n"
        "  hours: 1.5\n"
        "  notes: 补记\n");
  entry.hours = Amount{0};
  CHECK(entry_yaml(entry).find("  hours: 0\n") != std::string::npos);
}

TEST_CASE("entry_yaml: attendees by name are always a list, one plain name would read as a head count") {
  Entry entry = simple_entry();
  entry.edit_details().attendees.names = {"23"};
  CHECK(entry_yaml(entry).ends_with("  attendees: [23]\n"));
}

TEST_CASE("entry_yaml: several lines of notes become a literal block when that reads back exactly") {
  Entry entry = simple_entry();
  entry.edit_details().notes = "第一行\n\n  第三行缩进";
  CHECK(entry_yaml(entry).ends_with("  notes: |-\n    第一行\n\n      第三行缩进\n"));
  entry.edit_details().notes = "第一行\n结尾换行\n";
  CHECK(entry_yaml(entry).ends_with("  notes: |\n    第一行\n    结尾换行\n"));
  entry.edit_details().notes = "一行\n";
  CHECK(entry_yaml(entry).ends_with("  notes: \"一行\\n\"\n"));
  entry.edit_details().notes = "两个换行\n\n";
  CHECK(entry_yaml(entry).ends_with("  notes: \"两个换行\\n\\n\"\n"));
  entry.edit_details().notes = " 开头空格\n下一行";
  CHECK(entry_yaml(entry).ends_with("  notes: \" 开头空格\\n下一行\"\n"));
}

TEST_CASE("entry_yaml round trip: awkward strings read back exactly, in every field") {
  Plan plan = testing::small_plan();
  for (const std::string& text : kAwkward) {
    CAPTURE(text);
    Entry entry = simple_entry();
    entry.by = {"张三", "- 王五", "赵六: 组长", "[钱七]", "null"};
    entry.edit_details().title = text;
    entry.edit_details().place = text;
    entry.edit_details().notes = text;
    entry.edit_details().attendees.names = {text, "李四"};
    entry.edit_details().evidence = {text};
    entry.edit_details().tags = {"x", text};
    Ledger ledger = read_back(entry_yaml(entry), plan);
    REQUIRE(ledger.entries.size() == 1);
    const Entry& back = ledger.entries.front();
    CHECK(back.detail().title == text);
    CHECK(back.detail().place == text);
    CHECK(back.detail().notes == text);
    CHECK(back.by == entry.by);
    CHECK(back.detail().attendees.names == entry.detail().attendees.names);
    CHECK(!back.detail().attendees.count);
    CHECK(back.detail().evidence == entry.detail().evidence);
    CHECK(back.detail().tags == entry.detail().tags);
    CHECK(back.fingerprint == entry_fingerprint(entry));
    CHECK(back.detail() == entry.detail());
  }
}

TEST_CASE("entry_yaml round trip: every kind of period and awkward hours read back exactly") {
  Plan plan = testing::small_plan();
  const std::vector<std::pair<std::string, std::string>> periods{
      {"2021", "2021-12-31"},    {"2022", "2022-12-31"},    {"2022-H1", "2022-06-30"}, {"2022-H2", "2022-12-31"},
      {"2022-Q1", "2022-03-31"}, {"2024-Q1", "2024-03-31"}, {"2022-02", "2022-02-28"}, {"2024-02", "2024-02-29"},
      {"2022-12", "2022-12-31"}};
  const std::vector<std::int64_t> hundredths{0, 1, 10, 25, 99, 100, 150, 3200, 123456789};
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const auto& [name, last] = periods[i];
    CAPTURE(name);
    Entry entry = simple_entry();
    entry.for_period = name;
    entry.for_end = *parse_date(last);
    entry.hours = Amount{hundredths[i % hundredths.size()]};
    Ledger ledger = read_back(entry_yaml(entry), plan);
    REQUIRE(ledger.entries.size() == 1);
    const Entry& back = ledger.entries.front();
    CHECK(back.for_period == name);
    CHECK(back.for_end == entry.for_end);
    CHECK(back.counted_on() == *parse_date(last));
    CHECK(back.hours == entry.hours);
    CHECK(back.fingerprint == entry_fingerprint(entry));
  }
}

TEST_CASE("entry_yaml round trip: one awkward name in 'by' and a head count") {
  Plan plan = testing::small_plan();
  for (const char* name : {"- 王五", "赵六: 组长", "[钱七]", "null"}) {
    Entry entry = simple_entry();
    entry.by = {name};
    entry.edit_details().attendees.count = 0;
    Ledger ledger = read_back(entry_yaml(entry), plan);
    REQUIRE(ledger.entries.size() == 1);
    CHECK(ledger.entries.front().by == std::vector<std::string>{name});
    CHECK(ledger.entries.front().detail().attendees.count == 0);
  }
}

}  // namespace plancheck
