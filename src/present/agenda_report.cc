#include "present/agenda_report.h"

#include <fmt/format.h>

#include "present/json_report.h"
#include "present/labels.h"
#include "present/report_messages.h"
#include "present/table.h"
#include "present/terminal_text.h"

namespace plancheck {

using nlohmann::ordered_json;

namespace {

Table agenda_table(const Report& report, const SubjectRows& group, const Style& style, Language language) {
  using namespace messages;
  auto heading = [language](const Message<>& message) { return say(language, message); };
  // In a narrow terminal the item is cut first, then the activity and the period.
  Table table{{{heading(kDueColumn)}, {heading(kLeftColumn)}, {heading(kStatusColumn)},
               {heading(kActivityColumn), Align::left, 2}, {heading(kPeriodColumn), Align::left, 2},
               {heading(kDoneColumn), Align::right}, {heading(kItemColumn), Align::left, 1}},
              {}};
  for (const Result* row : group.rows) {
    std::string urgency = row->status == Status::overdue ? style.status_start(Status::overdue) : "";
    table.rows.push_back({
        Cell{format_date(row->deadline), {}, {}},
        Cell{days_to_deadline_label(row->days_left, language), urgency, urgency.empty() ? "" : style.end()},
        Cell{status_label(row->status, language), style.status_start(row->status), style.end()},
        Cell{activity_label(report.plan(), row->rule->activity), {}, {}},
        Cell{period_label(row->period, language), {}, {}},
        Cell{done_of_required(*row, language), {}, {}},
        Cell{item_heading(*row->item), {}, {}},
    });
  }
  return table;
}

Date window_end(const Report& report) { return report.as_of() + std::chrono::days(report.query.within_days); }

}  // namespace

std::string agenda_counts_text(const Summary& summary, Language language) {
  std::string out;
  auto add = [&out, language](int count, Status status) {
    if (count == 0) return;
    if (!out.empty()) out += " · ";
    out += say(language, messages::kStatusCount, status_label(status, language), count);
  };
  add(summary.overdue, Status::overdue);
  add(summary.open, Status::open);
  add(summary.upcoming, Status::upcoming);
  return out;
}

std::string agenda_heading(const Report& report, Language language) {
  std::string as_of = format_date(report.as_of());
  if (report.query.within_days == 0) return say(language, messages::kAgendaTitle, as_of);
  return say(language, messages::kAgendaTitleWithin, report.query.within_days, as_of, format_date(window_end(report)));
}

std::string agenda_text(const Report& report, const RenderOptions& options) {
  Language language = options.languages.report;
  const Style& style = options.style;
  std::string out = style.bold(terminal_text(report.plan().title)) + "\n" + agenda_heading(report, language) + "\n";
  for (const auto& group : report.subjects) {
    out += "\n" + style.bold(terminal_text(group.subject)) + "  " + agenda_counts_text(group.summary, language) + "\n";
    out += render_table(agenda_table(report, group, style, language), "  ", options.width);
  }
  if (report.subjects.empty()) return out + "\n" + say(language, messages::kNothingToDo) + "\n";
  return out + "\n" +
         say(language, messages::kAgendaTotal, report.rows.size(),
             say(language, messages::kSubjectCount, report.subjects.size()), agenda_counts_text(report.shown, language)) +
         "\n";
}

ordered_json agenda_json(const Report& report, const RenderOptions& options) {
  ordered_json results = ordered_json::array();
  for (const Result* row : report.rows) {
    ordered_json json = result_fields(*row, options.languages.report);
    json["days_left"] = row->days_left;
    add_result_entries(json, *row, report.ledger());
    results.push_back(std::move(json));
  }
  ordered_json out{{"plancheck", 1}, {"plan", plan_json(report.plan())}, {"as_of", format_date(report.as_of())}};
  out["within_days"] = report.query.within_days;
  out["window_end"] = format_date(window_end(report));
  if (report.query.who) out["who"] = *report.query.who;
  out["summary"] = summary_json(report.shown);
  out["results"] = std::move(results);
  out["diagnostics"] = diagnostics_json(report.diagnostics(), options.languages.messages);
  return out;
}

}  // namespace plancheck
