#include "present/briefing.h"

#include <fmt/format.h>

#include "present/briefing_entries.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/report_messages.h"

namespace plancheck {

using nlohmann::ordered_json;
using namespace std::chrono;

namespace {

ordered_json month_json(const BriefingReport& briefing, Language language) {
  using namespace messages;
  const BriefingMonth& month = briefing.month;
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
          {"issue_no", briefing.issue_number}};
}

ordered_json next_month_json(const BriefingMonth& next, Language language) {
  return {{"label", say(language, messages::kMonthPeriod, next.year, next.month)},
          {"start", format_date(next.start)},
          {"end", format_date(next.end)}};
}

// Counts for the progress table and the overall sentence.
ordered_json completion_json(const Completion& completion) {
  ordered_json json = summary_json(completion.summary);
  json["total"] = completion.total;
  json["started"] = completion.started;
  json["considered"] = completion.considered;
  json["completed"] = completion.completed;
  json["in_progress"] = completion.in_progress;
  json["not_on_time"] = completion.not_on_time;
  json["due_unmet"] = completion.due_unmet;
  json["has_late"] = completion.summary.late > 0;
  json["has_percent"] = completion.percent.has_value();
  json["percent"] = completion.percent.value_or(0);
  json["percent_text"] = completion.percent ? fmt::format("{}%", *completion.percent) : "—";
  return json;
}

ordered_json sections_json(const BriefingReport& briefing) {
  ordered_json sections = ordered_json::array();
  for (const auto& [section, completion] : briefing.sections) {
    ordered_json json{{"id", section->id}, {"title", section->title}, {"heading", section_heading(*section)}};
    json.update(completion_json(completion));
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

ordered_json rules_json(const Report& report, const BriefingReport& briefing, Language language) {
  ordered_json rules = ordered_json::array();
  int number = 0;
  for (const auto& progress : briefing.rules)
    rules.push_back({{"number", ++number},
                     {"id", progress.rule->id},
                     {"item", progress.item->id},
                     {"item_title", progress.item->title},
                     {"activity_title", activity_label(report.plan(), progress.rule->activity)},
                     {"requirement", requirement_text(*progress.rule, language)},
                     {"required", progress.required},
                     {"done", progress.done},
                     {"state", rule_state(progress.summary, language)},
                     {"summary", summary_json(progress.summary)}});
  return rules;
}

// The axis and values of a Mermaid bar chart of completion by section.
ordered_json chart_json(const BriefingReport& briefing) {
  std::string axis, values;
  bool any = false;
  for (const auto& [section, completion] : briefing.sections) {
    if (!completion.percent) continue;
    axis += fmt::format("{}\"{}\"", any ? ", " : "", section->id);
    values += fmt::format("{}{}", any ? ", " : "", *completion.percent);
    any = true;
  }
  return {{"has_chart", any}, {"axis", axis}, {"values", values}};
}

ordered_json results_json(const Report& report, const std::vector<const Result*>& results, Language language) {
  ordered_json list = ordered_json::array();
  for (const Result* result : results) list.push_back(readable_result(report, *result, language));
  return list;
}

}  // namespace

ordered_json briefing_context(const Report& report, const BriefingReport& briefing, const RenderOptions& options,
                              bool with_results) {
  ordered_json context = report_json(report, with_results ? report.rows : std::vector<const Result*>{}, options);
  Language language = options.languages.report;
  const Plan& plan = report.plan();
  context["lang"] = language_key(language);
  context["plan"]["issuer"] = plan.issuer;
  context["plan"]["has_issuer"] = !plan.issuer.empty();
  context["plan"]["summary"] = plan.summary;
  context["month"] = month_json(briefing, language);
  context["next"] = next_month_json(briefing.next, language);
  context["this_month"] = entries_by_item_json(report, briefing.this_month, language);
  ordered_json unplanned = ordered_json::array();
  for (auto index : briefing.this_month.unplanned) unplanned.push_back(entry_json(report, index, language));
  context["unplanned"] = std::move(unplanned);
  context["chart"] = chart_json(briefing);
  context["progress"] = {{"overall", completion_json(briefing.overall)},
                         {"rule_count", briefing.rules.size()},
                         {"sections", sections_json(briefing)},
                         {"rules", rules_json(report, briefing, language)}};
  context["problems"] = results_json(report, briefing.problems, language);
  context["next_month"] = results_json(report, briefing.next_month, language);
  if (briefing.who) context["who"] = subject_record_json(report, *briefing.who, language);
  context["problems_count"] = briefing.problems.size();
  context["next_month_count"] = briefing.next_month.size();
  context["has_problems"] = !briefing.problems.empty();
  context["has_next_month"] = !briefing.next_month.empty();
  context["has_unplanned"] = !briefing.this_month.unplanned.empty();
  context["has_this_month"] = briefing.this_month.count > 0;
  context["has_diagnostics"] = !report.diagnostics().empty();
  return context;
}

}  // namespace plancheck
