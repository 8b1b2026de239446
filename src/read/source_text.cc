#include "read/source_text.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include <utf8proc.h>

#include "messages/system_reason.h"
#include "read/read_messages.h"

namespace plancheck {

namespace {

Diagnostic file_error(const std::string& path, int line, int column, Text message, Text hint = {}) {
  return Diagnostic{Severity::error, path, line, column, std::move(message), std::move(hint)};
}

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not valid UTF-8.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char second = byte(i + 1);
  if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
  if (lead == 0xED && second >= 0xA0) return 0;  // surrogates
  if (lead == 0xF0 && second < 0x90) return 0;   // overlong
  if (lead == 0xF4 && second >= 0x90) return 0;  // beyond U+10FFFF
  return length;
}

// True when every byte above 0x7F pairs up as a GBK double-byte character.
bool looks_like_gbk(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) continue;
    if (lead == 0x80 || lead == 0xFF || i + 1 >= text.size()) return false;
    auto trail = static_cast<unsigned char>(text[++i]);
    if (trail < 0x40 || trail == 0x7F || trail == 0xFF) return false;
  }
  return true;
}

// The offset of the first NUL byte or invalid UTF-8 sequence, or the text's size.
std::size_t first_bad_byte(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte != 0 && byte < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = byte == 0 ? 0 : utf8_sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return text.size();
}

// 1-based line and column (in characters) of `offset` in valid UTF-8 `text`.
std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

// GBK text read as UTF-8 is nearly all invalid sequences; a UTF-8 file with a damaged character
// or two (or one that was cut off) is nearly all valid ones, and may still pair up like GBK.
bool mostly_utf8(std::string_view text) {
  std::size_t valid = 0, invalid = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length) {
      ++valid;
      i += length;
      continue;
    }
    ++invalid;  // with the continuation bytes after it
    for (++i; i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;) ++i;
  }
  return valid > invalid;
}

// A UTF-8 sequence begun at `offset` that the end of the text cuts short.
bool cut_off_at(std::string_view text, std::size_t offset) {
  auto lead = static_cast<unsigned char>(text[offset]);
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || offset + length <= text.size()) return false;
  for (std::size_t i = offset + 1; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return false;
  return true;
}

std::optional<Diagnostic> check_utf8(std::string_view text, const std::string& path) {
  std::size_t bad = first_bad_byte(text);
  if (bad == text.size()) return std::nullopt;
  // A NUL anywhere means binary, whatever other bytes come before it (a PNG starts with 0x89).
  if (std::size_t nul = text.find('\0', bad); nul != std::string_view::npos) bad = nul;
  auto [line, column] = position_of(text, bad);
  auto byte = static_cast<unsigned char>(text[bad]);
  if (byte == 0) return file_error(path, line, column, phrase(messages::kNulByte));
  if (cut_off_at(text, bad))
    return file_error(path, line, column, phrase(messages::kCutOff), phrase(messages::kRestoreWholeFile));
  if (looks_like_gbk(text) && mostly_utf8(text))
    return file_error(path, line, column, phrase(messages::kInvalidUtf8MaybeGbk.message, byte),
                      phrase(messages::kInvalidUtf8MaybeGbk.hint));
  if (looks_like_gbk(text))
    return file_error(path, line, column, phrase(messages::kLooksLikeGbk.message),
                      phrase(messages::kLooksLikeGbk.hint));
  return file_error(path, line, column, phrase(messages::kInvalidUtf8.message, byte), phrase(messages::kInvalidUtf8.hint));
}

std::string utf16_to_utf8(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit_at = [&](std::size_t i) -> unsigned {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    unsigned code = unit_at(i);
    if (code >= 0xD800 && code < 0xDC00 && i + 3 < bytes.size()) {
      unsigned low = unit_at(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if (code >= 0xD800 && code < 0xE000) code = 0xFFFD;  // unpaired surrogate
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | code >> 6);
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | code >> 12);
      out += static_cast<char>(0x80 | (code >> 6 & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | code >> 18);
      out += static_cast<char>(0x80 | (code >> 12 & 0x3F));
      out += static_cast<char>(0x80 | (code >> 6 & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

std::optional<Diagnostic> find_conflict_marker(std::string_view text, const std::string& path) {
  int line = 1;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view current = text.substr(start, end - start);
    if (current.starts_with("<<<<<<<") || current.starts_with(">>>>>>>") ||
        current == "=======" || current == "=======\r")
      return file_error(path, line, 1, phrase(messages::kConflictMarker.message), phrase(messages::kConflictMarker.hint));
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

}  // namespace

SourceText decode_source(std::string bytes, const std::string& path) {
  SourceText source;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    bytes = utf16_to_utf8(std::string_view(bytes).substr(2), bytes[0] == '\xFE');
  }
  source.problem = check_utf8(bytes, path);
  source.is_utf8 = !source.problem;
  if (!source.problem) source.problem = find_conflict_marker(bytes, path);
  if (source.problem && source.is_utf8) source.problem->source_line = line_of(bytes, source.problem->line);
  source.text = std::move(bytes);
  return source;
}

SourceText read_source(const std::string& path) {
  auto failed = [](Diagnostic problem) {
    SourceText source;
    source.problem = std::move(problem);
    return source;
  };
  std::error_code error;
  if (std::filesystem::is_directory(path, error))
    return failed(file_error(path, 0, 0, phrase(messages::kIsFolder.message), phrase(messages::kIsFolder.hint)));
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return failed(file_error(path, 0, 0, phrase(messages::kCannotReadFile, system_reason(errno))));
  auto too_big = [&](std::size_t size) {
    std::size_t megabytes = (size + (1 << 20) - 1) >> 20;
    return failed(file_error(path, 0, 0, phrase(messages::kFileTooBig.message, megabytes, kMaxFileBytes >> 20),
                             phrase(messages::kFileTooBig.hint)));
  };
  std::string bytes;
  stream.seekg(0, std::ios::end);
  auto end = stream.tellg();
  if (end >= 0) {
    auto size = static_cast<std::size_t>(end);
    if (size > kMaxFileBytes) return too_big(size);
    stream.seekg(0);
    bytes.resize(size);
    stream.read(bytes.data(), static_cast<std::streamsize>(size));
  } else {  // not seekable (a pipe, e.g. <(...)): read it to its end, within the limit
    stream.clear();
    std::array<char, 1 << 16> chunk;
    while (stream.read(chunk.data(), chunk.size()), stream.gcount() > 0) {
      bytes.append(chunk.data(), static_cast<std::size_t>(stream.gcount()));
      if (bytes.size() > kMaxFileBytes) return too_big(bytes.size());
    }
    if (!stream.bad()) stream.clear();  // reading up to the end sets failbit
  }
  if (!stream) return failed(file_error(path, 0, 0, phrase(messages::kCannotReadFile, phrase(messages::kReadFailed))));
  return decode_source(std::move(bytes), path);
}

bool is_utf8(std::string_view text) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t offset = 0; offset < size;) {
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + offset, size - offset, &code_point);
    if (length <= 0) return false;
    offset += length;
  }
  return true;
}

std::string_view line_of(std::string_view text, int line) {
  std::size_t start = 0;
  for (int current = 1; current < line; ++current) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  if (line < 1 || start > text.size()) return {};
  std::size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? end : end - start);
  if (result.ends_with('\r')) result.remove_suffix(1);
  return result;
}

void quote_source_lines(Diagnostics& diagnostics, std::size_t first, std::string_view text, const std::string& file) {
  // In the order of their lines, so that the text is walked once however many there are.
  std::vector<std::pair<int, std::size_t>> wanted;
  for (std::size_t i = first; i < diagnostics.size(); ++i)
    if (diagnostics[i].line > 0 && diagnostics[i].file == file) wanted.emplace_back(diagnostics[i].line, i);
  std::sort(wanted.begin(), wanted.end());
  int line = 1;
  std::size_t start = 0;
  for (const auto& [wanted_line, index] : wanted) {
    while (line < wanted_line && start <= text.size()) {
      std::size_t end = text.find('\n', start);
      start = end == std::string_view::npos ? text.size() + 1 : end + 1;
      ++line;
    }
    if (start > text.size()) break;
    std::string_view rest = text.substr(start);
    diagnostics[index].source_line = line_of(rest, 1);
  }
}

}  // namespace plancheck
