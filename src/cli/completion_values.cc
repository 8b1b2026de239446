#include "cli/completion_values.h"

#include <chrono>
#include <exception>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "read/plan_reader.h"

namespace plancheck {

namespace {

enum class ValueKind { none, subject, person, activity, item, month, period, any_file, yaml_file };

// What each option's value means; options not listed take values the plan does not name.
ValueKind value_kind(const CompletionOption& option) {
  static const std::map<std::string, ValueKind> kinds{
      {"--who", ValueKind::subject},       {"--by", ValueKind::subject},       {"--attendees", ValueKind::person},
      {"--activity", ValueKind::activity}, {"--item", ValueKind::item},        {"--month", ValueKind::month},
      {"--for", ValueKind::period},        {"--absent", ValueKind::person},
      {"--template", ValueKind::any_file}, {"--output", ValueKind::any_file}, {"--evidence", ValueKind::any_file},
      {"--file", ValueKind::yaml_file},     {"--from", ValueKind::yaml_file},   {"--map", ValueKind::any_file}};
  for (const auto& name : option.names)
    if (auto found = kinds.find(name); found != kinds.end()) return found->second;
  return ValueKind::none;
}

// A word as the shell would pass it on: quotes removed, backslashes resolved, ~/ expanded.
std::string shell_word_value(const std::string& word, const std::string& home) {
  std::string value;
  char quote = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (quote == 0 && (c == '\'' || c == '"')) {
      quote = c;
    } else if (quote != 0 && c == quote) {
      quote = 0;
    } else if (c == '\\' && quote != '\'' && i + 1 < word.size()) {
      value += word[++i];
    } else {
      value += c;
    }
  }
  if (value.starts_with("~/") && !home.empty()) value = home + value.substr(1);
  return value;
}

std::optional<Plan> read_plan_quietly(const std::string& plan_file, const std::string& home) {
  if (plan_file.empty()) return std::nullopt;
  try {
    Diagnostics ignored;
    return read_plan(shell_word_value(plan_file, home), ignored);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string joined(const std::vector<Tenure>& tenures) {
  std::string roles;
  for (const auto& tenure : tenures) roles += (roles.empty() ? "" : "、") + tenure.role;
  return roles;
}

std::vector<Candidate> subjects(const Plan& plan, bool with_units) {
  std::vector<Candidate> names;
  for (const auto& person : plan.people) names.push_back({person.name, joined(person.tenures)});
  if (with_units)
    for (const auto& unit : plan.units) names.push_back({unit.id, unit.kind});
  return names;
}

std::vector<Candidate> plan_months(const Plan& plan) {
  using namespace std::chrono;
  std::vector<Candidate> names;
  year_month last = year_month_day(plan.end).year() / year_month_day(plan.end).month();
  for (year_month month = year_month_day(plan.start).year() / year_month_day(plan.start).month();
       month <= last && names.size() < 120; month += std::chrono::months{1})
    names.push_back({fmt::format("{:04}-{:02}", int(month.year()), unsigned(month.month())), {}});
  return names;
}

}  // namespace

std::vector<Candidate> plan_periods(const Plan& plan) {
  std::vector<Candidate> names{{std::to_string(year_of(plan.start) - 1), {}}};
  for (int year = year_of(plan.start); year <= year_of(plan.end) && names.size() < 120; ++year) {
    names.push_back({std::to_string(year), {}});
    for (int half = 1; half <= 2; ++half) names.push_back({fmt::format("{}-H{}", year, half), {}});
    for (int quarter = 1; quarter <= 4; ++quarter) names.push_back({fmt::format("{}-Q{}", year, quarter), {}});
  }
  return names;
}

Completion::Files files_for_option(const CompletionOption& option) {
  switch (value_kind(option)) {
    case ValueKind::any_file: return Completion::Files::any;
    case ValueKind::yaml_file: return Completion::Files::yaml;
    default: return Completion::Files::none;
  }
}

std::vector<Candidate> plan_values_for_option(const CompletionOption& option, const std::string& plan_file,
                                              const std::string& home) {
  ValueKind kind = value_kind(option);
  if (kind == ValueKind::none || kind == ValueKind::any_file || kind == ValueKind::yaml_file) return {};
  std::optional<Plan> plan = read_plan_quietly(plan_file, home);
  if (!plan) return {};
  std::vector<Candidate> names;
  switch (kind) {
    case ValueKind::subject: return subjects(*plan, true);
    case ValueKind::person: return subjects(*plan, false);
    case ValueKind::month: return plan_months(*plan);
    case ValueKind::period: return plan_periods(*plan);
    case ValueKind::activity:
      for (const auto& activity : plan->activities) names.push_back({activity.id, activity.title});
      return names;
    case ValueKind::item:
      for (const auto& section : plan->sections)
        for (const auto& item : section.items) names.push_back({item.id, item.title});
      return names;
    default: return names;
  }
}

}  // namespace plancheck
