#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "present/render.h"
#include "write/append.h"

namespace plancheck {

// entries: the ledger, filtered, each entry with where it is and what it counted toward.
struct EntriesOptions {
  std::string plan_file;
  Format format = Format::text;  // text or json
  std::string month;
  std::string who;
  std::string activity;
  std::string item;
};

// remove: one entry, by FILE:LINE.
struct RemoveOptions {
  std::vector<std::string> where;  // [PLAN] FILE:LINE
  bool dry_run = false;
};

void declare_entries(OptionDeclarations<EntriesOptions>& options);
int run_entries(const EntriesOptions& options, const Context& context);

void declare_remove(OptionDeclarations<RemoveOptions>& options);
int run_remove(const RemoveOptions& options, const Context& context);

// "log/2022-06.yaml:10" as the file and the line; nothing when it is not of that form.
struct EntryLocation {
  std::string file;
  int line = 0;
};
std::optional<EntryLocation> parse_entry_location(const std::string& text);

// Prints what a change of the entry at `where` did — the old text, the new, how to undo — or why it
// was refused; returns the exit code.
int report_entry_change(const AppendResult& result, const EntryLocation& where, const std::string& new_text,
                        const Context& context);

// The log file at `where` as one of the plan's (else a usage error, printed, and its exit code).
std::optional<int> check_ledger_file(const EntryLocation& where, const Plan& plan, const Context& context);

// The entry of `ledger` at `where`, if the ledger has one there.
const Entry* find_entry(const Ledger& ledger, const EntryLocation& where);

// The usage error for a FILE:LINE that is not one; returns kExitInvalid.
int not_a_location(const std::string& text, const Context& context);

}  // namespace plancheck
