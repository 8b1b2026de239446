#pragma once

#include <optional>
#include <string>
#include <vector>

#include "evaluate/report.h"

namespace plancheck {

// What `export` puts in the spreadsheet: entries dated in [from, to], quotas whose period overlaps
// it, and only those of one person or unit (--who) or activity (--activity) when given.
struct ExportQuery {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<std::string> who;
  std::vector<std::string> who_subjects;  // what `who` stands for: a unit with its sub-units and people
  std::optional<std::string> activity;
  std::optional<std::string> item;  // an item's id: entries that name it or count toward one of its rules
};

// One ledger entry of the export and the quotas it counted toward.
struct ExportEntry {
  const Entry* entry = nullptr;
  std::vector<const Result*> counted_toward;  // in plan order
};

// The 台账 as inspectors ask for it: the entries, the quota results and a summary per section and
// item. Rows point into the evaluation and `inputs`.
struct ExportReport {
  const Workspace* inputs = nullptr;
  const Evaluation* evaluation = nullptr;
  ExportQuery query;
  std::vector<ExportEntry> entries;    // by date, then in ledger order
  std::vector<const Result*> results;  // in plan order
  std::vector<SectionRows> sections;   // every item with its results; no item left out
  // Per item of `sections` (same order, flattened): how many exported entries serve it (name it
  // with `item:` or count toward one of its rules).
  std::vector<int> item_entry_counts;
  std::vector<int> section_entry_counts;  // per section: entries serving any of its items
  Summary shown;  // of `results`

  const Plan& plan() const { return *inputs->plan; }
  const Ledger& ledger() const { return inputs->ledger; }
  Date as_of() const { return evaluation->as_of; }
};

// The entries `query` selects, each with the results among `counted` it counted toward; by date,
// then in ledger order.
std::vector<ExportEntry> select_entries(const Workspace& inputs, const std::vector<const Result*>& counted,
                                        const ExportQuery& query);

// The ledger listed (entries): the entries `query` selects, each with every result it counted toward.
struct EntriesReport {
  const Workspace* inputs = nullptr;
  const Evaluation* evaluation = nullptr;
  ExportQuery query;
  std::vector<ExportEntry> entries;  // by date, then in ledger order

  const Plan& plan() const { return *inputs->plan; }
  const Ledger& ledger() const { return inputs->ledger; }
};

EntriesReport build_entries(const Workspace& inputs, const Evaluation& evaluation, const ExportQuery& query);

// Pure: the export of `inputs` evaluated in `evaluation` (as of --to, or today).
ExportReport build_export(const Workspace& inputs, const Evaluation& evaluation, const ExportQuery& query);

}  // namespace plancheck
