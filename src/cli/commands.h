#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "messages/message.h"
#include "model/date.h"
#include "read/load_options.h"

namespace plancheck {

enum class OutputFormat { text, json, junit, github };
enum class FailOn { overdue, open, never };
enum class ColorMode { automatic, always, never };

inline constexpr int kExitOk = 0;
inline constexpr int kExitGaps = 1;
inline constexpr int kExitInvalid = 2;

struct CommandOptions {
  // --lang: the report's language (else the plan's `lang`). It sets the messages' language too,
  // but that is read from the command line before parsing, for --help (see Streams::language).
  std::optional<Language> lang;
  std::string plan_file;
  OutputFormat format = OutputFormat::text;
  ColorMode color = ColorMode::automatic;
  std::string as_of;  // empty: today
  std::string who;    // empty: everyone
  std::string item;   // empty: every item
  FailOn fail_on = FailOn::overdue;
  bool quiet = false;  // check, validate: print only problems (see README, "Exit codes")
  // render
  std::string template_file;
  std::string month;        // YYYY-MM: as of the month's last day
  std::string output_file;  // empty: stdout (see cli/output_file.h)
  bool print_context = false;
  bool charts = true;
  // schema
  std::string schema_kind = "plan";  // plan or log
  // agenda
  std::string within = "30d";  // Nd or Nw: also list quotas whose period starts this soon
};

// Where a command writes: the report to `out`, diagnostics and messages to `err`.
struct Streams {
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  int out_columns = 0;  // the width to fit text tables in (see cli/terminal.h); 0: unlimited
  Language language = Language::en;  // of program messages: the locale's, or --lang
};

// Each returns the process exit code.
int run_status(const CommandOptions& options, Streams streams);
int run_check(const CommandOptions& options, Streams streams);
int run_validate(const CommandOptions& options, Streams streams);
int run_render(const CommandOptions& options, Streams streams);
int run_schema(const CommandOptions& options, Streams streams);
int run_agenda(const CommandOptions& options, Streams streams);

// Shared by the commands: loads the plan and ledger, printing diagnostics; on errors returns
// nothing (and for JSON prints a report holding only the diagnostics).
struct Workspace;
struct Plan;
// For reports that count entries but never show them: no entry keeps its details.
LoadOptions counts_only();
std::optional<Workspace> load_or_report(const CommandOptions& options, Streams streams,
                                        const LoadOptions& load = counts_only());
bool color_wanted(ColorMode mode, bool is_terminal);
// What every report starts from: the files read, the query checked, the plan evaluated.
struct EvaluatedPlan;
// Loads (printing diagnostics), reads --as-of, --who and --item and evaluates; nothing when the
// files or the options are wrong (the reason was printed; the exit code is kExitInvalid).
std::unique_ptr<EvaluatedPlan> load_and_evaluate(const CommandOptions& options, Streams streams,
                                                 const LoadOptions& load = counts_only());

// Checks and reads --as-of, --who and --item; returns an exit code when one is wrong.
struct Query;
std::optional<int> read_query(const CommandOptions& options, const Plan& plan, Streams streams, Date& as_of,
                              Query& query);
int usage_error(Streams streams, const std::string& message, const std::string& hint = {});
// "plancheck: error: MESSAGE" and, when given, "  = help: HINT", in `language`.
std::string usage_error_text(Language language, const std::string& message, const std::string& hint);

// Reports speak --lang, else the plan's `lang` (zh when the plan could not be read); messages
// speak the locale's language (or --lang).
Languages languages_for(const CommandOptions& options, const Workspace& workspace, Streams streams);

}  // namespace plancheck
