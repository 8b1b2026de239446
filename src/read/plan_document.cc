#include "read/plan_document.h"

#include <fcntl.h>
#include <iconv.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utf8proc.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include "messages/system_reason.h"
#include "read/document_messages.h"
#include "read/read_messages.h"
#include "read/source_text.h"
#include "read/text_pattern.h"

extern char** environ;

namespace plancheck {

namespace {

namespace fs = std::filesystem;

// Markdown markup that is not part of the plan's words, removed line by line.
constexpr std::pair<std::string_view, std::string_view> kMarkdownMarkup[] = {
    {"^\\s*#{1,6}\\s*", ""},   {"^\\s*>\\s?", ""},  {"^\\s*[-*+]\\s+", ""},
    {"\\*\\*|__", ""},        {"\\\\(?=[[:punct:]])", ""},
};
// Characters that are no part of a document's words (controls, byte-order marks, line and
// paragraph separators) and would not survive in YAML as they are: left out; tabs are spaces.
constexpr std::string_view kNotWords = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x{85}\\x{2028}\\x{2029}\\x{FEFF}\\x{FFFE}\\x{FFFF}\\r]";
constexpr std::string_view kEdges = "^[\\s\\x{3000}]+|[\\s\\x{3000}]+$";

std::string lowercase_extension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return extension;
}

std::optional<std::string> read_bytes(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return bytes.str();
}

// Where the text stops being UTF-8, in bytes; npos when all of it is.
std::size_t first_invalid_byte(const std::string& bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    utf8proc_int32_t character = 0;
    auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + at),
                                   static_cast<utf8proc_ssize_t>(bytes.size() - at), &character);
    if (length <= 0) return at;
    at += static_cast<std::size_t>(length);
  }
  return std::string::npos;
}

std::optional<std::string> from_gbk(const std::string& bytes) {
  iconv_t converter = iconv_open("UTF-8", "GBK");
  if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size(), out_left = out.size();
  char* written = out.data();
  std::size_t result = iconv(converter, &in, &in_left, &written, &out_left);
  iconv_close(converter);
  if (result == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

Diagnostic problem_at(const std::string& path, const std::string& bytes, std::size_t at, Text message, Text hint) {
  std::size_t line_start = bytes.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(at), '\n'));
  int column = 1;  // in characters: the line is valid UTF-8 up to `at`
  for (std::size_t i = line_start; i < at; ++i) column += (static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80;
  std::string source = bytes.substr(line_start, at - line_start);
  return Diagnostic{Severity::error, path, line, column, std::move(message), std::move(hint), source};
}

// Runs pandoc on the .docx and returns its plain text, or a problem.
std::variant<std::string, Diagnostic> docx_text(const std::string& path, const std::vector<std::string>& search_path) {
  std::string pandoc;
  for (const auto& folder : search_path) {
    fs::path candidate = fs::path(folder.empty() ? "." : folder) / "pandoc";
    if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) { pandoc = candidate.string(); break; }
  }
  using namespace messages;
  if (pandoc.empty()) return Diagnostic{Severity::error, path, 0, 0, phrase(kDocumentNeedsPandoc), phrase(kInstallPandoc)};
  std::string folder = (fs::temp_directory_path() / "plancheck-draft-XXXXXX").string();
  if (!::mkdtemp(folder.data()))
    return Diagnostic{Severity::error, path, 0, 0, phrase(kCannotReadDocument, system_reason(errno)), {}};
  std::string text_file = folder + "/text.txt", errors_file = folder + "/errors.txt";
  std::vector<std::string> arguments{pandoc, "--from", "docx", "--to", "plain", "--wrap=none", "-o", text_file, path};
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t child = 0;
  int status = -1;
  if (posix_spawn(&child, pandoc.c_str(), &actions, nullptr, argv.data(), environ) == 0)
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}
  posix_spawn_file_actions_destroy(&actions);
  auto text = read_bytes(text_file);
  std::string errors = read_bytes(errors_file).value_or("");
  std::error_code ignored;
  fs::remove_all(folder, ignored);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && text) return *text;
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
  return Diagnostic{Severity::error, path, 0, 0, phrase(kPandocCouldNotRead, errors), phrase(kIsItWord)};
}

PlanDocument paragraphs_of(const std::string& text, bool markdown) {
  static const TextPattern edges(kEdges), heading("^\\s*#\\s+"), not_words(kNotWords), tab("\\t");
  static const auto markup = [] {
    std::vector<std::pair<TextPattern, std::string_view>> compiled;
    for (const auto& [pattern, replacement] : kMarkdownMarkup) compiled.emplace_back(TextPattern(pattern), replacement);
    return compiled;
  }();
  PlanDocument document;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    line = replaced(replaced(line, not_words, ""), tab, " ");
    bool is_heading = markdown && heading.find(line).has_value();
    if (markdown)
      for (const auto& [pattern, replacement] : markup) line = replaced(line, pattern, replacement);
    line = replaced(line, edges, "");
    if (line.empty()) continue;
    if (is_heading && document.title.empty() && document.paragraphs.empty())
      document.title = line;
    else
      document.paragraphs.push_back(line);
  }
  return document;
}

}  // namespace

PlanDocument document_from_text(const std::string& text, bool markdown) { return paragraphs_of(text, markdown); }

std::optional<std::string> decoded_text(const std::string& bytes, std::string& encoding) {
  std::string_view text = bytes;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (first_invalid_byte(std::string(text)) == std::string::npos) {
    encoding = "UTF-8";
    return std::string(text);
  }
  encoding = "GBK";
  return from_gbk(bytes);
}

DocumentRead read_plan_document(const std::string& path, const std::vector<std::string>& search_path) {
  using namespace messages;
  std::string extension = lowercase_extension(path);
  std::string text, encoding = "UTF-8";
  if (extension == ".docx") {
    auto converted = docx_text(path, search_path);
    if (auto* problem = std::get_if<Diagnostic>(&converted)) return {std::nullopt, *problem};
    text = std::get<std::string>(converted);
  } else {
    std::error_code error;
    if (fs::is_directory(path, error))
      return {std::nullopt, {Severity::error, path, 0, 0, phrase(kIsFolder.message), {}}};
    if (auto size = fs::file_size(path, error); !error && size > kMaxFileBytes)
      return {std::nullopt, {Severity::error, path, 0, 0, phrase(kFileTooBig.message, (size + (1 << 20) - 1) >> 20, kMaxFileBytes >> 20), {}}};
    auto bytes = read_bytes(path);
    if (!bytes) return {std::nullopt, {Severity::error, path, 0, 0, phrase(kCannotReadDocument, system_reason(errno)), {}}};
    auto decoded = decoded_text(*bytes, encoding);
    if (!decoded)
      return {std::nullopt, problem_at(path, *bytes, first_invalid_byte(*bytes), phrase(kNeitherUtf8NorGbk), phrase(kSaveAsUtf8))};
    text = std::move(*decoded);
  }
  PlanDocument document = paragraphs_of(text, extension == ".md" || extension == ".markdown");
  document.encoding = encoding;
  if (document.paragraphs.empty()) return {std::nullopt, {Severity::error, path, 0, 0, phrase(kDocumentIsEmpty), {}}};
  return {std::move(document), {}};
}

}  // namespace plancheck
