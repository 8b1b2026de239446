#pragma once

#include <nlohmann/json.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "model/diagnostic.h"

namespace plancheck {

// A template with the partials it uses, loaded and checked, ready to render.
struct Template {
  std::string name;  // its file, for diagnostics
  std::string text;
  std::map<std::string, std::string> partials;
  // The first part of every name the template and its partials use ({{a.b}} → a): the only
  // top-level fields of a context it can ever look up.
  std::set<std::string> names;
};

// Loads the template at `path` and its partials ({{> name}}: files in the template's folder
// named name, name.mustache or name.md.mustache), reporting syntax errors and unknown partials at
// TEMPLATE:LINE.
std::optional<Diagnostic> load_template(const std::string& path, Template& loaded);
// The same for template text in memory; partials are looked up in `folder`.
std::optional<Diagnostic> load_template_text(const std::string& text, const std::string& name,
                                             const std::string& folder, Template& loaded);

struct RenderedTemplate {
  std::string text;
  std::optional<Diagnostic> error;  // at TEMPLATE:LINE; when set, `text` is empty
};

// Renders a loaded template with `context`, without HTML escaping (the output is Markdown).
// Empty text and null count as false in sections.
RenderedTemplate render_template(const Template& loaded, const nlohmann::ordered_json& context);

// Loads and renders in one step.
RenderedTemplate render_template_text(const std::string& text, const std::string& name, const std::string& folder,
                                      const nlohmann::ordered_json& context);

// Runs of blank lines become one (outside ``` fences), with no blank lines at the start or end.
// Markdown reads them the same; it hides a quirk of the Mustache library.
std::string collapse_blank_lines(std::string_view text);

}  // namespace plancheck
