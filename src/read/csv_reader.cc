#include <iconv.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <sstream>

#include "messages/spreadsheet.h"
#include "messages/system_reason.h"
#include "read/sheet.h"
#include "read/source_text.h"

namespace plancheck {

namespace {

// GB18030 is a superset of GBK and GB2312, so it reads all three.
std::optional<std::string> from_gbk(const std::string& bytes) {
  iconv_t converter = ::iconv_open("UTF-8", "GB18030");
  if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 4, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out_at = out.data();
  std::size_t out_left = out.size();
  std::size_t converted = ::iconv(converter, &in, &in_left, &out_at, &out_left);
  ::iconv_close(converter);
  if (converted == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

std::optional<std::string> csv_text_as_utf8(std::string bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (is_utf8(bytes)) return bytes;
  return from_gbk(bytes);
}

std::vector<std::vector<SheetCell>> parse_csv(std::string_view text) {
  std::vector<std::vector<SheetCell>> rows;
  std::vector<SheetCell> row;
  std::string cell;
  bool quoted = false, row_started = false;
  auto end_cell = [&] {
    row.push_back(SheetCell{std::move(cell), std::nullopt});
    cell.clear();
  };
  auto end_row = [&] {
    end_cell();
    rows.push_back(std::move(row));
    row.clear();
    row_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
      continue;
    }
    row_started = true;
    if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      end_cell();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
    } else {
      cell += c;
    }
  }
  if (row_started || !cell.empty() || !row.empty()) end_row();
  // Line breaks inside quoted cells arrive as typed: CRLF in a cell becomes LF, as in a workbook.
  for (auto& each : rows)
    for (auto& value : each) {
      std::string& t = value.text;
      for (std::size_t at = t.find("\r\n"); at != std::string::npos; at = t.find("\r\n", at)) t.erase(at, 1);
    }
  return rows;
}

SheetRead read_csv_sheet(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return {std::nullopt, phrase(messages::kCannotOpenSheetFile, file), system_reason(errno)};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto text = csv_text_as_utf8(std::move(bytes));
  if (!text) return {std::nullopt, phrase(messages::kCsvNotText), phrase(messages::kSaveCsvUtf8)};
  return {Sheet{file, "", parse_csv(*text)}, {}, {}};
}

std::string column_name(std::size_t column) {
  std::string name;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), char('A' + (n - 1) % 26));
  return name;
}

}  // namespace plancheck
