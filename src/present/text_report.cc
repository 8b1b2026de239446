#include "present/text_report.h"

#include <fmt/format.h>

#include "present/labels.h"
#include "present/table.h"

namespace plancheck {

namespace {

Table result_table(const Plan& plan, const Evaluation& evaluation, const std::vector<const Result*>& rows,
                   const Style& style) {
  Table table{{{"状态"}, {"对象"}, {"活动"}, {"周期"}, {"完成", Align::right}, {"期限"}, {"剩余"}}, {}};
  for (const Result* result : rows) {
    table.rows.push_back({
        Cell{status_label(result->status), style.status_start(result->status), style.end()},
        Cell{result->subject, {}, {}},
        Cell{activity_label(plan, result->rule->activity), {}, {}},
        Cell{period_label(result->period), {}, {}},
        Cell{fmt::format("{}/{}", result->done, result->required), {}, {}},
        Cell{format_date(result->period.end), {}, {}},
        Cell{time_left_label(*result, evaluation.as_of), {}, {}},
    });
  }
  return table;
}

int gap_count(const Summary& summary) { return summary.overdue + summary.late + summary.open; }

}  // namespace

std::string summary_text(const Summary& summary) {
  return fmt::format("已完成 {} · 逾期完成 {} · 逾期 {} · 进行中 {} · 未开始 {}", summary.met, summary.late,
                     summary.overdue, summary.open, summary.upcoming);
}

std::string render_text_report(const Plan& plan, const Evaluation& evaluation,
                               const std::vector<const Result*>& rows, ReportKind kind, const Summary& all,
                               const Style& style) {
  std::string out = style.bold(plan.title) + "\n";
  out += fmt::format("{}，截至 {}\n", kind == ReportKind::gaps ? "差距报告" : "完成情况", format_date(evaluation.as_of));
  bool show_items_without_rows = kind == ReportKind::status && rows.size() == evaluation.results.size();
  std::size_t next = 0;
  for (const auto& section : plan.sections) {
    std::string section_text;
    for (const auto& item : section.items) {
      std::vector<const Result*> item_rows;
      while (next < rows.size() && rows[next]->item == &item) item_rows.push_back(rows[next++]);
      if (item_rows.empty() && !(show_items_without_rows && item.rules.empty())) continue;
      section_text += "\n  " + style.bold(item_heading(item)) + "\n";
      if (item_rows.empty())
        section_text += "    （本项无量化指标）\n";
      else
        section_text += render_table(result_table(plan, evaluation, item_rows, style), "    ");
    }
    if (!section_text.empty()) out += "\n" + style.bold(section_heading(section)) + "\n" + section_text;
  }
  Summary shown = summarize(rows);
  out += "\n";
  if (kind == ReportKind::gaps) {
    if (rows.empty())
      out += "没有逾期或待完成的指标。\n";
    else
      out += fmt::format("需关注 {} 项：逾期 {} · 逾期完成 {} · 进行中 {}\n", gap_count(shown), shown.overdue,
                         shown.late, shown.open);
    out += fmt::format("全部 {} 项：{}\n", evaluation.results.size(), summary_text(all));
  } else {
    out += fmt::format("合计 {} 项：{}\n", rows.size(), summary_text(shown));
  }
  return out;
}

}  // namespace plancheck
