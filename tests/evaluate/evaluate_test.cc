#include "evaluate/evaluate.h"

#include <doctest/doctest.h>

#include "read/log_reader.h"
#include "read/plan_reader.h"

using namespace plancheck;

namespace {

Date day(const char* text) { return *parse_date(text); }

// A plan and ledger read from YAML text, failing the test on any error.
struct Fixture {
  Plan plan;
  Ledger ledger;

  Fixture(const std::string& rules, const std::string& log) {
    std::string text = R"(plancheck: 1
plan: {id: t, title: T, start: 2022-01-01, end: 2022-12-31}
roles: [书记, 委员]
activities: [党课, 支委会, 方案]
units:
  - {id: 一支部, kind: 支部}
  - {id: 二支部, kind: 支部}
people:
  - {name: 甲, roles: [书记]}
  - name: 乙
    roles: [{role: 委员, until: 2022-06-30}]
  - name: 丙
    roles: [{role: 委员, from: 2022-07-01}, 书记]
sections:
  - id: 一
    items:
      - id: 1
        rules:
)" + rules;
    Diagnostics diagnostics;
    auto read = read_plan_text(text, "plan.yaml", diagnostics);
    REQUIRE(read);
    for (const auto& d : diagnostics) INFO(d.message.en);
    REQUIRE(diagnostics.empty());
    plan = std::move(*read);
    PlanNames names(plan);
    read_log_text(log, "log.yaml", names, ledger, diagnostics);
    for (const auto& d : diagnostics)
      if (d.severity == Severity::error) FAIL_CHECK(d.message.en);  // warnings (an entry counting for nobody) are the point of some tests
  }
};

Result only(const Evaluation& evaluation) {
  REQUIRE(evaluation.results.size() == 1);
  return evaluation.results.front();
}

}  // namespace

TEST_CASE("a yearly quota is met, open, or overdue depending on the as-of date") {
  Fixture f("          - {id: r, activity: 党课, by: 甲, at_least: 2, every: year}\n",
            "- {date: 2022-03-01, activity: 党课, by: 甲}\n"
            "- {date: 2022-09-01, activity: 党课, by: 甲}\n");
  const Result& mid = only(evaluate(f.plan, f.ledger, day("2022-06-30")));
  CHECK(mid.status == Status::open);
  CHECK(mid.done == Amount::count(1));
  CHECK(mid.required == Amount::count(2));
  CHECK(mid.days_left == 184);
  CHECK(mid.entries.size() == 1);

  CHECK(only(evaluate(f.plan, f.ledger, day("2022-09-01"))).status == Status::met);

  Fixture unmet("          - {id: r, activity: 党课, by: 甲, at_least: 3, every: year}\n",
                "- {date: 2022-03-01, activity: 党课, by: 甲}\n");
  const Result& after = only(evaluate(unmet.plan, unmet.ledger, day("2023-01-01")));
  CHECK(after.status == Status::overdue);
  CHECK(after.done == Amount::count(1));
}

TEST_CASE("open on the last day of the period with 0 days left, overdue the day after") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: month}\n", "");
  auto on_last_day = evaluate(f.plan, f.ledger, day("2022-01-31"));
  CHECK(on_last_day.results[0].status == Status::open);
  CHECK(on_last_day.results[0].deadline == day("2022-01-31"));
  CHECK(on_last_day.results[0].days_left == 0);
  CHECK(on_last_day.results[1].status == Status::upcoming);
  CHECK(on_last_day.results[1].days_left == 28);  // days to the deadline, whatever the status
  auto next_day = evaluate(f.plan, f.ledger, day("2022-02-01"));
  CHECK(next_day.results[0].status == Status::overdue);
  CHECK(next_day.results[0].days_left == -1);
  CHECK(next_day.results[1].status == Status::open);
  CHECK(next_day.results[1].days_left == 27);
}

TEST_CASE("entries after the as-of date are ignored, so past dates reproduce") {
  Fixture f("          - {id: r, activity: 党课, by: 甲, every: year}\n",
            "- {date: 2022-05-10, activity: 党课, by: 甲}\n");
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-05-09"))).status == Status::open);
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-05-09"))).done == Amount::count(0));
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-05-10"))).status == Status::met);
}

TEST_CASE("only entries of the rule's activity crediting the subject count") {
  Fixture f("          - {id: r, activity: 党课, by: 甲, every: year}\n",
            "- {date: 2022-05-10, activity: 支委会, by: 甲}\n"
            "- {date: 2022-05-11, activity: 党课, by: 乙}\n"
            "- {date: 2022-05-12, activity: 党课, by: [乙, 甲]}\n");
  const Result& result = only(evaluate(f.plan, f.ledger, day("2022-12-31")));
  CHECK(result.done == Amount::count(1));
  CHECK(f.ledger.entries[result.entries[0]].line == 3);
}

TEST_CASE("each_unit gives one result per unit of the kind, per period") {
  Fixture f("          - {id: r, activity: 支委会, each_unit: 支部, every: quarter}\n",
            "- {date: 2022-02-10, activity: 支委会, by: 二支部}\n");
  auto evaluation = evaluate(f.plan, f.ledger, day("2022-03-31"));
  REQUIRE(evaluation.results.size() == 8);
  CHECK(evaluation.results[0].subject == "一支部");
  CHECK(evaluation.results[0].subject_kind == SubjectKind::unit);
  CHECK(evaluation.results[0].status == Status::open);
  CHECK(evaluation.results[1].subject == "二支部");
  CHECK(evaluation.results[1].status == Status::met);
  CHECK(evaluation.results[2].status == Status::upcoming);
  CHECK(evaluation.results[2].period.start == day("2022-04-01"));
  CHECK(evaluation.results[2].period.end == day("2022-06-30"));
}

TEST_CASE("each role: people whose tenure overlaps the period, once each") {
  Fixture f("          - {id: r, activity: 党课, each: [书记, 委员], every: half}\n", "");
  auto evaluation = evaluate(f.plan, f.ledger, day("2022-01-01"));
  std::vector<std::string> first_half, second_half;
  for (const auto& result : evaluation.results)
    (result.period.start == day("2022-01-01") ? first_half : second_half).push_back(result.subject);
  // 丙 holds 书记 for the whole plan and 委员 from July: one subject in each half.
  CHECK(first_half == std::vector<std::string>{"甲", "乙", "丙"});
  CHECK(second_half == std::vector<std::string>{"甲", "丙"});
}

TEST_CASE("from and until clip the periods, a clipped period still needs the full quota") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: month, from: 2022-03-15, until: 2022-05-10}\n",
            "- {date: 2022-03-01, activity: 支委会, by: 一支部}\n");
  auto evaluation = evaluate(f.plan, f.ledger, day("2022-12-31"));
  REQUIRE(evaluation.results.size() == 3);
  CHECK(evaluation.results[0].period.start == day("2022-03-15"));
  CHECK(evaluation.results[0].period.end == day("2022-03-31"));
  CHECK(evaluation.results[0].status == Status::overdue);  // the March 1 meeting is before the window
  CHECK(evaluation.results[2].period.end == day("2022-05-10"));
}

TEST_CASE("once: met before due, late after due, overdue without, open before due") {
  const std::string rule = "          - {id: r, activity: 方案, by: 一支部, every: once, due: 2022-03-31}\n";
  Fixture on_time(rule, "- {date: 2022-03-31, activity: 方案, by: 一支部}\n");
  CHECK(only(evaluate(on_time.plan, on_time.ledger, day("2022-12-31"))).status == Status::met);

  Fixture late(rule, "- {date: 2022-04-02, activity: 方案, by: 一支部}\n");
  const Result& late_result = only(evaluate(late.plan, late.ledger, day("2022-12-31")));
  CHECK(late_result.status == Status::late);
  CHECK(late_result.done == Amount::count(1));
  CHECK(late_result.period.end == day("2022-03-31"));
  CHECK(late_result.period.frequency == Frequency::once);
  // Before the late entry was made, the rule was simply overdue.
  CHECK(only(evaluate(late.plan, late.ledger, day("2022-04-01"))).status == Status::overdue);

  Fixture none(rule, "");
  const Result& open = only(evaluate(none.plan, none.ledger, day("2022-03-01")));
  CHECK(open.status == Status::open);
  CHECK(open.days_left == 30);
}

TEST_CASE("once with a start after the as-of date is upcoming") {
  Fixture f("          - {id: r, activity: 方案, by: 一支部, every: once, due: 2022-09-30, from: 2022-07-01}\n", "");
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-06-30"))).status == Status::upcoming);
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-07-01"))).days_left == 91);
}

TEST_CASE("weekly rules use ISO weeks clipped to the plan") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: week}\n", "");
  auto evaluation = evaluate(f.plan, f.ledger, day("2022-01-01"));
  REQUIRE(evaluation.results.size() == 53);
  // 2022-01-01 is a Saturday in ISO week 52 of 2021.
  CHECK(evaluation.results[0].period.end == day("2022-01-02"));
  CHECK(iso_week(evaluation.results[0].period.start).week == 52);
  CHECK(evaluation.results[1].period.start == day("2022-01-03"));
  CHECK(iso_week(evaluation.results[1].period.start).week == 1);
  CHECK(evaluation.results.back().period.start == day("2022-12-26"));
}

TEST_CASE("summary counts every status") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: month}\n",
            "- {date: 2022-02-01, activity: 支委会, by: 一支部}\n");
  Summary summary;
  for (const auto& result : evaluate(f.plan, f.ledger, day("2022-03-10")).results) summary.add(result.status);
  CHECK(summary.overdue == 1);
  CHECK(summary.met == 1);
  CHECK(summary.open == 1);
  CHECK(summary.upcoming == 9);
  CHECK(summary.late == 0);
}

TEST_CASE("tenure: a holder's period runs from their first day in the role to their last") {
  Fixture f("          - {id: r, activity: 党课, each: 委员, every: year}\n",
            "- {date: 2022-06-30, activity: 党课, by: 乙}\n"   // 乙's last day as 委员
            "- {date: 2022-06-30, activity: 党课, by: 丙}\n"   // the day before 丙 takes office
            "- {date: 2022-07-01, activity: 党课, by: 丙}\n");  // 丙's first day
  Evaluation june = evaluate(f.plan, f.ledger, day("2022-06-30"));
  REQUIRE(june.results.size() == 2);
  const Result& leaving = june.results[0];
  CHECK(leaving.subject == "乙");
  CHECK(leaving.period.start == day("2022-01-01"));
  CHECK(leaving.period.end == day("2022-06-30"));
  CHECK(leaving.deadline == day("2022-06-30"));
  CHECK(leaving.status == Status::met);
  const Result& arriving = june.results[1];
  CHECK(arriving.subject == "丙");
  CHECK(arriving.period.start == day("2022-07-01"));
  CHECK(arriving.status == Status::upcoming);  // a lecture before taking office does not count

  Evaluation july = evaluate(f.plan, f.ledger, day("2022-07-01"));
  CHECK(july.results[1].status == Status::met);
  CHECK(july.results[1].done == Amount::count(1));
  CHECK(july.results[1].entries.size() == 1);
}

TEST_CASE("tenure: someone who left owes by their last day, and is overdue the day after") {
  Fixture f("          - {id: r, activity: 党课, each: 委员, every: year}\n", "");
  Evaluation last_day = evaluate(f.plan, f.ledger, day("2022-06-30"));
  CHECK(last_day.results[0].status == Status::open);
  CHECK(last_day.results[0].days_left == 0);
  Evaluation after = evaluate(f.plan, f.ledger, day("2022-07-01"));
  CHECK(after.results[0].status == Status::overdue);
  CHECK(after.results[0].days_left == -1);
}

TEST_CASE("for: a meeting held in January for the year before counts for that year, not this one") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: year}\n",
            "- {date: 2022-01-10, activity: 支委会, by: 一支部, for: 2021}\n"
            "- {date: 2022-12-31, activity: 支委会, by: 一支部, for: 2022}\n");
  Evaluation january = evaluate(f.plan, f.ledger, day("2022-01-31"));
  CHECK(only(january).status == Status::open);  // the 2021 meeting is not 2022's
  CHECK(only(january).done == Amount::count(0));
  Evaluation year_end = evaluate(f.plan, f.ledger, day("2022-12-31"));
  CHECK(only(year_end).status == Status::met);
  CHECK(only(year_end).entries.size() == 1);
}

TEST_CASE("for: an entry dated after its period counts for it, known only from its real date") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: half}\n",
            "- {date: 2022-07-05, activity: 支委会, by: 一支部, for: 2022-H1}\n");
  // Without grace, held after the half-year's end: late, and only once it happened.
  CHECK(evaluate(f.plan, f.ledger, day("2022-07-04")).results[0].status == Status::overdue);
  const Result first = evaluate(f.plan, f.ledger, day("2022-07-05")).results[0];
  CHECK(first.status == Status::late);
  CHECK(first.completed_on == day("2022-07-05"));
  CHECK(evaluate(f.plan, f.ledger, day("2022-07-05")).results[1].status == Status::open);  // not H2's
}

TEST_CASE("grace: the deadline is the period's end plus grace, open until it, met when done by it") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: month, grace: 10, from: 2022-06-01, until: "
            "2022-06-30}\n",
            "- {date: 2022-07-10, activity: 支委会, by: 一支部, for: 2022-06}\n");
  const Result on_deadline_before = only(evaluate(f.plan, f.ledger, day("2022-07-09")));
  CHECK(on_deadline_before.deadline == day("2022-07-10"));
  CHECK(on_deadline_before.status == Status::open);
  CHECK(on_deadline_before.days_left == 1);
  const Result last_day = only(evaluate(f.plan, f.ledger, day("2022-07-10")));
  CHECK(last_day.status == Status::met);  // grace ending on the as-of day, done on it
  CHECK(last_day.days_left == 0);
}

TEST_CASE("grace: work after the deadline makes the quota late, nothing by then, overdue") {
  Fixture f("          - {id: r, activity: 支委会, by: 一支部, every: month, grace: 10, from: 2022-06-01, until: "
            "2022-06-30}\n",
            "- {date: 2022-07-11, activity: 支委会, by: 一支部, for: 2022-06}\n");
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-07-10"))).status == Status::open);
  CHECK(only(evaluate(f.plan, f.ledger, day("2022-07-11"))).status == Status::late);
  Fixture none("          - {id: r, activity: 支委会, by: 一支部, every: month, grace: 10, from: 2022-06-01, until: "
               "2022-06-30}\n",
               "");
  CHECK(only(evaluate(none.plan, none.ledger, day("2022-07-11"))).status == Status::overdue);
}

TEST_CASE("sum: hours adds up decimal hours exactly, a met quota counts what was done by the deadline") {
  Fixture f("          - {id: r, activity: 党课, by: 甲, every: half, sum: hours, at_least: 3.3, until: 2022-06-30}\n",
            "- {date: 2022-02-01, activity: 党课, by: 甲, hours: 1.1}\n"
            "- {date: 2022-03-01, activity: 党课, by: 甲, hours: 1.1}\n"
            "- {date: 2022-04-01, activity: 党课, by: 甲}\n"  // no hours: adds nothing
            "- {date: 2022-05-01, activity: 党课, by: 甲, hours: 1.1}\n");
  const Result april = only(evaluate(f.plan, f.ledger, day("2022-04-30")));
  CHECK(april.status == Status::open);
  CHECK(april.done == Amount{220});
  CHECK(april.required == Amount{330});
  const Result may = only(evaluate(f.plan, f.ledger, day("2022-05-01")));
  CHECK(may.status == Status::met);  // 1.1 + 1.1 + 1.1 is exactly 3.3
  CHECK(may.done == Amount{330});
  CHECK(may.completed_on == day("2022-05-01"));
}

TEST_CASE("evidence: required counts only entries with evidence, and keeps the others apart") {
  // Read without a folder to look in, evidence is taken as given; the reader tests cover looking.
  Fixture f("          - {id: r, activity: 党课, by: 甲, at_least: 2, every: year, evidence: required}\n",
            "- {date: 2022-03-01, activity: 党课, by: 甲, evidence: [签到表.pdf]}\n"
            "- {date: 2022-04-01, activity: 党课, by: 甲}\n"
            "- {date: 2022-05-01, activity: 党课, by: 甲, evidence: ['https://pan.example.cn/s/1']}\n");
  f.ledger.entries[0].evidence = EvidenceFound::found;
  Result met = only(evaluate(f.plan, f.ledger, day("2022-06-30")));
  CHECK(met.status == Status::met);
  CHECK(met.done == Amount::count(2));
  CHECK(met.entries == std::vector<std::uint32_t>{0, 2});
  CHECK(met.lacking_evidence == std::vector<std::uint32_t>{1});
  // A file that was looked for and not found counts no more than none at all.
  f.ledger.entries[0].evidence = EvidenceFound::not_found;
  Result open = only(evaluate(f.plan, f.ledger, day("2022-06-30")));
  CHECK(open.status == Status::open);
  CHECK(open.done == Amount::count(1));
  CHECK(open.lacking_evidence == std::vector<std::uint32_t>{0, 1});
  // Without `evidence: required` every entry counts.
  Fixture optional("          - {id: r, activity: 党课, by: 甲, at_least: 3, every: year, evidence: optional}\n",
                   "- {date: 2022-03-01, activity: 党课, by: 甲}\n");
  CHECK(only(evaluate(optional.plan, optional.ledger, day("2022-06-30"))).done == Amount::count(1));
  CHECK(only(evaluate(optional.plan, optional.ledger, day("2022-06-30"))).lacking_evidence.empty());
}

TEST_CASE("attendance: a rule with attendance gives each unit's rate over the entries that count") {
  // 一支部 has 10 members by its size; 二支部 none known.
  Fixture f("          - {id: r, activity: 支委会, each_unit: 支部, every: half, attendance: 0.8}\n"
            "          - {id: s, activity: 党课, by: 一支部, every: half}\n",
            "- {date: 2022-02-01, activity: 支委会, by: 一支部, attendees: 9}\n"
            "- {date: 2022-03-01, activity: 支委会, by: 一支部, attendees: [甲, 乙, 丙, 丁, 戊, 己, 庚]}\n"
            "- {date: 2022-04-01, activity: 支委会, by: 一支部}\n"
            "- {date: 2022-03-01, activity: 支委会, by: 二支部, attendees: 5}\n"
            "- {date: 2022-03-01, activity: 党课, by: 一支部, attendees: 5}\n");
  f.plan.units[0].members = 10;
  Evaluation evaluation = evaluate(f.plan, f.ledger, day("2022-06-30"));
  const Result* first = nullptr;
  for (const Result& result : evaluation.results) {
    if (result.rule->id == "s") CHECK_FALSE(result.attendance);  // no attendance: asked for
    if (result.subject == "二支部") CHECK_FALSE(result.attendance);  // its size is not known
    if (result.rule->id == "r" && result.subject == "一支部" && result.period.start == day("2022-01-01")) first = &result;
  }
  REQUIRE(first);
  REQUIRE(first->attendance);
  // Two of the three meetings say who came: 9 + 7 of 2 × 10.
  CHECK(*first->attendance == Attendance{2, 16, 20});
  CHECK(first->attendance->percent() == 80);
  CHECK_FALSE(first->attendance->below(80));
  CHECK(first->attendance->below(81));
}

TEST_CASE("attendance percent rounds half up, and below compares exactly") {
  CHECK(Attendance{1, 45, 52}.percent() == 87);  // 86.5…
  CHECK(Attendance{1, 1, 8}.percent() == 13);    // 12.5
  CHECK(Attendance{1, 0, 8}.percent() == 0);
  CHECK(Attendance{1, 9, 8}.percent() == 113);   // guests: more than the unit
  CHECK(Attendance{1, 799, 1000}.below(80));     // 79.9% is below 80% though it shows as 80%
  CHECK(Attendance{1, 799, 1000}.percent() == 80);
}
