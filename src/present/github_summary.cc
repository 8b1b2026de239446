#include "present/github_summary.h"

#include <fmt/format.h>

#include "present/labels.h"
#include "present/text_report.h"

namespace plancheck {

namespace {

std::string diagnostics_table(const Diagnostics& diagnostics) {
  if (diagnostics.empty()) return "";
  std::string out = "\n| 级别 | 位置 | 问题 |\n| --- | --- | --- |\n";
  for (const auto& d : diagnostics) {
    std::string where = d.file;
    if (d.line > 0) where += fmt::format(":{}", d.line);
    if (d.line > 0 && d.column > 0) where += fmt::format(":{}", d.column);
    std::string problem = d.hint.empty() ? d.message.en : d.message.en + " (help: " + d.hint.en + ")";
    out += fmt::format("| {} | {} | {} |\n", d.severity == Severity::error ? "error" : "warning",
                       markdown_cell(where), markdown_cell(problem));
  }
  return out;
}

bool needs_attention(const Result& result) {
  return result.status == Status::overdue || result.status == Status::late || result.status == Status::open;
}

std::string rows_table(const Plan& plan, const Evaluation& evaluation, const std::vector<const Result*>& rows) {
  std::string out = "\n| 状态 | 计划项 | 对象 | 活动 | 周期 | 完成 | 期限 | 剩余 |\n";
  out += "| --- | --- | --- | --- | --- | ---: | --- | --- |\n";
  for (const Result* result : rows) {
    if (!needs_attention(*result)) continue;
    out += fmt::format("| {} | {} | {} | {} | {} | {}/{} | {} | {} |\n", status_label(result->status),
                       markdown_cell(item_heading(*result->item)), markdown_cell(result->subject),
                       markdown_cell(activity_label(plan, result->rule->activity)), period_label(result->period),
                       result->done, result->required, format_date(result->period.end),
                       time_left_label(*result, evaluation.as_of));
  }
  return out;
}

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\\': case '`': case '*': case '_': case '~': case '[': case ']': case '|':
        out += '\\';
        out += c;
        break;
      case '\n': out += ' '; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;  // other control characters are dropped
    }
  }
  return out;
}

std::string github_quota_summary(std::string_view run_name, const Plan& plan, const Evaluation& evaluation,
                                 const std::vector<const Result*>& rows, const Summary& all,
                                 const Diagnostics& diagnostics) {
  std::string out = fmt::format("## {}：{}\n\n", run_name, markdown_cell(plan.title));
  Summary shown = summarize(rows);
  int attention = shown.overdue + shown.late + shown.open;
  out += fmt::format("截至 {}。", format_date(evaluation.as_of));
  if (attention == 0)
    out += "没有逾期或待完成的指标。";
  else
    out += fmt::format("需关注 {} 项：逾期 {} · 逾期完成 {} · 进行中 {}。", attention, shown.overdue, shown.late, shown.open);
  out += fmt::format("全部 {} 项：{}\n", evaluation.results.size(), summary_text(all));
  if (attention > 0) out += rows_table(plan, evaluation, rows);
  out += diagnostics_table(diagnostics);
  return out + "\n";
}

std::string github_validation_summary(std::string_view run_name, std::string_view plan_file, std::size_t log_files,
                                      std::size_t entries, const Diagnostics& diagnostics) {
  std::string out = fmt::format("## {}：{}\n\n", run_name, markdown_cell(plan_file));
  std::size_t errors = 0;
  for (const auto& d : diagnostics) errors += d.severity == Severity::error;
  if (errors > 0)
    out += fmt::format("无效：{} 个错误，{} 个警告。\n", errors, diagnostics.size() - errors);
  else
    out += fmt::format("有效：{} 个台账文件，{} 条记录，{} 个警告。\n", log_files, entries, diagnostics.size());
  out += diagnostics_table(diagnostics);
  return out + "\n";
}

}  // namespace plancheck
