#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"
#include "model/template.h"

namespace plancheck {

struct RenderedTemplate {
  std::string text;
  std::optional<Diagnostic> error;  // at TEMPLATE:LINE; when set, `text` is empty
};

// How {{name}} inserts a value: as it is (Markdown), or with & < > " ' as entities (HTML).
enum class Escaping { none, html };

// Renders a template read by read/template_files.h with `context`, by default without HTML escaping
// (the output is Markdown). Empty text and null count as false in sections.
RenderedTemplate render_template(const Template& loaded, const nlohmann::ordered_json& context,
                                 Escaping escaping = Escaping::none);

// Runs of blank lines become one (outside ``` fences), with no blank lines at the start or end.
// Markdown reads them the same; it hides a quirk of the Mustache library.
std::string collapse_blank_lines(std::string_view text);

}  // namespace plancheck
