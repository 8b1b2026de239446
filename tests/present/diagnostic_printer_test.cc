// The printer's exact text: the location, the quoted source line, the caret under the right display
// column (Chinese characters take two), the hint, and colour.
#include "present/diagnostic_printer.h"

#include <doctest/doctest.h>

#include <string>

using namespace plancheck;

namespace {

Diagnostic unknown_activity() {
  return Diagnostic{Severity::error,
                    "plan.yaml",
                    12,
                    15,
                    {"计划中没有活动 '党課'", "unknown activity '党課'"},
                    {"是否想写 '党课'？", "did you mean '党课'?"},
                    "    activity: 党課"};
}

}  // namespace

TEST_CASE("a diagnostic quotes its line, marks the token under its column and gives the hint") {
  CHECK(format_diagnostic(unknown_activity(), Style{false}, Language::en) ==
        "plan.yaml:12:15: error: unknown activity '党課'\n"
        " 12 |     activity: 党課\n"
        "    |               ^~~~\n"
        "    = help: did you mean '党课'?\n");
  CHECK(format_diagnostic(unknown_activity(), Style{false}, Language::zh) ==
        "plan.yaml:12:15: 错误：计划中没有活动 '党課'\n"
        " 12 |     activity: 党課\n"
        "    |               ^~~~\n"
        "    = 提示：是否想写 '党课'？\n");
}

TEST_CASE("the caret stands under the display column: a Chinese character before it is two columns wide") {
  // Column 8 is 党, after "- {活动: ": 7 characters, 9 display columns. The token 党課 is 4 wide.
  Diagnostic d{Severity::warning, "log/2022-03.yaml", 3, 8, {"重复", "a repeat"}, {}, "- {活动: 党課, by: 张三}"};
  CHECK(format_diagnostic(d, Style{false}, Language::en) ==
        "log/2022-03.yaml:3:8: warning: a repeat\n"
        " 3 | - {活动: 党課, by: 张三}\n"
        "   |          ^~~~\n");
}

TEST_CASE("a quoted token ends at its closing quote, a plain one at a separator or comment") {
  Diagnostic quoted{Severity::error, "p.yaml", 2, 10, {"x", "x"}, {}, "  title: \"会议: 主题\" # note"};
  CHECK(format_diagnostic(quoted, Style{false}, Language::en) ==
        "p.yaml:2:10: error: x\n"
        " 2 |   title: \"会议: 主题\" # note\n"
        "   |          ^~~~~~~~~~~~\n");
  Diagnostic listed{Severity::error, "p.yaml", 7, 12, {"x", "x"}, {}, "  by: [张三, 李四]"};
  CHECK(format_diagnostic(listed, Style{false}, Language::en) ==
        "p.yaml:7:12: error: x\n"
        " 7 |   by: [张三, 李四]\n"
        "   |              ^~~~\n");
}

TEST_CASE("tabs are shown as spaces, so that the caret lines up") {
  Diagnostic d{Severity::error, "p.yaml", 4, 2, {"tab", "a tab"}, {}, "\ttitle: x"};
  CHECK(format_diagnostic(d, Style{false}, Language::en) ==
        "p.yaml:4:2: error: a tab\n"
        " 4 |  title: x\n"
        "   |  ^~~~~\n");
}

TEST_CASE("without a line, a column or a source line, less is shown") {
  Diagnostic whole_file{Severity::error, "plan.yaml", 0, 0, {"空", "this plan file is empty"},
                        {"运行 init", "start from 'plancheck init'"}, ""};
  CHECK(format_diagnostic(whole_file, Style{false}, Language::en) ==
        "plan.yaml: error: this plan file is empty\n"
        "   = help: start from 'plancheck init'\n");
  Diagnostic whole_line{Severity::error, "t.mustache", 3, 0, {"x", "unknown partial 'a'"}, {}, "{{> a}}"};
  CHECK(format_diagnostic(whole_line, Style{false}, Language::en) ==
        "t.mustache:3: error: unknown partial 'a'\n"
        " 3 | {{> a}}\n");
  Diagnostic not_kept = unknown_activity();
  not_kept.source_line.clear();
  CHECK(format_diagnostic(not_kept, Style{false}, Language::en) ==
        "plan.yaml:12:15: error: unknown activity '党課'\n"
        "    = help: did you mean '党课'?\n");
  CHECK(format_diagnostic(unknown_activity(), Style{false}, Language::en, LineQuote::left_out) ==
        format_diagnostic(not_kept, Style{false}, Language::en));
}

TEST_CASE("a line longer than 240 bytes is shown around the column") {
  std::string line = "  title: " + std::string(300, 'x') + " 党課";
  Diagnostic d{Severity::error, "p.yaml", 1, 311, {"x", "x"}, {}, line};
  std::string text = format_diagnostic(d, Style{false}, Language::en);
  std::string quoted = text.substr(text.find(" 1 | ") + 5);
  quoted = quoted.substr(0, quoted.find('\n'));
  CHECK(quoted.starts_with("…"));
  CHECK(quoted.ends_with("党課"));
  CHECK(quoted.size() < 260);
  // The caret is under 党, wherever the excerpt starts.
  std::string caret = text.substr(text.find("\n   | ") + 6);
  caret = caret.substr(0, caret.find('\n'));
  CHECK(caret.ends_with("^~~~"));
  CHECK(caret.size() - 4 == quoted.find("党課") - std::string("…").size() + 1);
}

TEST_CASE("with colour: the location bold, the level red or yellow, caret and help cyan") {
  CHECK(format_diagnostic(unknown_activity(), Style{true}, Language::en) ==
        "\033[1mplan.yaml:12:15\033[0m: \033[1;31merror: \033[0m\033[1munknown activity '党課'\033[0m\n"
        " 12 |     activity: 党課\n"
        "    |               \033[1;36m^~~~\033[0m\n"
        "    = \033[1;36mhelp: \033[0mdid you mean '党课'?\n");
  Diagnostic warning{Severity::warning, "log.yaml", 0, 0, {"重复", "a repeat"}, {}, ""};
  CHECK(format_diagnostic(warning, Style{true}, Language::zh) ==
        "\033[1mlog.yaml\033[0m: \033[1;33m警告：\033[0m\033[1m重复\033[0m\n");
}

TEST_CASE("format_diagnostics prints each in turn, count_text counts errors and warnings") {
  Diagnostic warning{Severity::warning, "log.yaml", 0, 0, {"重复", "a repeat"}, {}, ""};
  Diagnostics both{unknown_activity(), warning};
  CHECK(format_diagnostics(both, Style{false}, Language::en) ==
        format_diagnostic(both[0], Style{false}, Language::en) + format_diagnostic(both[1], Style{false}, Language::en));
  CHECK(count_text(both, Language::en) == "1 error, 1 warning");
  CHECK(count_text({warning, warning}, Language::zh) == "0 个错误，2 个警告");
}

TEST_CASE("control characters in the file's name, the message, the hint and the quoted line are shown escaped") {
  Diagnostic hostile{Severity::error,
                     "::error::log.yaml",
                     2,
                     14,
                     {"计划中没有活动 '党\x1b[2J課'", "unknown activity '党\x1b[2J課'\n::error::FORGED"},
                     {"是否想写 '党课'？", "did you mean '党课'?\r"},
                     "  \x1b]0;x\x07: a: \u202E党\x1b[2J課"};
  // The caret stays under the token its column names, after the escapes that lengthen the line before it.
  CHECK(format_diagnostic(hostile, Style{false}, Language::en) ==
        "\\x3a:error::log.yaml:2:14: error: unknown activity '党\\x1b[2J課'\\n::error::FORGED\n"
        " 2 |   \\x1b]0;x\\x07: a: U+202E党\\x1b[2J課\n"
        "   |                    ^~~~~~~~~~~~~~~~~\n"
        "   = help: did you mean '党课'?\\r\n");
}
