#include "present/text_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "present/agenda_report.h"
#include "present/labels.h"
#include "present/output_messages.h"
#include "present/progress_bar.h"
#include "present/report_messages.h"
#include "present/table.h"
#include "present/terminal_text.h"
#include "present/text_width.h"

namespace plancheck {

namespace {

// "94%", or "72%（低于80%）" under the rule's minimum; empty without a rate.
std::string attendance_cell(const Result& result, Language language) {
  if (!result.attendance) return {};
  int minimum = result.rule->attendance_minimum.value_or(0);
  if (minimum && result.attendance->below(minimum))
    return say(language, messages::kPercentBelow, result.attendance->percent(), minimum);
  return say(language, messages::kPercent, result.attendance->percent());
}

// The results as a table; with a 参会率 column when `with_attendance` and some row has a rate.
Table result_table(const Report& report, const std::vector<const Result*>& rows, const Style& style,
                   Language language, bool with_attendance) {
  using namespace messages;
  auto heading = [language](const Message<>& message) { return say(language, message); };
  // In a narrow terminal activities are cut first, then names and periods.
  Table table{{{heading(kStatusColumn)}, {heading(kSubjectColumn), Align::left, 2},
               {heading(kActivityColumn), Align::left, 1}, {heading(kPeriodColumn), Align::left, 2},
               {heading(kDoneColumn), Align::right}, {heading(kDueColumn)}, {heading(kLeftColumn)}},
              {}};
  // The units' attendance, where the rows have any.
  bool attendance = with_attendance && std::any_of(rows.begin(), rows.end(),
                                                   [](const Result* row) { return row->attendance.has_value(); });
  if (attendance) table.columns.push_back({heading(kAttendanceColumn), Align::right, 1});
  for (const Result* result : rows) {
    table.rows.push_back({
        Cell{status_label(result->status, language), style.status_start(result->status), style.end()},
        Cell{result->subject, {}, {}},
        Cell{activity_label(report.plan(), result->rule->activity), {}, {}},
        Cell{period_label(result->period, language), {}, {}},
        Cell{done_of_required(*result, language), {}, {}},
        Cell{format_date(result->deadline), {}, {}},
        Cell{time_left_label(*result, language), {}, {}},
    });
    if (attendance) table.rows.back().push_back(Cell{attendance_cell(*result, language), {}, {}});
  }
  return table;
}

// How the report is laid out: with progress (status) or not (gaps), and in how many columns.
struct Layout {
  const Style& style;
  Language language;
  int max_width = 0;  // 0: unlimited
  bool progress = false;
  int heading_width = 0;  // item headings are padded to this, so that bars line up
};

// `text` cut to fit in `width` columns when there is a limit.
std::string fit(const std::string& text, int width, const Layout& layout) {
  return layout.max_width > 0 ? truncate_to_width(text, std::max(width, 1)) : text;
}

// The width of item headings when bars follow them: the widest heading, narrowed so that the
// heading, its bar and its count fit in the terminal.
int heading_width(const std::vector<SectionRows>& sections, const Layout& layout) {
  int widest = 0, widest_bar = 0;
  for (const auto& section : sections)
    for (const auto& item : section.items) {
      widest = std::max(widest, display_width(terminal_text(item_heading(*item.item))));
      widest_bar =
          std::max(widest_bar, display_width(progress_bar(progress_of(item.summary), Style{}, layout.language)));
    }
  if (layout.max_width <= 0) return widest;
  return std::clamp(layout.max_width - 2 - 2 - widest_bar, 8, std::max(widest, 8));
}

std::string section_heading_line(const SectionRows& section, const Layout& layout) {
  std::string heading = terminal_text(section_heading(*section.section));
  if (!layout.progress) return layout.style.bold(fit(heading, layout.max_width, layout)) + "\n";
  Progress progress = progress_of(section.summary);
  int figure_width = display_width(completion_text(progress, Style{}, layout.language));
  heading = fit(heading, layout.max_width - 2 - figure_width, layout);
  return layout.style.bold(heading) + "  " + completion_text(progress, layout.style, layout.language) + "\n";
}

// The widest line of `text` in columns, colour codes (ESC [ … m) not counted.
int widest_line(const std::string& text) {
  int widest = 0;
  std::string line;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      widest = std::max(widest, display_width(line));
      line.clear();
    } else if (text[i] == '\033') {
      while (i < text.size() && text[i] != 'm') ++i;
    } else {
      line += text[i];
    }
  }
  return widest;
}

// One line for each rule of the rows that says where it comes from.
std::string provenance_lines(const ItemRows& item, const Layout& layout) {
  std::string out;
  std::vector<const Rule*> said;
  for (const Result* row : item.rows) {
    if (std::find(said.begin(), said.end(), row->rule) != said.end()) continue;
    said.push_back(row->rule);
    std::string text = terminal_text(provenance_text(*row->rule, layout.language));
    if (!text.empty()) out += "    " + layout.style.dim(fit(text, layout.max_width - 4, layout)) + "\n";
    if (row->rule->evidence_required)
      out += "    " + layout.style.dim(say(layout.language, messages::kEvidenceRequiredNote)) + "\n";
  }
  return out;
}

// Under the table: the entries a rule that requires evidence left out, each with where it is.
std::string lacking_evidence_text(const Report& report, const ItemRows& item, const Layout& layout) {
  std::string out;
  for (const std::string& line : lacking_evidence_lines(report.ledger(), item.rows, layout.language)) out += "    " + terminal_text(line) + "\n";
  return out;
}

std::string item_block(const Report& report, const ItemRows& item, const Layout& layout) {
  std::string heading =
      fit(terminal_text(item_heading(*item.item)), layout.progress ? layout.heading_width : layout.max_width - 2, layout);
  std::string out = "\n  ";
  if (layout.progress && !item.rows.empty())
    out += layout.style.bold(pad_right(heading, layout.heading_width)) + "  " +
           progress_bar(progress_of(item.summary), layout.style, layout.language) + "\n";
  else
    out += layout.style.bold(heading) + "\n";
  if (item.rows.empty()) return out + "    " + say(layout.language, messages::kItemWithoutQuotas) + "\n";
  out += provenance_lines(item, layout);
  std::string table = render_table(result_table(report, item.rows, layout.style, layout.language, true), "    ",
                                   layout.max_width);
  // In a terminal too narrow for it the 参会率 column gives way: the JSON still has the rates.
  if (layout.max_width && widest_line(table) > layout.max_width)
    table = render_table(result_table(report, item.rows, layout.style, layout.language, false), "    ", layout.max_width);
  return out + table + lacking_evidence_text(report, item, layout);
}

std::string summary_lines(const Report& report, Language language) {
  using namespace messages;
  if (report.kind != ReportKind::gaps)
    return say(language, kShownTotal, report.rows.size(), summary_text(report.shown, language)) + "\n";
  std::string gaps = gaps_sentence(report.shown, language);
  if (report.shown.gaps() == 0) gaps += say(language, kFullStop);
  return gaps + "\n" + all_quotas_text(report, language) + "\n";
}

std::string quota_text(const Report& report, const RenderOptions& options) {
  Language language = options.languages.report;
  const Style& style = options.style;
  std::string out = style.bold(terminal_text(report.plan().title)) + "\n";
  out += say(language, report.kind == ReportKind::gaps ? messages::kGapsTitle : messages::kStatusTitle,
             format_date(report.as_of())) +
         "\n";
  Layout layout{style, language, options.width, report.kind == ReportKind::status, 0};
  if (layout.progress) layout.heading_width = heading_width(report.sections, layout);
  for (const auto& section : report.sections) {
    out += "\n" + section_heading_line(section, layout);
    for (const auto& item : section.items) out += item_block(report, item, layout);
  }
  return out + "\n" + summary_lines(report, language);
}

// "plan.yaml is valid (12 log files, 219 entries)", in the language of program messages.
std::string validation_text(const Report& report, Language language) {
  using namespace messages;
  const Workspace& inputs = *report.inputs;
  return say(language, inputs.diagnostics.empty() ? kValid : kValidWithWarnings, terminal_text(inputs.plan_file),
             say(language, kLogFileCount, inputs.ledger.files.size()),
             say(language, kEntryCount, inputs.ledger.entries.size())) +
         "\n";
}

}  // namespace

std::string summary_text(const Summary& summary, Language language) {
  return say(language, messages::kSummary, summary.met, summary.late, summary.overdue, summary.open, summary.upcoming);
}

std::string gaps_sentence(const Summary& shown, Language language) {
  int attention = shown.gaps();
  if (attention == 0) return say(language, messages::kNoGaps);
  return say(language, messages::kGaps, attention, shown.overdue, shown.late, shown.open);
}

std::string all_quotas_text(const Report& report, Language language) {
  return say(language, messages::kAllTotal, report.result_count(), summary_text(report.all, language));
}

void render_text(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (!report.inputs->ok() || (report.only_failures && report.rows.empty()))
    return;
  switch (report.kind) {
    case ReportKind::status:
    case ReportKind::gaps: out << quota_text(report, options); break;
    case ReportKind::agenda: out << agenda_text(report, options); break;
    case ReportKind::validation: out << validation_text(report, options.languages.messages); break;
  }
}

}  // namespace plancheck
