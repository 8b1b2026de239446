#include "read/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "read/fast_yaml.h"
#include "read/read_messages.h"
#include "read/yaml_slips.h"

namespace plancheck {

bool YamlNode::is_null() const {
  if (kind != Kind::scalar || !plain || value.size() > 4) return false;
  return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

const YamlNode* YamlNode::find(std::string_view key) const {
  if (kind != Kind::mapping) return nullptr;
  for (std::size_t i = 0; i < pair_count(); ++i)
    if (this->key(i).value == key) return &value_at(i);
  return nullptr;
}

namespace {

bool ends_with_line_break(std::string_view text) {
  return text.ends_with('\n') || text.ends_with('\r') || text.ends_with("\xC2\x85") ||  // NEL
         text.ends_with("\xE2\x80\xA8") || text.ends_with("\xE2\x80\xA9");       // LS, PS
}

// libyaml ends a text that lacks a final line break with a line break of its own, so the end of
// such a file is on a line past its last one: that position is moved to the end of the last line.
SourcePosition position_of(const yaml_mark_t& mark, std::string_view text) {
  SourcePosition at{static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
  // (A character has at most 4 bytes: a mark before a quarter of the bytes is not at the end.)
  if (mark.column != 0 || mark.line == 0 || mark.index < text.size() / 4 || ends_with_line_break(text)) return at;
  auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  if (mark.index < static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_lead))) return at;
  std::size_t last_line = text.find_last_of("\n\r");
  last_line = last_line == std::string_view::npos ? 0 : last_line + 1;
  auto characters = std::count_if(text.begin() + static_cast<long>(last_line), text.end(), is_lead);
  return SourcePosition{at.line - 1, static_cast<int>(characters) + 1};
}

// The text from the `characters`-th character on (libyaml's mark.index counts characters, not bytes).
std::string_view text_from(std::string_view text, std::size_t characters) {
  std::size_t i = 0;
  for (; i < text.size() && characters > 0; --characters) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;  // continuation bytes
  }
  return text.substr(i);
}

// A quoted scalar that runs to the end of the file: it is reported where it starts.
bool is_open_quote(const yaml_parser_t& parser) {
  return parser.problem && parser.context && std::string_view(parser.problem) == "found unexpected end of stream" &&
         std::string_view(parser.context) == "while scanning a quoted scalar";
}

// libyaml gives up on a key still without its ':' 1024 characters on, on the same line.
bool is_long_key(const yaml_parser_t& parser) {
  return parser.problem && std::string_view(parser.problem) == "could not find expected ':'" &&
         parser.context_mark.line == parser.problem_mark.line &&
         parser.problem_mark.index > parser.context_mark.index + 1024;
}

// Where a syntax error is reported: where the problem was found, or where the unclosed quote or
// overlong key starts.
const yaml_mark_t& problem_mark(const yaml_parser_t& parser) {
  return is_open_quote(parser) || is_long_key(parser) ? parser.context_mark : parser.problem_mark;
}

// libyaml's reader refuses a control character (pasted from Word: a vertical tab, a form feed) at
// a byte offset, before any line and column are known.
bool is_control_character(const yaml_parser_t& parser) {
  return parser.error == YAML_READER_ERROR && parser.problem &&
         std::string_view(parser.problem) == "control characters are not allowed";
}

// The line and column (in characters) of the byte at `offset`.
SourcePosition position_at_byte(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::string_view before = text.substr(0, offset);
  std::size_t line_start = before.find_last_of('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  auto column = std::count_if(before.begin() + static_cast<long>(line_start), before.end(), is_lead);
  return {static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1, static_cast<int>(column) + 1};
}

// A syntax error as a diagnostic says it.
struct SyntaxError {
  Text message;
  Text hint;
};

SyntaxError key_too_long() { return {phrase(messages::kKeyTooLong.message), phrase(messages::kKeyTooLong.hint)}; }

// libyaml's own wording, when there is nothing plainer to say.
SyntaxError unexplained(const yaml_parser_t& parser) {
  Text problem = parser.problem ? Text::verbatim(parser.problem) : phrase(messages::kUnknownProblem);
  if (parser.context) return {phrase(messages::kYamlSyntaxErrorWhile, problem, parser.context), {}};
  return {phrase(messages::kYamlSyntaxError, problem), {}};
}

// Turns libyaml's wording into something a plan author can act on.
SyntaxError explain_syntax_error(const yaml_parser_t& parser, std::string_view text) {
  std::string_view problem = parser.problem ? parser.problem : "";
  std::string_view at = text_from(text, parser.problem_mark.index);
  if ((problem.find("cannot start any token") != std::string_view::npos && at.starts_with('\t')) ||
      problem.find("tab character") != std::string_view::npos)
    return {phrase(messages::kTabIndentation.message), phrase(messages::kTabIndentation.hint)};
  if (problem.find("mapping values are not allowed") != std::string_view::npos) {
    // Or the ':' of a key that libyaml stopped taking for one, 1024 characters on.
    std::string_view line = text.substr(0, text.size() - at.size());
    line = line.substr(line.find_last_of('\n') == std::string_view::npos ? 0 : line.find_last_of('\n') + 1);
    if (parser.problem_mark.column > 1024 && line.find(": ") == std::string_view::npos) return key_too_long();
    return {phrase(messages::kUnexpectedColon.message), phrase(messages::kUnexpectedColon.hint)};
  }
  if (problem.find("could not find expected ':'") != std::string_view::npos) {
    if (is_long_key(parser)) return key_too_long();
    return {phrase(messages::kExpectedKeyValue.message), phrase(messages::kExpectedKeyValue.hint)};
  }
  if (problem.find("did not find expected key") != std::string_view::npos)
    return {phrase(messages::kIndentationMismatch.message), phrase(messages::kIndentationMismatch.hint)};
  if (problem.find("did not find expected '-' indicator") != std::string_view::npos)
    return {phrase(messages::kMisplacedListItem.message), phrase(messages::kMisplacedListItem.hint)};
  if (is_open_quote(parser)) return {phrase(messages::kUnclosedQuote.message), phrase(messages::kUnclosedQuote.hint)};
  if (problem.find("unknown escape character") != std::string_view::npos)
    return {phrase(messages::kInvalidEscape.message), phrase(messages::kInvalidEscape.hint)};
  return unexplained(parser);
}

// A slip found on its line, as a diagnostic says it: what is wrong and the line as it should be.
SyntaxError explain_slip(const YamlSlip& slip) {
  using namespace messages;
  switch (slip.kind) {
    case YamlSlip::Kind::no_space_after_colon:
      return {phrase(kNoSpaceAfterColon.message, slip.written), phrase(kNoSpaceAfterColon.hint, slip.corrected)};
    case YamlSlip::Kind::full_width_colon:
      return {phrase(kFullWidthColon.message), phrase(kFullWidthColon.hint, slip.corrected)};
    case YamlSlip::Kind::unclosed_quote:
      return {phrase(kQuoteNotClosedOnLine.message), phrase(kQuoteNotClosedOnLine.hint, slip.corrected)};
    case YamlSlip::Kind::tab_indentation: break;
  }
  return {phrase(kTabIndentation.message), phrase(kTabIndentation.hint)};
}

// A plain scalar that is the first thing on its line and reads like a key and value run together
// (at_least:2 with no more lines to give libyaml away): the slip, if it is one.
std::optional<YamlSlip> slip_in_scalar(const YamlNode& node, std::string_view text) {
  if (node.kind != YamlNode::Kind::scalar || !node.plain) return std::nullopt;
  if (!slip_in_line(node.value)) return std::nullopt;  // the value alone first: the line is looked for rarely
  std::size_t start = 0;
  for (int line = 1; line < node.position.line && start != std::string_view::npos; ++line) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return std::nullopt;
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  std::optional<YamlSlip> slip = slip_in_line(line);
  if (!slip || slip->kind == YamlSlip::Kind::unclosed_quote || slip->kind == YamlSlip::Kind::tab_indentation)
    return std::nullopt;
  // The scalar must start where the line's content does: not `title: abc：def`.
  std::size_t content = line.find_first_not_of(" -");
  if (content == std::string_view::npos || !line.substr(content).starts_with(node.value.substr(0, 1))) return std::nullopt;
  int characters = 0;
  for (std::size_t i = 0; i < content; ++i) characters += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  if (characters + 1 != node.position.column) return std::nullopt;
  slip->line = node.position.line;
  return slip;
}

class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const std::string& file, Diagnostics& diagnostics,
              const std::function<void(YamlNode&&)>* on_item)
      : text_(text), file_(file), diagnostics_(diagnostics), on_item_(on_item) {}

  std::optional<YamlNode> run();

 private:
  void error(SourcePosition at, Text message, Text hint = {}) {
    diagnostics_.push_back(
        Diagnostic{Severity::error, file_, at.line, at.column, std::move(message), std::move(hint)});
  }
  bool slip_reported_at(int line) const {
    return std::find(slip_lines_.begin(), slip_lines_.end(), line) != slip_lines_.end();
  }
  // Returns false when parsing must stop.
  bool handle(const yaml_event_t& event);
  bool open(YamlNode node);
  void attach(YamlNode node);
  void check_duplicate_keys(const YamlNode& mapping);

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diagnostics_;
  const std::function<void(YamlNode&&)>* on_item_;
  std::vector<YamlNode> stack_;
  std::optional<YamlNode> root_;
  int documents_ = 0;
  bool failed_ = false;
  std::vector<int> slip_lines_;  // of the slips reported as values were read
};

// libyaml's parser and one event, freed however the scope is left: `on_item` may throw.
struct ParserGuard {
  yaml_parser_t parser;
  ParserGuard() { yaml_parser_initialize(&parser); }
  ~ParserGuard() { yaml_parser_delete(&parser); }
  ParserGuard(const ParserGuard&) = delete;
  ParserGuard& operator=(const ParserGuard&) = delete;
};

struct EventGuard {
  yaml_event_t event{};
  bool parsed = false;
  ~EventGuard() {
    if (parsed) yaml_event_delete(&event);
  }
};

std::optional<YamlNode> TreeBuilder::run() {
  ParserGuard guard;
  yaml_parser_t& parser = guard.parser;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text_.data()),
                               text_.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  bool done = false;
  while (!done) {
    EventGuard current;
    if (!yaml_parser_parse(&parser, &current.event)) {
      if (is_control_character(parser)) {
        error(position_at_byte(text_, parser.problem_offset), phrase(messages::kControlCharacter.message, parser.problem_value),
              phrase(messages::kControlCharacter.hint));
        failed_ = true;
        break;
      }
      SourcePosition at = position_of(problem_mark(parser), text_);
      // A slip on this line or above is what led libyaml astray: it is reported where it is.
      if (auto slip = find_yaml_slip(text_, at.line)) {
        SyntaxError explained = explain_slip(*slip);
        if (!slip_reported_at(slip->line))
          error({slip->line, slip->column}, std::move(explained.message), std::move(explained.hint));
        failed_ = true;
        break;
      }
      SyntaxError explained = explain_syntax_error(parser, text_);
      error(at, std::move(explained.message), std::move(explained.hint));
      failed_ = true;
      break;
    }
    current.parsed = true;
    done = current.event.type == YAML_STREAM_END_EVENT || !handle(current.event);
  }
  if (failed_) return std::nullopt;
  return std::move(root_);
}

bool TreeBuilder::handle(const yaml_event_t& event) {
  SourcePosition at = position_of(event.start_mark, text_);
  switch (event.type) {
    case YAML_DOCUMENT_START_EVENT:
      if (++documents_ > 1) {
        error(at, phrase(messages::kSecondDocument.message), phrase(messages::kSecondDocument.hint));
        return false;
      }
      return true;
    case YAML_ALIAS_EVENT:
      error(at, phrase(messages::kAlias.message), phrase(messages::kAlias.hint));
      failed_ = true;
      return false;
    case YAML_SCALAR_EVENT: {
      YamlNode node;
      node.kind = YamlNode::Kind::scalar;
      node.value.assign(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
      node.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                   !(event.data.scalar.tag &&
                     std::string_view(reinterpret_cast<const char*>(event.data.scalar.tag)) == YAML_STR_TAG);
      node.position = at;
      attach(std::move(node));
      return true;
    }
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
      YamlNode node;
      node.kind = event.type == YAML_SEQUENCE_START_EVENT ? YamlNode::Kind::sequence
                                                          : YamlNode::Kind::mapping;
      node.position = at;
      // Mappings hold a key and a value per line; one allocation covers a typical entry.
      if (node.kind == YamlNode::Kind::mapping) node.children.reserve(20);
      return open(std::move(node));
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: {
      YamlNode node = std::move(stack_.back());
      stack_.pop_back();
      if (node.kind == YamlNode::Kind::mapping) check_duplicate_keys(node);
      attach(std::move(node));
      return true;
    }
    default:
      return true;
  }
}

bool TreeBuilder::open(YamlNode node) {
  if (static_cast<int>(stack_.size()) >= kMaxYamlDepth) {
    error(node.position, phrase(messages::kNestingTooDeep.message, kMaxYamlDepth),
          phrase(messages::kNestingTooDeep.hint));
    failed_ = true;
    return false;
  }
  stack_.push_back(std::move(node));
  return true;
}

void TreeBuilder::attach(YamlNode node) {
  if (stack_.empty()) {
    root_ = std::move(node);
    return;
  }
  YamlNode& parent = stack_.back();
  bool is_key = parent.kind == YamlNode::Kind::mapping && parent.children.size() % 2 == 0;
  if (!is_key && node.kind == YamlNode::Kind::scalar)
    if (auto slip = slip_in_scalar(node, text_)) {
      SyntaxError explained = explain_slip(*slip);
      error({slip->line, slip->column}, std::move(explained.message), std::move(explained.hint));
      slip_lines_.push_back(slip->line);
      failed_ = true;
      return;  // not a value to read on
    }
  if (is_key && node.kind != YamlNode::Kind::scalar) {
    error(node.position, phrase(messages::kKeyNotText));
    node.kind = YamlNode::Kind::scalar;
    node.children.clear();
  }
  if (on_item_ && stack_.size() == 1 && parent.kind == YamlNode::Kind::sequence) {
    (*on_item_)(std::move(node));
    return;
  }
  parent.children.push_back(std::move(node));
}

void TreeBuilder::check_duplicate_keys(const YamlNode& mapping) {
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < mapping.pair_count(); ++i) {
    const YamlNode& key = mapping.key(i);
    if (!seen.insert(key.value).second)
      error(key.position, phrase(messages::kDuplicateKey.message, key.value), phrase(messages::kDuplicateKey.hint));
  }
}

}  // namespace

std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& file,
                                   Diagnostics& diagnostics) {
  return TreeBuilder(text, file, diagnostics, nullptr).run();
}

std::optional<YamlNode> parse_yaml_sequence_libyaml(std::string_view text, const std::string& file,
                                                    Diagnostics& diagnostics,
                                                    const std::function<void(YamlNode&&)>& on_item) {
  return TreeBuilder(text, file, diagnostics, &on_item).run();
}

std::optional<YamlNode> parse_yaml_sequence(std::string_view text, const std::string& file,
                                            Diagnostics& diagnostics,
                                            const std::function<void(YamlNode&&)>& on_item) {
  if (auto root = parse_simple_sequence(text, file, diagnostics, on_item)) return root;
  return parse_yaml_sequence_libyaml(text, file, diagnostics, on_item);
}

}  // namespace plancheck
