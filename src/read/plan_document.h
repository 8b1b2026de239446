#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace plancheck {

// A plan document (工作要点) as text: its paragraphs, one line each.
struct PlanDocument {
  std::string title;                    // a Markdown document's first heading (# …), else empty
  std::vector<std::string> paragraphs;  // trimmed, without Markdown markup, empty lines left out
  std::string encoding;                 // what the text was in: UTF-8 or GBK (a .docx: UTF-8)
};

struct DocumentRead {
  std::optional<PlanDocument> document;
  Diagnostic problem;  // when there is no document
};

// Reads `path`: a .docx through pandoc (looked for in `search_path`), a .md as Markdown, anything
// else as plain text. Text files are UTF-8 (a byte-order mark is skipped) or else GBK; neither is
// an error at the first byte that cannot be read.
DocumentRead read_plan_document(const std::string& path, const std::vector<std::string>& search_path);

// The paragraphs of `text` (UTF-8), read as Markdown when `markdown` is set.
PlanDocument document_from_text(const std::string& text, bool markdown);

// `bytes` as UTF-8: as they are when they are valid UTF-8 (without a byte-order mark), else
// converted from GBK; nothing when they are neither. `encoding` says which it was.
std::optional<std::string> decoded_text(const std::string& bytes, std::string& encoding);

}  // namespace plancheck
