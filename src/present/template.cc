#include "present/template.h"

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "read/source_text.h"

namespace plancheck {

namespace {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

constexpr int kMaxPartialDepth = 16;

int line_at(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
}

Diagnostic template_error(const std::string& file, int line, std::string message, std::string hint = {}) {
  return Diagnostic{Severity::error, file, line, 0, std::move(message), std::move(hint)};
}

data to_data(const nlohmann::ordered_json& json) {
  switch (json.type()) {
    // kainjow's set() and push_back() copy their argument, which would copy every subtree once
    // per level; an empty placeholder is copied instead and the real value moved into it.
    case nlohmann::ordered_json::value_t::object: {
      data object{data::type::object};
      for (const auto& [key, value] : json.items()) {
        object.set(key, data{false});
        *const_cast<data*>(object.get(key)) = to_data(value);
      }
      return object;
    }
    case nlohmann::ordered_json::value_t::array: {
      data list{data::type::list};
      for (const auto& value : json) {
        list.push_back(data{false});
        const_cast<data&>(list.list_value().back()) = to_data(value);
      }
      return list;
    }
    case nlohmann::ordered_json::value_t::string: {
      const auto& text = json.get_ref<const std::string&>();
      return text.empty() ? data{false} : data{text};
    }
    case nlohmann::ordered_json::value_t::boolean: return data{json.get<bool>()};
    case nlohmann::ordered_json::value_t::null: return data{false};
    default: return data{json.dump()};
  }
}

// kainjow reports problems as "... at OFFSET"; turn the offset into a line of `file`.
std::optional<Diagnostic> check_syntax(const std::string& text, const std::string& file) {
  mustache view{text};
  if (view.is_valid()) return std::nullopt;
  std::string message = view.error_message();
  static const std::regex at_offset(R"( at (\d+)$)");
  std::smatch match;
  int line = 0;
  if (std::regex_search(message, match, at_offset)) {
    line = line_at(text, std::stoul(match[1]));
    message = match.prefix();
  }
  return template_error(file, line, message, "every {{#name}} and {{^name}} needs a matching {{/name}}");
}

// The first part of every name the templates use ({{a.b}}, {{#a}}, {{^a}}, {{&a}}, {{{a}}}).
std::set<std::string> names_used(const std::string& text, const std::map<std::string, std::string>& partials) {
  static const std::regex tag(R"(\{\{\{?\s*[#^/&]?\s*([^}.\s!>=]+))");
  std::set<std::string> names;
  auto scan = [&](const std::string& source) {
    for (std::sregex_iterator it(source.begin(), source.end(), tag), end; it != end; ++it) names.insert((*it)[1]);
  };
  scan(text);
  for (const auto& [name, partial] : partials) scan(partial);
  return names;
}

}  // namespace

std::string collapse_blank_lines(std::string_view text) {
  std::string out;
  bool in_fence = false;
  int blank_run = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? text.size() : end + 1;
    if (line.starts_with("```")) in_fence = !in_fence;
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    blank_run = blank ? blank_run + 1 : 0;
    if (blank && !in_fence && (blank_run > 1 || out.empty())) continue;
    out.append(line);
    out += '\n';
  }
  while (out.size() >= 2 && out.ends_with("\n\n")) out.pop_back();
  return out;
}

namespace {

// Loads every partial that `text` (from `file`) uses, recursively, into `partials`.
// `including` holds the partials whose text is being scanned, to catch one that includes itself
// (which would make rendering recurse forever).
std::optional<Diagnostic> load_partials(const std::string& text, const std::string& file, const fs::path& folder,
                                        std::map<std::string, std::string>& partials,
                                        std::vector<std::string>& including) {
  static const std::regex partial_tag(R"(\{\{\s*>\s*([^}\s]+)\s*\}\})");
  for (std::sregex_iterator it(text.begin(), text.end(), partial_tag), end; it != end; ++it) {
    std::string name = (*it)[1];
    int line = line_at(text, static_cast<std::size_t>(it->position()));
    if (std::find(including.begin(), including.end(), name) != including.end())
      return template_error(file, line, fmt::format("partial '{}' includes itself", name),
                            "a partial may not include itself, directly or through other partials");
    if (partials.count(name)) continue;
    if (static_cast<int>(including.size()) >= kMaxPartialDepth)
      return template_error(file, line, fmt::format("partials nest deeper than {} levels at '{}'", kMaxPartialDepth, name));
    std::optional<fs::path> found;
    for (const auto& candidate : {name, name + ".mustache", name + ".md.mustache"})
      if (fs::is_regular_file(folder / candidate)) {
        found = folder / candidate;
        break;
      }
    if (!found)
      return template_error(file, line, fmt::format("unknown partial '{}'", name),
                            fmt::format("put {0}.mustache next to the template ({1})", name, folder.string()));
    SourceText source = read_source(found->string());
    if (source.problem) return source.problem;
    partials[name] = source.text;
    if (auto error = check_syntax(source.text, found->string())) return error;
    including.push_back(name);
    if (auto error = load_partials(source.text, found->string(), folder, partials, including)) return error;
    including.pop_back();
  }
  return std::nullopt;
}

}  // namespace

std::optional<Diagnostic> load_template_text(const std::string& text, const std::string& name,
                                             const std::string& folder, Template& loaded) {
  loaded = Template{name, text, {}, {}};
  if (auto error = check_syntax(text, name)) return error;
  std::vector<std::string> including;
  if (auto error = load_partials(text, name, folder, loaded.partials, including)) return error;
  loaded.names = names_used(text, loaded.partials);
  return std::nullopt;
}

std::optional<Diagnostic> load_template(const std::string& path, Template& loaded) {
  SourceText source = read_source(path);
  if (source.problem) return source.problem;
  fs::path folder = fs::path(path).parent_path();
  return load_template_text(source.text, path, folder.empty() ? "." : folder.string(), loaded);
}

RenderedTemplate render_template(const Template& loaded, const nlohmann::ordered_json& context) {
  // Only the fields the template names are converted for the Mustache library.
  nlohmann::ordered_json used = nlohmann::ordered_json::object();
  for (const auto& [key, value] : context.items())
    if (loaded.names.count(key)) used[key] = value;
  data root = to_data(used);
  for (const auto& [partial_name, partial_text] : loaded.partials)
    root.set(partial_name, kainjow::mustache::partial{[text = partial_text] { return text; }});
  mustache view{loaded.text};
  view.set_custom_escape([](const std::string& s) { return s; });
  RenderedTemplate rendered;
  // kainjow 4.1 leaves a blank line where a false section stood on lines of its own.
  rendered.text = collapse_blank_lines(view.render(root));
  if (!view.error_message().empty()) {
    rendered.error = template_error(loaded.name, 0, view.error_message());
    rendered.text.clear();
  }
  return rendered;
}

RenderedTemplate render_template_text(const std::string& text, const std::string& name, const std::string& folder,
                                      const nlohmann::ordered_json& context) {
  Template loaded;
  if (auto error = load_template_text(text, name, folder, loaded)) return RenderedTemplate{"", error};
  return render_template(loaded, context);
}

}  // namespace plancheck
