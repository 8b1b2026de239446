#include "read/source_text.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "read/test_support.h"
#include "support/temp_folder.h"

using namespace plancheck;
using plancheck::testing::show;
using plancheck::testing::TempFolder;
using namespace std::string_literals;

namespace {

// "a: 党\n😀" in UTF-16, little-endian: 党 is U+515A, 😀 the surrogate pair D83D DE00.
const std::string kUtf16Le = "a\0:\0 \0\x5A\x51\n\0\x3D\xD8\x00\xDE"s;
const std::string kUtf16Be = "\0a\0:\0 \x51\x5A\0\n\xD8\x3D\xDE\x00"s;

const std::string kGbkHint =
    "save it again as UTF-8, e.g. in WPS or Notepad choose 'UTF-8' when saving, or run: iconv -f GBK -t UTF-8";
const std::string kGbkMessage =
    "this file is not UTF-8: it looks like GBK (the encoding many Chinese Windows programs save in)";
const std::string kConflictHint =
    "finish the merge: keep the lines you want and delete the <<<<<<<, ======= and >>>>>>> lines";

}  // namespace

TEST_SUITE("read/source_text") {

TEST_CASE("plain UTF-8 passes through unchanged") {
  auto source = decode_source("a: 党课\r\nb: 1\n", "p.yaml");
  CHECK_FALSE(source.problem);
  CHECK(source.is_utf8);
  CHECK(source.text == "a: 党课\r\nb: 1\n");
}

TEST_CASE("a UTF-8 byte-order mark is dropped") {
  auto source = decode_source("\xEF\xBB\xBFplancheck: 1\n", "p.yaml");
  CHECK_FALSE(source.problem);
  CHECK(source.is_utf8);
  CHECK(source.text == "plancheck: 1\n");
}

TEST_CASE("UTF-16 with a byte-order mark is converted to UTF-8") {
  SUBCASE("little-endian") {
    auto source = decode_source("\xFF\xFE"s + kUtf16Le, "p.yaml");
    CHECK_FALSE(source.problem);
    CHECK(source.text == "a: 党\n😀");
  }
  SUBCASE("big-endian") {
    auto source = decode_source("\xFE\xFF"s + kUtf16Be, "p.yaml");
    CHECK_FALSE(source.problem);
    CHECK(source.text == "a: 党\n😀");
  }
  SUBCASE("an unpaired surrogate becomes U+FFFD") {
    auto source = decode_source("\xFF\xFE" "a\0\x00\xD8" "b\0"s, "p.yaml");
    CHECK_FALSE(source.problem);
    CHECK(source.text == "a\xEF\xBF\xBD" "b");
  }
}

TEST_CASE("UTF-16 without a byte-order mark is refused as containing NUL bytes") {
  auto source = decode_source(kUtf16Le, "p.yaml");
  REQUIRE(source.problem);
  CHECK(show(*source.problem) ==
        "1:2: error: this file contains a NUL byte: it looks like a binary file, not YAML text");
  CHECK(source.problem->file == "p.yaml");
}

TEST_CASE("a NUL byte is reported at its line and column") {
  auto source = decode_source("a: 1\n党课: x\0y\n"s, "log/1.yaml");
  REQUIRE(source.problem);
  CHECK(source.problem->severity == Severity::error);
  CHECK(source.problem->file == "log/1.yaml");
  CHECK(show(*source.problem) ==
        "2:6: error: this file contains a NUL byte: it looks like a binary file, not YAML text");
}

TEST_CASE("GBK text is recognised and located, columns counted in characters") {
  // 党课 in GBK is B5 B3 BF CE.
  SUBCASE("the first non-UTF-8 byte on the second line") {
    auto source = decode_source("a: 1\ntitle: \xB5\xB3\xBF\xCE\n", "plan.yaml");
    REQUIRE(source.problem);
    CHECK(source.problem->line == 2);
    CHECK(source.problem->column == 8);
    CHECK(source.problem->message.en == kGbkMessage);
    CHECK(source.problem->hint.en == kGbkHint);
    CHECK_FALSE(source.is_utf8);
  }
  SUBCASE("the very first byte") {
    auto source = decode_source("\xB5\xB3: 1\n", "plan.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "1:1: error: " + kGbkMessage + " [" + kGbkHint + "]");
  }
}

TEST_CASE("damaged UTF-8 is not taken for GBK, and binary is binary") {
  SUBCASE("UTF-8 Chinese cut off in the middle of a character (its bytes pair up like GBK)") {
    auto source = decode_source("title: 错\xE8", "p.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) ==
          "1:9: error: this file ends in the middle of a character: it looks cut off (truncated) "
          "[restore the whole file, e.g. from git: git checkout -- FILE, or from where it was copied]");
  }
  SUBCASE("one damaged character among valid UTF-8 Chinese (E4 B8 then a line break)") {
    auto source = decode_source("by: 张三\ntitle: \xE4\xB8\n", "p.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "2:8: error: this file is not valid UTF-8 (byte 0xE4): the text here may be GBK [the "
                                   "rest of the file is UTF-8: type this text again, or paste it from a UTF-8 source]");
  }
  SUBCASE("a PNG: bytes above 0x7F first, then NUL bytes") {
    auto source = decode_source("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s, "p.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "3:1: error: this file contains a NUL byte: it looks like a binary file, not YAML text");
  }
}

TEST_CASE("invalid UTF-8 that is not GBK names the byte") {
  SUBCASE("a stray 0xFF after Chinese text: the column counts 党 as one") {
    auto source = decode_source("x: 1\n党: \xFF\n", "p.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "2:4: error: this file is not valid UTF-8 (byte 0xFF) [save it again as UTF-8]");
    CHECK_FALSE(source.is_utf8);
  }
  SUBCASE("an encoded surrogate (ED A0 80)") {
    auto source = decode_source("ab\xED\xA0\x80", "p.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "1:3: error: this file is not valid UTF-8 (byte 0xED) [save it again as UTF-8]");
  }
  SUBCASE("a code point beyond U+10FFFF (F4 90 80 80)") {
    auto source = decode_source("\xF4\x90\x80\x80\x80", "p.yaml");
    REQUIRE(source.problem);
    CHECK(source.problem->message.en == "this file is not valid UTF-8 (byte 0xF4)");
  }
}

TEST_CASE("four-byte UTF-8 characters are valid") {
  auto source = decode_source("emoji: 😀\n", "p.yaml");
  CHECK_FALSE(source.problem);
  CHECK(source.is_utf8);
}

TEST_CASE("git conflict markers are reported at their line") {
  SUBCASE("a whole conflict: the first marker is reported") {
    auto source = decode_source("a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> other\n", "p.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "2:1: error: unresolved git merge conflict marker [" + kConflictHint + "]");
    CHECK(source.is_utf8);  // the text itself is fine
    CHECK(source.text == "a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> other\n");
  }
  SUBCASE("a lone ======= line, with CRLF line ends") {
    auto source = decode_source("a: 1\r\nb: 2\r\n=======\r\n", "p.yaml");
    REQUIRE(source.problem);
    CHECK(source.problem->line == 3);
    CHECK(source.problem->column == 1);
  }
  SUBCASE("a lone >>>>>>> line") {
    auto source = decode_source("a: 1\n>>>>>>> b\n", "p.yaml");
    REQUIRE(source.problem);
    CHECK(source.problem->line == 2);
  }
  SUBCASE("look-alikes are not markers") {
    CHECK_FALSE(decode_source("title: '<<<<<<<'\nx: =======\n========\n", "p.yaml").problem);
  }
}

TEST_CASE("an encoding problem is reported before a conflict marker") {
  auto source = decode_source("<<<<<<< HEAD\n\xFF\n", "p.yaml");
  REQUIRE(source.problem);
  CHECK(source.problem->message.en == "this file is not valid UTF-8 (byte 0xFF)");
}

TEST_CASE("read_source reads files from disk") {
  TempFolder dir;
  SUBCASE("UTF-8 with a BOM") {
    auto source = read_source(dir.write("bom.yaml", "\xEF\xBB\xBF" "a: 党\n"));
    CHECK_FALSE(source.problem);
    CHECK(source.text == "a: 党\n");
  }
  SUBCASE("UTF-16 LE and BE") {
    CHECK(read_source(dir.write("le.yaml", "\xFF\xFE"s + kUtf16Le)).text == "a: 党\n😀");
    CHECK(read_source(dir.write("be.yaml", "\xFE\xFF"s + kUtf16Be)).text == "a: 党\n😀");
  }
  SUBCASE("GBK, named by the path given") {
    std::string path = dir.write("gbk.yaml", "- title: \xB5\xB3\xBF\xCE\n");
    auto source = read_source(path);
    REQUIRE(source.problem);
    CHECK(source.problem->file == path);
    CHECK(show(*source.problem) == "1:10: error: " + kGbkMessage + " [" + kGbkHint + "]");
  }
  SUBCASE("an empty file") {
    auto source = read_source(dir.write("empty.yaml", ""));
    CHECK_FALSE(source.problem);
    CHECK(source.text.empty());
  }
  SUBCASE("a missing file") {
    auto source = read_source(dir / "missing.yaml");
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "0:0: error: cannot read this file: No such file or directory");
  }
  SUBCASE("a folder given where a file belongs") {
    auto source = read_source(dir.path().string());
    REQUIRE(source.problem);
    CHECK(show(*source.problem) == "0:0: error: this is a folder, not a file [name a .yaml file inside it]");
  }
}

TEST_CASE("read_source reads a pipe, as given by <(...)") {
  if (!std::filesystem::exists("/proc/self/fd")) return;
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::string text = "- date: 2022-03-15\n  activity: 党课\n";
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(fds[1]);
  auto source = read_source("/proc/self/fd/" + std::to_string(fds[0]));
  ::close(fds[0]);
  CHECK_FALSE(source.problem);
  CHECK(source.text == text);
}

TEST_CASE("line_of returns one line without its line break") {
  std::string_view text = "a: 1\r\n党课: 2\nlast";
  CHECK(line_of(text, 1) == "a: 1");
  CHECK(line_of(text, 2) == "党课: 2");
  CHECK(line_of(text, 3) == "last");
  CHECK(line_of(text, 4).empty());
  CHECK(line_of(text, 0).empty());
  CHECK(line_of(text, -1).empty());
  CHECK(line_of("a\n", 2).empty());
  CHECK(line_of("a\n", 3).empty());
  CHECK(line_of("", 1).empty());
  CHECK(line_of("\r\n\r\n", 2).empty());
}

}  // TEST_SUITE
