#include "present/briefing.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "present/briefing_entries.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/report_messages.h"

namespace plancheck {

using nlohmann::ordered_json;
using namespace std::chrono;

namespace {

std::string long_date_label(Date date, Language language) {
  return say(language, messages::kLongDate, year_of(date), month_of(date),
             static_cast<unsigned>(year_month_day{date}.day()));
}

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
          {"as_of_label", month.as_of == month.end ? say(language, kEndOfMonth, month.month, label)
                                                   : day_label(month.as_of, language, month.year)},
          {"date_label", long_date_label(month.as_of, language)},
          {"issue_no", briefing.issue_number}};
}

ordered_json next_month_json(const BriefingMonth& next, Language language) {
  return {{"label", say(language, messages::kMonthPeriod, next.year, next.month)},
          {"start", format_date(next.start)},
          {"end", format_date(next.end)}};
}

// Counts for the progress table and the totals sentence: one number per Standing, and the rate
// with what it divides.
ordered_json completion_json(const Completion& completion) {
  return {{"total", completion.total},
          {"done", completion.done},
          {"done_late", completion.done_late},
          {"missed", completion.missed},
          {"in_progress", completion.in_progress},
          {"not_started", completion.not_started},
          {"ended", completion.ended},
          {"ended_on_time", completion.ended_on_time},
          {"has_done_late", completion.done_late > 0},
          {"has_percent", completion.percent.has_value()},
          {"percent", completion.percent.value_or(0)},
          {"percent_text", completion.percent ? fmt::format("{}%", *completion.percent) : "—"}};
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

// A rule's state in the words of the totals: the most pressing standing among its tasks.
std::string rule_state(const Completion& completion, Language language) {
  using namespace messages;
  if (completion.missed) return say(language, kStandingMissed);
  if (completion.in_progress) return say(language, kStandingInProgress);
  if (completion.done_late) return say(language, kStandingDoneLate);
  if (completion.done) return say(language, kStandingDone);
  return say(language, kStandingNotStarted);
}

// The rule as the briefing's table gives it: the source's own words where the plan has them, marked
// when it is the office's own arrangement (documents are named once, under the table).
std::string wording(const Rule& rule, Language language) {
  std::string words = rule.quote.empty() ? requirement_words(rule, language) : quoted(rule.quote);
  return rule.source.kind == RuleSource::Kind::office ? with_source_note(std::move(words), rule, language) : words;
}

// "5至11、13、14": the numbers, runs of three or more as ranges.
std::string numbers_text(const std::vector<int>& numbers, Language language) {
  std::vector<std::string> parts;
  for (std::size_t first = 0; first < numbers.size();) {
    std::size_t last = first;
    while (last + 1 < numbers.size() && numbers[last + 1] == numbers[last] + 1) ++last;
    if (last >= first + 2) {
      parts.push_back(say(language, messages::kNumberRange, numbers[first], numbers[last]));
    } else {
      for (std::size_t i = first; i <= last; ++i) parts.push_back(std::to_string(numbers[i]));
    }
    first = last + 1;
  }
  return fmt::format("{}", fmt::join(parts, say(language, messages::kListSeparator)));
}

// One sentence for the quotas of each source other than the plan, in the order they first appear:
// "第5至11项指标按《中国共产党支部工作条例（试行）》设定；第12至15项指标的时限为本办安排…。"
std::string source_note(const BriefingReport& briefing, Language language) {
  using namespace messages;
  std::vector<std::pair<const RuleSource*, std::vector<int>>> groups;
  int number = 0;
  for (const auto& progress : briefing.rules) {
    ++number;
    const RuleSource& source = progress.rule->source;
    if (source.kind == RuleSource::Kind::plan) continue;
    auto same = std::find_if(groups.begin(), groups.end(), [&](const auto& group) {
      return group.first->kind == source.kind && group.first->document == source.document;
    });
    if (same == groups.end()) same = groups.insert(groups.end(), {&source, {}});
    same->second.push_back(number);
  }
  std::vector<std::string> sentences;
  for (const auto& [source, numbers] : groups) {
    std::string which = numbers_text(numbers, language);
    sentences.push_back(source->kind == RuleSource::Kind::office
                            ? say(language, kQuotasOfOffice, which)
                            : say(language, kQuotasFromDocument, which, document_title(source->document, language)));
  }
  if (sentences.empty()) return {};
  return fmt::format("{}", fmt::join(sentences, say(language, kNoteSeparator))) + say(language, kNoteEnd);
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
                     {"quote", progress.rule->quote},
                     {"wording", wording(*progress.rule, language)},
                     {"required", amount_json(progress.required)},
                     {"done", amount_json(progress.done)},
                     {"state", rule_state(progress.completion, language)},
                     {"tasks", completion_json(progress.completion)}});
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
  context["plan"]["briefing_name"] = plan.briefing_name;
  context["plan"]["has_briefing_name"] = !plan.briefing_name.empty();
  context["plan"]["report_to"] = plan.report_to;
  context["plan"]["send_to"] = plan.send_to;
  context["plan"]["issue_to"] = plan.issue_to;
  if (plan.copies) context["plan"]["copies"] = *plan.copies;
  context["plan"]["has_closing"] =
      !plan.report_to.empty() || !plan.send_to.empty() || !plan.issue_to.empty() || plan.copies.has_value();
  context["plan"]["summary"] = plan.summary;
  context["month"] = month_json(briefing, language);
  context["next"] = next_month_json(briefing.next, language);
  context["issued"] = {{"date", format_date(briefing.issued)}, {"label", long_date_label(briefing.issued, language)}};
  context["this_month"] = entries_by_item_json(report, briefing.this_month, language);
  ordered_json unplanned = ordered_json::array();
  for (auto index : briefing.this_month.unplanned) unplanned.push_back(entry_json(report, index, language));
  context["unplanned"] = std::move(unplanned);
  context["chart"] = chart_json(briefing);
  context["progress"] = {{"overall", completion_json(briefing.overall)},
                         {"rule_count", briefing.rules.size()},
                         {"sections", sections_json(briefing)},
                         {"rules", rules_json(report, briefing, language)},
                         {"source_note", source_note(briefing, language)}};
  context["missed"] = results_json(report, briefing.missed, language);
  context["done_late"] = results_json(report, briefing.done_late, language);
  context["next_month"] = results_json(report, briefing.next_month, language);
  if (briefing.who) context["who"] = subject_record_json(report, *briefing.who, language);
  context["missed_count"] = briefing.missed.size();
  context["done_late_count"] = briefing.done_late.size();
  context["next_month_count"] = briefing.next_month.size();
  context["has_missed"] = !briefing.missed.empty();
  context["has_done_late"] = !briefing.done_late.empty();
  context["has_problems"] = !briefing.missed.empty() || !briefing.done_late.empty();
  context["has_next_month"] = !briefing.next_month.empty();
  context["has_unplanned"] = !briefing.this_month.unplanned.empty();
  context["has_this_month"] = briefing.this_month.count > 0;
  context["has_diagnostics"] = !report.diagnostics().empty();
  return context;
}

}  // namespace plancheck
