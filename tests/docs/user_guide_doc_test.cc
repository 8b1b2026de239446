// docs/使用指南.md, the Chinese user guide, shows commands to type. So that it cannot drift from the
// program, every `plancheck …` command line in its ```console and ```shell blocks must name a command
// that `plancheck --help` lists, and only options that the command's own --help lists.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.h"
#include "support/launch.h"

namespace plancheck {

using namespace testing;

namespace {

namespace fs = std::filesystem;

const fs::path kGuide = fs::path(PLANCHECK_SOURCE_DIR) / "docs" / "使用指南.md";

// A command line of the guide: where it is, and its words after `plancheck`.
struct GuideCommand {
  int line = 0;
  std::string text;
  std::vector<std::string> words;
};

// The words of a shell line, quotes removed, up to the first `|`, `&&`, `;`, `>`, `<` or `#` word.
std::vector<std::string> shell_words(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      else word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == '\\' && i + 1 < line.size()) {
      word += line[++i];
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  static const std::set<std::string> kEnds{"|", "&&", "||", ";", ">", ">>", "<", "2>&1", "#"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (kEnds.contains(words[i]) || words[i].starts_with("#") || words[i].starts_with(">")) {
      words.resize(i);
      break;
    }
  }
  return words;
}

// Every `plancheck …` line of the guide's console and shell blocks (a console line is one typed
// after `$ `; a line ending in ` \` goes on on the next).
std::vector<GuideCommand> guide_commands(const std::string& guide) {
  std::vector<GuideCommand> commands;
  std::istringstream lines(guide);
  std::string line;
  std::optional<std::string> block;  // the info string of the fenced block we are in
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.starts_with("```")) {
      block = block ? std::nullopt : std::optional<std::string>(line.substr(3));
      continue;
    }
    if (!block || (*block != "console" && *block != "shell")) continue;
    int first = number;
    if (*block == "console") {
      if (!line.starts_with("$ ")) continue;
      line = line.substr(2);
    }
    std::string next;
    while (line.ends_with(" \\") && std::getline(lines, next)) {
      ++number;
      line = line.substr(0, line.size() - 1) + next;
    }
    const std::string& joined_line = line;
    std::vector<std::string> words = shell_words(joined_line);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i] != "plancheck") continue;
      // A command that starts the line, or follows `cd … &&` (cut above) or variables (LANG=…).
      bool only_variables_before = true;
      for (std::size_t j = 0; j < i; ++j) {
        if (words[j].find('=') == std::string::npos) only_variables_before = false;
      }
      if (!only_variables_before) break;
      commands.push_back({first, joined_line, std::vector<std::string>(words.begin() + i + 1, words.end())});
      break;
    }
    // The part after `&&` is a command of its own.
    auto and_then = joined_line.find("&& ");
    if (and_then != std::string::npos) {
      std::vector<std::string> rest = shell_words(joined_line.substr(and_then + 3));
      std::size_t i = 0;
      while (i < rest.size() && rest[i].find('=') != std::string::npos) ++i;
      if (i < rest.size() && rest[i] == "plancheck") {
        commands.push_back({first, joined_line, std::vector<std::string>(rest.begin() + i + 1, rest.end())});
      }
    }
  }
  return commands;
}

// The option names (`-o`, `--output`, …) a --help text lists: its lines that start with two spaces
// and a dash, the names before the first space, separated by commas.
std::set<std::string> listed_options(const std::string& help) {
  std::set<std::string> options;
  std::istringstream lines(help);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.starts_with("  -")) continue;
    std::string names = line.substr(2, line.find(' ', 2) - 2);
    std::istringstream parts(names);
    std::string name;
    while (std::getline(parts, name, ',')) options.insert(name);
  }
  return options;
}

// The commands `plancheck --help` lists: the first word of each line of its commands' section.
std::set<std::string> listed_commands() {
  Run help = run_plancheck({"--help", "--lang", "en"});
  REQUIRE(help.exit_code == 0);
  std::set<std::string> commands;
  std::istringstream lines(help.out);
  std::string line;
  bool in_commands = false;
  while (std::getline(lines, line)) {
    if (line.starts_with("Subcommands:") || line.starts_with("Commands:")) {
      in_commands = true;
    } else if (in_commands && line.starts_with("  ") && line.size() > 2 && line[2] != ' ') {
      commands.insert(line.substr(2, line.find(' ', 2) - 2));
    } else if (in_commands && !line.empty() && !line.starts_with(" ")) {
      in_commands = false;
    }
  }
  return commands;
}

// The command of a guide line: its first word that is not an option (nor an option's value).
std::string command_of(const GuideCommand& command) {
  for (std::size_t i = 0; i < command.words.size(); ++i) {
    const std::string& word = command.words[i];
    if (word == "--lang" || word == "--color") {
      ++i;
    } else if (!word.starts_with("-")) {
      return word;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("docs/使用指南.md: every plancheck command line names a real command and only options its --help lists") {
  std::string guide = read_file(kGuide.string());
  REQUIRE_FALSE(guide.empty());
  std::vector<GuideCommand> commands = guide_commands(guide);
  std::set<std::string> real_commands = listed_commands();
  REQUIRE(real_commands.contains("check"));
  std::map<std::string, std::set<std::string>> options_of;
  std::set<std::string> shown;
  for (const GuideCommand& command : commands) {
    std::string name = command_of(command);
    INFO("docs/使用指南.md:" << command.line << ": plancheck " << joined(command.words));
    if (name.empty()) continue;  // `plancheck --version`, `plancheck --help`
    CHECK_MESSAGE(real_commands.contains(name), "no such command: " << name);
    if (!real_commands.contains(name)) continue;
    shown.insert(name);
    if (!options_of.contains(name)) {
      Run help = run_plancheck({name, "--help", "--lang", "en"});
      REQUIRE(help.exit_code == 0);
      options_of[name] = listed_options(help.out);
      REQUIRE(options_of[name].contains("--help"));
    }
    for (const std::string& word : command.words) {
      if (!word.starts_with("-") || word == "-") continue;
      std::string option = word.substr(0, word.find('='));
      CHECK_MESSAGE(options_of[name].contains(option), name << " --help lists no option " << option);
    }
  }
  // The guide teaches the everyday commands; a parser that found none would pass anything.
  for (const char* name : {"log", "entries", "remove", "check", "status", "agenda", "render", "export", "import",
                           "draft", "init", "validate"}) {
    CHECK_MESSAGE(shown.contains(name), "the guide shows no command line of plancheck " << name);
  }
}

TEST_CASE("docs/使用指南.md: the check of its command lines catches a made-up option and a made-up command") {
  std::string guide =
      "```console\n$ plancheck check plan.yaml --as-of 2022-06-30\n输出\n```\n"
      "```shell\nLANG=zh_CN.UTF-8 plancheck log plan.yaml --activity 党课 --by 陈立新 \\\n  --title 专题党课\n"
      "cd fao && plancheck entries --month 2022-06 | head\n```\n"
      "```yaml\nplancheck status --nothing\n```\n";
  std::vector<GuideCommand> commands = guide_commands(guide);
  REQUIRE(commands.size() == 3);
  CHECK(commands[0].line == 2);
  CHECK(commands[0].words == std::vector<std::string>{"check", "plan.yaml", "--as-of", "2022-06-30"});
  CHECK(commands[1].line == 6);
  CHECK(commands[1].words == std::vector<std::string>{"log", "plan.yaml", "--activity", "党课", "--by", "陈立新",
                                                      "--title", "专题党课"});
  CHECK(commands[2].words == std::vector<std::string>{"entries", "--month", "2022-06"});
  Run help = run_plancheck({"check", "--help", "--lang", "en"});
  std::set<std::string> options = listed_options(help.out);
  CHECK(options.contains("--as-of"));
  CHECK(options.contains("-o"));
  CHECK(options.contains("--output"));
  CHECK_FALSE(options.contains("--activity"));
  std::set<std::string> real_commands = listed_commands();
  CHECK(real_commands.contains("log"));
  CHECK(real_commands.contains("validate"));
  CHECK_FALSE(real_commands.contains("add"));
}

}  // namespace plancheck
