#include "present/agenda_report.h"

#include <fmt/format.h>

#include "evaluate/report.h"
#include "messages/report.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/table.h"

namespace plancheck {

using nlohmann::ordered_json;

namespace {

Table agenda_table(const Plan& plan, const Evaluation& evaluation, const AgendaGroup& group, const Style& style,
                   Language language) {
  using namespace messages;
  auto heading = [language](const Message<>& message) { return say(language, message); };
  // In a narrow terminal the item is cut first, then the activity and the period.
  Table table{{{heading(kDueColumn)}, {heading(kLeftColumn)}, {heading(kStatusColumn)},
               {heading(kActivityColumn), Align::left, 2}, {heading(kPeriodColumn), Align::left, 2},
               {heading(kDoneColumn), Align::right}, {heading(kItemColumn), Align::left, 1}},
              {}};
  for (const Result* row : group.rows) {
    std::string urgency = row->status == Status::overdue ? style.status_start(Status::overdue) : "";
    table.rows.push_back({
        Cell{format_date(row->period.end), {}, {}},
        Cell{deadline_label(*row, evaluation.as_of, language), urgency, urgency.empty() ? "" : style.end()},
        Cell{status_label(row->status, language), style.status_start(row->status), style.end()},
        Cell{activity_label(plan, row->rule->activity), {}, {}},
        Cell{period_label(row->period, language), {}, {}},
        Cell{fmt::format("{}/{}", row->done, row->required), {}, {}},
        Cell{item_heading(*row->item), {}, {}},
    });
  }
  return table;
}

// "逾期 1 · 进行中 2 · 未开始 1", leaving out the statuses without rows.
std::string counts_text(const Summary& summary, Language language) {
  std::string out;
  auto add = [&out, language](int count, Status status) {
    if (count == 0) return;
    if (!out.empty()) out += " · ";
    out += say(language, messages::kStatusCount, status_label(status, language), count);
  };
  add(summary.overdue, Status::overdue);
  add(summary.open, Status::open);
  add(summary.upcoming, Status::upcoming);
  return out;
}

std::string window_text(const Evaluation& evaluation, const AgendaQuery& query, Language language) {
  std::string as_of = format_date(evaluation.as_of);
  if (query.within_days == 0) return say(language, messages::kAgendaTitle, as_of);
  return say(language, messages::kAgendaTitleWithin, query.within_days, as_of,
             format_date(evaluation.as_of + std::chrono::days(query.within_days)));
}

}  // namespace

std::string deadline_label(const Result& result, Date as_of, Language language) {
  return days_to_deadline_label(static_cast<int>((result.period.end - as_of).count()), language);
}

std::string render_text_agenda(const Plan& plan, const Evaluation& evaluation, const std::vector<AgendaGroup>& groups,
                               const AgendaQuery& query, const Style& style, Language language, int max_width) {
  std::string out = style.bold(plan.title) + "\n" + window_text(evaluation, query, language) + "\n";
  std::vector<const Result*> all_rows;
  for (const auto& group : groups) {
    all_rows.insert(all_rows.end(), group.rows.begin(), group.rows.end());
    out += "\n" + style.bold(group.subject) + "  " + counts_text(summarize(group.rows), language) + "\n";
    out += render_table(agenda_table(plan, evaluation, group, style, language), "  ", max_width);
  }
  if (groups.empty()) return out + "\n" + say(language, messages::kNothingToDo) + "\n";
  return out + "\n" +
         say(language, messages::kAgendaTotal, all_rows.size(), say(language, messages::kSubjectCount, groups.size()),
             counts_text(summarize(all_rows), language)) +
         "\n";
}

ordered_json agenda_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                         const std::vector<AgendaGroup>& groups, const AgendaQuery& query,
                         const Diagnostics& diagnostics, Languages languages) {
  ordered_json results = ordered_json::array();
  Summary summary;
  for (const auto& group : groups)
    for (const Result* row : group.rows) {
      summary.add(row->status);
      ordered_json json = result_json(*row, ledger, languages.report);
      ordered_json entries = std::move(json["entries"]);
      json.erase("entries");
      json["days_left"] = days_to_deadline(*row, evaluation.as_of);
      json["entries"] = std::move(entries);
      results.push_back(std::move(json));
    }
  ordered_json out{{"plancheck", 1}, {"plan", plan_json(plan)}, {"as_of", format_date(evaluation.as_of)}};
  out["within_days"] = query.within_days;
  out["window_end"] = format_date(evaluation.as_of + std::chrono::days(query.within_days));
  if (query.who) out["who"] = *query.who;
  out["summary"] = summary_json(summary);
  out["results"] = std::move(results);
  out["diagnostics"] = diagnostics_json(diagnostics, languages.messages);
  return out;
}

}  // namespace plancheck
