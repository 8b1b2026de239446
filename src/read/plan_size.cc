#include "read/plan_size.h"

#include <algorithm>

#include "read/read_messages.h"

namespace plancheck {

namespace {

// The number of the calendar period of `frequency` that `day` lies in, counted from year 0.
std::int64_t period_number(Frequency frequency, Date day) {
  std::int64_t months = std::int64_t{year_of(day)} * 12 + month_of(day) - 1;
  switch (frequency) {
    case Frequency::half: return months / 6;
    case Frequency::quarter: return months / 3;
    case Frequency::month: return months;
    case Frequency::week: return (day.time_since_epoch().count() + 3) / 7;  // weeks from Monday (1970-01-01 is a Thursday)
    case Frequency::once: return 0;
    default: return months / 12;
  }
}

std::uint64_t periods_of(const Rule& rule, const Plan& plan) {
  Date first = std::max(plan.start, rule.from.value_or(plan.start));
  Date last = std::min(plan.end, rule.until.value_or(plan.end));
  if (last < first) return 0;
  return static_cast<std::uint64_t>(period_number(rule.every, last) - period_number(rule.every, first) + 1);
}

std::uint64_t subjects_of(const Rule& rule, const Plan& plan) {
  const auto& names = rule.subjects.names;
  auto named = [&](const std::string& name) { return std::find(names.begin(), names.end(), name) != names.end(); };
  switch (rule.subjects.kind) {
    case SubjectSelector::Kind::each_role:
      return static_cast<std::uint64_t>(std::count_if(plan.people.begin(), plan.people.end(), [&](const Person& person) {
        return std::any_of(person.tenures.begin(), person.tenures.end(),
                           [&](const Tenure& tenure) { return named(tenure.role); });
      }));
    case SubjectSelector::Kind::each_unit:
      return static_cast<std::uint64_t>(
          std::count_if(plan.units.begin(), plan.units.end(), [&](const Unit& unit) { return named(unit.kind); }));
    default: return 1;
  }
}

}  // namespace

std::uint64_t quota_result_bound(const Plan& plan) {
  std::uint64_t total = 0;
  for (const Section& section : plan.sections)
    for (const Item& item : section.items)
      for (const Rule& rule : item.rules) total += periods_of(rule, plan) * subjects_of(rule, plan);
  return total;
}

void check_plan_size(NodeReader& reader, const YamlNode* header, const Plan& plan) {
  std::uint64_t bound = quota_result_bound(plan);
  if (bound <= kMaxQuotaResults) return;
  const YamlNode* end = header && header->kind == YamlNode::Kind::mapping ? header->find("end") : nullptr;
  Text message = phrase(messages::kTooManyQuotaResults.message, bound, kMaxQuotaResults);
  Text hint = phrase(messages::kTooManyQuotaResults.hint, format_date(plan.start), format_date(plan.end));
  if (end)
    reader.error(*end, std::move(message), std::move(hint));
  else
    reader.report(Severity::error, {1, 1}, std::move(message), std::move(hint));
}

}  // namespace plancheck
