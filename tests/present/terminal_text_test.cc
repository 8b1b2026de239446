#include "present/terminal_text.h"

#include <doctest/doctest.h>

using plancheck::escape_control_characters;
using plancheck::terminal_text;

TEST_CASE("terminal_text: printable text, Chinese and tabs pass unchanged") {
  CHECK(terminal_text("党课 <b> & 100% a::b") == "党课 <b> & 100% a::b");
  CHECK(terminal_text("a\tb") == "a\tb");
  CHECK(terminal_text("") == "");
}

TEST_CASE("terminal_text: line breaks, escape sequences and other C0 characters are written as escapes") {
  CHECK(terminal_text("一\n二\r三") == "一\\n二\\r三");
  CHECK(terminal_text("\x1b[2J\x1b]0;title\x07") == "\\x1b[2J\\x1b]0;title\\x07");
  CHECK(terminal_text(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(terminal_text("\x7f") == "\\x7f");
}

TEST_CASE("terminal_text: C1 characters and bidirectional overrides are written as U+HHHH") {
  CHECK(terminal_text("\xc2\x9b" "31m") == "U+009B31m");  // CSI, the one-character ESC [
  CHECK(terminal_text("\xc2\x85") == "U+0085");
  CHECK(terminal_text("abc\u202Efdp.exe") == "abcU+202Efdp.exe");
  CHECK(terminal_text("\u202A\u202B\u202C\u202D\u202E") == "U+202AU+202BU+202CU+202DU+202E");
  CHECK(terminal_text("\u2066\u2067\u2068") == "U+2066U+2067U+2068");
  CHECK(terminal_text("\u2069") == "U+2069");
  CHECK(terminal_text("\u200B") == "\u200B");  // invisible, but it moves nothing
}

TEST_CASE("terminal_text: bytes that are not UTF-8 are written as \\xHH") {
  CHECK(terminal_text("a\xff" "b") == "a\\xffb");
  CHECK(terminal_text("\xe4\xb8") == "\\xe4\\xb8");  // a character cut off
  CHECK(terminal_text("\xc0\xaf") == "\\xc0\\xaf");  // an overlong '/'
}

TEST_CASE("terminal_text: a value that would start a GitHub workflow command does not") {
  CHECK(terminal_text("::error file=a::FORGED") == "\\x3a:error file=a::FORGED");
  CHECK(terminal_text("  ::add-mask::x") == "  \\x3a:add-mask::x");
  CHECK(terminal_text("x\n::error::FORGED") == "x\\n::error::FORGED");  // on the same line, harmless
  CHECK(escape_control_characters("::error::x\n") == "::error::x\\n");
}
