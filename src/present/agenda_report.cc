#include "present/agenda_report.h"

#include <fmt/format.h>

#include "evaluate/report.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/table.h"

namespace plancheck {

using nlohmann::ordered_json;

namespace {

Table agenda_table(const Plan& plan, const Evaluation& evaluation, const AgendaGroup& group, const Style& style) {
  // In a narrow terminal the item is cut first, then the activity and the period.
  Table table{{{"期限"}, {"剩余"}, {"状态"}, {"活动", Align::left, 2}, {"周期", Align::left, 2},
               {"完成", Align::right}, {"计划项", Align::left, 1}},
              {}};
  for (const Result* row : group.rows) {
    std::string urgency = row->status == Status::overdue ? style.status_start(Status::overdue) : "";
    table.rows.push_back({
        Cell{format_date(row->period.end), {}, {}},
        Cell{deadline_label(*row, evaluation.as_of), urgency, urgency.empty() ? "" : style.end()},
        Cell{status_label(row->status), style.status_start(row->status), style.end()},
        Cell{activity_label(plan, row->rule->activity), {}, {}},
        Cell{period_label(row->period), {}, {}},
        Cell{fmt::format("{}/{}", row->done, row->required), {}, {}},
        Cell{item_heading(*row->item), {}, {}},
    });
  }
  return table;
}

// "逾期 1 · 进行中 2 · 未开始 1", leaving out the statuses without rows.
std::string counts_text(const Summary& summary) {
  std::string out;
  auto add = [&out](int count, Status status) {
    if (count == 0) return;
    if (!out.empty()) out += " · ";
    out += fmt::format("{} {}", status_label(status), count);
  };
  add(summary.overdue, Status::overdue);
  add(summary.open, Status::open);
  add(summary.upcoming, Status::upcoming);
  return out;
}

std::string window_text(const Evaluation& evaluation, const AgendaQuery& query) {
  std::string as_of = format_date(evaluation.as_of);
  if (query.within_days == 0) return fmt::format("待办事项，截至 {}", as_of);
  return fmt::format("待办事项，截至 {}，含 {} 天内（至 {}）开始的指标", as_of, query.within_days,
                     format_date(evaluation.as_of + std::chrono::days(query.within_days)));
}

}  // namespace

std::string deadline_label(const Result& result, Date as_of) {
  return days_to_deadline_label(static_cast<int>((result.period.end - as_of).count()));
}

std::string render_text_agenda(const Plan& plan, const Evaluation& evaluation, const std::vector<AgendaGroup>& groups,
                               const AgendaQuery& query, const Style& style, int max_width) {
  std::string out = style.bold(plan.title) + "\n" + window_text(evaluation, query) + "\n";
  std::vector<const Result*> all_rows;
  for (const auto& group : groups) {
    all_rows.insert(all_rows.end(), group.rows.begin(), group.rows.end());
    out += "\n" + style.bold(group.subject) + "  " + counts_text(summarize(group.rows)) + "\n";
    out += render_table(agenda_table(plan, evaluation, group, style), "  ", max_width);
  }
  if (groups.empty()) return out + "\n没有待办的指标。\n";
  return out + fmt::format("\n合计 {} 项，{} 个对象：{}\n", all_rows.size(), groups.size(),
                           counts_text(summarize(all_rows)));
}

ordered_json agenda_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                         const std::vector<AgendaGroup>& groups, const AgendaQuery& query,
                         const Diagnostics& diagnostics, Language language) {
  ordered_json results = ordered_json::array();
  Summary summary;
  for (const auto& group : groups)
    for (const Result* row : group.rows) {
      summary.add(row->status);
      ordered_json json = result_json(*row, ledger);
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
  out["diagnostics"] = diagnostics_json(diagnostics, language);
  return out;
}

}  // namespace plancheck
