// The bodies of the libFuzzer targets, shared by the fuzzers (tests/fuzz/fuzz_main.cc, built by
// tests/fuzz/run.sh with clang) and by the regression replay test (tests/fuzz/replay_test.cc, part of
// the normal test suite), so that a kept input is replayed through exactly the code that failed.
//
// Each takes the fuzzer's bytes and returns an empty string, or a description of a broken
// invariant (the fuzzer then aborts, the replay test fails). Crashes, leaks, exceptions and
// sanitizer reports surface by themselves.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::fuzz {

// read_plan_text on the bytes (decoded as read_source would), then every diagnostic formatted.
std::string plan_loader(std::string_view bytes);

// read_log_text on the bytes, against a small fixed plan.
std::string log_loader(std::string_view bytes);

// The path of `plancheck validate` (and of check) on a plan and its logs: the bytes are split at
// lines "@@log@@" into the plan's text and up to four log files, written to a scratch folder, and
// read with load_workspace; the diagnostics are formatted as validate prints them; a valid
// workspace whose plan spans at most a few years is evaluated and reported as text and JSON.
std::string workspace(std::string_view bytes);

// The fast path for log files (parse_simple_sequence, src/read/fast_yaml.h) against libyaml:
// whenever the fast path takes a text, the items, diagnostics and root must be libyaml's.
std::string yaml_fast_path(std::string_view bytes);

// load_template_text, then render_template with a fixed context (a briefing of a small plan), in a
// folder that holds one partial, "item".
std::string template_render(std::string_view bytes);

// parse_date, format_date, calendar_periods, period_containing, period_label, iso_week and the
// date fields' diagnostics, with the calendar invariants checked.
std::string dates(std::string_view bytes);

// A plan document's bytes (decoded as draft decodes a .txt, read as Markdown when the first byte is
// '#') drafted as a plan file, which must then read back without errors.
std::string plan_draft(std::string_view bytes);

// load_template from disk: the bytes split at lines "@@partial NAME@@" into a template and the
// partials written beside it (tests/fuzz/boundary_targets.cc). Beside the templates' folder lie a
// file and a link to it that no partial may reach: every file the template read must lie inside the
// folder, and a template error renders nothing.
std::string template_partials(std::string_view bytes);

// write_output (-o) onto a path the first byte chooses in a scratch folder: the plan, a log file,
// links to them and to a folder, a read-only file, a folder, a new name, /dev/null. The rest is the
// text. Afterwards the inputs, the links, the folder and the read-only file are as they were, and a
// write said to succeed left the text in the file the path names.
std::string output_target(std::string_view bytes);

// For the targets of other files: a folder of this process under the temp folder (made once,
// removed at exit), writing bytes to a file, and the briefing context of a small fixed plan.
const std::filesystem::path& scratch(const char* name);
void write_file_bytes(const std::filesystem::path& path, std::string_view bytes);
const nlohmann::ordered_json& briefing_fixture();

using Target = std::string (*)(std::string_view);

struct NamedTarget {
  const char* name;  // also the folder name under tests/fuzz/regressions/
  Target run;
};

const std::vector<NamedTarget>& all_targets();

// The text of each part of a `workspace` input: the plan first, then the logs.
std::vector<std::string_view> split_workspace_input(std::string_view bytes);

}  // namespace plancheck::fuzz
