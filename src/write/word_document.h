#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "messages/message.h"

namespace plancheck {

// What pandoc needs to turn a briefing into Word.
struct WordRequest {
  std::string markdown;        // the rendered template (GitHub Markdown)
  std::string language_tag;    // the document's language, "zh-CN" or "en-US"
  std::string work_folder;     // a folder to keep the intermediate files in, briefly (the output's)
  std::vector<std::string> search_path;  // the folders of PATH, where pandoc is looked for
};

// Why no Word file came out.
struct WordFailure {
  Text message;
  Text hint;
};

// The bytes of a .docx made by pandoc from `request.markdown`, with the reference document and
// the filter compiled into plancheck (templates/reference.docx, templates/word.lua); or why not.
// Nothing is left in the work folder either way.
std::variant<std::string, WordFailure> make_word_document(const WordRequest& request);

// The folders named by a PATH value, in order (an empty entry is the current folder).
std::vector<std::string> split_search_path(const std::string& path);

}  // namespace plancheck
