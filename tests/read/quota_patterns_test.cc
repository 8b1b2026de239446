#include "read/quota_patterns.h"

#include <doctest/doctest.h>

#include <string>

using namespace plancheck;

namespace {

using Subjects = DraftRule::Subjects;

DraftRule only_rule(const std::string& text, int year = 2022) {
  QuotaReading reading = read_quotas(text, year);
  REQUIRE(reading.rules.size() == 1);
  return reading.rules[0];
}

}  // namespace

TEST_CASE("quotas: roles listed with 、 and 每人 are each, with the year from 全年 and the amount from 不少于N次") {
  DraftRule rule = only_rule("推动落地见效，全年党组书记、班子成员、支部书记上党课每人不少于1次。");
  CHECK(rule.subject_kind == Subjects::each);
  CHECK(rule.subjects == std::vector<std::string>{"党组书记", "班子成员", "支部书记"});
  CHECK(rule.every == "year");
  CHECK(rule.at_least == 1);
  CHECK(rule.norm == "不少于");
  CHECK(rule.activity == "党课");
  CHECK(rule.activity_title == "上党课");
  CHECK(rule.quote == "全年党组书记、班子成员、支部书记上党课每人不少于1次");
}

TEST_CASE("quotas: a named body (办党组, 局党组, 局机关党委) is `by`, its kind after it") {
  DraftRule rule = only_rule("办党组每半年至少分析1次党员干部思想状况，及时解决思想问题。");
  CHECK(rule.subject_kind == Subjects::by);
  CHECK(rule.subjects == std::vector<std::string>{"办党组"});
  CHECK(rule.by_kind == "党组");
  CHECK(rule.every == "half");
  CHECK(rule.norm == "至少");
  CHECK(rule.activity == "分析党员干部思想状况");
  CHECK(only_rule("局机关党委每季度召开1次委员会议。").subjects == std::vector<std::string>{"局机关党委"});
}

TEST_CASE("quotas: 各支部, 各党支部 and 每个支部 are each_unit 支部, 两次 is 2, 每月 and 每周 are month and week") {
  QuotaReading reading = read_quotas("各党支部每月召开1次支委会；每个支部每年开展两次主题党日。各支部每周开展一次学习。", 2023);
  REQUIRE(reading.rules.size() == 3);
  for (const auto& rule : reading.rules) {
    CHECK(rule.subject_kind == Subjects::each_unit);
    CHECK(rule.subjects == std::vector<std::string>{"支部"});
  }
  CHECK(reading.rules[0].every == "month");
  CHECK(reading.rules[1].every == "year");
  CHECK(reading.rules[1].at_least == 2);
  CHECK(reading.rules[2].every == "week");
  CHECK(reading.unplaced.empty());
}

TEST_CASE("quotas: N学时 adds up hours, and roles lose the words that only place them (全体, 基层, 办)") {
  DraftRule rule = only_rule("全体党员每年参加集中培训不少于32学时。");
  CHECK(rule.hours);
  CHECK(rule.at_least == 32);
  CHECK(rule.subjects == std::vector<std::string>{"党员"});
  CHECK(only_rule("办班子成员和基层党支部书记每年领办1个党建项目。").subjects ==
        std::vector<std::string>{"班子成员", "支部书记"});
  CHECK(only_rule("办班子成员每年领办1个党建项目。").unit == "个");
}

TEST_CASE("quotas: deadlines make one-off rules due that day of the plan's year") {
  QuotaReading reading = read_quotas("局机关党委3月底前制定年度计划，6月30日前完成半年总结，年底前完成述职。", 2023);
  REQUIRE(reading.rules.size() == 3);
  CHECK(reading.rules[0].every == "once");
  CHECK(format_date(*reading.rules[0].due) == "2023-03-31");
  CHECK(format_date(*reading.rules[1].due) == "2023-06-30");
  CHECK(format_date(*reading.rules[2].due) == "2023-12-31");
  CHECK(reading.rules[1].subjects == std::vector<std::string>{"局机关党委"});  // carried from the clause before
  CHECK(format_date(*only_rule("各支部2月底前报送1份总结。", 2024).due) == "2024-02-29");
}

TEST_CASE("quotas: a clause without subject or period takes them from the clause before it in the sentence") {
  QuotaReading reading = read_quotas(
      "办党组书记每年领办1个党建项目、每年主持1次述职评议会，办班子成员、专职副书记每年领办1个党建项目。"
      "办党组每年听取汇报不少于2次，听取纪检工作情况汇报不少于1次。",
      2022);
  REQUIRE(reading.rules.size() == 4);
  // The two 领办党建项目 clauses ask the same of different roles: one rule.
  CHECK(reading.rules[0].subjects == std::vector<std::string>{"党组书记", "班子成员", "专职副书记"});
  CHECK(reading.rules[0].quote == "办党组书记每年领办1个党建项目……办班子成员、专职副书记每年领办1个党建项目");
  CHECK(reading.rules[1].activity == "述职评议会");
  CHECK(reading.rules[1].activity_title == "主持述职评议会");
  CHECK(reading.rules[1].subjects == std::vector<std::string>{"党组书记"});
  CHECK(reading.rules[3].subjects == std::vector<std::string>{"办党组"});
  CHECK(reading.rules[3].every == "year");
  CHECK(reading.rules[3].at_least == 1);
}

TEST_CASE("quotas: 联盟单位 stands for the “…”党建联盟 named before it") {
  DraftRule rule = only_rule("以提升“开放合作同心桥”党建联盟组织力为目标，实行联盟单位每季轮值负责制。");
  CHECK(rule.subject_kind == Subjects::by);
  CHECK(rule.subjects == std::vector<std::string>{"开放合作同心桥党建联盟"});
  CHECK(rule.every == "quarter");
}

TEST_CASE("quotas: a sentence with a number that becomes no rule is listed, and quoted names, titles, ordinals and years are no numbers") {
  QuotaReading reading = read_quotas("结合庆祝建党101周年，开展活动。全年计划开展5项重点任务。做到“两个维护”。学习省第十五次党代会精神。2022年工作。", 2022);
  CHECK(reading.rules.empty());
  CHECK(reading.unplaced == std::vector<std::string>{"结合庆祝建党101周年，开展活动", "全年计划开展5项重点任务"});
  CHECK_FALSE(mentions_number("全面学习贯彻党的二十大精神"));
  CHECK(mentions_number("召开两次会议"));
}

TEST_CASE("quotas: sentences end at 。；！？ and line breaks") {
  CHECK(sentences_of("一。二；三\n四！ ") == std::vector<std::string>{"一", "二", "三", "四"});
}

TEST_CASE("quotas: counts are whole, hours in hundredths, and numbers past 100000 are no amounts") {
  CHECK(read_quotas("各支部每月召开1.5次会议。", 2022).rules.empty());
  CHECK(only_rule("党员每年参加1.25学时培训。").at_least == 1.25);
  CHECK(read_quotas("党员每年参加0.001学时培训。", 2022).rules.empty());
  QuotaReading huge = read_quotas("各支部每月召开" + std::string(400, '9') + "次会议。", 2022);
  CHECK(huge.rules.empty());
  CHECK(huge.unplaced.size() == 1);
}
