#include "present/github_summary.h"

#include <fmt/format.h>

#include "present/diagnostic_printer.h"
#include "present/labels.h"
#include "present/output_messages.h"
#include "present/report_messages.h"
#include "present/text_report.h"

namespace plancheck {

namespace {

// In the language of program messages, like the diagnostics themselves.
std::string diagnostics_table(const Diagnostics& diagnostics, Language language) {
  using namespace messages;
  if (diagnostics.empty()) return "";
  std::string out = fmt::format("\n| {} | {} | {} |\n| --- | --- | --- |\n", say(language, kLevelColumn),
                                say(language, kWhereColumn), say(language, kProblemColumn));
  for (const auto& d : diagnostics) {
    std::string where = d.file;
    if (d.line > 0) where += fmt::format(":{}", d.line);
    if (d.line > 0 && d.column > 0) where += fmt::format(":{}", d.column);
    std::string problem = d.message.in(language);
    if (!d.hint.empty()) problem = say(language, kWithHint, problem, d.hint.in(language));
    out += fmt::format("| {} | {} | {} |\n", say(language, d.severity == Severity::error ? kErrorWord : kWarningWord),
                       markdown_cell(where), markdown_cell(problem));
  }
  return out;
}

bool needs_attention(const Result& result) {
  return result.status == Status::overdue || result.status == Status::late || result.status == Status::open;
}

std::string rows_table(const Report& report, Language language) {
  using namespace messages;
  std::string out = "\n|";
  for (const auto* column : {&kStatusColumn, &kItemColumn, &kSubjectColumn, &kActivityColumn, &kPeriodColumn,
                             &kDoneColumn, &kDueColumn, &kLeftColumn})
    out += " " + say(language, *column) + " |";
  out += "\n";
  out += "| --- | --- | --- | --- | --- | ---: | --- | --- |\n";
  for (const Result* result : report.rows) {
    if (!needs_attention(*result)) continue;
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", status_label(result->status, language),
                       markdown_cell(item_heading(*result->item)), markdown_cell(result->subject),
                       markdown_cell(activity_label(report.plan(), result->rule->activity)),
                       period_label(result->period, language), done_of_required(*result, language),
                       format_date(result->deadline), time_left_label(*result, language));
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

namespace {

std::string quota_summary(const Report& report, const RenderOptions& options) {
  using namespace messages;
  Language language = options.languages.report;
  std::string run_name = report.kind == ReportKind::gaps ? "plancheck check" : "plancheck status";
  std::string out = say(language, kSummaryHeading, run_name, markdown_cell(report.plan().title));
  out += say(language, kAsOfSentence, format_date(report.as_of())) + gaps_sentence(report.shown, language) +
         say(language, kSentenceEnd) + all_quotas_text(report, language) + "\n";
  if (report.shown.gaps() > 0) out += rows_table(report, language);
  out += diagnostics_table(report.diagnostics(), options.languages.messages);
  return out + "\n";
}

// Only the files and their diagnostics: everything in the language of program messages.
std::string validation_summary(const Report& report, Language language) {
  using namespace messages;
  const Workspace& inputs = *report.inputs;
  std::string out = say(language, kSummaryHeading, "plancheck validate", markdown_cell(inputs.plan_file));
  if (has_errors(inputs.diagnostics)) {
    out += say(language, kInvalidSummary, count_text(inputs.diagnostics, language)) + "\n";
  } else {
    out += say(language, kValidSummary, say(language, kLogFileCount, inputs.ledger.files.size()),
               say(language, kEntryCount, inputs.ledger.entries.size()),
               say(language, kWarningCount, inputs.diagnostics.size())) +
           "\n";
  }
  out += diagnostics_table(inputs.diagnostics, language);
  return out + "\n";
}

}  // namespace

std::string render_github_summary(const Report& report, const RenderOptions& options) {
  if (!report.evaluation) return validation_summary(report, options.languages.messages);
  return quota_summary(report, options);
}

}  // namespace plancheck
