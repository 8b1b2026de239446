#include "present/csv_report.h"

#include <ostream>
#include <vector>

#include "present/report_messages.h"
#include "present/labels.h"

namespace plancheck {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

void write_row(const std::vector<std::string>& fields, std::ostream& out) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\r\n";
}

std::vector<std::string> heading(std::initializer_list<const Message<>*> columns, Language language) {
  std::vector<std::string> row;
  for (const Message<>* column : columns) row.push_back(say(language, *column));
  return row;
}

// Days to the deadline for what is still to do: negative once overdue.
std::string days_left_field(const Result& result) {
  if (result.status != Status::open && result.status != Status::overdue) return "";
  return std::to_string(result.days_left);
}

void write_results(const Report& report, Language language, std::ostream& out) {
  using namespace messages;
  write_row(heading({&kSectionColumn, &kItemColumn, &kRuleColumn, &kActivityColumn, &kSubjectColumn,
                     &kPeriodColumn, &kRequiredColumn, &kDoneCountColumn, &kStatusColumn, &kDueColumn, &kDaysLeftColumn},
                    language),
            out);
  for (const Result* result : report.rows)
    write_row({result->section->id, result->item->id, result->rule->id,
               activity_label(report.plan(), result->rule->activity), result->subject,
               period_label(result->period, language), format_amount(result->required), format_amount(result->done),
               status_label(result->status, language), format_date(result->deadline), days_left_field(*result)},
              out);
}

// A line or column; empty for 0, a diagnostic about the whole file.
std::string position_field(int position) { return position > 0 ? std::to_string(position) : ""; }

void write_diagnostics(const Report& report, Language language, std::ostream& out) {
  using namespace messages;
  write_row(heading({&kFileColumn, &kLineColumn, &kColumnColumn, &kSeverityColumn, &kMessageColumn, &kHintColumn},
                    language),
            out);
  for (const Diagnostic& diagnostic : report.diagnostics())
    write_row({diagnostic.file, position_field(diagnostic.line), position_field(diagnostic.column),
               say(language, diagnostic.severity == Severity::error ? kErrorSeverity : kWarningSeverity),
               diagnostic.message.in(language), diagnostic.hint.in(language)},
              out);
}

}  // namespace

std::string csv_field(std::string_view text) {
  bool quoted = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quoted) return std::string(text);
  std::string field = "\"";
  for (char c : text) field += c == '"' ? "\"\"" : std::string(1, c);
  return field + "\"";
}

void render_csv(const Report& report, const RenderOptions& options, std::ostream& out) {
  out << kByteOrderMark;
  if (report.kind == ReportKind::validation || !report.evaluation)
    write_diagnostics(report, options.languages.messages, out);
  else
    write_results(report, options.languages.report, out);
}

}  // namespace plancheck
