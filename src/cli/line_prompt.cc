#include "cli/line_prompt.h"

#include <langinfo.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <editline/readline.h>

namespace plancheck {

namespace {

// What Tab completes from, for the question being asked: libedit's callbacks take no context.
const std::vector<std::string>* current_choices = nullptr;

char* next_choice(const char* text, int state) {
  static std::size_t next = 0;
  if (state == 0) next = 0;
  std::size_t length = std::strlen(text);
  while (current_choices && next < current_choices->size()) {
    const std::string& choice = (*current_choices)[next++];
    if (choice.compare(0, length, text) == 0) return strdup(choice.c_str());
  }
  return nullptr;
}

char** complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // only the choices, never libedit's file names
  return rl_completion_matches(text, next_choice);
}

}  // namespace

LinePrompt::LinePrompt() {
  // Chinese is typed as UTF-8: libedit needs a UTF-8 character type to edit it by character.
  if (!std::setlocale(LC_CTYPE, "")) std::setlocale(LC_CTYPE, "C.UTF-8");
  if (std::string_view(nl_langinfo(CODESET)) != "UTF-8") std::setlocale(LC_CTYPE, "C.UTF-8");
  rl_attempted_completion_function = complete;
  rl_basic_word_break_characters = const_cast<char*>(" ,");
  using_history();
}

LinePrompt::~LinePrompt() {
  clear_history();
  current_choices = nullptr;
}

std::optional<std::string> LinePrompt::ask(const std::string& question, const std::vector<std::string>& choices) {
  current_choices = &choices;
  std::fflush(stdout);
  char* line = readline(question.c_str());
  current_choices = nullptr;
  if (!line) return std::nullopt;
  std::string answer = line;
  std::free(line);
  // Tab completion ends a completed word with a space: it is not part of the answer.
  std::size_t first = answer.find_first_not_of(" \t");
  answer = first == std::string::npos ? "" : answer.substr(first, answer.find_last_not_of(" \t") - first + 1);
  if (!answer.empty()) add_history(answer.c_str());
  return answer;
}

}  // namespace plancheck
