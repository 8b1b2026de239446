#include "evaluate/report.h"

#include <doctest/doctest.h>

using namespace plancheck;

namespace {

Date day(const char* text) { return *parse_date(text); }

// A result as evaluate makes it: its deadline the period's end, days left counted from `as_of`.
Result make(const Item& item, const std::string& subject, Status status, const char* end,
            const char* as_of = "2022-06-15") {
  Result result;
  result.item = &item;
  result.subject = subject;
  result.status = status;
  result.period = Period{day("2022-01-01"), day(end), Frequency::month};
  result.deadline = result.period.end;
  result.days_left = static_cast<int>((result.deadline - day(as_of)).count());
  return result;
}

std::vector<std::string> subjects(const std::vector<const Result*>& rows) {
  std::vector<std::string> names;
  for (const Result* row : rows) names.push_back(row->subject);
  return names;
}

// A plan of two sections, the first with items 1 and 2 (2 without rules), the second with item 3.
struct TwoSections {
  Plan plan;
  Workspace inputs;
  TwoSections() {
    plan.sections = {Section{"一", "", {Item{"1", "", "", {Rule{}}, {}}, Item{"2", "", "", {}, {}}}, {}},
                     Section{"二", "", {Item{"3", "", "", {Rule{}}, {}}}, {}}};
    inputs.plan = plan;
  }
  const Item& item(int section, int index) const { return inputs.plan->sections[section].items[index]; }
};

}  // namespace

TEST_CASE("gaps keep item order and put the most urgent first within each item") {
  Item first{"1", "", "", {}, {}}, second{"2", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(first, "open-later", Status::open, "2022-07-05"),
      make(first, "met", Status::met, "2022-06-30"),
      make(first, "open-soon", Status::open, "2022-06-18"),
      make(first, "overdue-recent", Status::overdue, "2022-05-31"),
      make(first, "overdue-old", Status::overdue, "2022-04-30"),
      make(first, "late", Status::late, "2022-03-31"),
      make(second, "upcoming", Status::upcoming, "2022-07-31"),
      make(second, "overdue-2", Status::overdue, "2022-05-31"),
  };
  CHECK(subjects(select_gaps(select_scope(evaluation, {}))) ==
        std::vector<std::string>{"overdue-old", "overdue-recent", "late", "open-soon", "open-later", "overdue-2"});
}

TEST_CASE("who and item select the scope, summaries count it") {
  Item first{"1", "", "", {}, {}}, second{"2", "", "", {}, {}};
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {
      make(first, "甲", Status::met, "2022-06-30"),
      make(first, "乙", Status::open, "2022-06-30"),
      make(second, "甲", Status::overdue, "2022-05-31"),
  };
  Query who;
  who.who = "甲";
  auto rows = select_scope(evaluation, who);
  CHECK(subjects(rows) == std::vector<std::string>{"甲", "甲"});
  Summary summary = summarize(rows);
  CHECK(summary.met == 1);
  CHECK(summary.overdue == 1);
  CHECK(summary.open == 0);

  Query item;
  item.item = "2";
  CHECK(subjects(select_scope(evaluation, item)) == std::vector<std::string>{"甲"});
  CHECK(summarize(evaluation).open == 1);
}

TEST_CASE("the report groups its rows by section and item, with their summaries") {
  TwoSections f;
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {make(f.item(0, 0), "甲", Status::met, "2022-06-30"),
                        make(f.item(0, 0), "乙", Status::overdue, "2022-05-31"),
                        make(f.item(1, 0), "甲", Status::open, "2022-06-30")};
  Report status = build_report(ReportKind::status, f.inputs, evaluation, {});
  REQUIRE(status.sections.size() == 2);
  // A whole status report lists the item without rules too.
  REQUIRE(status.sections[0].items.size() == 2);
  CHECK(status.sections[0].items[0].summary.met == 1);
  CHECK(status.sections[0].items[0].summary.overdue == 1);
  CHECK(status.sections[0].items[1].rows.empty());
  CHECK(status.sections[0].summary.overdue == 1);
  CHECK(status.sections[1].summary.open == 1);
  CHECK(status.shown.met == 1);

  Report gaps = build_report(ReportKind::gaps, f.inputs, evaluation, {});
  CHECK(subjects(gaps.rows) == std::vector<std::string>{"乙", "甲"});
  REQUIRE(gaps.sections.size() == 2);
  CHECK(gaps.sections[0].items.size() == 1);  // without the item without rules
  CHECK(gaps.all.met == 1);
  CHECK(gaps.shown.met == 0);

  Query who;
  who.who = "甲";
  Report narrowed = build_report(ReportKind::status, f.inputs, evaluation, who);
  CHECK(narrowed.sections[0].items.size() == 1);  // not a whole report: only items with rows
}

TEST_CASE("the failure policy decides both the failing rows and the exit code") {
  TwoSections f;
  Evaluation evaluation{day("2022-06-15"), {}};
  evaluation.results = {make(f.item(0, 0), "open", Status::open, "2022-06-30"),
                        make(f.item(1, 0), "late", Status::late, "2022-03-31")};
  auto exit_code = [&](FailOn fail_on, ReportKind kind = ReportKind::gaps) {
    return build_report(kind, f.inputs, evaluation, {}, FailurePolicy{fail_on}).exit_code();
  };
  CHECK(exit_code(FailOn::overdue) == kExitOk);
  CHECK(exit_code(FailOn::open) == kExitGaps);
  CHECK(exit_code(FailOn::never) == kExitOk);
  CHECK(exit_code(FailOn::open, ReportKind::status) == kExitOk);  // only check fails a run

  evaluation.results.push_back(make(f.item(1, 0), "overdue", Status::overdue, "2022-05-31"));
  CHECK(exit_code(FailOn::overdue) == kExitGaps);
  CHECK(exit_code(FailOn::never) == kExitOk);
  Report quiet = build_report(ReportKind::gaps, f.inputs, evaluation, {}, FailurePolicy{FailOn::overdue}, true);
  CHECK(subjects(quiet.rows) == std::vector<std::string>{"overdue"});
  CHECK(quiet.scope.size() == 3);

  f.inputs.diagnostics.push_back(Diagnostic{Severity::error, "plan.yaml", 1, 1, {}, {}});
  CHECK(inputs_report(ReportKind::gaps, f.inputs).exit_code() == kExitInvalid);
  CHECK(inputs_report(ReportKind::validation, f.inputs).exit_code() == kExitInvalid);
  f.inputs.diagnostics.clear();
  CHECK(inputs_report(ReportKind::validation, f.inputs).exit_code() == kExitOk);
}
