#include "present/labels.h"

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

Date day(const char* text) { return *parse_date(text); }

std::string label(Frequency frequency, const char* start, Language language) {
  return period_label(period_containing(frequency, day(start)), language);
}

Rule rule(SubjectSelector::Kind kind, std::vector<std::string> names, Frequency every, int at_least = 1) {
  Rule rule;
  rule.subjects = {kind, std::move(names)};
  rule.every = every;
  rule.at_least = Amount::count(at_least);
  return rule;
}

}  // namespace

TEST_CASE("period labels in Chinese and English") {
  CHECK(label(Frequency::year, "2022-05-01", Language::zh) == "2022年");
  CHECK(label(Frequency::half, "2022-05-01", Language::zh) == "2022年上半年");
  CHECK(label(Frequency::half, "2022-07-01", Language::zh) == "2022年下半年");
  CHECK(label(Frequency::quarter, "2022-05-01", Language::zh) == "2022年第二季度");
  CHECK(label(Frequency::quarter, "2022-12-01", Language::zh) == "2022年第四季度");
  CHECK(label(Frequency::month, "2022-06-15", Language::zh) == "2022年6月");
  CHECK(label(Frequency::week, "2022-06-08", Language::zh) == "2022年第23周");
  CHECK(label(Frequency::week, "2022-01-01", Language::zh) == "2021年第52周");
  Period once{day("2022-01-01"), day("2022-03-31"), Frequency::once};
  CHECK(period_label(once, Language::zh) == "截至2022-03-31");

  CHECK(label(Frequency::year, "2022-05-01", Language::en) == "2022");
  CHECK(label(Frequency::half, "2022-05-01", Language::en) == "2022 H1");
  CHECK(label(Frequency::half, "2022-07-01", Language::en) == "2022 H2");
  CHECK(label(Frequency::quarter, "2022-05-01", Language::en) == "2022 Q2");
  CHECK(label(Frequency::quarter, "2022-12-01", Language::en) == "2022 Q4");
  CHECK(label(Frequency::month, "2022-06-15", Language::en) == "2022-06");
  CHECK(label(Frequency::week, "2022-06-08", Language::en) == "2022 week 23");
  CHECK(period_label(once, Language::en) == "by 2022-03-31");
}

TEST_CASE("status words in both languages, the JSON keys stay the same") {
  CHECK(status_label(Status::met, Language::zh) == "已完成");
  CHECK(status_label(Status::late, Language::zh) == "逾期完成");
  CHECK(status_label(Status::overdue, Language::zh) == "逾期");
  CHECK(status_label(Status::open, Language::zh) == "进行中");
  CHECK(status_label(Status::upcoming, Language::zh) == "未开始");
  CHECK(status_label(Status::met, Language::en) == "done");
  CHECK(status_label(Status::late, Language::en) == "done late");
  CHECK(status_label(Status::overdue, Language::en) == "overdue");
  CHECK(status_label(Status::open, Language::en) == "open");
  CHECK(status_label(Status::upcoming, Language::en) == "upcoming");
  CHECK(std::string(status_key(Status::late)) == "late");
}

TEST_CASE("requirements in words") {
  Rule leaders = rule(SubjectSelector::Kind::each_role, {"党组书记", "班子成员"}, Frequency::year);
  CHECK(requirement_text(leaders, Language::zh) == "党组书记、班子成员每人每年至少1次");
  CHECK(requirement_text(leaders, Language::en) == "each 党组书记 or 班子成员: at least 1 a year");
  Rule three_roles = rule(SubjectSelector::Kind::each_role, {"书记", "副书记", "委员"}, Frequency::half, 2);
  CHECK(requirement_text(three_roles, Language::en) == "each 书记, 副书记 or 委员: at least 2 every half-year");
  Rule branches = rule(SubjectSelector::Kind::each_unit, {"支部"}, Frequency::month);
  CHECK(requirement_text(branches, Language::zh) == "每个支部每月至少1次");
  CHECK(requirement_text(branches, Language::en) == "each 支部: at least 1 a month");
  Rule once = rule(SubjectSelector::Kind::by, {"市外办"}, Frequency::once);
  once.due = day("2022-03-31");
  CHECK(requirement_text(once, Language::zh) == "市外办于2022-03-31前完成");
  CHECK(requirement_text(once, Language::en) == "市外办: done by 2022-03-31");
  once.at_least = Amount::count(3);
  CHECK(requirement_text(once, Language::zh) == "市外办于2022-03-31前完成，至少3次");
  CHECK(requirement_text(once, Language::en) == "市外办: done by 2022-03-31, at least 3 times");
}

TEST_CASE("days to a deadline, singular and plural in English") {
  CHECK(days_to_deadline_label(12, Language::zh) == "剩 12 天");
  CHECK(days_to_deadline_label(0, Language::zh) == "今天截止");
  CHECK(days_to_deadline_label(-3, Language::zh) == "超期 3 天");
  CHECK(days_to_deadline_label(12, Language::en) == "12 days left");
  CHECK(days_to_deadline_label(1, Language::en) == "1 day left");
  CHECK(days_to_deadline_label(0, Language::en) == "due today");
  CHECK(days_to_deadline_label(-1, Language::en) == "1 day overdue");
  CHECK(days_to_deadline_label(-3, Language::en) == "3 days overdue");
}

TEST_CASE("the norm word the plan uses is the one said") {
  Rule meetings = rule(SubjectSelector::Kind::each_unit, {"支部"}, Frequency::month);
  meetings.norm = Norm::usually;
  CHECK(requirement_text(meetings, Language::zh) == "每个支部每月一般1次");
  CHECK(requirement_text(meetings, Language::en) == "each 支部: usually 1 a month");
  meetings.norm = Norm::no_fewer_than;
  CHECK(requirement_text(meetings, Language::zh) == "每个支部每月不少于1次");
  CHECK(requirement_text(meetings, Language::en) == "each 支部: no fewer than 1 a month");
}

TEST_CASE("a rule's source is said after what it asks, and under its item") {
  Rule meetings = rule(SubjectSelector::Kind::each_unit, {"支部"}, Frequency::month);
  meetings.norm = Norm::usually;
  meetings.source = {RuleSource::Kind::document, "支部工作条例"};
  meetings.quote = "支部委员会会议一般每月召开1次";
  CHECK(requirement_text(meetings, Language::zh) == "每个支部每月一般1次（按《支部工作条例》）");
  CHECK(provenance_text(meetings, Language::zh) == "按《支部工作条例》：“支部委员会会议一般每月召开1次”");
  meetings.source.document = "《支部工作条例》";
  CHECK(requirement_text(meetings, Language::zh) == "每个支部每月一般1次（按《支部工作条例》）");

  Rule office = rule(SubjectSelector::Kind::by, {"市外办"}, Frequency::once);
  office.due = day("2022-04-30");
  office.source = {RuleSource::Kind::office, ""};
  office.quote = "项目化制定问题清单";
  CHECK(requirement_text(office, Language::zh) == "市外办于2022-04-30前完成（本办安排）");
  CHECK(provenance_text(office, Language::zh) == "本办安排：市外办于2022-04-30前完成（要点原文：“项目化制定问题清单”）");

  Rule plain = rule(SubjectSelector::Kind::by, {"办党组"}, Frequency::half);
  CHECK(provenance_text(plain, Language::zh) == "");
  plain.quote = "制定“双创双建”方案";
  CHECK(provenance_text(plain, Language::zh) == "要点原文：“制定‘双创双建’方案”");
  CHECK(provenance_text(plain, Language::en) == "the plan says: “制定‘双创双建’方案”");
}
