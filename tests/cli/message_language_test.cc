// Every kind of command-line mistake, and every --help, in Chinese holds no English word but the
// names a user types (commands, options, their values, placeholders, files, formats), and in
// English no Chinese but what the user typed and a few Chinese terms glossed.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/command_line.h"
#include "support/launch.h"

using namespace plancheck;
using plancheck::testing::kSeed;

namespace {

struct Mistake {
  std::string kind;
  std::vector<std::string> arguments;
};

// One of each kind of mistake the parser can be made to report.
const std::vector<Mistake>& mistakes() {
  static const std::vector<Mistake> all{
      {"unknown option, with a suggestion", {"check", kSeed, "--colour", "never"}},
      {"unknown option", {"check", kSeed, "--zzz"}},
      {"unknown short option", {"check", kSeed, "-x"}},
      {"unknown command, with a suggestion", {"chek", kSeed}},
      {"unknown command", {"xyzzy"}},
      {"no command", {}},
      {"a value not among the choices", {"check", kSeed, "--fail-on", "sometimes"}},
      {"a common option's value not among the choices", {"--color", "blue", "status", kSeed}},
      {"a positional not among the choices", {"schema", "bogus"}},
      {"a required option missing", {"export", kSeed}},
      {"a required positional missing", {"init"}},
      {"an option without its value", {"log", kSeed, "--by", "李四", "--activity"}},
      {"an option given twice", {"check", kSeed, "--item", "1", "--item", "2"}},
      {"an argument too many", {"check", kSeed, "extra.yaml"}},
      {"arguments too many", {"check", kSeed, "a.yaml", "b.yaml"}},
      {"a file that does not exist", {"import", kSeed, "x.csv", "--map", "no-such-map.yaml"}},
      {"a switch given a value", {"log", kSeed, "--dry-run=maybe"}},
  };
  return all;
}

// What --help shows for the app and for every command.
std::vector<std::vector<std::string>> help_requests() {
  std::vector<std::vector<std::string>> requests{{"--help"}};
  for (const Command& command : command_table()) requests.push_back({std::string(command.name), "--help"});
  return requests;
}

void add_split(std::set<std::string>& words, std::string_view name) {
  std::string word;
  for (char c : std::string(name) + " ") {
    if (c == '-' || c == ' ' || c == ',' || c == '|') {
      if (!word.empty()) words.insert(word);
      word.clear();
    } else {
      word += c;
    }
  }
}

// The English words a Chinese text may hold: what the user types, and names that have no Chinese.
const std::set<std::string>& names_allowed() {
  static const std::set<std::string> words = [] {
    std::set<std::string> names{
        "plancheck", "pandoc",                                    // programs
        "YYYY", "FILE", "LINE",                                   // placeholders in descriptions
        "PLANCHECK_PLAN", "NO_COLOR", "LANG",                     // environment variables
        "lang",                                                   // a plan's key
        "JSON", "Schema", "YAML", "CSV", "Excel", "JUnit", "XML", "Actions", "Mustache", "Mermaid", "Word",
        "Outlook", "WPS", "UTF", "GBK", "BOM", "html", "ics", "xlsx",  // formats and the programs that read them
    };
    auto add_options = [&names](const OptionSpec& spec) {
      for (const std::string& name : spec.names) add_split(names, name);
      for (const std::string& choice : spec.choices) add_split(names, choice);
    };
    for (const OptionSpec& spec : common_option_specs()) add_options(spec);
    for (const Command& command : command_table()) {
      names.emplace(command.name);
      for (const OptionSpec& spec : command.options) add_options(spec);
    }
    return names;
  }();
  return words;
}

// Runs of three or more ASCII letters in `text` that are none of the names allowed. Quoted text
// ('chek': the user's own), options (--colour) and file names (x.csv, log/2022-06.yaml) aside.
std::vector<std::string> english_words(const std::string& text) {
  std::vector<std::string> found;
  auto check_token = [&found](const std::string& token) {
    if (token.starts_with('-') || token.find('/') != std::string::npos || token.find('.') != std::string::npos ||
        token.starts_with('\''))
      return;
    std::string word;
    for (char c : token + " ") {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
        word += c;
        continue;
      }
      if (word.size() >= 3 && !names_allowed().contains(word)) found.push_back(word);
      word.clear();
    }
  };
  std::string token;
  bool quoted = false;
  for (char c : text + "\n") {
    if (c == '\'') quoted = !quoted;
    bool ascii = static_cast<unsigned char>(c) < 0x80;
    if (!quoted && (!ascii || c == ' ' || c == '\n' || c == '{' || c == '}' || c == '[' || c == ']' || c == '(' ||
                    c == ')' || c == ',')) {
      check_token(token);
      token.clear();
    } else if (!quoted) {
      token += c;
    }
  }
  return found;
}

// Runs of Chinese characters (and full-width marks) in `text`.
std::vector<std::string> chinese_runs(const std::string& text) {
  std::vector<std::string> runs;
  std::string run;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    if (c >= 0xE3 && c <= 0xEF && i + 2 < text.size()) {  // U+3000 to U+FFFF: CJK and full-width marks
      run += text.substr(i, 3);
      i += 2;
      continue;
    }
    if (!run.empty()) runs.push_back(run);
    run.clear();
  }
  return runs;
}

std::string joined(const std::vector<std::string>& words) { return plancheck::testing::joined(words); }

}  // namespace

TEST_CASE("in Chinese, every kind of command-line mistake reads with no English word but the names typed") {
  for (const Mistake& mistake : mistakes()) {
    CAPTURE(mistake.kind);
    ParsedCommandLine parsed = parse_command_line(mistake.arguments, Language::zh);
    CAPTURE(parsed.err);
    CHECK(parsed.exit_code == 2);
    CHECK(parsed.err.starts_with("plancheck: 错误："));
    CHECK(parsed.err.find("  = 提示：") != std::string::npos);
    CHECK(english_words(parsed.err) == std::vector<std::string>{});
  }
}

TEST_CASE("in Chinese, every --help reads with no English word but the names typed") {
  for (const auto& request : help_requests()) {
    CAPTURE(joined(request));
    ParsedCommandLine parsed = parse_command_line(request, Language::zh);
    CHECK(parsed.exit_code == 0);
    // Examples are commands, the same in both languages: what is around them is checked.
    std::string described;
    for (std::size_t start = 0; start < parsed.out.size();) {
      std::size_t end = std::min(parsed.out.find('\n', start), parsed.out.size());
      std::string line = parsed.out.substr(start, end - start);
      if (!line.starts_with("  plancheck ") && !line.starts_with("      ")) described += line + "\n";
      start = end + 1;
    }
    CHECK(english_words(described) == std::vector<std::string>{});
  }
  // And the checker does see English: CLI11's own words would be caught.
  CHECK(english_words("用法: plancheck check [OPTIONS] PLAN TEXT --no-charts{false} 'chek'") ==
        (std::vector<std::string>{"OPTIONS", "TEXT", "false"}));
}

TEST_CASE("in English, no mistake or --help holds Chinese but what the user typed and a few terms glossed") {
  for (const Mistake& mistake : mistakes()) {
    CAPTURE(mistake.kind);
    ParsedCommandLine parsed = parse_command_line(mistake.arguments, Language::en);
    CAPTURE(parsed.err);
    CHECK(parsed.err.starts_with("plancheck: error: "));
    for (const std::string& run : chinese_runs(parsed.err)) {
      CAPTURE(run);
      CHECK(joined(mistake.arguments).find(run) != std::string::npos);
    }
  }
  // 台账 and 学时 glossed, and values as a user types them: 23人, 李四,王五, YYYY年工作要点.
  const std::set<std::string> glossed{"台账", "学时", "人", "李四", "王五", "年工作要点"};
  for (const auto& request : help_requests()) {
    CAPTURE(joined(request));
    std::string help = parse_command_line(request, Language::en, 1000).out;
    for (std::size_t start = 0; start < help.size();) {
      std::size_t end = std::min(help.find('\n', start), help.size());
      std::string line = help.substr(start, end - start);
      start = end + 1;
      if (line.starts_with("  plancheck ")) continue;  // an example: a command with its values
      for (const std::string& run : chinese_runs(line)) {
        CAPTURE(line);
        CHECK(glossed.contains(run));
      }
    }
  }
}
