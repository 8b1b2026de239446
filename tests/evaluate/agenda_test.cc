#include "evaluate/agenda.h"

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

Date day(const char* text) { return *parse_date(text); }

Result make(const Item& item, const std::string& subject, Status status, const char* start, const char* end) {
  Result result;
  result.item = &item;
  result.subject = subject;
  result.status = status;
  result.period = Period{day(start), day(end), Frequency::month};
  result.deadline = result.period.end;
  return result;
}

std::vector<SubjectRows> agenda(const Evaluation& evaluation, int within_days,
                                std::optional<std::string> who = std::nullopt) {
  Query query;
  query.who = who;
  return select_agenda(select_scope(evaluation, query), evaluation.as_of, within_days);
}

// "subject:start..end" for every row, group by group, groups separated by " | ".
std::string show(const std::vector<SubjectRows>& groups) {
  std::string out;
  for (const auto& group : groups) {
    if (!out.empty()) out += " | ";
    out += group.subject + ":";
    for (const Result* row : group.rows) out += " " + format_date(row->period.end).substr(5);
  }
  return out;
}

}  // namespace

TEST_CASE("agenda: what is owed, soonest deadline first, grouped by subject in the order of their first row") {
  Item item{"1", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(item, "甲", Status::open, "2022-01-01", "2022-12-31"),
      make(item, "乙", Status::met, "2022-06-01", "2022-06-30"),
      make(item, "乙", Status::open, "2022-06-01", "2022-06-30"),
      make(item, "甲", Status::upcoming, "2022-07-01", "2022-07-31"),
      make(item, "丙", Status::overdue, "2022-05-01", "2022-05-31"),
      make(item, "甲", Status::overdue, "2022-04-01", "2022-04-30"),
      make(item, "乙", Status::late, "2022-03-01", "2022-03-31"),
      make(item, "乙", Status::upcoming, "2022-07-16", "2022-12-31"),  // starts after the window
  };
  CHECK(show(agenda(evaluation, 30)) == "甲: 04-30 07-31 12-31 | 丙: 05-31 | 乙: 06-30");
}

TEST_CASE("agenda: an open row comes before an upcoming one with the same deadline, then plan order") {
  Item item{"1", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(item, "upcoming", Status::upcoming, "2022-07-01", "2022-12-31"),
      make(item, "open-1", Status::open, "2022-01-01", "2022-12-31"),
      make(item, "open-2", Status::open, "2022-01-01", "2022-12-31"),
  };
  CHECK(show(agenda(evaluation, 30)) == "open-1: 12-31 | open-2: 12-31 | upcoming: 12-31");
}

TEST_CASE("agenda: the window takes upcoming periods starting on its last day, not the day after") {
  Item item{"1", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(item, "in", Status::upcoming, "2022-06-29", "2022-07-05"),
      make(item, "out", Status::upcoming, "2022-06-30", "2022-07-06"),
  };
  CHECK(show(agenda(evaluation, 14)) == "in: 07-05");
  CHECK(show(agenda(evaluation, 15)) == "in: 07-05 | out: 07-06");
  CHECK(agenda(evaluation, 0).empty());
}

TEST_CASE("agenda: --who keeps one subject") {
  Item item{"1", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(item, "甲", Status::open, "2022-06-01", "2022-06-30"),
      make(item, "乙", Status::overdue, "2022-05-01", "2022-05-31"),
  };
  auto groups = agenda(evaluation, 30, "甲");
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].subject == "甲");
  CHECK(agenda(evaluation, 30, "丁").empty());
}

TEST_CASE("recently done: met and late quotas whose deadline is at most the window before the as-of date") {
  Item item{"1", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(item, "甲", Status::met, "2022-01-01", "2022-12-31"),   // done early, deadline ahead
      make(item, "甲", Status::met, "2022-05-01", "2022-05-15"),   // deadline exactly 31 days before
      make(item, "乙", Status::late, "2022-05-01", "2022-05-16"),  // deadline exactly 30 days before
      make(item, "乙", Status::met, "2022-06-01", "2022-06-30"),
      make(item, "乙", Status::open, "2022-06-01", "2022-06-30"),  // still owed: on the agenda instead
      make(item, "丙", Status::overdue, "2022-05-01", "2022-05-31"),
      make(item, "丙", Status::upcoming, "2022-07-01", "2022-07-31"),
  };
  auto done = select_recently_done(select_scope(evaluation, {}), evaluation.as_of, 30);
  std::string shown;
  for (const Result* row : done) shown += row->subject + format_date(row->deadline).substr(5) + " ";
  CHECK(shown == "乙05-16 乙06-30 甲12-31 ");
  CHECK(select_recently_done(select_scope(evaluation, {}), evaluation.as_of, 0).size() == 2);
}

TEST_CASE("--within is written as days or weeks") {
  CHECK(parse_within("30d") == 30);
  CHECK(parse_within("2w") == 14);
  CHECK(parse_within("0d") == 0);
  CHECK(parse_within("3W") == 21);
  CHECK(parse_within("36525d") == 36525);
  for (const char* wrong : {"", "d", "30", "3x", "-1d", "+1d", "1.5w", " 3d", "3 d", "36526d", "5218w", "99999999999d"})
    CHECK_MESSAGE(!parse_within(wrong), wrong);
}
