#include "present/progress_bar.h"

#include <fmt/format.h>

#include <algorithm>

#include "present/report_messages.h"

namespace plancheck {

namespace {

std::string repeat(const char* text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// The colour of a figure: green when everything started is done, red when something is
// overdue, else the colour of open quotas.
std::string figure_style(const Progress& progress, const Style& style) {
  if (progress.overdue > 0) return style.status_start(Status::overdue);
  return style.status_start(progress.done == progress.started ? Status::met : Status::open);
}

}  // namespace

Progress progress_of(const Summary& summary) {
  int done = summary.met + summary.late;
  return Progress{done, done + summary.overdue + summary.open, summary.overdue};
}

int filled_cells(const Progress& progress, int cells) {
  if (progress.started <= 0 || progress.done <= 0) return 0;
  int filled = static_cast<int>(static_cast<long long>(progress.done) * cells / progress.started);
  return std::max(filled, 1);
}

int percent_done(const Progress& progress) {
  if (progress.started <= 0) return 0;
  return static_cast<int>(static_cast<long long>(progress.done) * 100 / progress.started);
}

std::string progress_bar(const Progress& progress, const Style& style, Language language) {
  if (progress.started == 0) return style.dim(say(language, messages::kNotStartedYet));
  int filled = filled_cells(progress);
  std::string done = repeat("▰", filled);
  std::string rest = repeat("▱", kBarCells - filled);
  if (style.color && !done.empty()) done = style.status_start(Status::met) + done + style.end();
  if (style.color && !rest.empty())
    rest = style.status_start(progress.overdue > 0 ? Status::overdue : Status::upcoming) + rest + style.end();
  return fmt::format("{}{} {}/{}", done, rest, progress.done, progress.started);
}

std::string completion_text(const Progress& progress, const Style& style, Language language) {
  if (progress.started == 0) return style.dim(say(language, messages::kNotStartedYet));
  std::string text = say(language, messages::kPercentDone, percent_done(progress), progress.done, progress.started);
  return style.color ? figure_style(progress, style) + text + style.end() : text;
}

}  // namespace plancheck
