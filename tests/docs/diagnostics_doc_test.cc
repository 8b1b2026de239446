// docs/diagnostics.md is generated here, from the catalogues (every Diagnosis: its message and hint
// in both languages) and the bad-input corpus (tests/bad: the first case that gives each diagnostic,
// read in process and printed as `plancheck validate` prints it). The test fails when the checked-in
// file is not what this generates now; UPDATE_GOLDEN=1 rewrites it.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

#include "cli/program_messages.h"
#include "model/date_messages.h"
#include "present/diagnostic_printer.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/read_messages.h"
#include "read/repeated_entries.h"
#include "read/source_text.h"
#include "read/workspace.h"
#include "write/write_messages.h"

using namespace plancheck;

namespace {

namespace fs = std::filesystem;

const fs::path kSource = PLANCHECK_SOURCE_DIR;

std::string file_text(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

struct Catalogue {
  std::string title;
  std::string header;  // where it is written, from the repository's root
  std::vector<CatalogueEntry> entries;
};

std::vector<Catalogue> catalogues() {
  auto list = [](const auto& entries) { return std::vector<CatalogueEntry>(entries.begin(), entries.end()); };
  return {
      {"Plans, log files and templates", "src/read/read_messages.h", list(messages::read_catalogue())},
      {"Dates", "src/model/date_messages.h", list(messages::date_catalogue())},
      {"New entries and written files", "src/write/write_messages.h", list(messages::write_catalogue())},
      {"The command line", "src/cli/program_messages.h", list(messages::program_catalogue())},
  };
}

// A regular expression that matches every message the format string can give.
std::regex pattern_of(std::string_view format) {
  static const std::string kSpecial = R"(\^$.|?*+()[]{})";
  std::string pattern = "^";
  for (std::size_t i = 0; i < format.size(); ++i) {
    char c = format[i];
    if ((c == '{' || c == '}') && i + 1 < format.size() && format[i + 1] == c) {
      pattern += std::string("\\") + c;
      ++i;
    } else if (c == '{') {
      pattern += "(.*)";
      i = format.find('}', i);
    } else {
      if (kSpecial.find(c) != std::string::npos) pattern += '\\';
      pattern += c;
    }
  }
  return std::regex(pattern + "$");
}

// The words of a format string outside its placeholders, to prefer the most telling match.
std::size_t literal_size(std::string_view format) {
  std::size_t size = 0;
  for (std::size_t i = 0; i < format.size(); ++i)
    if (format[i] == '{' && (i + 1 >= format.size() || format[i + 1] != '{'))
      i = format.find('}', i);
    else
      ++size;
  return size;
}

// As a reader sees it: each placeholder as "…", doubled braces single.
std::string shown(std::string_view format) {
  std::string text;
  for (std::size_t i = 0; i < format.size(); ++i) {
    char c = format[i];
    if ((c == '{' || c == '}') && i + 1 < format.size() && format[i + 1] == c) {
      text += c;
      ++i;
    } else if (c == '{') {
      text += "…";
      i = format.find('}', i);
    } else {
      text += c;
    }
  }
  return text;
}

std::string code_span(const std::string& text) {
  if (text.empty()) return "";
  std::string escaped;
  for (char c : text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  return escaped.find('`') == std::string::npos ? "`" + escaped + "`" : "`` " + escaped + " ``";
}

struct Case {
  std::string name;  // plans/NAME.yaml or logs/NAME.yaml
  std::string fragment;
};

std::vector<Case> corpus() {
  std::ifstream stream(kSource / "tests/bad/MANIFEST");
  std::vector<Case> cases;
  for (std::string text; std::getline(stream, text);) {
    if (text.empty() || text.starts_with('#')) continue;
    std::istringstream fields(text);
    Case c;
    int line = 0;
    fields >> c.name >> line >> std::ws;
    std::getline(fields, c.fragment);
    if (c.name.starts_with("plans/") || c.name.starts_with("logs/")) cases.push_back(c);
  }
  return cases;
}

// The diagnostics of one case, read in process as validate reads it: a broken plan with the logs it
// names, a broken log file beside tests/bad/plan.yaml. English only: the examples are printed in it.
Diagnostics diagnostics_of(const Case& c) {
  std::string file = "tests/bad/" + c.name;
  if (c.name.starts_with("plans/")) {
    // Its path from the repository's root, wherever the test runs: the 'logs' it names are looked for.
    Diagnostics diagnostics = load_workspace((kSource / file).string()).diagnostics;
    std::string root = kSource.string() + "/";
    for (Diagnostic& d : diagnostics)
      for (std::string* text : {&d.file, &d.message.en, &d.hint.en})
        for (std::size_t at; (at = text->find(root)) != std::string::npos;) text->erase(at, root.size());
    return diagnostics;
  }
  SourceText source = decode_source(file_text(kSource / file), file);
  Diagnostics diagnostics;
  if (source.problem) return {*source.problem};
  Diagnostics ignored;
  auto plan = read_plan_text(file_text(kSource / "tests/bad/plan.yaml"), "tests/bad/plan.yaml", ignored);
  REQUIRE(plan);
  Ledger ledger;
  read_log_text(source.text, file, PlanNames(*plan), ledger, diagnostics);
  RepeatFinder().add_file(ledger, 0, source.text, diagnostics);
  return diagnostics;
}

// The code of the catalogue entry whose English message `message` is, if any.
std::string code_of(const std::string& message, const std::vector<Catalogue>& all) {
  std::string best;
  std::size_t best_size = 0;
  for (const auto& catalogue : all)
    for (const auto& entry : catalogue.entries)
      if (std::regex_match(message, pattern_of(entry.message_en)) && literal_size(entry.message_en) >= best_size) {
        best = std::string(entry.code);
        best_size = literal_size(entry.message_en);
      }
  return best;
}

struct Example {
  std::string case_name;
  std::string printed;
};

std::map<std::string, Example> examples(const std::vector<Catalogue>& all) {
  std::map<std::string, Example> found;
  for (const Case& c : corpus())
    for (const Diagnostic& d : diagnostics_of(c)) {
      if (d.message.en.find(c.fragment) == std::string::npos) continue;
      std::string code = code_of(d.message.en, all);
      if (!code.empty() && !found.count(code))
        found[code] = Example{c.name, format_diagnostic(d, Style{false}, Language::en)};
    }
  return found;
}

std::string generate() {
  std::vector<Catalogue> all = catalogues();
  std::map<std::string, Example> reproduced = examples(all);
  std::string out =
      "# Diagnostics\n\n"
      "Every diagnostic that has a fixed hint, as plancheck says it in English and in Chinese (`…` stands for\n"
      "what is filled in: a key, a value, a line), with its hint and, where `tests/bad/` holds one, an input\n"
      "that gives it and what `plancheck validate` then prints. Each entry's code is stable.\n\n"
      "This file is generated by `tests/docs/diagnostics_doc_test.cc` from the catalogues and `tests/bad/`:\n"
      "do not edit it, run `UPDATE_GOLDEN=1 ./build/tests/plancheck_tests -tc='docs/diagnostics.md*'`.\n";
  for (const auto& catalogue : all) {
    out += fmt::format("\n## {} ({})\n", catalogue.title, code_span(catalogue.header));
    for (const auto& entry : catalogue.entries) {
      out += fmt::format("\n### {}\n\n", entry.code);
      out += "| | English | 中文 |\n|---|---|---|\n";
      out += fmt::format("| message | {} | {} |\n", code_span(shown(entry.message_en)), code_span(shown(entry.message_zh)));
      out += fmt::format("| hint | {} | {} |\n", code_span(shown(entry.hint_en)), code_span(shown(entry.hint_zh)));
      auto example = reproduced.find(std::string(entry.code));
      if (example == reproduced.end()) continue;
      std::string path = "tests/bad/" + example->second.case_name;
      out += fmt::format("\n[`{}`](../{}):\n\n```\n{}```\n", path, path, example->second.printed);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("docs/diagnostics.md is what the catalogues and tests/bad give now") {
  std::string generated = generate();
  fs::path path = kSource / "docs/diagnostics.md";
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << generated;
  }
  CHECK_MESSAGE(file_text(path) == generated,
                "docs/diagnostics.md is out of date: UPDATE_GOLDEN=1 ./build/tests/plancheck_tests -tc='docs/diagnostics.md*'");
}

TEST_CASE("every Diagnosis of every catalogue file is listed once, under a code of its own") {
  std::set<std::string> listed;
  for (const auto& catalogue : catalogues())
    for (const auto& entry : catalogue.entries) CHECK_MESSAGE(listed.insert(std::string(entry.code)).second, entry.code);
  // Each catalogue file's Diagnosis entries, as written: "Diagnosis<…> kName{\n    "code",".
  std::regex declared(R"re(Diagnosis<[^\n]*> k\w+\{\s*"([a-z0-9-]+)")re");
  std::size_t found = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSource / "src")) {
    if (!entry.path().filename().string().ends_with("_messages.h")) continue;
    std::string text = file_text(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), declared), end; it != end; ++it, ++found)
      CHECK_MESSAGE(listed.count((*it)[1].str()), (*it)[1].str() << " in " << entry.path() << " is in no catalogue list");
  }
  CHECK(found == listed.size());
}

TEST_CASE("most diagnostics of the catalogues are reproduced by an input of tests/bad") {
  std::vector<Catalogue> all = catalogues();
  auto reproduced = examples(all);
  CHECK(reproduced.size() >= 25);
  for (const char* code : {"tab-indentation", "conflict-marker", "not-a-real-date", "date-not-iso", "duplicate-key",
                           "missing-log-path", "not-a-plan", "looks-like-gbk"})
    CHECK_MESSAGE(reproduced.count(code), code);
  CHECK(reproduced.at("not-a-real-date").case_name == "plans/date-not-a-day.yaml");
  // A case's diagnostic is found by the fragment MANIFEST gives, and matched to its entry.
  CHECK(code_of("unknown activity '党課'", all).empty());
  CHECK(code_of("'date' is not a real date: 2022-02-30 (2022-02 has only 28 days)", all) == "not-a-real-date");
  CHECK(code_of("YAML syntax error: x", all).empty());
}
