#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/environment.h"
#include "messages/message.h"
#include "model/workspace.h"
#include "present/style.h"
#include "write/output_file.h"

namespace plancheck {

enum class ColorMode { automatic, always, never };

// Options every command takes, also before the command's name.
struct CommonOptions {
  ColorMode color = ColorMode::automatic;
  std::optional<Language> lang;  // --lang: the report's language and the messages'
  bool all_diagnostics = false;  // --all-diagnostics: text output shows every diagnostic, not 20 of a kind
};

// Where a command writes: the report to `out`, diagnostics and messages to `err`.
struct Streams {
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  int out_columns = 0;  // the width to fit text tables in; 0: unlimited
};

// What a command runs with: the environment, the options every command takes, and its streams.
struct Context {
  const Environment& environment;
  CommonOptions common;
  Streams streams;
  Language language = Language::en;  // of program messages: --lang, else the locale's
  // Every file the command has read so far (the plan, its log files, the template, its partials),
  // shared by the contexts made from this one: --output refuses to write over any of them.
  std::shared_ptr<std::vector<InputFile>> inputs_read = std::make_shared<std::vector<InputFile>>();

  void record_inputs(InputFile::Role role, const std::vector<std::string>& files) const {
    for (const std::string& file : files) inputs_read->push_back(InputFile{file, role});
  }
  // The plan and its log files.
  void record_workspace(const Workspace& inputs) const {
    record_inputs(InputFile::Role::plan, {inputs.plan_file});
    record_inputs(InputFile::Role::log_file, inputs.ledger.files);
  }

  // Colour for text on `out` or on `err`: --color, else only on a terminal, never with NO_COLOR,
  // always with CLICOLOR_FORCE.
  Style out_style() const { return Style{color_wanted(streams.out_is_terminal)}; }
  Style err_style() const { return Style{color_wanted(streams.err_is_terminal)}; }
  bool color_wanted(bool is_terminal) const;

  // Reports speak --lang, else the plan's `lang` (zh when the plan could not be read); messages
  // speak the locale's language (or --lang).
  Languages languages_for(const Workspace& inputs) const;

  // How many diagnostics of one kind text output shows (0: all).
  std::size_t diagnostics_shown_per_kind() const;

  // Whether a transient progress line may go to stderr: only on a terminal, never in CI.
  bool progress_wanted() const { return streams.err_is_terminal && !environment.ci; }

  // The same context writing its report to `out` as to a pipe: no colour, no fitting to a width.
  Context writing_to(std::ostream& out) const;
};

// The context of this process: stdout and stderr, fitted to COLUMNS or the terminal's width.
Context make_context(const Environment& environment, const CommonOptions& common, Language language);

}  // namespace plancheck
