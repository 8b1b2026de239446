#include "present/xml_escape.h"

#include <utf8proc.h>

namespace plancheck {

namespace {

// The characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets).
bool allowed_in_xml(utf8proc_int32_t code_point) {
  return code_point == 0x9 || code_point == 0xA || code_point == 0xD || (code_point >= 0x20 && code_point <= 0xD7FF) ||
         (code_point >= 0xE000 && code_point <= 0xFFFD) || (code_point >= 0x10000 && code_point <= 0x10FFFF);
}

const char* entity(utf8proc_int32_t code_point, bool attribute) {
  if (!attribute && (code_point == '"' || code_point == '\'' || code_point == '\t' || code_point == '\n')) return nullptr;
  switch (code_point) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return nullptr;
  }
}

std::string escape(std::string_view text, bool attribute) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size());
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t at = 0; at < size;) {
    utf8proc_int32_t code_point = -1;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + at, size - at, &code_point);
    if (length <= 0) {  // not UTF-8: replace the one byte and go on with the next
      out += kReplacement;
      ++at;
      continue;
    }
    if (const char* replacement = entity(code_point, attribute))
      out += replacement;
    else if (allowed_in_xml(code_point))
      out.append(text.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(length)));
    else
      out += kReplacement;
    at += length;
  }
  return out;
}

}  // namespace

std::string xml_escape(std::string_view text) { return escape(text, true); }

std::string xml_escape_text(std::string_view text) { return escape(text, false); }

}  // namespace plancheck
