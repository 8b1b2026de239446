#include "present/xml_escape.h"

#include <doctest/doctest.h>

using namespace plancheck;

TEST_CASE("xml_escape: the five special characters become entities") {
  CHECK(xml_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f");
  CHECK(xml_escape("&amp;") == "&amp;amp;");
  CHECK(xml_escape("]]>") == "]]&gt;");
}

TEST_CASE("xml_escape: whitespace an attribute would lose becomes character references") {
  CHECK(xml_escape("a\tb\nc\r\nd") == "a&#9;b&#10;c&#13;&#10;d");
  CHECK(xml_escape_text("a\tb\nc\r\nd") == "a\tb\nc&#13;\nd");
}

TEST_CASE("xml_escape_text keeps quotes, escapes markup") {
  CHECK(xml_escape_text("他说\"好\"，'对' <b> & c") == "他说\"好\"，'对' &lt;b&gt; &amp; c");
}

TEST_CASE("xml_escape: what XML 1.0 cannot hold becomes U+FFFD") {
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(xml_escape(std::string("a\x01" "b\x07" "c\x1F" "d", 7)) == "a" + replacement + "b" + replacement + "c" + replacement + "d");
  CHECK(xml_escape(std::string("a\0b", 3)) == "a" + replacement + "b");
  CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF") == replacement + replacement);  // U+FFFE, U+FFFF
  CHECK(xml_escape("\xFF" "ok") == replacement + "ok");                       // not UTF-8
  CHECK(xml_escape("\xE5\x85") == replacement + replacement);                  // cut short
  CHECK(xml_escape("\xED\xA0\x80") == replacement + replacement + replacement);  // a surrogate
}

TEST_CASE("xml_escape: other text passes unchanged") {
  CHECK(xml_escape("") == "");
  CHECK(xml_escape("2022年第二季度 · 讲党课 😀 \x7F") == "2022年第二季度 · 讲党课 😀 \x7F");
  CHECK(xml_escape("\xEF\xBF\xBD") == "\xEF\xBF\xBD");
}
