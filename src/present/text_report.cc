#include "present/text_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "messages/report.h"
#include "present/labels.h"
#include "present/progress_bar.h"
#include "present/table.h"
#include "present/text_width.h"

namespace plancheck {

namespace {

Table result_table(const Plan& plan, const Evaluation& evaluation, const std::vector<const Result*>& rows,
                   const Style& style, Language language) {
  using namespace messages;
  auto heading = [language](const Message<>& message) { return say(language, message); };
  // In a narrow terminal activities are cut first, then names and periods.
  Table table{{{heading(kStatusColumn)}, {heading(kSubjectColumn), Align::left, 2},
               {heading(kActivityColumn), Align::left, 1}, {heading(kPeriodColumn), Align::left, 2},
               {heading(kDoneColumn), Align::right}, {heading(kDueColumn)}, {heading(kLeftColumn)}},
              {}};
  for (const Result* result : rows) {
    table.rows.push_back({
        Cell{status_label(result->status, language), style.status_start(result->status), style.end()},
        Cell{result->subject, {}, {}},
        Cell{activity_label(plan, result->rule->activity), {}, {}},
        Cell{period_label(result->period, language), {}, {}},
        Cell{fmt::format("{}/{}", result->done, result->required), {}, {}},
        Cell{format_date(result->period.end), {}, {}},
        Cell{time_left_label(*result, evaluation.as_of, language), {}, {}},
    });
  }
  return table;
}

// The rows of one item, and whether the item is shown at all.
struct ItemRows {
  const Item* item = nullptr;
  std::vector<const Result*> rows;
};

struct SectionRows {
  const Section* section = nullptr;
  std::vector<ItemRows> items;
};

// The rows (already grouped by item, in plan order) split by section and item; items without
// rows are left out, except items without rules in a full status report.
std::vector<SectionRows> group_rows(const Plan& plan, const Evaluation& evaluation,
                                    const std::vector<const Result*>& rows, ReportKind kind) {
  bool show_items_without_rows = kind == ReportKind::status && rows.size() == evaluation.results.size();
  std::vector<SectionRows> sections;
  std::size_t next = 0;
  for (const auto& section : plan.sections) {
    SectionRows shown{&section, {}};
    for (const auto& item : section.items) {
      ItemRows item_rows{&item, {}};
      while (next < rows.size() && rows[next]->item == &item) item_rows.rows.push_back(rows[next++]);
      if (!item_rows.rows.empty() || (show_items_without_rows && item.rules.empty()))
        shown.items.push_back(std::move(item_rows));
    }
    if (!shown.items.empty()) sections.push_back(std::move(shown));
  }
  return sections;
}

// How the report is laid out: with progress (status) or not (gaps), and in how many columns.
struct Layout {
  const Style& style;
  Language language;
  int max_width = 0;     // 0: unlimited
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
      widest = std::max(widest, display_width(item_heading(*item.item)));
      widest_bar = std::max(widest_bar,
                            display_width(progress_bar(progress_of(summarize(item.rows)), Style{}, layout.language)));
    }
  if (layout.max_width <= 0) return widest;
  return std::clamp(layout.max_width - 2 - 2 - widest_bar, 8, std::max(widest, 8));
}

std::string section_heading_line(const SectionRows& section, const Layout& layout) {
  std::string heading = section_heading(*section.section);
  if (!layout.progress) return layout.style.bold(fit(heading, layout.max_width, layout)) + "\n";
  Summary summary;
  for (const auto& item : section.items)
    for (const Result* row : item.rows) summary.add(row->status);
  Progress progress = progress_of(summary);
  int figure_width = display_width(completion_text(progress, Style{}, layout.language));
  heading = fit(heading, layout.max_width - 2 - figure_width, layout);
  return layout.style.bold(heading) + "  " + completion_text(progress, layout.style, layout.language) + "\n";
}

std::string item_block(const Plan& plan, const Evaluation& evaluation, const ItemRows& item, const Layout& layout) {
  std::string heading = fit(item_heading(*item.item), layout.progress ? layout.heading_width : layout.max_width - 2, layout);
  std::string out = "\n  ";
  if (layout.progress && !item.rows.empty())
    out += layout.style.bold(pad_right(heading, layout.heading_width)) + "  " +
           progress_bar(progress_of(summarize(item.rows)), layout.style, layout.language) + "\n";
  else
    out += layout.style.bold(heading) + "\n";
  if (item.rows.empty()) return out + "    " + say(layout.language, messages::kItemWithoutQuotas) + "\n";
  Table table = result_table(plan, evaluation, item.rows, layout.style, layout.language);
  return out + render_table(table, "    ", layout.max_width);
}

std::string summary_lines(const Evaluation& evaluation, const std::vector<const Result*>& rows, ReportKind kind,
                          const Summary& all, Language language) {
  using namespace messages;
  Summary shown = summarize(rows);
  if (kind != ReportKind::gaps) return say(language, kShownTotal, rows.size(), summary_text(shown, language)) + "\n";
  std::string gaps = gaps_sentence(shown, language);
  if (shown.gaps() == 0) gaps += say(language, kFullStop);
  return gaps + "\n" + all_quotas_text(evaluation, all, language) + "\n";
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

std::string all_quotas_text(const Evaluation& evaluation, const Summary& all, Language language) {
  std::size_t count = evaluation.results.size();
  return say(language, messages::kAllTotal, count, summary_text(all, language));
}

std::string render_text_report(const Plan& plan, const Evaluation& evaluation,
                               const std::vector<const Result*>& rows, ReportKind kind, const Summary& all,
                               const Style& style, Language language, int max_width) {
  std::string out = style.bold(plan.title) + "\n";
  out += say(language, kind == ReportKind::gaps ? messages::kGapsTitle : messages::kStatusTitle,
             format_date(evaluation.as_of)) + "\n";
  std::vector<SectionRows> sections = group_rows(plan, evaluation, rows, kind);
  Layout layout{style, language, max_width, kind == ReportKind::status, 0};
  if (layout.progress) layout.heading_width = heading_width(sections, layout);
  for (const auto& section : sections) {
    out += "\n" + section_heading_line(section, layout);
    for (const auto& item : section.items) out += item_block(plan, evaluation, item, layout);
  }
  return out + "\n" + summary_lines(evaluation, rows, kind, all, language);
}

}  // namespace plancheck
