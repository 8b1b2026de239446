#include "read/template_files.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
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

// A partial is named, never given as a path: {{> ../x}}, {{> /etc/hostname}} and {{> a/b}} are refused.
bool is_plain_name(std::string_view name) {
  return !name.empty() && name != "." && name != ".." && name.find_first_of(std::string_view("/\\\0", 3)) == std::string_view::npos;
}

// Whether `file`, its links resolved, is inside `folder` (resolved too).
bool inside(const fs::path& file, const fs::path& folder) {
  std::error_code error;
  fs::path resolved_folder = fs::canonical(folder, error);
  if (error) return false;
  fs::path resolved = fs::canonical(file, error);
  if (error) return false;
  fs::path relative = resolved.lexically_relative(resolved_folder);
  return !relative.empty() && *relative.begin() != ".." && !relative.is_absolute();
}

// The file of partial `name` in `folder`: name, name.mustache or name.md.mustache.
std::optional<fs::path> partial_file(const std::string& name, const fs::path& folder) {
  std::error_code unusable;  // a name too long for a file name, say: no such partial
  for (const auto& candidate : {name, name + ".mustache", name + ".md.mustache"})
    if (fs::is_regular_file(folder / candidate, unusable)) return folder / candidate;
  return std::nullopt;
}

std::string partial_name(const Tag& tag) { return std::string(tag.name.substr(0, tag.name.find_first_of(" \t\r\n"))); }

// What reading the partials of a template keeps track of.
struct PartialLoading {
  fs::path folder;
  Template& loaded;
  // The partials whose text is being scanned, to catch one that includes itself (which would
  // make rendering recurse forever).
  std::vector<std::string> including;
  std::set<std::string> unknown;  // warned about once each
};

std::optional<Diagnostic> load_partials(const std::string& text, const std::string& file, PartialLoading& loading);

// Reads partial `name`, included at `line` of `file` (whose text is `text`), and the partials it uses.
std::optional<Diagnostic> load_partial(const std::string& name, const std::string& text, const std::string& file,
                                       int line, PartialLoading& loading) {
  using namespace messages;
  Template& loaded = loading.loaded;
  std::string folder = loading.folder.string();
  if (!is_plain_name(name))
    return template_error(text, file, line, phrase(kPartialNotAName.message, name), phrase(kPartialNotAName.hint, folder));
  if (std::find(loading.including.begin(), loading.including.end(), name) != loading.including.end())
    return template_error(text, file, line, phrase(kPartialIncludesItself.message, name),
                          phrase(kPartialIncludesItself.hint));
  if (!loaded.partial_places.count(name)) loaded.partial_places.emplace(name, template_error(text, file, line, {}));
  if (loaded.partials.count(name) || loading.unknown.count(name)) return std::nullopt;
  if (static_cast<int>(loading.including.size()) >= kMaxPartialDepth)
    return template_error(text, file, line, phrase(kPartialsTooDeep.message, kMaxPartialDepth, name),
                          phrase(kPartialsTooDeep.hint));
  std::optional<fs::path> found = partial_file(name, loading.folder);
  if (!found) {
    loading.unknown.insert(name);
    Diagnostic warning = template_error(text, file, line, phrase(kUnknownPartial.message, name),
                                        phrase(kUnknownPartial.hint, name, folder));
    warning.severity = Severity::warning;
    loaded.warnings.push_back(std::move(warning));
    return std::nullopt;
  }
  if (!inside(*found, loading.folder)) {
    std::error_code unused;
    return template_error(text, file, line,
                          phrase(kPartialOutsideFolder.message, name, fs::weakly_canonical(*found, unused).string()),
                          phrase(kPartialOutsideFolder.hint, folder));
  }
  SourceText source = read_source(found->string());
  if (source.problem) return source.problem;
  loaded.partials[name] = source.text;
  loaded.files.push_back(found->string());
  if (auto error = check_depth(source.text, found->string())) return error;
  if (auto error = check_syntax(source.text, found->string())) return error;
  loading.including.push_back(name);
  if (auto error = load_partials(source.text, found->string(), loading)) return error;
  loading.including.pop_back();
  return std::nullopt;
}

// Loads every partial that `text` (from `file`) uses, recursively, into the template.
std::optional<Diagnostic> load_partials(const std::string& text, const std::string& file, PartialLoading& loading) {
  // Lines are counted on from tag to tag: a template of 100,000 inclusions is read at once.
  std::size_t counted = 0;
  int line = 1;
  for (const Tag& tag : scan_tags(text)) {
    if (tag.kind != '>' || tag.name.empty()) continue;
    line += static_cast<int>(std::count(text.begin() + static_cast<long>(counted), text.begin() + static_cast<long>(tag.offset), '\n'));
    counted = tag.offset;
    if (auto error = load_partial(partial_name(tag), text, file, line, loading)) return error;
  }
  return std::nullopt;
}

// A template is refused when its partials, written out where they are included, would make it
// larger than this: sixteen partials that each include the next ten times would never finish
// rendering. Real templates are some kilobytes.
constexpr std::size_t kMaxExpandedMegabytes = 8;
constexpr std::size_t kMaxExpandedBytes = kMaxExpandedMegabytes * 1000 * 1000;

std::size_t expanded_size(const std::string& text, const Template& loaded, std::map<std::string, std::size_t>& sizes);

// The size of partial `name` written out, 0 for an unknown one; `sizes` keeps each partial's.
std::size_t partial_size(const std::string& name, const Template& loaded, std::map<std::string, std::size_t>& sizes) {
  auto partial = loaded.partials.find(name);
  if (partial == loaded.partials.end()) return 0;
  auto known = sizes.find(name);
  if (known == sizes.end()) known = sizes.emplace(name, expanded_size(partial->second, loaded, sizes)).first;
  return known->second;
}

// The size of `text` with its partials written out, counted up to just past the limit.
std::size_t expanded_size(const std::string& text, const Template& loaded, std::map<std::string, std::size_t>& sizes) {
  std::size_t total = std::min(text.size(), kMaxExpandedBytes + 1);
  for (const Tag& tag : scan_tags(text))
    if (tag.kind == '>') total = std::min(total + partial_size(partial_name(tag), loaded, sizes), kMaxExpandedBytes + 1);
  return total;
}

// The template's own text, the partials written out: refused at the first inclusion past the limit.
std::optional<Diagnostic> check_expanded_size(const std::string& text, const std::string& file, const Template& loaded) {
  std::map<std::string, std::size_t> sizes;
  std::size_t total = text.size();
  for (const Tag& tag : scan_tags(text)) {
    if (tag.kind != '>') continue;
    std::string name = partial_name(tag);
    total = std::min(total + partial_size(name, loaded, sizes), kMaxExpandedBytes + 1);
    if (total > kMaxExpandedBytes)
      return template_error(text, file, line_at(text, tag.offset),
                            phrase(messages::kTemplateTooLarge.message, static_cast<int>(kMaxExpandedMegabytes), name),
                            phrase(messages::kTemplateTooLarge.hint));
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
  PartialLoading loading{folder, loaded, {}, {}};
  if (auto error = load_partials(text, name, loading)) return error;
  if (auto error = check_expanded_size(text, name, loaded)) return error;
  loaded.names = names_used(text, loaded.partials);
  return std::nullopt;
}

Diagnostics partials_shadowing(const Template& loaded, const std::vector<std::string>& fields) {
  Diagnostics warnings;
  for (const auto& [name, place] : loaded.partial_places) {
    if (!loaded.partials.count(name) || std::find(fields.begin(), fields.end(), name) == fields.end()) continue;
    Diagnostic warning = place;
    warning.severity = Severity::warning;
    warning.message = phrase(messages::kPartialShadowsField.message, name);
    warning.hint = phrase(messages::kPartialShadowsField.hint, name);
    warnings.push_back(std::move(warning));
  }
  return warnings;
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
