#include "cli/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace plancheck {

int report_columns(bool out_is_terminal) {
  if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
    std::string_view text(columns);
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && end == text.data() + text.size() && value > 0) return value;
  }
  if (!out_is_terminal) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 0;
}

bool progress_wanted(bool err_is_terminal) { return err_is_terminal && std::getenv("CI") == nullptr; }

}  // namespace plancheck
