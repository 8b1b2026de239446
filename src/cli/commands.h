#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "model/date.h"

namespace plancheck {

enum class OutputFormat { text, json };
enum class FailOn { overdue, open, never };
enum class ColorMode { automatic, always, never };

inline constexpr int kExitOk = 0;
inline constexpr int kExitGaps = 1;
inline constexpr int kExitInvalid = 2;

struct CommandOptions {
  std::string plan_file;
  OutputFormat format = OutputFormat::text;
  ColorMode color = ColorMode::automatic;
  std::string as_of;  // empty: today
  std::string who;    // empty: everyone
  std::string item;   // empty: every item
  FailOn fail_on = FailOn::overdue;
};

// Where a command writes: the report to `out`, diagnostics and messages to `err`.
struct Streams {
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
};

// Each returns the process exit code.
int run_status(const CommandOptions& options, Streams streams);
int run_check(const CommandOptions& options, Streams streams);
int run_validate(const CommandOptions& options, Streams streams);

}  // namespace plancheck
