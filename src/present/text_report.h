#pragma once

#include <string>
#include <vector>

#include "evaluate/evaluate.h"
#include "evaluate/report.h"
#include "model/plan.h"
#include "present/style.h"

namespace plancheck {

enum class ReportKind { status, gaps };

// The report as a terminal table: a title, then per section and item a table of rows, then
// the summary. `all` summarises every result (shown under a gap report). A status report
// shows each section's completion and a progress bar per item (see present/progress_bar.h).
// With `max_width` > 0 (a terminal's columns), headings and the tables' text columns are cut
// with … to fit.
std::string render_text_report(const Plan& plan, const Evaluation& evaluation,
                               const std::vector<const Result*>& rows, ReportKind kind,
                               const Summary& all, const Style& style, Language language, int max_width = 0);

// "已完成 85 · 逾期完成 1 · 逾期 2 · 进行中 7 · 未开始 23"
std::string summary_text(const Summary& summary, Language language);
// "需关注 10 项：逾期 2 · 逾期完成 1 · 进行中 7", or "没有逾期或待完成的指标" (no full stop).
std::string gaps_sentence(const Summary& shown, Language language);
// "全部 158 项：已完成 85 · …": every result of the evaluation, summarised as `all`.
std::string all_quotas_text(const Evaluation& evaluation, const Summary& all, Language language);

}  // namespace plancheck
