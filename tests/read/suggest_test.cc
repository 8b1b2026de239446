#include "read/suggest.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace plancheck;

TEST_SUITE("read/suggest") {

TEST_CASE("edit_distance counts code points, not bytes") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("党课", "党课") == 0);
  CHECK(edit_distance("党課", "党课") == 1);  // one traditional character: 1 edit, not 3 bytes
  CHECK(edit_distance("党课", "") == 2);
  CHECK(edit_distance("", "主题党日") == 4);
  CHECK(edit_distance("支部", "第一支部") == 2);
  CHECK(edit_distance("😀", "x") == 1);  // a four-byte character
  CHECK(edit_distance("é", "e") == 1);   // a two-byte character
}

TEST_CASE("edit_distance on ASCII: insertions, deletions, substitutions") {
  CHECK(edit_distance("actvity", "activity") == 1);
  CHECK(edit_distance("activity", "actvity") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("flaw", "lawn") == 2);
  CHECK(edit_distance("ab", "ba") == 1);  // a swap of neighbours is one edit
  CHECK(edit_distance("titel", "title") == 1);
  CHECK(edit_distance("form", "from") == 1);
  CHECK(edit_distance("ca", "abc") == 3);  // no substring is edited twice
}

TEST_CASE("closest_match allows a third of the wanted length, at least one edit") {
  const std::vector<std::string> keys{"id", "activity", "each", "each_unit", "by", "at_least", "every", "due"};
  CHECK(closest_match("actvity", keys) == "activity");  // 7 letters: up to 2 edits
  CHECK(closest_match("atcvity", keys) == "activity");  // 2 edits
  CHECK(closest_match("atcviyt", keys).empty());        // 4 edits
  CHECK(closest_match("eech", keys) == "each");         // 4 letters: 1 edit
  CHECK(closest_match("eevh", keys).empty());           // 2 edits
  CHECK(closest_match("bx", keys) == "by");             // short words still get 1 edit
  CHECK(closest_match("xyz", keys).empty());
  CHECK(closest_match("every", keys) == "every");  // an exact match is its own best
}

TEST_CASE("closest_match on Chinese names") {
  const std::vector<std::string> activities{"党课", "主题党日", "支部党员大会", "组织生活会"};
  CHECK(closest_match("党課", activities) == "党课");
  CHECK(closest_match("主题党曰", activities) == "主题党日");  // 4 characters: 1 edit
  CHECK(closest_match("主体党曰", activities).empty());        // 2 edits
  CHECK(closest_match("支部党员会", activities) == "支部党员大会");
  CHECK(closest_match("学习", activities).empty());
}

TEST_CASE("closest_match prefers the nearest, then the first listed") {
  CHECK(closest_match("abcdef", {"abcxyz", "abcdxy", "abcdez"}) == "abcdez");
  CHECK(closest_match("abcd", {"abcx", "abcy"}) == "abcx");
  CHECK(closest_match("anything", {}).empty());
}

TEST_CASE("did_you_mean words the suggestion, or says nothing") {
  CHECK(did_you_mean("党課", {"党课", "主题党日"}).en == "did you mean '党课'?");
  CHECK(did_you_mean("actvity", {"date", "activity", "by"}).en == "did you mean 'activity'?");
  CHECK(did_you_mean("张3", {"张三", "李四"}).en == "did you mean '张三'?");
  CHECK(did_you_mean("完全不同", {"党课"}).empty());
  CHECK(did_you_mean("x", {}).empty());
}

TEST_CASE("lookalike_of sets aside invisible characters, width, spaces at the ends and normalisation") {
  std::vector<std::string> people{"张三", "ZHANG Wei", "Zoë", "第一支部"};
  CHECK(lookalike_of("张三\u200b", people) == "张三");          // a zero-width space
  CHECK(lookalike_of("\ufeff张三", people) == "张三");          // a byte-order mark pasted in front
  CHECK(lookalike_of("张三 ", people) == "张三");                // a trailing space
  CHECK(lookalike_of("\u3000张三", people) == "张三");          // an ideographic space
  CHECK(lookalike_of("ＺＨＡＮＧ Ｗｅｉ", people) == "ZHANG Wei");  // full-width letters
  CHECK(lookalike_of("Zoe\u0308", people) == "Zoë");            // decomposed (NFD)
  CHECK(lookalike_of("第1支部", people).empty());                // another name, not a lookalike
  CHECK(lookalike_of("张三", people).empty());                   // the name itself
  CHECK(lookalike_of("\xff", people).empty());                  // not UTF-8
}

TEST_CASE("with_invisible_shown spells out what cannot be seen") {
  CHECK(with_invisible_shown("张三\u200b") == "张三U+200B");
  CHECK(with_invisible_shown("\u3000张三\u00a0") == "U+3000张三U+00A0");
  CHECK(with_invisible_shown("张 三") == "张 三");
}

}  // TEST_SUITE
