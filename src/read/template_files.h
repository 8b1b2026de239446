#pragma once

#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "model/template.h"

namespace plancheck {

// Reads the template at `path` and its partials ({{> name}}: files in the template's folder
// named name, name.mustache or name.md.mustache) into memory, reporting syntax errors and
// unknown partials at TEMPLATE:LINE.
std::optional<Diagnostic> load_template(const std::string& path, Template& loaded);
// The same for template text in memory; partials are read from `folder`.
std::optional<Diagnostic> load_template_text(const std::string& text, const std::string& name,
                                             const std::string& folder, Template& loaded);

}  // namespace plancheck
