#include "present/dashboard_context.h"

#include <algorithm>
#include <cmath>

#include "present/agenda_report.h"
#include "present/json_report.h"
#include "present/labels.h"
#include "present/progress_bar.h"
#include "present/report_messages.h"
#include "present/text_report.h"

namespace plancheck {

using nlohmann::ordered_json;

namespace {

constexpr Status kStatuses[] = {Status::met, Status::late, Status::overdue, Status::open, Status::upcoming};
// The order of the status filter: what needs doing first.
constexpr Status kFilterStatuses[] = {Status::overdue, Status::open, Status::late, Status::met, Status::upcoming};

int count_of(const Summary& summary, Status status) {
  switch (status) {
    case Status::met: return summary.met;
    case Status::late: return summary.late;
    case Status::overdue: return summary.overdue;
    case Status::open: return summary.open;
    case Status::upcoming: return summary.upcoming;
  }
  return 0;
}

// A share in per cent with one decimal, for SVG widths.
double per_cent(int part, int whole) {
  if (whole <= 0) return 0;
  return std::round(1000.0 * part / whole) / 10.0;
}

// How a bar is coloured, as the text report colours it: complete, overdue (something is), or open.
const char* bar_state(const Progress& progress) {
  if (progress.overdue > 0) return "overdue";
  return progress.done == progress.started ? "complete" : "open";
}

ordered_json progress_json(const Summary& summary, Language language) {
  Progress progress = progress_of(summary);
  return {{"done", progress.done},
          {"started", progress.started},
          {"percent", percent_done(progress)},
          {"text", completion_text(progress, Style{}, language)},
          {"has_started", progress.started > 0},
          {"state", bar_state(progress)}};
}

bool is_gap(const Result& result) {
  return result.status == Status::overdue || result.status == Status::late || result.status == Status::open;
}

int urgency_rank(Status status) {
  switch (status) {
    case Status::overdue: return 0;
    case Status::late: return 1;
    case Status::open: return 2;
    default: return 3;
  }
}

// The JSON result and its words.
ordered_json row_json(const Result& result, const Report& report, Language language) {
  ordered_json row = result_fields(result, language);
  row["status_label"] = status_label(result.status, language);
  row["activity_label"] = activity_label(report.plan(), result.rule->activity);
  row["done_text"] = done_of_required(result, language);
  row["due"] = format_date(result.deadline);
  row["left_text"] = report.kind == ReportKind::agenda ? days_to_deadline_label(result.days_left, language)
                                                       : time_left_label(result, language);
  row["item_heading"] = item_heading(*result.item);
  row["section_heading"] = section_heading(*result.section);
  if (report.kind == ReportKind::agenda) row["days_left"] = result.days_left;  // as agenda_json has it
  row["is_overdue"] = result.status == Status::overdue;
  return row;
}

ordered_json rows_json(const std::vector<const Result*>& rows, const Report& report, Language language) {
  ordered_json list = ordered_json::array();
  for (const Result* row : rows) list.push_back(row_json(*row, report, language));
  return list;
}

ordered_json labels_json(Language language) {
  using namespace messages;
  auto word = [language](const Message<>& message) { return say(language, message); };
  return {{"status", word(kStatusColumn)},         {"subject", word(kSubjectColumn)},
          {"activity", word(kActivityColumn)},     {"period", word(kPeriodColumn)},
          {"done", word(kDoneColumn)},             {"due", word(kDueColumn)},
          {"left", word(kLeftColumn)},             {"item", word(kItemColumn)},
          {"filter", word(kPageFilter)},           {"all", word(kPageAll)},
          {"clear", word(kPageClearFilter)},       {"showing", word(kPageShowing)},
          {"nothing_matches", word(kPageNothingMatches)}, {"needs_attention", word(kPageNeedsAttention)},
          {"by_section", word(kPageBySection)},    {"by_status", word(kPageByStatus)},
          {"details", word(kPageDetails)},         {"by_subject", word(kPageBySubject)},
          {"found_while_reading", word(kPageFoundWhileReading)}, {"no_quotas", word(kItemWithoutQuotas)},
          {"no_gaps", word(kNoGaps)},              {"nothing_to_do", word(kNothingToDo)}};
}

// One entry per status, with its count and its segment of the stacked bar.
ordered_json status_chart_json(const Summary& summary, Language language) {
  int total = summary.met + summary.late + summary.overdue + summary.open + summary.upcoming;
  ordered_json segments = ordered_json::array();
  int before = 0;
  for (Status status : kStatuses) {
    int count = count_of(summary, status);
    segments.push_back({{"status", status_key(status)},
                        {"label", status_label(status, language)},
                        {"count", count},
                        {"x", per_cent(before, total)},
                        {"width", per_cent(count, total)},
                        {"has_count", count > 0}});
    before += count;
  }
  return {{"total", total}, {"has_total", total > 0}, {"segments", std::move(segments)}};
}

ordered_json section_chart_json(const std::vector<SectionRows>& sections, Language language) {
  ordered_json bars = ordered_json::array();
  for (const auto& section : sections) {
    Progress progress = progress_of(section.summary);
    if (progress.started == 0 && section.summary.upcoming == 0) continue;  // an item list without quotas
    bars.push_back({{"heading", section_heading(*section.section)},
                    {"percent", percent_done(progress)},
                    {"text", completion_text(progress, Style{}, language)},
                    {"state", bar_state(progress)}});
  }
  bool has_bars = !bars.empty();
  return {{"has_bars", has_bars}, {"bars", std::move(bars)}};
}

// One line for each rule of the rows that says where it comes from, as the text report gives them.
ordered_json provenance_json(const ItemRows& item, Language language) {
  ordered_json lines = ordered_json::array();
  std::vector<const Rule*> said;
  for (const Result* row : item.rows) {
    if (std::find(said.begin(), said.end(), row->rule) != said.end()) continue;
    said.push_back(row->rule);
    std::string text = provenance_text(*row->rule, language);
    if (!text.empty()) lines.push_back(std::move(text));
    if (row->rule->evidence_required) lines.push_back(say(language, messages::kEvidenceRequiredNote));
  }
  return lines;
}

// Under an item's table: its units' attendance, and the entries left out for lack of evidence.
ordered_json item_notes_json(const Report& report, const ItemRows& item, Language language) {
  ordered_json notes = ordered_json::array();
  for (const Result* row : item.rows)
    if (row->attendance)
      notes.push_back(say(language, messages::kAttendanceNote, row->subject, period_label(row->period, language),
                          activity_label(report.plan(), row->rule->activity), attendance_text(*row->attendance, language)));
  for (std::string& line : lacking_evidence_lines(report.ledger(), item.rows, language)) notes.push_back(std::move(line));
  return notes;
}

ordered_json sections_json(const Report& report, Language language, bool with_progress) {
  ordered_json sections = ordered_json::array();
  for (const auto& section : report.sections) {
    ordered_json items = ordered_json::array();
    for (const auto& item : section.items)
      items.push_back({{"id", item.item->id},
                       {"heading", item_heading(*item.item)},
                       {"progress", progress_json(item.summary, language)},
                       {"with_progress", with_progress && !item.rows.empty()},
                       {"provenance", provenance_json(item, language)},
                       {"has_rows", !item.rows.empty()},
                       {"rows", rows_json(item.rows, report, language)},
                       {"notes", item_notes_json(report, item, language)}});
    sections.push_back({{"id", section.section->id},
                        {"heading", section_heading(*section.section)},
                        {"progress", progress_json(section.summary, language)},
                        {"with_progress", with_progress},
                        {"items", std::move(items)}});
  }
  return sections;
}

ordered_json subjects_json(const Report& report, Language language) {
  ordered_json subjects = ordered_json::array();
  for (const auto& group : report.subjects)
    subjects.push_back({{"subject", group.subject},
                        {"subject_kind", subject_kind_key(group.subject_kind)},
                        {"counts_text", agenda_counts_text(group.summary, language)},
                        {"rows", rows_json(group.rows, report, language)}});
  return subjects;
}

// What needs attention, overdue first (the longest overdue first), then late, then open (the fewest
// days left first).
std::vector<const Result*> gaps_by_urgency(const std::vector<const Result*>& rows) {
  std::vector<const Result*> gaps;
  std::copy_if(rows.begin(), rows.end(), std::back_inserter(gaps), [](const Result* row) { return is_gap(*row); });
  std::stable_sort(gaps.begin(), gaps.end(), [](const Result* a, const Result* b) {
    return std::pair(urgency_rank(a->status), a->days_left) < std::pair(urgency_rank(b->status), b->days_left);
  });
  return gaps;
}

// The people and units and the statuses of the rows, for the filter.
ordered_json filter_json(const Report& report, Language language) {
  ordered_json subjects = ordered_json::array();
  std::vector<std::string> seen;
  Summary counts;
  for (const Result* row : report.rows) {
    counts.add(row->status);
    if (std::find(seen.begin(), seen.end(), row->subject) != seen.end()) continue;
    seen.push_back(row->subject);
    subjects.push_back({{"name", row->subject}});
  }
  ordered_json statuses = ordered_json::array();
  for (Status status : kFilterStatuses)
    if (count_of(counts, status) > 0)
      statuses.push_back({{"key", status_key(status)}, {"label", status_label(status, language)}});
  return {{"row_count", report.rows.size()},
          {"has_rows", !report.rows.empty()},
          {"subjects", std::move(subjects)},
          {"statuses", std::move(statuses)}};
}

std::string total_text(const Report& report, Language language) {
  using namespace messages;
  if (report.kind == ReportKind::agenda) {
    if (report.subjects.empty()) return say(language, kNothingToDo);
    return say(language, kAgendaTotal, report.rows.size(), say(language, kSubjectCount, report.subjects.size()),
               agenda_counts_text(report.shown, language));
  }
  if (report.kind == ReportKind::status)
    return say(language, kShownTotal, report.rows.size(), summary_text(report.shown, language));
  std::string gaps = gaps_sentence(report.shown, language);
  return gaps + say(language, kFullStop) + all_quotas_text(report, language);
}

std::string page_heading(const Report& report, Language language) {
  std::string as_of = format_date(report.as_of());
  switch (report.kind) {
    case ReportKind::agenda: return agenda_heading(report, language);
    case ReportKind::gaps: return say(language, messages::kGapsTitle, as_of);
    default: return say(language, messages::kStatusTitle, as_of);
  }
}

// The completion per section the chart shows: a status report's sections; for the gap report, which
// lists only gaps, the sections of every quota in the query's scope.
std::vector<SectionRows> chart_sections(const Report& report) {
  if (report.kind == ReportKind::gaps) return group_by_item(report.plan(), report.scope, false);
  return report.sections;
}

}  // namespace

ordered_json dashboard_context(const Report& report, const RenderOptions& options) {
  Language language = options.languages.report;
  ordered_json context =
      report.kind == ReportKind::agenda ? agenda_json(report, options) : report_json(report, report.rows, options);
  const Summary& headline = report.kind == ReportKind::gaps ? report.all : report.shown;
  context["lang"] = language == Language::zh ? "zh-CN" : "en";
  context["page"] = {{"title", report.plan().title},
                     {"heading", page_heading(report, language)},
                     {"is_status", report.kind == ReportKind::status},
                     {"is_gaps", report.kind == ReportKind::gaps},
                     {"is_agenda", report.kind == ReportKind::agenda}};
  context["labels"] = labels_json(language);
  // The agenda lists what is owed: no completion rate, and only the statuses it has.
  context["overall"] = progress_json(headline, language);
  context["overall"]["shown"] = report.kind != ReportKind::agenda && context["overall"]["has_started"].get<bool>();
  context["status_chart"] = status_chart_json(headline, language);
  for (auto& segment : context["status_chart"]["segments"])
    segment["boxed"] = report.kind != ReportKind::agenda || segment["has_count"].get<bool>();
  if (report.kind != ReportKind::agenda) {
    context["section_chart"] = section_chart_json(chart_sections(report), language);
    context["sections"] = sections_json(report, language, report.kind == ReportKind::status);
  }
  if (report.kind == ReportKind::status) {
    ordered_json gaps = rows_json(gaps_by_urgency(report.rows), report, language);
    context["has_gaps"] = !gaps.empty();
    context["gaps"] = std::move(gaps);
  }
  if (report.kind == ReportKind::agenda) context["subjects"] = subjects_json(report, language);
  context["filter"] = filter_json(report, language);
  context["total_text"] = total_text(report, language);
  context["made_by"] = say(language, messages::kPageMadeBy, format_date(report.as_of()));
  // In the page's language, as the rest of the page; the JSON has them in the messages' language.
  context["diagnostics"] = diagnostics_json(report.diagnostics(), language);
  context["has_warnings"] = !report.diagnostics().empty();
  return context;
}

}  // namespace plancheck
