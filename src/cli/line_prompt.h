#pragma once

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// Asks questions on the terminal, one line each, with line editing, history and Tab completion
// (libedit). Only used when stdin and stdout are a terminal.
class LinePrompt {
 public:
  LinePrompt();
  ~LinePrompt();
  LinePrompt(const LinePrompt&) = delete;
  LinePrompt& operator=(const LinePrompt&) = delete;

  // The answer to `question`, Tab completing the word being typed from `choices`; nothing when the
  // clerk ends the input (Ctrl-D).
  std::optional<std::string> ask(const std::string& question, const std::vector<std::string>& choices = {});
};

}  // namespace plancheck
