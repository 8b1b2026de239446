#pragma once

#include <string>

#include "cli/command.h"

namespace plancheck {

// import: the rows of a 台账 spreadsheet into the ledger.
struct ImportOptions {
  std::string plan_file;
  std::string sheet_file;  // .xlsx or .csv
  std::string sheet_name;  // empty: the workbook's first sheet
  std::string map_file;    // empty: headers recognised by name
  bool dry_run = false;
};

void declare_import(OptionDeclarations<ImportOptions>& options);
int run_import(const ImportOptions& options, const Context& context);

}  // namespace plancheck
