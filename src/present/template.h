#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"

namespace plancheck {

struct RenderedTemplate {
  std::string text;
  std::optional<Diagnostic> error;  // at TEMPLATE:LINE; when set, `text` is empty
};

// Renders the Mustache template at `path` with `context`, without HTML escaping (the output is
// Markdown). Partials ({{> name}}) are files in the template's folder: name, name.mustache or
// name.md.mustache. Empty text and null count as false in sections.
RenderedTemplate render_template(const std::string& path, const nlohmann::ordered_json& context);

// The same for template text in memory; partials are looked up in `folder`.
RenderedTemplate render_template_text(const std::string& text, const std::string& name, const std::string& folder,
                                      const nlohmann::ordered_json& context);

// Runs of blank lines become one (outside ``` fences), with no blank lines at the start or end.
// Markdown reads them the same; it hides a quirk of the Mustache library.
std::string collapse_blank_lines(std::string_view text);

}  // namespace plancheck
