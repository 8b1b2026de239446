#pragma once

#include <string>

#include "evaluate/evaluate.h"
#include "messages/message.h"
#include "present/style.h"

namespace plancheck {

// Progress of a set of quotas: the met and late ones (done) over those whose period has
// started (met, late, overdue and open; upcoming ones are not counted yet).
struct Progress {
  int done = 0;
  int started = 0;
  int overdue = 0;
};
Progress progress_of(const Summary& summary);

// Cells of the bar: ten, one per tenth.
inline constexpr int kBarCells = 10;

// Filled cells out of `cells`: rounded down, but at least one when anything is done.
int filled_cells(const Progress& progress, int cells = kBarCells);

// Whole per cent done, rounded down: 100 only when everything started is done.
int percent_done(const Progress& progress);

// "▰▰▰▰▰▰▰▱▱▱ 7/10", or "尚未开始" when no period has started. ▰ and ▱ (U+25B0, U+25B1) are
// one column wide in every terminal (East Asian Width "N"), unlike █ (ambiguous: two columns in
// a terminal set to CJK widths). With colour, the done part is green and the rest red when
// something is overdue.
std::string progress_bar(const Progress& progress, const Style& style, Language language);

// "完成 93%（14/15）", or "尚未开始"; coloured like the bar.
std::string completion_text(const Progress& progress, const Style& style, Language language);

}  // namespace plancheck
