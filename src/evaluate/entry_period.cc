#include "evaluate/entry_period.h"

#include <fmt/format.h>

#include <algorithm>

#include "evaluate/period.h"

namespace plancheck {

namespace {

bool counts_for_any(const Plan& plan, const Rule& rule, const std::vector<std::string>& by) {
  std::vector<std::string> subjects = rule_subject_names(plan, rule.subjects);
  return std::any_of(by.begin(), by.end(), [&](const std::string& name) {
    return std::find(subjects.begin(), subjects.end(), name) != subjects.end();
  });
}

}  // namespace

std::optional<std::string> period_name_containing(Frequency frequency, Date day) {
  int year = year_of(day);
  unsigned month = month_of(day);
  switch (frequency) {
    case Frequency::year: return std::to_string(year);
    case Frequency::half: return fmt::format("{}-H{}", year, month <= 6 ? 1 : 2);
    case Frequency::quarter: return fmt::format("{}-Q{}", year, (month - 1) / 3 + 1);
    case Frequency::month: return fmt::format("{}-{:02}", year, month);
    case Frequency::week:
    case Frequency::once: break;
  }
  return std::nullopt;
}

std::optional<GracePeriod> grace_period_at(const Plan& plan, std::string_view activity,
                                           const std::vector<std::string>& by, Date date) {
  for (const Section& section : plan.sections)
    for (const Item& item : section.items)
      for (const Rule& rule : item.rules) {
        if (rule.activity != activity || rule.grace_days <= 0 || !counts_for_any(plan, rule, by)) continue;
        Period present = period_containing(rule.every, date);
        Date earlier_end = present.start - std::chrono::days{1};
        if ((date - earlier_end).count() > rule.grace_days) continue;
        auto earlier = period_name_containing(rule.every, earlier_end);
        auto current = period_name_containing(rule.every, date);
        if (earlier && current) return GracePeriod{*earlier, *current};
      }
  return std::nullopt;
}

}  // namespace plancheck
