#include "cli/help_formatter.h"

#include <algorithm>

#include "cli/command_line_messages.h"
#include "present/text_width.h"
#include "present/text_wrap.h"

namespace plancheck {

namespace {

// The narrowest the description column is allowed to get, so that narrow terminals still read.
constexpr int kNarrowestDescription = 20;
constexpr int kWidestNameColumn = 30;

std::string joined(const std::vector<std::string>& lines, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? "" : separator) + lines[i];
  return out;
}

}  // namespace

HelpFormatter::HelpFormatter(int width, Language language)
    : width_(width), description_column_(std::clamp(width - kNarrowestDescription, 10, kWidestNameColumn)) {
  using namespace messages;
  label("Usage", say(language, kUsageLabel));
  label("OPTIONS", say(language, kOptionsLabel));
  label("SUBCOMMAND", say(language, kCommandLabel));
  label("SUBCOMMANDS", say(language, kCommandLabel));
  label("Positionals", say(language, kPositionalsLabel));
  label("REQUIRED", say(language, kRequiredLabel));
  column_width(static_cast<std::size_t>(description_column_));
  if (language == Language::zh)
    for (const auto* heading : {&kUsageLabel, &kOptionsGroup, &kCommandsGroup, &kPositionalsLabel})
      headings_.push_back(say(language, *heading));
}

// CLI11's help, its headings' ':' made Chinese ("选项：") where the words are.
std::string HelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
  std::string help = CLI::Formatter::make_help(app, std::move(name), mode);
  for (const std::string& heading : headings_) {
    for (const std::string& ending : {std::string(":\n"), std::string(": ")}) {
      std::string written = heading + ending;
      for (std::size_t at = help.find(written); at != std::string::npos; at = help.find(written, at + 1))
        if (at == 0 || help[at - 1] == '\n') help.replace(at, written.size(), heading + (ending == ": " ? "：" : "：\n"));
    }
  }
  return help;
}

// An indented line is a command: broken only at spaces, with a shell's " \\" so that it can still
// be copied whole, its continuation lines indented further.
std::string HelpFormatter::command_lines(const std::string& line) const {
  std::size_t indent = line.find_first_not_of(' ');
  std::string continuation(indent + 4, ' ');
  std::vector<std::string> lines{""};
  int used = static_cast<int>(indent);
  for (std::size_t start = indent; start < line.size();) {
    std::size_t end = std::min(line.find(' ', start), line.size());
    std::string word = line.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    int word_width = display_width(word);
    if (!lines.back().empty() && used + 1 + word_width + 2 > width_) {
      lines.emplace_back();
      used = static_cast<int>(continuation.size());
    }
    if (!lines.back().empty()) lines.back() += ' ', ++used;
    lines.back() += word;
    used += word_width;
  }
  return std::string(indent, ' ') + joined(lines, " \\\n" + continuation);
}

std::string HelpFormatter::paragraphs(const std::string& text) const {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string line = text.substr(start, end - start);
    out += line.starts_with(" ") ? command_lines(line) : joined(wrap_to_width(line, width_), "\n");
    if (end < text.size()) out += "\n";
    start = end + 1;
  }
  return out;
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  const std::string& description = app->get_description();
  return description.empty() ? std::string{} : paragraphs(description) + "\n";
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  const std::string& footer = app->get_footer();
  return footer.empty() ? std::string{} : paragraphs(footer) + "\n";
}

std::string HelpFormatter::make_subcommand(const CLI::App* command) const {
  return row("  " + command->get_name(), command->get_description());
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  return row("  " + make_option_name(option, is_positional) + (is_positional ? "" : make_option_opts(option)),
             make_option_desc(option));
}

// The names as typed (-o,--output), without CLI11's marks for a flag's value (--no-charts{false}).
std::string HelpFormatter::make_option_name(const CLI::Option* option, bool is_positional) const {
  if (is_positional) return option->get_name(true, false);
  std::string names;
  for (const std::string& name : option->get_snames()) names += (names.empty() ? "-" : ",-") + name;
  for (const std::string& name : option->get_lnames()) names += (names.empty() ? "--" : ",--") + name;
  return names;
}

// What follows the names: the choices ({csv,json}) or the value's placeholder (值), as bound, and
// 必填 when required; never CLI11's type names (TEXT) or defaults.
std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
  std::string opts;
  if (!option->get_option_text().empty()) opts = " " + option->get_option_text();
  if (required(option)) opts += " " + get_label("REQUIRED");
  return opts;
}

// A positional in the usage line: PLAN, [PLAN] when it may be left out, WHERE... when repeatable.
std::string HelpFormatter::make_option_usage(const CLI::Option* option) const {
  std::string usage = make_option_name(option, true);
  if (option->get_expected_max() >= CLI::detail::expected_max_vector_size) usage += "...";
  return required(option) ? usage : "[" + usage + "]";
}

std::string HelpFormatter::row(const std::string& name, const std::string& description) const {
  if (description.empty()) return name + "\n";
  std::string indent(static_cast<std::size_t>(description_column_), ' ');
  // Two spaces at least between a name and its description, else the description starts below.
  bool fits = display_width(name) + 2 <= description_column_;
  std::string out = fits ? pad_right(name, description_column_) : name + "\n" + indent;
  int room = std::max(width_ - description_column_, 1);
  std::size_t start = 0;
  while (start <= description.size()) {
    std::size_t end = std::min(description.find('\n', start), description.size());
    out += joined(wrap_to_width(description.substr(start, end - start), room), "\n" + indent);
    if (end < description.size()) out += "\n" + indent;
    start = end + 1;
  }
  return out + "\n";
}

}  // namespace plancheck
