#include "present/briefing.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "evaluate/report.h"
#include "messages/report.h"
#include "present/briefing_entries.h"
#include "present/json_report.h"
#include "present/labels.h"

namespace plancheck {

using nlohmann::ordered_json;
using namespace std::chrono;

namespace {

ordered_json month_json(const BriefingMonth& month, const Plan& plan, Language language) {
  using namespace messages;
  int months_since_start = (month.year - year_of(plan.start)) * 12 + static_cast<int>(month.month) -
                           static_cast<int>(month_of(plan.start));
  std::string label = say(language, kMonthPeriod, month.year, month.month);
  return {{"label", label},
          {"year", month.year},
          {"month", month.month},
          {"start", format_date(month.start)},
          {"end", format_date(month.end)},
          {"as_of", format_date(month.as_of)},
          {"end_label", say(language, kEndOfMonth, month.month, label)},
          {"date_label", say(language, kLongDate, year_of(month.as_of), month_of(month.as_of),
                             static_cast<unsigned>(year_month_day{month.as_of}.day()))},
          {"issue_no", months_since_start + 1}};
}

ordered_json next_month_json(const BriefingMonth& month, Language language) {
  BriefingMonth next = briefing_month(month.end + days{1});
  return {{"label", say(language, messages::kMonthPeriod, next.year, next.month)},
          {"start", format_date(next.start)},
          {"end", format_date(next.end)}};
}

bool is_completed(Status status) { return status == Status::met || status == Status::late; }

// Counts for the progress table and the overall sentence. `considered` are the results whose
// period has ended by the as-of date or that are already completed; the percentage is over them.
ordered_json progress_json(const std::vector<const Result*>& results, Date as_of) {
  Summary summary = summarize(results);
  int considered = 0, completed = 0, due_unmet = 0, in_progress = 0;
  for (const Result* result : results) {
    bool ended = result->period.end <= as_of;
    if (ended || is_completed(result->status)) ++considered;
    if (is_completed(result->status)) ++completed;
    if (!is_completed(result->status) && ended && result->status != Status::upcoming) ++due_unmet;
    if (result->status == Status::open && !ended) ++in_progress;
  }
  ordered_json json = summary_json(summary);
  json["total"] = results.size();
  json["started"] = summary.met + summary.late + summary.overdue + summary.open;
  json["considered"] = considered;
  json["completed"] = completed;
  json["in_progress"] = in_progress;
  json["not_on_time"] = due_unmet + summary.late;
  json["due_unmet"] = due_unmet;
  json["has_late"] = summary.late > 0;
  json["has_percent"] = considered > 0;
  int percent = considered > 0 ? static_cast<int>(std::lround(100.0 * completed / considered)) : 0;
  json["percent"] = percent;
  json["percent_text"] = considered > 0 ? fmt::format("{}%", percent) : "—";
  return json;
}

ordered_json progress_by_section(const Plan& plan, const Evaluation& evaluation) {
  ordered_json sections = ordered_json::array();
  for (const auto& section : plan.sections) {
    std::vector<const Result*> results;
    for (const auto& result : evaluation.results)
      if (result.section == &section) results.push_back(&result);
    if (results.empty()) continue;
    ordered_json json{{"id", section.id}, {"title", section.title}, {"heading", section_heading(section)}};
    json.update(progress_json(results, evaluation.as_of));
    sections.push_back(std::move(json));
  }
  return sections;
}

// What a rule's status is in one word, over the results whose period has started.
std::string rule_state(const Summary& summary, Language language) {
  using namespace messages;
  if (summary.overdue) return say(language, kRuleNotDone);
  if (summary.open) return say(language, kRuleUnderWay);
  if (summary.late) return say(language, kLate);
  if (summary.met) return say(language, kMet);
  return say(language, kUpcoming);
}

// One row per rule: how much was due in the periods started so far and how much was done.
ordered_json progress_by_rule(const Plan& plan, const Evaluation& evaluation, Language language) {
  ordered_json rules = ordered_json::array();
  int number = 0;
  for (const auto& section : plan.sections)
    for (const auto& item : section.items)
      for (const auto& rule : item.rules) {
        Summary summary;
        int required = 0, done = 0;
        for (const auto& result : evaluation.results) {
          if (result.rule != &rule || result.status == Status::upcoming) continue;
          summary.add(result.status);
          required += result.required;
          done += std::min(result.done, result.required);
        }
        rules.push_back({{"number", ++number},
                         {"id", rule.id},
                         {"item", item.id},
                         {"item_title", item.title},
                         {"activity_title", activity_label(plan, rule.activity)},
                         {"requirement", requirement_text(rule, language)},
                         {"required", required},
                         {"done", done},
                         {"state", rule_state(summary, language)},
                         {"summary", summary_json(summary)}});
      }
  return rules;
}

// The axis and values of a Mermaid bar chart of completion by section.
ordered_json chart_json(const ordered_json& sections) {
  std::string axis, values;
  bool any = false;
  for (const auto& section : sections) {
    if (!section["has_percent"].get<bool>()) continue;
    axis += fmt::format("{}\"{}\"", any ? ", " : "", section["id"].get<std::string>());
    values += fmt::format("{}{}", any ? ", " : "", section["percent"].get<int>());
    any = true;
  }
  return {{"has_chart", any}, {"axis", axis}, {"values", values}};
}

ordered_json problems_json(const Plan& plan, const Ledger& ledger, const std::vector<const Result*>& results,
                           Date as_of, Language language) {
  ordered_json list = ordered_json::array();
  for (const Result* result : results) {
    bool due_unmet = result->status == Status::overdue || (result->status == Status::open && result->days_left == 0);
    if (due_unmet || result->status == Status::late) list.push_back(readable_result(plan, *result, ledger, as_of, language));
  }
  return list;
}

ordered_json next_month_results(const Plan& plan, const Ledger& ledger, const std::vector<const Result*>& results,
                                const BriefingMonth& month, Language language) {
  BriefingMonth next = briefing_month(month.end + days{1});
  std::vector<const Result*> due;
  for (const Result* result : results)
    if (!is_completed(result->status) && result->period.end >= next.start && result->period.end <= next.end)
      due.push_back(result);
  std::stable_sort(due.begin(), due.end(),
                   [](const Result* a, const Result* b) { return a->period.end < b->period.end; });
  ordered_json list = ordered_json::array();
  for (const Result* result : due) list.push_back(readable_result(plan, *result, ledger, month.as_of, language));
  return list;
}

}  // namespace

BriefingMonth briefing_month(Date as_of) {
  year_month_day day{as_of};
  Date start = sys_days{day.year() / day.month() / 1};
  Date end = sys_days{day.year() / day.month() / last};
  return BriefingMonth{static_cast<int>(day.year()), static_cast<unsigned>(day.month()), start, end, as_of};
}

ordered_json briefing_context(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                              const BriefingMonth& month, const std::optional<std::string>& who,
                              const Diagnostics& diagnostics, Languages languages, bool with_results) {
  Query query;
  query.who = who;
  auto rows = select_results(evaluation, query);
  std::vector<const Result*> all;
  for (const auto& result : evaluation.results) all.push_back(&result);

  ordered_json context = report_json(plan, ledger, evaluation, with_results ? rows : std::vector<const Result*>{},
                                     summarize(rows), diagnostics, languages);
  Language language = languages.report;
  context["lang"] = language_key(language);
  context["plan"]["issuer"] = plan.issuer;
  context["plan"]["has_issuer"] = !plan.issuer.empty();
  context["plan"]["summary"] = plan.summary;
  context["month"] = month_json(month, plan, language);
  context["next"] = next_month_json(month, language);
  MonthEntries entries = month_entries(plan, ledger, evaluation, month.start, month.as_of, who, language);
  context["this_month"] = std::move(entries.grouped);
  context["unplanned"] = std::move(entries.unplanned);
  ordered_json sections = progress_by_section(plan, evaluation);
  context["chart"] = chart_json(sections);
  ordered_json rules = progress_by_rule(plan, evaluation, language);
  std::size_t rule_count = rules.size();
  context["progress"] = {{"overall", progress_json(who ? rows : all, evaluation.as_of)},
                         {"rule_count", rule_count},
                         {"sections", std::move(sections)},
                         {"rules", std::move(rules)}};
  context["problems"] = problems_json(plan, ledger, rows, evaluation.as_of, language);
  context["next_month"] = next_month_results(plan, ledger, rows, month, language);
  if (who) context["who"] = who_json(plan, ledger, evaluation, *who, language);
  context["problems_count"] = context["problems"].size();
  context["next_month_count"] = context["next_month"].size();
  context["has_problems"] = !context["problems"].empty();
  context["has_next_month"] = !context["next_month"].empty();
  context["has_unplanned"] = !context["unplanned"].empty();
  context["has_this_month"] = context["this_month"]["count"].get<int>() > 0;
  context["has_diagnostics"] = !diagnostics.empty();
  return context;
}

}  // namespace plancheck
