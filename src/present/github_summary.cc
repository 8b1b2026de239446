#include "present/github_summary.h"

#include <fmt/format.h>

#include "messages/program.h"
#include "messages/report.h"
#include "present/diagnostic_printer.h"
#include "present/labels.h"
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

std::string rows_table(const Plan& plan, const Evaluation& evaluation, const std::vector<const Result*>& rows,
                       Language language) {
  using namespace messages;
  std::string out = "\n|";
  for (const auto* column : {&kStatusColumn, &kItemColumn, &kSubjectColumn, &kActivityColumn, &kPeriodColumn,
                             &kDoneColumn, &kDueColumn, &kLeftColumn})
    out += " " + say(language, *column) + " |";
  out += "\n";
  out += "| --- | --- | --- | --- | --- | ---: | --- | --- |\n";
  for (const Result* result : rows) {
    if (!needs_attention(*result)) continue;
    out += fmt::format("| {} | {} | {} | {} | {} | {}/{} | {} | {} |\n", status_label(result->status, language),
                       markdown_cell(item_heading(*result->item)), markdown_cell(result->subject),
                       markdown_cell(activity_label(plan, result->rule->activity)), period_label(result->period, language),
                       result->done, result->required, format_date(result->period.end),
                       time_left_label(*result, evaluation.as_of, language));
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

std::string github_quota_summary(std::string_view run_name, const Plan& plan, const Evaluation& evaluation,
                                 const std::vector<const Result*>& rows, const Summary& all,
                                 const Diagnostics& diagnostics, Languages languages) {
  using namespace messages;
  Language language = languages.report;
  std::string out = say(language, kSummaryHeading, run_name, markdown_cell(plan.title));
  Summary shown = summarize(rows);
  out += say(language, kAsOfSentence, format_date(evaluation.as_of)) + gaps_sentence(shown, language) +
         say(language, kSentenceEnd) + all_quotas_text(evaluation, all, language) + "\n";
  if (shown.gaps() > 0) out += rows_table(plan, evaluation, rows, language);
  out += diagnostics_table(diagnostics, languages.messages);
  return out + "\n";
}

std::string github_validation_summary(std::string_view run_name, std::string_view plan_file, std::size_t log_files,
                                      std::size_t entries, const Diagnostics& diagnostics, Language language) {
  using namespace messages;
  std::string out = say(language, kSummaryHeading, run_name, markdown_cell(plan_file));
  if (has_errors(diagnostics)) {
    out += say(language, kInvalidSummary, count_text(diagnostics, language)) + "\n";
  } else {
    std::size_t warnings = diagnostics.size();
    out += say(language, kValidSummary, say(language, kLogFileCount, log_files), say(language, kEntryCount, entries),
               say(language, kWarningCount, warnings)) +
           "\n";
  }
  out += diagnostics_table(diagnostics, language);
  return out + "\n";
}

}  // namespace plancheck
