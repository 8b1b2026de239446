#pragma once

#include <optional>
#include <string>

#include "cli/command.h"
#include "present/spreadsheet_export.h"

namespace plancheck {

// export: the ledger as a spreadsheet.
struct ExportOptions {
  std::string plan_file;
  std::optional<ExportFormat> format;  // unset: csv for a .csv output file, else xlsx
  std::string from;                    // empty: from the first entry
  std::string to;                      // empty: today (also the date quotas are judged on)
  std::string who;
  std::string activity;
  std::string output_file;
};

void declare_export(OptionDeclarations<ExportOptions>& options);
int run_export(const ExportOptions& options, const Context& context);

}  // namespace plancheck
