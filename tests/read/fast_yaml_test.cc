// The fast path must give exactly what libyaml gives: both are run on the repository's YAML
// files, a generated benchmark ledger, and generated variants with their truncations.
#include "read/fast_yaml.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "read/source_text.h"
#include "read/test_support.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck;
using plancheck::testing::show;

namespace {

namespace fs = std::filesystem;

using SequenceParser = std::optional<YamlNode> (*)(std::string_view, const std::string&, Diagnostics&,
                                                   const std::function<void(YamlNode&&)>&);

// A tree as text, a node a line: position, kind, style and value (escaped), children indented.
void dump(const YamlNode& node, int depth, std::string& out) {
  static const char* const kKinds[] = {"scalar", "sequence", "mapping"};
  out += fmt::format("{:{}}{}:{} {} {} {:?}\n", "", depth * 2, node.position.line, node.position.column,
                     kKinds[static_cast<int>(node.kind)], node.plain ? "plain" : "quoted", node.value);
  for (const auto& child : node.children) dump(child, depth + 1, out);
}

struct Outcome {
  std::string log;  // the items and diagnostics in the order they came, then the root
  bool has_root = false;
};

Outcome run(SequenceParser parse, std::string_view text) {
  Outcome outcome;
  Diagnostics diagnostics;
  std::size_t logged = 0;
  auto log_diagnostics = [&] {
    for (; logged < diagnostics.size(); ++logged)
      outcome.log += fmt::format("diagnostic in {}: {}\n", diagnostics[logged].file, show(diagnostics[logged]));
  };
  auto root = parse(text, "log.yaml", diagnostics, [&](YamlNode&& item) {
    log_diagnostics();
    outcome.log += "item\n";
    dump(item, 1, outcome.log);
  });
  log_diagnostics();
  outcome.has_root = root.has_value();
  if (root) dump(*root, 0, outcome.log);
  return outcome;
}

// "" when equal, else the first line that differs in each.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::size_t at = std::mismatch(expected.begin(), expected.end(), actual.begin(), actual.end()).first - expected.begin();
  if (at == expected.size() && at == actual.size()) return "";
  std::size_t line_start = expected.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
  auto line_at = [&](const std::string& s) { return s.substr(line_start, s.find('\n', line_start) - line_start); };
  return fmt::format("libyaml: {}\nfast:    {}", line_at(expected), line_at(actual));
}

// Checks that the fast path, when it takes `text`, gives what libyaml gives, and gives nothing
// at all when it does not; and that parse_yaml_sequence agrees. Returns whether it was taken.
bool check_same(std::string_view text, const std::string& name) {
  Outcome expected = run(parse_yaml_sequence_libyaml, text);
  Outcome fast = run(parse_simple_sequence, text);
  INFO(name);
  if (fast.has_root) {
    std::string difference = first_difference(expected.log, fast.log);
    CHECK_MESSAGE(difference.empty(), difference);
  } else {
    CHECK_MESSAGE(fast.log.empty(), "the fast path declined but reported or handed on something");
  }
  CHECK(first_difference(expected.log, run(parse_yaml_sequence, text).log) == "");
  return fast.has_root;
}

std::string read_text(const fs::path& path) {
  SourceText source = read_source(path.string());
  return source.is_utf8 ? source.text : std::string();
}

// Random log files. With a rarity of 0 they hold only what the fast path must take; otherwise
// anything, the more often the lower the rarity.
class VariantWriter {
 public:
  VariantWriter(unsigned seed, int rarity) : random_(seed), rarity_(rarity) {}

  std::string file() {
    std::string text = chance(4) ? "# 2022年3月台账\n" : "";
    if (chance(8)) text += "\n  # 缩进的注释\n";
    for (int entries = below(6) + 1; entries > 0; --entries) text += entry();
    if (wild(8)) text += pick({"---\n", "...\n", "- 文字\n", "a: 1\n", "-\n", "  - a\n"});
    if (chance(6) && !text.empty()) text.pop_back();  // no final line break
    if (chance(5)) text = with_crlf(text);
    return text;
  }

 private:
  bool chance(int one_in) { return below(one_in) == 0; }
  bool wild(int one_in) { return rarity_ != 0 && chance(one_in * rarity_); }
  int below(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(random_); }
  std::string pick(const std::vector<std::string>& options) { return options[below(static_cast<int>(options.size()))]; }

  static std::string with_crlf(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
  }

  std::string entry() { return chance(3) ? flow_entry() : block_entry(); }

  // - {key: value, key: [a, b], key: 'q'}, as scripts write them.
  std::string flow_entry() {
    std::string text = "-" + pick({" ", "  "}) + "{" + pick({"", " "});
    for (int pairs = below(7) + 1; pairs > 0; --pairs) {
      std::string key = pick({"date", "activity", "by", "title", "place", "notes", "tags", "_x", "K9"});
      if (wild(15)) key = pick({"a-b", "2022", "键", "\"title\"", "? x", "title ", ""});
      std::string value = chance(4) ? "[" + items() + "]" : chance(3) ? quoted() : plain(true);
      if (wild(10)) value = pick({"", "{a: 1}", "[a", "a: b", "a#b", "a]", "x\n  y", "&a x", "*a", "|"});
      text += key + pick({": ", ":  "}) + value;
      if (pairs > 1) text += pick({", ", ",", " , "});
    }
    if (wild(8)) text += pick({",", ", ", "]", "{"});
    text += pick({"", " "}) + "}";
    if (chance(6)) text += pick({" # 注释", "  #"});
    if (wild(10)) text += pick({"x", "#紧挨", "}", ": x", "\r", "\t"});
    text += "\n";
    if (wild(10)) text += pick({"  a: 1\n", "  - x\n", "  续行\n"});
    return text;
  }

  std::string block_entry() {
    std::string gap = chance(5) ? "   " : chance(4) ? "  " : " ";
    std::string indent(gap.size() + 1, ' ');
    std::string text = "-" + gap + pair(indent);
    for (int pairs = below(7); pairs > 0; --pairs) {
      if (chance(6)) text += pick({"\n", "   \n", "# 注释\n", indent + "# 注释 # 二\n", indent + "    #缩进更深\n"});
      std::string line_indent = wild(25) ? indent + pick({" ", "  "}) : indent;
      if (wild(25)) line_indent = indent.substr(1);
      text += line_indent + pair(indent);
    }
    return text;
  }

  std::string pair(const std::string& indent) {
    std::string key = pick({"date", "activity", "by", "title", "place", "notes", "tags", "evidence", "_x", "K9"});
    if (wild(15)) key = pick({"a-b", "2022", "键", "\"title\"", "? x", "title ", "<<"});
    std::string value = this->value();
    std::string line = key + ":" + (value.empty() && chance(2) ? "" : " " + value);
    if (chance(8)) line += pick({" # 注释", "   #", " #:[,"});
    if (wild(20)) line += "#紧挨";
    if (wild(20)) line += pick({"\r", "\t", " \t"});
    line += "\n";
    if (wild(20)) line += indent + pick({"  续行", "  - 嵌套", "- 嵌套", "  a: 1", "\t# tab"}) + "\n";
    return line;
  }

  std::string value() {
    if (wild(7))
      return pick({"|", ">", "&a x", "*a", "!!str x", "- x", "-", "{a: 1}", "[a,", "%x", "@x", "? x", ": x"});
    switch (below(6)) {
      case 0: return "";
      case 1: return "[" + items() + "]";
      case 2: return quoted();
      default: return plain(false);
    }
  }

  std::string items() {
    if (chance(5)) return pick({"", " ", "  "});
    std::string text = chance(3) ? " " : "";
    for (int count = below(4) + 1; count > 0; --count) {
      text += chance(4) ? quoted() : plain(true);
      if (count > 1) text += pick({", ", ",", " , ", ",  "});
    }
    if (wild(6)) text += pick({",", ", ", " #", "\n", "[x]", "{}"});
    return text + (chance(3) ? " " : "");
  }

  std::string quoted() {
    std::string inner = pick({"", " ", "党课", " 前后空格 ", "a'b", "10:30", "a: b", "#", " # x", "[a, b]", "“引”"});
    if (chance(2)) return "\"" + inner + "\"";
    std::string single = pick({"", "it''s", "''", "a\"b", "\\d"});
    for (std::size_t i = inner.find('\''); i != std::string::npos; i = inner.find('\'', i + 2)) inner.insert(i, "'");
    if (wild(6)) return pick({"\"a\\\"b\"", "\"\\t\"", "'a", "\"a", "'a'b'", "\"a\" x", "'a':"});
    return "'" + single + inner + "'";
  }

  // A plain scalar; in `flow` one that may go inside brackets.
  std::string plain(bool flow) {
    static const std::vector<std::string> kSafe{"党课", "学习贯彻党的二十大精神", "a", "b c", "x  y", "2022-03-07", "~",
                                                "null", "-1", "a-b", "--", "a'b", "a\"b", "“引号”",
                                                "会议：主题", "🙂", "\u00a0", "a!b", "a&b*", "a|b>c", "a%b@c`", "é"};
    static const std::vector<std::string> kBlockOnly{"a[b]", "a{b}", "a,b", "a, b", "a?b", "http://x/y", "a:b:c",
                                                     "10:30", "a#b"};
    static const std::vector<std::string> kWild{
        "#x", " #x", ":", ": ", "a: b", "'", "\"", "- x", "-", "[", "]", "{", "}", ",", "?", "!x", "&x", "*x", "|",
        ">", "%", "@", "`", "\\", "\u2028", "\u0085", "\ufeff", "\u007f", "a,b", "a[b", "a:b", "a#b", "a?b"};
    std::string text = pick(kSafe);
    for (int more = below(3); more > 0; --more) {
      std::string separator = pick({"", " ", "  "});
      std::string next = !flow && chance(3) ? pick(kBlockOnly) : pick(kSafe);
      if (wild(3)) next = pick(kWild);
      text += separator + next;
    }
    if (chance(6)) text += pick({" ", "  "});
    return text;
  }

  std::mt19937 random_;
  int rarity_;
};

// Prefixes of `text`: cut at character boundaries (and once anywhere: the fast path must then
// decline an invalid UTF-8 tail, as libyaml fails on it).
std::vector<std::string> truncations(const std::string& text, std::mt19937& random) {
  std::vector<std::string> cuts;
  if (text.empty()) return cuts;
  for (int i = 0; i < 4; ++i) {
    std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
    if (i > 0)
      while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    cuts.push_back(text.substr(0, at));
  }
  return cuts;
}

}  // namespace

TEST_SUITE("read/fast_yaml") {

TEST_CASE("the fast path takes the usual shapes and gives what libyaml gives") {
  const std::vector<std::string> taken{
      "- date: 2022-03-07\n  activity: 党课\n",
      "# 注释\n\n- a: 1\n  b:\n  c: [x, y]\n",
      "- a:\n- b: # 注释\n  c:   \n",
      "-   a: 1\n    b: 2\n- c: 3\n  d: 4",
      "- a: 'it''s'\n  b: \"引号 \"\n  c: [ '甲', \"乙\" , 丙 ]\n  d: [ ]\n  e: []\n",
      "- a: 1\n  a: 2\n  b: 3\n  a: 4\n  b: 5\n",
      "- a: x#y  # 注释\n  b: 10:30\n  c: -1\n  d: a [b] {c}, d\n  e: ~\n",
      "- a: 值\n    # 更深的注释\n# 行首注释\n  b: [甲乙, 🙂丙]\n",
      "- a:",
      "- {date: 2022-01-24, activity: 主题党日, by: 第3支部, title: 学习“二十大”（1）}\n",
      "- {a: 'it''s', b: \"引号 \" , c: [甲, '乙'], d: [], e: ~}  # 注释\n-  { k: 1 }\n",
      "- {a: 值, b: 丙}\n- c: 1\n  d: [x]\n- {e: 2, e: 3}\n",
      "- a: 1\r\n  b: 值\r\n- {c: 2}\r\n",
      "- a:\r\n  b: # 注释\r\n",
  };
  for (const auto& text : taken) CHECK_MESSAGE(check_same(text, text), text);
}

TEST_CASE("the fast path leaves anything else to libyaml") {
  const std::vector<std::string> declined{
      "", "# 只有注释\n", "[]\n", "a: 1\n", "- 文字\n", "- a: 1\n   b: 2\n", "- a: 1\n    续行\n",
      "- a: |\n    块\n", "- a: &x 1\n", "- a: *x\n", "- a: !!str 1\n", "---\n- a: 1\n", "- a: 1\n...\n",
      "- a: 1\r", "- a: 1\rb: 2\n", "- a: 1\t\n", "- a:\n    b: 1\n", "- a:\n  - b\n", "- a: b: c\n", "- a: [b,\n  c]\n",
      "- a: [b,]\n", "- a: \"\\n\"\n", "- a: 'b\n  c'\n", "- a: {b: 1}\n", "- a: [b: 1]\n", "- {a: 1}\n  b: 2\n", "- {a: 1,}\n", "- {a: }\n",
      "- {a: 10:30}\n", "- {a: b\n  c}\n", "- {a: {b: 1}}\n", "- {}\n", "- {a}\n", "- {a: 1} x\n", "- a:b\n", "- a : b\n",
      "  - a: 1\n", "- a: 1\n- - b\n", "- a: \u2028\n", "- a: \xC2\x85\n", "\xEF\xBB\xBF- a: 1\n", "- a: 1\n\xFF\n",
  };
  for (const auto& text : declined) {
    CHECK_FALSE_MESSAGE(check_same(text, text), text);
  }
}

TEST_CASE("the fast path agrees with libyaml on every YAML file of the repository") {
  int taken = 0, files = 0;
  for (const char* folder : {"plans", "tests", "examples", "templates"}) {
    fs::path root = fs::path(PLANCHECK_SOURCE_DIR) / folder;
    if (!fs::exists(root)) continue;
    for (const auto& file : fs::recursive_directory_iterator(root)) {
      if (!file.is_regular_file() || (file.path().extension() != ".yaml" && file.path().extension() != ".yml"))
        continue;
      ++files;
      bool is_log = file.path().parent_path().filename() == "log" &&
                    file.path().parent_path().parent_path().filename() == "fao-2022";
      bool took = check_same(read_text(file.path()), file.path().string());
      if (is_log) CHECK_MESSAGE(took, file.path().string());
      taken += took;
    }
  }
  MESSAGE(fmt::format("the fast path took {} of {} files", taken, files));
  CHECK(taken >= 12);
}

TEST_CASE("the fast path takes every file of a generated benchmark ledger, of each shape") {
  const std::vector<std::vector<std::string>> shapes{
      {}, {"--flow"}, {"--repeats", "10"}, {"--for", "10"}, {"--flow", "--repeats", "13", "--for", "10"}};
  for (const auto& shape : shapes) {
    plancheck::testing::TempFolder folder;
    std::vector<std::string> arguments{PLANCHECK_BENCH_GENERATE, "3000", folder.path().string()};
    arguments.insert(arguments.end(), shape.begin(), shape.end());
    REQUIRE(plancheck::testing::run_program(arguments).exit_code == 0);
    int files = 0;
    for (const auto& file : fs::directory_iterator(folder / "log")) {
      ++files;
      CHECK_MESSAGE(check_same(read_text(file.path()), file.path().string()), file.path().string());
    }
    CHECK(files > 0);
  }
}

TEST_CASE("the fast path agrees with libyaml on generated variants and their truncations") {
  std::mt19937 random(20250430);
  int taken[3] = {}, checked = 0, prefixes_taken = 0;
  for (unsigned seed = 0; seed < 600; ++seed) {
    int kind = static_cast<int>(seed % 3);  // clean, wild, now and then wild
    std::string text = VariantWriter(seed, kind == 0 ? 0 : kind == 1 ? 1 : 6).file();
    bool took = check_same(text, fmt::format("variant {}:\n{}", seed, text));
    if (kind == 0) CHECK_MESSAGE(took, fmt::format("variant {} was declined:\n{}", seed, text));
    taken[kind] += took;
    for (const auto& prefix : truncations(text, random))
      prefixes_taken += check_same(prefix, fmt::format("variant {} cut to {} bytes:\n{}", seed, prefix.size(), prefix));
    checked += 5;
  }
  MESSAGE(fmt::format("{} texts checked; the fast path took {} of 200 clean, {} of 200 wild, {} of 200 rarely wild "
                      "variants and {} of their truncations", checked, taken[0], taken[1], taken[2], prefixes_taken));
  CHECK(taken[1] + taken[2] > 40);
}

}  // TEST_SUITE
