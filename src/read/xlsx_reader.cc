#include <expat.h>
#include <zip.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>

#include "messages/spreadsheet.h"
#include "messages/system_reason.h"
#include "read/sheet.h"

namespace plancheck {

namespace {

using Attributes = std::map<std::string, std::string>;

// Element names without their namespace prefix ("x:row" → "row"): some writers prefix them.
std::string local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

// A SAX-style walk over one XML document with expat: `on_start` sees each element's local name and
// attributes (local names too), `on_end` its end with the text read inside it.
struct XmlWalk {
  std::function<void(const std::string&, const Attributes&)> on_start;
  std::function<void(const std::string&, const std::string&)> on_end;
  std::string text;

  bool parse(std::string_view document) {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, this);
    XML_SetElementHandler(
        parser,
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
          auto* walk = static_cast<XmlWalk*>(data);
          Attributes named;
          for (int i = 0; attributes[i]; i += 2) named[local_name(attributes[i])] = attributes[i + 1];
          walk->text.clear();
          if (walk->on_start) walk->on_start(local_name(name), named);
        },
        [](void* data, const XML_Char* name) {
          auto* walk = static_cast<XmlWalk*>(data);
          if (walk->on_end) walk->on_end(local_name(name), walk->text);
          walk->text.clear();
        });
    XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* characters, int length) {
      static_cast<XmlWalk*>(data)->text.append(characters, static_cast<std::size_t>(length));
    });
    bool ok = XML_Parse(parser, document.data(), static_cast<int>(document.size()), XML_TRUE) == XML_STATUS_OK;
    XML_ParserFree(parser);
    return ok;
  }
};

class Archive {
 public:
  explicit Archive(const std::string& file) {
    int error = 0;
    archive_ = zip_open(file.c_str(), ZIP_RDONLY, &error);
  }
  ~Archive() {
    if (archive_) zip_discard(archive_);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  bool open() const { return archive_ != nullptr; }

  // The member's bytes; nothing when it is missing or unreadable.
  std::optional<std::string> read(const std::string& name) const {
    zip_stat_t stat;
    if (zip_stat(archive_, name.c_str(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) return std::nullopt;
    zip_file_t* member = zip_fopen(archive_, name.c_str(), 0);
    if (!member) return std::nullopt;
    std::string bytes(stat.size, '\0');
    zip_int64_t got = zip_fread(member, bytes.data(), stat.size);
    zip_fclose(member);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) return std::nullopt;
    return bytes;
  }

 private:
  zip_t* archive_ = nullptr;
};

struct SheetEntry {
  std::string name;
  std::string relation;  // r:id
};

// "A12" → column 0; the row is taken from <row r>.
std::optional<std::size_t> column_of(const std::string& reference) {
  std::size_t column = 0, letters = 0;
  for (char c : reference) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    ++letters;
  }
  if (letters == 0 || letters > 3) return std::nullopt;
  return column - 1;
}

std::optional<std::size_t> whole_number(const std::string& text) {
  std::size_t number = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (problem != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return number;
}

// A number as a person reads it: 23 rather than 23.0.
std::string number_text(double number) {
  if (number == static_cast<double>(static_cast<long long>(number)) && number > -1e15 && number < 1e15)
    return std::to_string(static_cast<long long>(number));
  char buffer[32];
  auto [end, problem] = std::to_chars(buffer, buffer + sizeof buffer, number);
  return problem == std::errc{} ? std::string(buffer, end) : std::string();
}

std::vector<std::string> shared_strings(const Archive& archive) {
  std::vector<std::string> strings;
  auto document = archive.read("xl/sharedStrings.xml");
  if (!document) return strings;
  std::string current;
  int phonetic = 0;  // text of <rPh> (ruby annotations) is not part of the value
  XmlWalk walk;
  walk.on_start = [&](const std::string& name, const Attributes&) {
    if (name == "si") current.clear();
    if (name == "rPh") ++phonetic;
  };
  walk.on_end = [&](const std::string& name, const std::string& text) {
    if (name == "t" && phonetic == 0) current += text;
    if (name == "rPh") --phonetic;
    if (name == "si") strings.push_back(current);
  };
  walk.parse(*document);
  return strings;
}

// The path inside the archive of the sheet `relation` names in workbook.xml.rels.
std::optional<std::string> sheet_path(const Archive& archive, const std::string& relation) {
  auto document = archive.read("xl/_rels/workbook.xml.rels");
  if (!document) return std::nullopt;
  std::optional<std::string> target;
  XmlWalk walk;
  walk.on_start = [&](const std::string& name, const Attributes& attributes) {
    auto id = attributes.find("Id");
    auto found = attributes.find("Target");
    if (name == "Relationship" && id != attributes.end() && id->second == relation && found != attributes.end())
      target = found->second;
  };
  if (!walk.parse(*document) || !target) return std::nullopt;
  if (target->starts_with("/")) return target->substr(1);
  return "xl/" + *target;
}

bool read_cells(const std::string& document, const std::vector<std::string>& strings, Sheet& sheet) {
  std::size_t row = 0, column = 0;
  std::string type, value, inline_text;
  XmlWalk walk;
  walk.on_start = [&](const std::string& name, const Attributes& attributes) {
    if (name == "row") {
      auto found = attributes.find("r");
      auto number = found == attributes.end() ? std::nullopt : whole_number(found->second);
      row = number && *number > 0 ? *number - 1 : sheet.rows.size();
      column = 0;
    } else if (name == "c") {
      auto reference = attributes.find("r");
      if (reference != attributes.end())
        if (auto at = column_of(reference->second)) column = *at;
      auto found = attributes.find("t");
      type = found == attributes.end() ? "n" : found->second;
      value.clear();
      inline_text.clear();
    }
  };
  walk.on_end = [&](const std::string& name, const std::string& text) {
    if (name == "v") value = text;
    if (name == "t") inline_text += text;
    if (name != "c") return;
    SheetCell cell;
    if (type == "s") {
      auto index = whole_number(value);
      if (index && *index < strings.size()) cell.text = strings[*index];
    } else if (type == "inlineStr") {
      cell.text = inline_text;
    } else if (type == "str" || type == "e" || type == "d") {
      cell.text = value;
    } else if (type == "b") {
      cell.text = value == "1" ? "TRUE" : "FALSE";
    } else if (!value.empty()) {
      double number = 0;
      auto [end, problem] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (problem == std::errc{} && end == value.data() + value.size()) {
        cell.number = number;
        cell.text = number_text(number);
      } else {
        cell.text = value;
      }
    }
    if (sheet.rows.size() <= row) sheet.rows.resize(row + 1);
    auto& cells = sheet.rows[row];
    if (cells.size() <= column) cells.resize(column + 1);
    cells[column] = std::move(cell);
    ++column;
  };
  return walk.parse(document);
}

SheetRead failed(const Message<>& error, const Message<>& hint) { return {std::nullopt, phrase(error), phrase(hint)}; }

}  // namespace

SheetRead read_xlsx_sheet(const std::string& file, const std::string& sheet_name) {
  std::ifstream probe(file, std::ios::binary);
  if (!probe) return {std::nullopt, phrase(messages::kCannotOpenSheetFile, file), system_reason(errno)};
  char magic[4] = {};
  probe.read(magic, 4);
  if (std::memcmp(magic, "\xD0\xCF\x11\xE0", 4) == 0) return failed(messages::kOldExcelFile, messages::kSaveAsXlsx);
  if (std::memcmp(magic, "PK", 2) != 0) return failed(messages::kNotXlsx, messages::kSaveAsXlsx);
  Archive archive(file);
  if (!archive.open()) return failed(messages::kBrokenXlsx, messages::kOpenAndSaveAgain);
  auto workbook = archive.read("xl/workbook.xml");
  if (!workbook) return failed(messages::kBrokenXlsx, messages::kOpenAndSaveAgain);
  std::vector<SheetEntry> sheets;
  XmlWalk walk;
  walk.on_start = [&](const std::string& name, const Attributes& attributes) {
    auto named = attributes.find("name");
    auto relation = attributes.find("id");
    if (name == "sheet" && named != attributes.end() && relation != attributes.end())
      sheets.push_back({named->second, relation->second});
  };
  if (!walk.parse(*workbook) || sheets.empty()) return failed(messages::kBrokenXlsx, messages::kOpenAndSaveAgain);
  const SheetEntry* chosen = sheet_name.empty() ? &sheets.front() : nullptr;
  std::string names;
  for (const SheetEntry& each : sheets) {
    if (each.name == sheet_name) chosen = &each;
    names += (names.empty() ? "" : ", ") + each.name;
  }
  if (!chosen) return {std::nullopt, phrase(messages::kNoSuchSheet, sheet_name), phrase(messages::kSheetsAre, names)};
  auto path = sheet_path(archive, chosen->relation);
  auto document = path ? archive.read(*path) : std::nullopt;
  Sheet sheet{file, chosen->name, {}};
  if (!document || !read_cells(*document, shared_strings(archive), sheet))
    return failed(messages::kBrokenXlsx, messages::kOpenAndSaveAgain);
  return {std::move(sheet), {}, {}};
}

}  // namespace plancheck
