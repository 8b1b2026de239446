#pragma once

#include <optional>
#include <string>

#include "cli/command.h"
#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// status: every quota.
struct StatusOptions {
  std::string plan_file;
  std::optional<Format> format;  // unset: from the output file's extension (.html, .ics…), else text
  std::string as_of;  // empty: today
  std::string who;    // empty: everyone
  std::string item;   // empty: every item
  std::string output_file;
};

// check: the gaps, and an exit code for CI.
struct CheckOptions : StatusOptions {
  FailOn fail_on = FailOn::overdue;
  bool quiet = false;  // only the failing quotas
};

// validate: the files alone.
struct ValidateOptions {
  std::string plan_file;
  std::optional<Format> format;  // unset: from the output file's extension (.html, .ics…), else text
  std::string output_file;
  bool quiet = false;  // nothing when the files are valid
};

// agenda: what each person or unit owes.
struct AgendaOptions {
  std::string plan_file;
  std::optional<Format> format;  // unset: from the output file's extension (.html, .ics…), else text
  std::string within = "30d";  // Nd or Nw: also list quotas whose period starts this soon
  std::string remind = "3d";   // Nd or Nw: --format ics reminds this long before each deadline
  std::string as_of;
  std::string who;
  std::string output_file;
};

void declare_status(OptionDeclarations<StatusOptions>& options);
void declare_check(OptionDeclarations<CheckOptions>& options);
void declare_validate(OptionDeclarations<ValidateOptions>& options);
void declare_agenda(OptionDeclarations<AgendaOptions>& options);

int run_status(const StatusOptions& options, const Context& context);
int run_check(const CheckOptions& options, const Context& context);
int run_validate(const ValidateOptions& options, const Context& context);
int run_agenda(const AgendaOptions& options, const Context& context);

}  // namespace plancheck
