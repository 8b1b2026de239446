#include "present/github_summary.h"

#include <fmt/format.h>

#include "messages/program.h"
#include "messages/report.h"
#include "present/labels.h"
#include "present/text_report.h"

namespace plancheck {

namespace {

std::string diagnostics_table(const Diagnostics& diagnostics, Languages languages) {
  using namespace messages;
  if (diagnostics.empty()) return "";
  Language words = languages.report;
  std::string out = fmt::format("\n| {} | {} | {} |\n| --- | --- | --- |\n", say(words, kLevelColumn),
                                say(words, kWhereColumn), say(words, kProblemColumn));
  for (const auto& d : diagnostics) {
    std::string where = d.file;
    if (d.line > 0) where += fmt::format(":{}", d.line);
    if (d.line > 0 && d.column > 0) where += fmt::format(":{}", d.column);
    Language language = languages.messages;
    std::string problem = d.message.in(language);
    if (!d.hint.empty()) problem += " (" + say(language, kHelp) + d.hint.in(language) + ")";
    out += fmt::format("| {} | {} | {} |\n", d.severity == Severity::error ? "error" : "warning",
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
  out += say(language, kAsOfSentence, format_date(evaluation.as_of)) + gaps_sentence(shown, language);
  bool attention = shown.overdue + shown.late + shown.open > 0;
  if (attention) out += say(language, kSentenceEnd);
  out += say(language, kAllTotal, evaluation.results.size(), summary_text(all, language)) + "\n";
  if (attention) out += rows_table(plan, evaluation, rows, language);
  out += diagnostics_table(diagnostics, languages);
  return out + "\n";
}

std::string github_validation_summary(std::string_view run_name, std::string_view plan_file, std::size_t log_files,
                                      std::size_t entries, const Diagnostics& diagnostics, Languages languages) {
  using namespace messages;
  Language language = languages.report;
  std::string out = say(language, kSummaryHeading, run_name, markdown_cell(plan_file));
  std::size_t errors = 0;
  for (const auto& d : diagnostics) errors += d.severity == Severity::error;
  if (errors > 0)
    out += say(language, kInvalidSummary, errors, diagnostics.size() - errors) + "\n";
  else
    out += say(language, kValidSummary, log_files, entries, diagnostics.size()) + "\n";
  out += diagnostics_table(diagnostics, languages);
  return out + "\n";
}

}  // namespace plancheck
