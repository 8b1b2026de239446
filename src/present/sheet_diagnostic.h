#pragma once

#include <string>

#include "read/ledger_sheet.h"
#include "present/style.h"

namespace plancheck {

// A problem with a spreadsheet, clang-style, at SHEET:ROW:COLUMN with the cell quoted:
//   台账.xlsx:5:C: error: unknown person or unit '王某'
//       5 | C 责任人: 王某
//         = help: did you mean '王敏'?
// The column is named by its letter, as a spreadsheet shows it; a problem of the whole sheet
// has neither row nor column.
std::string format_sheet_problem(const std::string& file, const SheetProblem& problem, const Style& style,
                                 Language language);

}  // namespace plancheck
