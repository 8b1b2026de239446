#include "evaluate/evaluate.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

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

// What one entry adds under `rule`: one, or its hours.
Amount amount_of(const Entry& entry, const Rule& rule) {
  return rule.sum == Measure::count ? Amount::count(1) : entry.hours.value_or(Amount{});
}

// What `entries` add up to under `rule`.
Amount amount_of(const std::vector<std::uint32_t>& entries, const Rule& rule, const Ledger& ledger) {
  Amount total;
  for (auto index : entries) total += amount_of(ledger.entries[index], rule);
  return total;
}

// The day the entries, taken by date, first add up to `required`.
std::optional<Date> day_reaching(std::vector<std::uint32_t> entries, Amount required, const Rule& rule,
                                 const Ledger& ledger) {
  std::stable_sort(entries.begin(), entries.end(),
                   [&](auto a, auto b) { return ledger.entries[a].date < ledger.entries[b].date; });
  Amount total;
  for (auto entry : entries) {
    total += amount_of(ledger.entries[entry], rule);
    if (total >= required) return ledger.entries[entry].date;
  }
  return std::nullopt;
}

// Moves the entries without evidence from `counted` to `lacking`.
void set_aside_lacking_evidence(std::vector<std::uint32_t>& counted, std::vector<std::uint32_t>& lacking,
                                const Ledger& ledger) {
  auto kept = std::stable_partition(counted.begin(), counted.end(),
                                    [&](std::uint32_t entry) { return ledger.entries[entry].has_evidence(); });
  lacking.assign(kept, counted.end());
  counted.erase(kept, counted.end());
}

// Counts the entries and sets status for one result whose subject and period are known. Entries
// count toward the period holding the day they count on, once known (dated by the as-of date);
// those dated after the deadline make the quota late, not met. A `once` task done after its
// period still counts, late, up to the end of the rule's window.
bool lists_absent(const Entry& entry, std::string_view name) {
  const auto& absent = entry.detail().absent;
  return std::any_of(absent.begin(), absent.end(), [&](const Absence& absence) { return absence.name == name; });
}

// The entries that count for `result` on a day in [first, last]: its subject's own and, under
// `in: contact`, those of the units the subject contacts that do not list them as absent; in the
// order of the day they count on, each once.
std::vector<std::uint32_t> entries_for(const Result& result, const Plan& plan, const EntryIndex& index,
                                       const Ledger& ledger, Date first, Date last, Date as_of) {
  const Rule& rule = *result.rule;
  auto found = index.find(rule.activity, result.subject, first, last, as_of);
  const Person* person = rule.through_contact ? find_person(plan, result.subject) : nullptr;
  if (!person || person->contacts.empty()) return found;
  for (const std::string& unit : person->contacts)
    for (auto entry : index.find(rule.activity, unit, first, last, as_of))
      if (!lists_absent(ledger.entries[entry], result.subject)) found.push_back(entry);
  std::sort(found.begin(), found.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Entry& left = ledger.entries[a];
    const Entry& right = ledger.entries[b];
    return std::pair(left.counted_on(), a) < std::pair(right.counted_on(), b);
  });
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

void judge(Result& result, const Plan& plan, const EntryIndex& index, const Ledger& ledger, Window window,
           Date as_of) {
  const Period& period = result.period;
  const Rule& rule = *result.rule;
  result.deadline = period.end + days{rule.grace_days};
  result.days_left = static_cast<int>((result.deadline - as_of).count());
  if (period.start > as_of) {
    result.status = Status::upcoming;
    return;
  }
  auto counted = entries_for(result, plan, index, ledger, period.start, period.end, as_of);
  if (period.frequency == Frequency::once) {
    auto after = entries_for(result, plan, index, ledger, period.end + days{1}, window.end, as_of);
    counted.insert(counted.end(), after.begin(), after.end());
  }
  if (rule.evidence_required) set_aside_lacking_evidence(counted, result.lacking_evidence, ledger);
  std::vector<std::uint32_t> in_time;
  for (auto entry : counted)
    if (ledger.entries[entry].date <= result.deadline && ledger.entries[entry].counted_on() <= period.end)
      in_time.push_back(entry);
  Amount in_time_amount = amount_of(in_time, rule, ledger);
  if (in_time_amount >= result.required) {
    result.entries = std::move(in_time);
    result.done = in_time_amount;
    result.status = Status::met;
    result.completed_on = day_reaching(result.entries, result.required, rule, ledger);
    return;
  }
  result.entries = std::move(counted);
  result.done = amount_of(result.entries, rule, ledger);
  if (result.done >= result.required) {
    result.status = Status::late;
    result.completed_on = day_reaching(result.entries, result.required, rule, ledger);
  } else if (result.deadline < as_of) {
    result.status = Status::overdue;
  } else {
    result.status = Status::open;
  }
}

// The part of `period` in which `person` holds one of `roles`: from the first such day to the
// last. Nothing when they hold none of them in it.
std::optional<Period> tenure_within(const Person& person, const std::vector<std::string>& roles, const Period& period) {
  std::optional<Period> held;
  for (const Tenure& tenure : person.tenures) {
    if (!overlaps(tenure, period) || std::find(roles.begin(), roles.end(), tenure.role) == roles.end()) continue;
    Date first = std::max(period.start, tenure.from.value_or(period.start));
    Date last = std::min(period.end, tenure.until.value_or(period.end));
    if (!held) held = Period{first, last, period.frequency};
    held->start = std::min(held->start, first);
    held->end = std::max(held->end, last);
  }
  return held;
}

// The subject's own part of a period: for `each` rules, the days they hold the role.
Period subject_period(const Plan& plan, const Rule& rule, const std::string& subject, const Period& period) {
  if (rule.subjects.kind != SubjectSelector::Kind::each_role) return period;
  const Person* person = find_person(plan, subject);
  return person ? tenure_within(*person, rule.subjects.names, period).value_or(period) : period;
}

// How many people belong to each unit (member_count), counted once per unit.
class UnitSizes {
 public:
  explicit UnitSizes(const Plan& plan) : plan_(plan) {}
  std::optional<int> operator()(const std::string& unit) {
    auto [found, added] = sizes_.try_emplace(unit);
    if (added) found->second = member_count(plan_, unit);
    return found->second;
  }

 private:
  const Plan& plan_;
  std::unordered_map<std::string, std::optional<int>> sizes_;
};

// The attendance of the entries that give who attended, for a unit of `size` people.
std::optional<Attendance> attendance_of(const std::vector<std::uint32_t>& entries, std::optional<int> size,
                                        const Ledger& ledger) {
  if (!size || *size <= 0) return std::nullopt;
  Attendance attendance;
  for (auto index : entries) {
    const Entry& entry = ledger.entries[index];
    if (!entry.present) continue;
    ++attendance.meetings;
    attendance.present += *entry.present;
    attendance.expected += *size;
  }
  if (!attendance.meetings) return std::nullopt;
  return attendance;
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
  UnitSizes sizes(plan);
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
            result.period = subject_period(plan, rule, result.subject, period);
            result.required = rule.at_least;
            judge(result, plan, index, ledger, window_of(plan, rule), as_of);
            if (kind == SubjectKind::unit && rule.attendance_minimum)
              result.attendance = attendance_of(result.entries, sizes(result.subject), ledger);
            evaluation.results.push_back(std::move(result));
          }
  return evaluation;
}

}  // namespace plancheck
