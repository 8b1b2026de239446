#include "read/template_files.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "read/read_messages.h"
#include "read/source_text.h"

namespace plancheck {

namespace {

namespace fs = std::filesystem;
using kainjow::mustache::mustache;

constexpr int kMaxPartialDepth = 16;

int line_at(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
}

// A problem at `line` of `file`, whose text is `text`.
Diagnostic template_error(std::string_view text, const std::string& file, int line, Text message, Text hint = {}) {
  return Diagnostic{Severity::error, file, line, 0, std::move(message), std::move(hint), std::string(line_of(text, line))};
}

// kainjow reports problems as "... at OFFSET"; turn the offset into a line of `file`.
std::optional<Diagnostic> check_syntax(const std::string& text, const std::string& file) {
  mustache view{text};
  if (view.is_valid()) return std::nullopt;
  std::string message = view.error_message();
  int line = 0;
  std::size_t at = message.rfind(" at ");
  std::size_t offset = 0;
  if (at != std::string::npos) {
    const char* digits = message.data() + at + 4;
    auto [end, problem] = std::from_chars(digits, message.data() + message.size(), offset);
    if (problem == std::errc{} && end == message.data() + message.size() && end != digits) {
      line = line_at(text, offset);
      message.resize(at);
    }
  }
  return template_error(text, file, line, phrase(messages::kTemplateError, message), phrase(messages::kMatchSections));
}

// One Mustache tag: its sigil ('#', '^', '/', '>', '&', '{', '!', '='; 0 for a plain variable),
// the name in it and where it starts.
struct Tag {
  char kind = 0;
  std::string_view name;
  std::size_t offset = 0;
};

std::string_view trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The tags of a template in order, following set-delimiter tags ({{=<% %>=}}). A hand-written
// scanner: std::regex recurses once per character matched and overflows the stack on a long tag.
std::vector<Tag> scan_tags(std::string_view text) {
  std::string open = "{{", close = "}}";
  std::vector<Tag> tags;
  for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
    std::size_t start = at + open.size();
    bool triple = open == "{{" && start < text.size() && text[start] == '{';
    std::string closing = triple ? "}}}" : close;
    std::size_t end = text.find(closing, start);
    if (end == std::string_view::npos) break;
    std::string_view content = trimmed(text.substr(start, end - start));
    Tag tag{0, content, at};
    if (!content.empty() && std::string_view("#^/>&{!=").find(content[0]) != std::string_view::npos) {
      tag.kind = content[0];
      tag.name = trimmed(content.substr(1));
    }
    if (tag.kind == '=' && tag.name.ends_with('=')) {  // {{=<% %>=}}: the new delimiters
      std::string_view delimiters = trimmed(tag.name.substr(0, tag.name.size() - 1));
      std::size_t space = delimiters.find_first_of(" \t");
      if (space == std::string_view::npos) break;  // kainjow reports it
      open = std::string(delimiters.substr(0, space));
      close = std::string(trimmed(delimiters.substr(space)));
    }
    tags.push_back(tag);
    at = end + closing.size();
  }
  return tags;
}

// Sections nested deeper than this are refused before the Mustache library sees them: it parses,
// renders and frees nested sections recursively (and in quadratic time), so some thousands of
// levels overflow the stack. Real templates nest a handful.
constexpr int kMaxSectionDepth = 32;

std::optional<Diagnostic> check_depth(const std::string& text, const std::string& file) {
  int depth = 0;
  for (const Tag& tag : scan_tags(text)) {
    if (tag.kind == '/') depth = std::max(0, depth - 1);
    if (tag.kind != '#' && tag.kind != '^') continue;
    if (++depth > kMaxSectionDepth)
      return template_error(text, file, line_at(text, tag.offset),
                            phrase(messages::kSectionsTooDeep.message, kMaxSectionDepth),
                            phrase(messages::kSectionsTooDeep.hint));
  }
  return std::nullopt;
}

// The first part of every name the templates use ({{a.b}}, {{#a}}, {{^a}}, {{&a}}, {{{a}}}).
std::set<std::string> names_used(const std::string& text, const std::map<std::string, std::string>& partials) {
  std::set<std::string> names;
  auto scan = [&](const std::string& source) {
    for (const Tag& tag : scan_tags(source)) {
      if (tag.kind == '>' || tag.kind == '!' || tag.kind == '=') continue;
      std::string_view name = tag.name.substr(0, tag.name.find_first_of(". \t\r\n}"));
      if (!name.empty()) names.emplace(name);
    }
  };
  scan(text);
  for (const auto& [name, partial] : partials) scan(partial);
  return names;
}

// Loads every partial that `text` (from `file`) uses, recursively, into `partials`.
// `including` holds the partials whose text is being scanned, to catch one that includes itself
// (which would make rendering recurse forever).
std::optional<Diagnostic> load_partials(const std::string& text, const std::string& file, const fs::path& folder,
                                        Template& loaded, std::vector<std::string>& including) {
  std::map<std::string, std::string>& partials = loaded.partials;
  for (const Tag& tag : scan_tags(text)) {
    if (tag.kind != '>' || tag.name.empty()) continue;
    std::string name(tag.name.substr(0, tag.name.find_first_of(" \t\r\n")));
    int line = line_at(text, tag.offset);
    if (std::find(including.begin(), including.end(), name) != including.end())
      return template_error(text, file, line, phrase(messages::kPartialIncludesItself.message, name),
                            phrase(messages::kPartialIncludesItself.hint));
    if (partials.count(name)) continue;
    if (static_cast<int>(including.size()) >= kMaxPartialDepth)
      return template_error(text, file, line, phrase(messages::kPartialsTooDeep, kMaxPartialDepth, name));
    std::optional<fs::path> found;
    std::error_code unusable;  // a name too long for a file name, say: no such partial
    for (const auto& candidate : {name, name + ".mustache", name + ".md.mustache"})
      if (fs::is_regular_file(folder / candidate, unusable)) {
        found = folder / candidate;
        break;
      }
    if (!found)
      return template_error(text, file, line, phrase(messages::kUnknownPartial.message, name),
                            phrase(messages::kUnknownPartial.hint, name, folder.string()));
    SourceText source = read_source(found->string());
    if (source.problem) return source.problem;
    partials[name] = source.text;
    loaded.files.push_back(found->string());
    if (auto error = check_depth(source.text, found->string())) return error;
    if (auto error = check_syntax(source.text, found->string())) return error;
    including.push_back(name);
    if (auto error = load_partials(source.text, found->string(), folder, loaded, including)) return error;
    including.pop_back();
  }
  return std::nullopt;
}

}  // namespace

std::optional<Diagnostic> load_template_text(const std::string& text, const std::string& name,
                                             const std::string& folder, Template& loaded) {
  loaded = Template{};
  loaded.name = name;
  loaded.text = text;
  if (auto error = check_depth(text, name)) return error;
  if (auto error = check_syntax(text, name)) return error;
  std::vector<std::string> including;
  if (auto error = load_partials(text, name, folder, loaded, including)) return error;
  loaded.names = names_used(text, loaded.partials);
  return std::nullopt;
}

std::optional<Diagnostic> load_template(const std::string& path, Template& loaded) {
  SourceText source = read_source(path);
  if (source.problem) return source.problem;
  fs::path folder = fs::path(path).parent_path();
  auto error = load_template_text(source.text, path, folder.empty() ? "." : folder.string(), loaded);
  loaded.files.insert(loaded.files.begin(), path);
  return error;
}


}  // namespace plancheck
