#pragma once

#include <iosfwd>
#include <string>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The report as text for a terminal. check and status: a title, then per section and item a table of
// rows, then the summary; a status report shows each section's completion and a progress bar per
// item (see present/progress_bar.h). agenda: see present/agenda_report.h. validate: one line saying
// the files are valid. With `options.width` > 0 (a terminal's columns), headings and the tables' text
// columns are cut with … to fit. Nothing when the inputs have errors, nor for --quiet without failures.
void render_text(const Report& report, const RenderOptions& options, std::ostream& out);

// "已完成 85 · 逾期完成 1 · 逾期 2 · 进行中 7 · 未开始 23"
std::string summary_text(const Summary& summary, Language language);
// "需关注 10 项：逾期 2 · 逾期完成 1 · 进行中 7", or "没有逾期或待完成的指标" (no full stop).
std::string gaps_sentence(const Summary& shown, Language language);
// "全部 158 项：已完成 85 · …": every result of the evaluation.
std::string all_quotas_text(const Report& report, Language language);

}  // namespace plancheck
