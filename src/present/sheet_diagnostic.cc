#include "present/sheet_diagnostic.h"

#include <fmt/format.h>

#include "present/output_messages.h"

namespace plancheck {

std::string format_sheet_problem(const std::string& file, const SheetProblem& problem, const Style& style,
                                 Language language) {
  std::string where = file;
  if (problem.row > 0) where += fmt::format(":{}", problem.row);
  if (problem.row > 0 && problem.column) where += ":" + column_name(*problem.column);
  bool error = problem.severity == Severity::error;
  std::string label = say(language, error ? messages::kError : messages::kWarning);
  std::string text = fmt::format("{}: {}{}\n", style.bold(where), error ? style.red(label) : style.yellow(label),
                                 style.bold(problem.message.in(language)));
  std::string gutter(std::to_string(std::max(problem.row, 1)).size(), ' ');
  if (problem.row > 0 && problem.column) {
    std::string cell = problem.cell;
    for (std::size_t at = cell.find('\n'); at != std::string::npos; at = cell.find('\n', at)) cell.replace(at, 1, " ⏎ ");
    text += fmt::format(" {} | {} {}: {}\n", problem.row, column_name(*problem.column), problem.header, cell);
  }
  if (!problem.hint.empty())
    text += fmt::format(" {} {} {}{}\n", gutter, style.cyan("="), say(language, messages::kHelp), problem.hint.in(language));
  return text;
}

}  // namespace plancheck
