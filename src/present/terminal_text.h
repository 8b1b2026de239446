#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// A value from the inputs (a title, a name, a file name, a quoted source line) as it may be shown
// in a terminal or a CI log, where it must not act: control characters (C0 but tab, DEL, C1),
// which move the cursor, clear the screen, set the window title or start a new line, are written
// as \n, \r or \xHH; C1 characters and the bidirectional overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), which reorder what is shown, as U+HHHH; bytes that are not UTF-8 as \xHH. A
// value that starts (after spaces) with "::" could start a GitHub workflow command at the start
// of a line: its first ':' is written \x3a.
std::string terminal_text(std::string_view value);

// The same without the care for "::": for text that never starts a line (a quoted source line,
// after its line number), so that its parts may be escaped one by one.
std::string escape_control_characters(std::string_view text);

}  // namespace plancheck
