#include "present/terminal_text.h"

#include <fmt/format.h>

namespace plancheck {

namespace {

// The length of the UTF-8 sequence that starts `text` and its code point; 0 when it is not one.
std::size_t decode(std::string_view text, char32_t& code) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(0);
  std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || length > text.size()) return 0;
  code = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i) & 0x3F);
  }
  static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

bool reorders(char32_t code) { return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069); }

// `value` escaped; its byte `colon`, when given, is a ':' that starts "::" and is escaped too.
std::string escaped(std::string_view value, std::size_t colon) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t at = 0; at < value.size();) {
    char32_t code = 0;
    std::size_t length = decode(value.substr(at), code);
    if (length == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(value[at]));
      ++at;
      continue;
    }
    if (code == '\n') out += "\\n";
    else if (code == '\r') out += "\\r";
    else if ((code < 0x20 && code != '\t') || code == 0x7F) out += fmt::format("\\x{:02x}", static_cast<unsigned>(code));
    else if ((code >= 0x80 && code < 0xA0) || reorders(code)) out += fmt::format("U+{:04X}", static_cast<unsigned>(code));
    else if (at == colon) out += "\\x3a";
    else out.append(value.substr(at, length));
    at += length;
  }
  return out;
}

}  // namespace

std::string escape_control_characters(std::string_view text) { return escaped(text, std::string_view::npos); }

std::string terminal_text(std::string_view value) {
  std::size_t first = value.find_first_not_of(" \t");
  bool command_like = first != std::string_view::npos && value.substr(first).starts_with("::");
  return escaped(value, command_like ? first : std::string_view::npos);
}

}  // namespace plancheck
