#pragma once

#include <string>
#include <vector>

#include "read/ledger_sheet.h"
#include "read/workspace.h"
#include "write/append.h"
#include "write/log_target.h"

namespace plancheck {

// The entries of a sheet that go into one log file.
struct ImportBatch {
  std::string file;
  std::vector<Entry> entries;
  std::vector<int> rows;  // the sheet's row of each entry
  std::string text;       // the entries as YAML, as `log` writes them
};

struct ImportCheck {
  std::vector<SheetProblem> problems;  // of the sheet's cells and rows
  std::vector<ImportBatch> batches;    // in the order of their files
  std::size_t data_rows = 0;
  std::size_t repeats = 0;  // rows already in the ledger (or earlier in the sheet), skipped

  bool ok() const;
};

// Checks every row of `sheet` as `log` checks an entry (written as YAML and read back by the same
// reader, against the plan and the ledger of `workspace`; a date outside the plan is an error),
// reports each problem at its cell, skips exact repeats, and groups the rest by the month file
// `log` would write them to.
ImportCheck check_import(const LedgerSheet& sheet, const Workspace& workspace);

// Appends every batch, all or nothing (see append_to_files), checking each file again under the lock.
std::vector<AppendResult> write_import(const ImportCheck& check, const Plan& plan);

}  // namespace plancheck
