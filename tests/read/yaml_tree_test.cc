#include "read/yaml_tree.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "read/test_support.h"

using namespace plancheck;
using plancheck::testing::show;
using Kind = YamlNode::Kind;

namespace {

// Parses `text` that must give a tree and no diagnostics.
YamlNode parse_clean(std::string_view text) {
  Diagnostics diagnostics;
  auto root = parse_yaml(text, "t.yaml", diagnostics);
  INFO(show(diagnostics));
  CHECK(diagnostics.empty());
  REQUIRE(root);
  return std::move(*root);
}

const std::string kTabHint = "YAML indents with spaces only: replace the tab by spaces";

}  // namespace

TEST_SUITE("read/yaml_tree") {

TEST_CASE("positions are 1-based and count characters, not bytes") {
  YamlNode root = parse_clean("名称: 党课\n列表:\n  - 甲\n  - '乙'\n嵌套: {键: 值}\n");
  REQUIRE(root.kind == Kind::mapping);
  REQUIRE(root.pair_count() == 3);
  CHECK(root.position.line == 1);
  CHECK(root.position.column == 1);
  CHECK(root.key(0).value == "名称");
  CHECK(root.value_at(0).value == "党课");
  CHECK(root.value_at(0).position.line == 1);
  CHECK(root.value_at(0).position.column == 5);  // 名 称 : space, then 党

  const YamlNode& list = root.value_at(1);
  REQUIRE(list.kind == Kind::sequence);
  CHECK(list.position.line == 3);
  CHECK(list.position.column == 3);
  REQUIRE(list.children.size() == 2);
  CHECK(list.children[0].position.line == 3);
  CHECK(list.children[0].position.column == 5);
  CHECK(list.children[1].value == "乙");
  CHECK(list.children[1].position.line == 4);
  CHECK(list.children[1].position.column == 5);  // the opening quote

  const YamlNode& nested = root.value_at(2);
  REQUIRE(nested.kind == Kind::mapping);
  CHECK(nested.position.line == 5);
  CHECK(nested.position.column == 5);
  CHECK(nested.key(0).position.column == 6);
  CHECK(nested.value_at(0).position.column == 9);
}

TEST_CASE("a control character pasted from Word is reported where it is, and named") {
  for (auto [text, shown] : std::vector<std::pair<std::string, std::string>>{
           {"- date: 2022-06-03\n  title: \"学习\x0b讲话\"\n", "2:13: error: an invisible control character, U+000B"},
           {"a: 1\nb: 二\x0c\n", "2:5: error: an invisible control character, U+000C"},
           {"\x01", "1:1: error: an invisible control character, U+0001"}}) {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml(text, "t.yaml", diagnostics));
    CHECK(show(diagnostics) == shown +
                                   ", is here: YAML does not allow it [delete it (text copied from Word or a web page "
                                   "often carries such characters), or type the line anew]\n");
  }
}

TEST_CASE("CRLF line ends give the same positions") {
  YamlNode root = parse_clean("a: 1\r\n党课: 第二行\r\n");
  REQUIRE(root.pair_count() == 2);
  CHECK(root.value_at(1).value == "第二行");
  CHECK(root.value_at(1).position.line == 2);
  CHECK(root.value_at(1).position.column == 5);
}

TEST_CASE("plain and quoted scalars") {
  YamlNode root = parse_clean(
      "a: 2022-03-01\n"
      "b: \"2022-03-01\"\n"
      "c: '2022-03-01'\n"
      "d: !!str 2022-03-01\n"
      "e: |\n  多行\n  文字\n"
      "f: >-\n  折叠\n  文字\n");
  CHECK(root.find("a")->plain);
  CHECK_FALSE(root.find("b")->plain);
  CHECK_FALSE(root.find("c")->plain);
  CHECK_FALSE(root.find("d")->plain);
  CHECK_FALSE(root.find("e")->plain);
  for (const char* key : {"a", "b", "c", "d"}) CHECK(root.find(key)->value == "2022-03-01");
  CHECK(root.find("e")->value == "多行\n文字\n");
  CHECK(root.find("f")->value == "折叠 文字");
}

TEST_CASE("is_null: empty, ~ and null written plainly") {
  YamlNode root = parse_clean(
      "empty:\n"
      "tilde: ~\n"
      "lower: null\n"
      "title: Null\n"
      "upper: NULL\n"
      "quoted_empty: ''\n"
      "quoted_null: \"null\"\n"
      "word: nil\n"
      "zero: 0\n"
      "list: []\n"
      "map: {}\n");
  for (std::string key : {"empty", "tilde", "lower", "title", "upper"}) {
    INFO(key);
    CHECK(root.find(key)->is_null());
  }
  for (std::string key : {"quoted_empty", "quoted_null", "word", "zero", "list", "map"}) {
    INFO(key);
    CHECK_FALSE(root.find(key)->is_null());
  }
  CHECK(root.find("empty")->value.empty());
}

TEST_CASE("find looks up a mapping's keys only") {
  YamlNode root = parse_clean("a: 1\nb: [x, y]\n");
  REQUIRE(root.find("b"));
  CHECK(root.find("b")->kind == Kind::sequence);
  CHECK(root.find("c") == nullptr);
  CHECK(root.find("b")->find("x") == nullptr);  // not a mapping
  CHECK(root.find("1") == nullptr);              // values are not keys
}

TEST_CASE("an empty or comments-only document gives no node and no diagnostics") {
  for (std::string text : {"", "\n\n", "# 只有注释\n# comments only\n", "   \n"}) {
    INFO(text);
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml(text, "t.yaml", diagnostics));
    CHECK(diagnostics.empty());
  }
}

TEST_CASE("a lone '---' gives an empty (null) scalar") {
  YamlNode root = parse_clean("---\n");
  CHECK(root.kind == Kind::scalar);
  CHECK(root.is_null());
}

TEST_CASE("a scalar document and an explicit '---' start are fine") {
  CHECK(parse_clean("just text\n").value == "just text");
  CHECK(parse_clean("---\na: 1\n...\n").find("a")->value == "1");
}

TEST_CASE("duplicate keys are reported at the repeated key, the tree is kept") {
  Diagnostics diagnostics;
  auto root = parse_yaml("a: 1\nb:\n  甲: 1\n  甲: 2\na: 3\n", "t.yaml", diagnostics);
  REQUIRE(root);
  CHECK(root->pair_count() == 3);
  CHECK(show(diagnostics) ==
        "4:3: error: duplicate key '甲' in this mapping [each key may appear once: remove or merge the repeated one (in a ledger this usually means two people changed "
        "the same entry and git kept both lines: keep the right one)]\n"
        "5:1: error: duplicate key 'a' in this mapping [each key may appear once: remove or merge the repeated one (in a ledger this usually means two people changed "
        "the same entry and git kept both lines: keep the right one)]\n");
  CHECK(diagnostics[0].file == "t.yaml");
}

TEST_CASE("aliases are refused") {
  Diagnostics diagnostics;
  auto root = parse_yaml("a: &x 1\nb: *x\n", "t.yaml", diagnostics);
  CHECK_FALSE(root);
  CHECK(show(diagnostics) ==
        "2:4: error: aliases (*name) are not supported in plancheck files [write the value out in full]\n");
}

TEST_CASE("an anchor without an alias is harmless") {
  CHECK(parse_clean("a: &x 1\n").find("a")->value == "1");
}

TEST_CASE("a key that is a list or mapping is reported") {
  Diagnostics diagnostics;
  auto root = parse_yaml("{[a]: 1}\n", "t.yaml", diagnostics);
  REQUIRE(root);
  CHECK(show(diagnostics) == "1:2: error: a key must be plain text, not a list or mapping\n");
  REQUIRE(root->pair_count() == 1);
  CHECK(root->key(0).kind == Kind::scalar);
}

TEST_CASE("nesting deeper than kMaxYamlDepth is refused") {
  auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  SUBCASE("exactly the limit is fine") {
    Diagnostics diagnostics;
    CHECK(parse_yaml(nested(kMaxYamlDepth), "t.yaml", diagnostics));
    CHECK(diagnostics.empty());
  }
  SUBCASE("one more level is an error at the opening bracket") {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml(nested(kMaxYamlDepth + 1), "t.yaml", diagnostics));
    CHECK(show(diagnostics) ==
          "1:65: error: nesting is deeper than 64 levels [plancheck files need only a few levels: check the "
          "indentation and brackets]\n");
  }
  SUBCASE("100,000 levels: one error, no crash") {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml(nested(100000), "t.yaml", diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message.en == "nesting is deeper than 64 levels");
    CHECK(diagnostics[0].column == kMaxYamlDepth + 1);
  }
  SUBCASE("100,000 unclosed mappings and block lists") {
    std::string flow;
    for (int i = 0; i < 100000; ++i) flow += "{a: ";
    std::string block;
    for (int i = 0; i < 100000; ++i) block += "- ";
    for (const std::string& text : {flow, block}) {
      Diagnostics diagnostics;
      CHECK_FALSE(parse_yaml(text, "t.yaml", diagnostics));
      REQUIRE(diagnostics.size() == 1);
      CHECK(diagnostics[0].message.en == "nesting is deeper than 64 levels");
    }
  }
}

TEST_CASE("a second document is refused, the first is kept") {
  Diagnostics diagnostics;
  auto root = parse_yaml("a: 1\n---\nb: 2\n", "t.yaml", diagnostics);
  REQUIRE(root);
  CHECK(root->find("a"));
  CHECK_FALSE(root->find("b"));
  CHECK(show(diagnostics) ==
        "2:1: error: a second YAML document starts here ('---'): a plancheck file holds exactly one "
        "[remove the '---' line, or move this part into a file of its own]\n");
}

TEST_CASE("syntax errors are explained, and the result is empty") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"a:\n\tb: 1\n", "2:1: error: a tab character is used for indentation [YAML indents with spaces only: replace "
                       "the tab by spaces]\n"},
      // libyaml counts its error offset in characters: Chinese text before the tab must not hide it.
      {"名称:\n\tb: 1\n", "2:1: error: a tab character is used for indentation [YAML indents with spaces only: "
                          "replace the tab by spaces]\n"},
      // a tab after a scalar line gets another libyaml message, explained the same way
      {"名称: 党课\n\tb: 1\n", "2:1: error: a tab character is used for indentation [YAML indents with spaces only: "
                              "replace the tab by spaces]\n"},
      {"a: b: c\n", "1:5: error: unexpected ':' here [a value containing ': ' must be quoted, e.g. title: "
                    "\"会议：主题\"; or check the indentation]\n"},
      {"a:\n  b: 1\n c: 2\n",
       "3:2: error: the indentation does not match the lines above [line up keys of the same mapping in one "
       "column]\n"},
      {"a:\n  - x\n  y: 1\n", "3:3: error: a list item is not where one was expected [start every list item with "
                              "'- ' at the same indentation]\n"},
      {"a: [1, 2\n", "2:1: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow "
                     "sequence)\n"},
      // an unclosed quote is reported where it opens, with the line as it should be
      {"a: 1\nb: \"x\n\nc: 2\n", "2:4: error: this quote is not closed on its line: YAML reads the lines below into "
                                "it [close it at the end of the line: b: \"x\"]\n"},
      {"a: '甲\n", "1:4: error: this quote is not closed on its line: YAML reads the lines below into it [close it at "
                   "the end of the line: a: '甲']\n"},
      // in brackets, where a quote may well go on to the next line, libyaml's end of the file is said
      {"a: [1, \"x\n", "1:8: error: this quoted text is not closed: the file ends before its closing quote [add the "
                       "closing quote, or remove the opening one]\n"},
      {"evidence: \"D:\\资料\\签到表.pdf\"\n",
       "1:14: error: a backslash in double quotes starts an escape, and this one is not valid [write Windows paths in "
       "single quotes ('D:\\资料\\签到表.pdf') or double each backslash]\n"},
      // a file without a final line break ends on its last line, not on one past it
      {"a: [1, 2", "1:9: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow "
                   "sequence)\n"},
      {"a:\n  b: 党课\n  c: {d: 甲", "3:11: error: YAML syntax error: did not find expected ',' or '}' (while "
                                     "parsing a flow mapping)\n"},
  };
  for (const Case& c : cases) {
    INFO(std::string(c.text));
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml(c.text, "t.yaml", diagnostics));
    CHECK(show(diagnostics) == c.expected);
  }
}

TEST_CASE("an exception from on_item frees libyaml's parser (LeakSanitizer checks this under scripts/test-sanitizers.sh)") {
  Diagnostics diagnostics;
  // Not the fast path's shape (a flow mapping), so libyaml parses it.
  CHECK_THROWS_AS(parse_yaml_sequence("- {a: 1}\n- {b: 2}\n", "t.yaml", diagnostics,
                                      [](YamlNode&&) { throw std::runtime_error("stop"); }),
                  std::runtime_error);
}

TEST_CASE("a key longer than libyaml's 1024 characters is named as such") {
  for (std::string indent : {"", "  "}) {
    std::string text = "a:\n" + indent + std::string(1100, 'k') + ": 1\n";
    if (indent.empty()) text = std::string(1100, 'k') + ": 1\n";
    INFO(text.substr(0, 10));
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml(text, "t.yaml", diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message.en == "a key longer than 1024 characters (YAML allows no longer keys)");
  }
}

TEST_CASE("parse_yaml_sequence hands over each top-level item and keeps none") {
  std::vector<YamlNode> items;
  auto collect = [&](YamlNode&& node) { items.push_back(std::move(node)); };

  SUBCASE("a list of entries") {
    Diagnostics diagnostics;
    auto root = parse_yaml_sequence("- date: 2022-01-05\n  by: [甲, 乙]\n- 文字\n- [1, 2]\n", "log.yaml",
                                    diagnostics, collect);
    CHECK(diagnostics.empty());
    REQUIRE(root);
    CHECK(root->kind == Kind::sequence);
    CHECK(root->children.empty());
    REQUIRE(items.size() == 3);
    CHECK(items[0].kind == Kind::mapping);
    CHECK(items[0].position.line == 1);
    CHECK(items[0].position.column == 3);
    CHECK(items[0].find("by")->children.size() == 2);  // nested lists stay whole
    CHECK(items[1].value == "文字");
    CHECK(items[1].position.line == 3);
    CHECK(items[2].kind == Kind::sequence);
    CHECK(items[2].children.size() == 2);
  }
  SUBCASE("a root that is not a list is returned whole") {
    Diagnostics diagnostics;
    auto root = parse_yaml_sequence("a: [1]\nb: 2\n", "log.yaml", diagnostics, collect);
    REQUIRE(root);
    CHECK(root->kind == Kind::mapping);
    CHECK(root->pair_count() == 2);
    CHECK(items.empty());
  }
  SUBCASE("items before a syntax error have been handed over") {
    Diagnostics diagnostics;
    auto root = parse_yaml_sequence("- a\n- b\n- [c\n", "log.yaml", diagnostics, collect);
    CHECK_FALSE(root);
    CHECK(items.size() == 2);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message.en.starts_with("YAML syntax error"));
  }
  SUBCASE("duplicate keys inside an item are still reported") {
    Diagnostics diagnostics;
    parse_yaml_sequence("- a: 1\n  a: 2\n", "log.yaml", diagnostics, collect);
    CHECK(items.size() == 1);
    CHECK(show(diagnostics) ==
          "2:3: error: duplicate key 'a' in this mapping [each key may appear once: remove or merge the repeated "
          "one (in a ledger this usually means two people changed the same entry and git kept both lines: keep the "
          "right one)]\n");
  }
  SUBCASE("an empty file gives nothing") {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_yaml_sequence("# 空\n", "log.yaml", diagnostics, collect));
    CHECK(items.empty());
    CHECK(diagnostics.empty());
  }
}

}  // TEST_SUITE
