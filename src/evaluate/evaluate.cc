#include "evaluate/evaluate.h"

#include <algorithm>

#include "evaluate/entry_index.h"

namespace plancheck {

namespace {

using std::chrono::days;

bool overlaps(const Tenure& tenure, const Period& period) {
  return (!tenure.from || *tenure.from <= period.end) && (!tenure.until || *tenure.until >= period.start);
}

bool holds_any(const Person& person, const std::vector<std::string>& roles, const Period& period) {
  return std::any_of(person.tenures.begin(), person.tenures.end(), [&](const Tenure& tenure) {
    return overlaps(tenure, period) && std::find(roles.begin(), roles.end(), tenure.role) != roles.end();
  });
}

struct Window {
  Date start, end;
};

Window window_of(const Plan& plan, const Rule& rule) {
  return Window{std::max(plan.start, rule.from.value_or(plan.start)),
                std::min(plan.end, rule.until.value_or(plan.end))};
}

std::vector<Period> periods_of(const Plan& plan, const Rule& rule) {
  Window window = window_of(plan, rule);
  if (rule.every != Frequency::once) return calendar_periods(rule.every, window.start, window.end);
  if (!rule.due || *rule.due < window.start) return {};
  return {Period{window.start, *rule.due, Frequency::once}};
}

// Counts the entries and sets status for one result whose subject and period are known.
void judge(Result& result, const EntryIndex& index, Window window, Date as_of) {
  const Period& period = result.period;
  result.deadline = period.end;
  result.days_left = static_cast<int>((result.deadline - as_of).count());
  if (period.start > as_of) {
    result.status = Status::upcoming;
    return;
  }
  const std::string& activity = result.rule->activity;
  result.entries = index.find(activity, result.subject, period.start, std::min(period.end, as_of));
  int in_time = static_cast<int>(result.entries.size());
  if (period.frequency == Frequency::once && in_time < result.required) {
    auto late = index.find(activity, result.subject, period.end + days{1}, std::min(window.end, as_of));
    result.entries.insert(result.entries.end(), late.begin(), late.end());
  }
  result.done = static_cast<int>(result.entries.size());
  if (in_time >= result.required) {
    result.status = Status::met;
  } else if (result.done >= result.required) {
    result.status = Status::late;
  } else if (period.end < as_of) {
    result.status = Status::overdue;
  } else {
    result.status = Status::open;
  }
}

}  // namespace

void Summary::add(Status status) {
  switch (status) {
    case Status::met: ++met; break;
    case Status::late: ++late; break;
    case Status::overdue: ++overdue; break;
    case Status::open: ++open; break;
    case Status::upcoming: ++upcoming; break;
  }
}

std::vector<std::pair<std::string, SubjectKind>> subjects_of(const Plan& plan, const Rule& rule,
                                                             const Period& period) {
  std::vector<std::pair<std::string, SubjectKind>> subjects;
  const auto& names = rule.subjects.names;
  switch (rule.subjects.kind) {
    case SubjectSelector::Kind::by:
      subjects.emplace_back(names.front(), find_person(plan, names.front()) ? SubjectKind::person : SubjectKind::unit);
      break;
    case SubjectSelector::Kind::each_unit:
      for (const auto& unit : plan.units)
        if (unit.kind == names.front()) subjects.emplace_back(unit.id, SubjectKind::unit);
      break;
    case SubjectSelector::Kind::each_role:
      for (const auto& person : plan.people)
        if (holds_any(person, names, period)) subjects.emplace_back(person.name, SubjectKind::person);
      break;
  }
  return subjects;
}

Evaluation evaluate(const Plan& plan, const Ledger& ledger, Date as_of) {
  EntryIndex index(ledger);
  Evaluation evaluation{as_of, {}};
  for (const auto& section : plan.sections)
    for (const auto& item : section.items)
      for (const auto& rule : item.rules)
        for (const auto& period : periods_of(plan, rule))
          for (auto& [subject, kind] : subjects_of(plan, rule, period)) {
            Result result;
            result.section = &section;
            result.item = &item;
            result.rule = &rule;
            result.subject = std::move(subject);
            result.subject_kind = kind;
            result.period = period;
            result.required = rule.at_least;
            judge(result, index, window_of(plan, rule), as_of);
            evaluation.results.push_back(std::move(result));
          }
  return evaluation;
}

}  // namespace plancheck
