#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace plancheck {

// A Mustache template with the partials it uses, read and checked (read/template_files.h), ready
// to render (present/template.h).
struct Template {
  std::string name;  // its file, for diagnostics
  std::string text;
  std::map<std::string, std::string> partials;
  // The files read: the template's (when it has one) and each partial's.
  std::vector<std::string> files;
  // The first part of every name the template and its partials use ({{a.b}} → a): the only
  // top-level fields of a context it can ever look up.
  std::set<std::string> names;
  // Where each partial is first included, for a warning about it at the template's line.
  std::map<std::string, Diagnostic> partial_places;
  // Found while reading (an unknown partial, which renders as nothing): shown, not refused.
  Diagnostics warnings;
};

}  // namespace plancheck
