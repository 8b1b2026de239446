#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/template.h"

namespace plancheck {

// Reads the template at `path` and its partials ({{> name}}: files in the template's folder
// named name, name.mustache or name.md.mustache) into memory, reporting syntax errors and
// unknown partials at TEMPLATE:LINE. A partial is named (never a path), found in the template's
// folder (never through a link out of it), nests at most 16 deep, and the template with its
// partials written out is at most 8 MB; an unknown one is a warning (in `loaded.warnings`) and
// renders as nothing.
std::optional<Diagnostic> load_template(const std::string& path, Template& loaded);
// The same for template text in memory; partials are read from `folder`.
std::optional<Diagnostic> load_template_text(const std::string& text, const std::string& name,
                                             const std::string& folder, Template& loaded);

// A warning at the line that first includes each partial whose name is one of the data's
// `fields`: the partial takes the field's place, so {{field}} would no longer find it.
Diagnostics partials_shadowing(const Template& loaded, const std::vector<std::string>& fields);

}  // namespace plancheck
