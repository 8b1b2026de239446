#include "evaluate/report.h"

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

Date day(const char* text) { return *parse_date(text); }

Result make(const Item& item, const std::string& subject, Status status, int days_left, const char* end) {
  Result result;
  result.item = &item;
  result.subject = subject;
  result.status = status;
  result.days_left = days_left;
  result.period = Period{day("2022-01-01"), day(end), Frequency::month};
  return result;
}

std::vector<std::string> subjects(const std::vector<const Result*>& rows) {
  std::vector<std::string> names;
  for (const Result* row : rows) names.push_back(row->subject);
  return names;
}

}  // namespace

TEST_CASE("gaps keep item order and put the most urgent first within each item") {
  Item first{"1", "", "", {}, {}}, second{"2", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(first, "open-later", Status::open, 20, "2022-07-05"),
      make(first, "met", Status::met, 0, "2022-06-30"),
      make(first, "open-soon", Status::open, 3, "2022-06-18"),
      make(first, "overdue-recent", Status::overdue, 0, "2022-05-31"),
      make(first, "overdue-old", Status::overdue, 0, "2022-04-30"),
      make(first, "late", Status::late, 0, "2022-03-31"),
      make(second, "upcoming", Status::upcoming, 0, "2022-07-31"),
      make(second, "overdue-2", Status::overdue, 0, "2022-05-31"),
  };
  Query gaps;
  gaps.gaps_only = true;
  CHECK(subjects(select_results(evaluation, gaps)) ==
        std::vector<std::string>{"overdue-old", "overdue-recent", "late", "open-soon", "open-later", "overdue-2"});
}

TEST_CASE("who and item select rows; summaries count them") {
  Item first{"1", "", "", {}, {}}, second{"2", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(first, "甲", Status::met, 0, "2022-06-30"),
      make(first, "乙", Status::open, 3, "2022-06-30"),
      make(second, "甲", Status::overdue, 0, "2022-05-31"),
  };
  Query who;
  who.who = "甲";
  auto rows = select_results(evaluation, who);
  CHECK(subjects(rows) == std::vector<std::string>{"甲", "甲"});
  Summary summary = summarize(rows);
  CHECK(summary.met == 1);
  CHECK(summary.overdue == 1);
  CHECK(summary.open == 0);

  Query item;
  item.item = "2";
  CHECK(subjects(select_results(evaluation, item)) == std::vector<std::string>{"甲"});
  CHECK(summarize(evaluation).open == 1);
}
