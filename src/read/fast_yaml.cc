#include "read/fast_yaml.h"

#include <algorithm>

#include "read/read_messages.h"

namespace plancheck {

namespace {

constexpr std::size_t kFail = std::string_view::npos;
// Entries with more keys are left to libyaml: the duplicate check here compares every pair.
constexpr std::size_t kMaxPairs = 32;
// Far below the 1024 characters after which libyaml stops looking for a key's ':'.
constexpr std::size_t kMaxKeyLength = 64;

// Characters libyaml reads as themselves: it refuses other control characters, takes U+2028 and
// U+2029 for line breaks and skips a byte-order mark at the start of a line.
bool is_simple_character(char32_t c) {
  return (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) ||
         (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
}

// The length of the UTF-8 sequence at `p` when it is well formed and encodes a simple character
// (beyond ASCII), else 0.
std::size_t simple_sequence_length(const unsigned char* p, const unsigned char* end) {
  unsigned char lead = *p;
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || static_cast<std::size_t>(end - p) < length) return 0;
  char32_t c = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};  // below these: overlong
  return c >= kLeast[length] && is_simple_character(c) ? length : 0;
}

// Valid UTF-8 of printable characters with '\n' or "\r\n" as the only line breaks, and no tab.
bool is_simple_text(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    if (*p - 0x20u < 0x5Fu || *p == '\n') {  // printable ASCII
      ++p;
      continue;
    }
    if (*p == '\r' && end - p >= 2 && p[1] == '\n') {
      p += 2;
      continue;
    }
    // The common case, Chinese: leads E3..EC start no overlong, surrogate or excluded character.
    if (*p >= 0xE3 && *p <= 0xEC && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      p += 3;
      continue;
    }
    std::size_t length = simple_sequence_length(p, end);
    if (length == 0) return false;
    p += length;
  }
  return true;
}

bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_key_char(char c) { return is_key_start(c) || (c >= '0' && c <= '9'); }

// Characters that may not start a plain scalar (YAML 1.1's indicators).
bool is_indicator(char c) {
  switch (c) {
    case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#':
    case '&': case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
      return true;
    default:
      return false;
  }
}

bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

std::size_t skip_spaces(std::string_view line, std::size_t i) {
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

// libyaml's rule, narrowed: '-' starts a plain scalar only before a character that continues it;
// '?' and ':', which libyaml lets start one in some places, are left to it.
bool can_start_plain(std::string_view line, std::size_t at, bool in_flow) {
  char c = line[at];
  if (c != '-') return c != ' ' && !is_indicator(c);
  if (at + 1 == line.size()) return false;
  char next = line[at + 1];
  return next != ' ' && !(in_flow && is_flow_indicator(next));
}

// The end of the plain scalar at `at` outside brackets, trailing spaces excluded: it runs to the
// end of the line or to a comment (' #'). kFail at a ': ' or final ':' (a nested mapping, or an
// error for libyaml to report).
std::size_t block_plain_end(std::string_view line, std::size_t at) {
  std::size_t stop = line.size();
  for (std::size_t hash = line.find('#', at); hash != std::string_view::npos; hash = line.find('#', hash + 1))
    if (line[hash - 1] == ' ') {  // (the scalar does not start with '#')
      stop = hash;
      break;
    }
  for (std::size_t colon = line.find(':', at); colon < stop; colon = line.find(':', colon + 1))
    if (colon + 1 == line.size() || line[colon + 1] == ' ') return kFail;
  while (line[stop - 1] == ' ') --stop;
  return stop;
}

// The offset past the quoted scalar at `at`, or kFail unless it closes on this line without
// escapes ('' in single quotes is taken: it stands for ').
std::size_t quoted_end(std::string_view line, std::size_t at) {
  char quote = line[at];
  for (std::size_t i = at + 1; i < line.size(); ++i) {
    if (line[i] == '\\' && quote == '"') return kFail;
    if (line[i] != quote) continue;
    if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
      ++i;
      continue;
    }
    return i + 1;
  }
  return kFail;
}

std::string quoted_value(std::string_view quoted) {
  std::string value(quoted.substr(1, quoted.size() - 2));
  if (quoted[0] == '\'')
    for (std::size_t i = value.find('\''); i != std::string::npos; i = value.find('\'', i + 1)) value.erase(i, 1);
  return value;
}

// The end of a scalar inside brackets ([...] or {...}, which `closing` ends), trailing spaces
// excluded, or kFail. Plain ones stop at ',' or `closing`; any other flow indicator, ':', '?' or
// '#' in them is left to libyaml.
std::size_t flow_scalar_end(std::string_view line, std::size_t at, char closing) {
  if (line[at] == '"' || line[at] == '\'') return quoted_end(line, at);
  if (!can_start_plain(line, at, true)) return kFail;
  std::size_t end = at;
  for (std::size_t i = at; i < line.size(); ++i) {
    char c = line[i];
    if (c == ',' || c == closing) return end;
    if (is_flow_indicator(c) || c == ':' || c == '?' || c == '#') return kFail;
    if (c != ' ') end = i + 1;
  }
  return kFail;
}

// Whether only spaces and maybe a comment follow `at`.
bool only_comment_after(std::string_view line, std::size_t at) {
  std::size_t i = skip_spaces(line, at);
  return i == line.size() || (line[i] == '#' && i > at);
}

// The 1-based column of byte `at` of a line when all before it is ASCII, as it is before a value:
// '- ', spaces, a key, ':'.
int column_of(std::size_t at) { return static_cast<int>(at) + 1; }

// Where the items go; none on the checking pass.
struct Output {
  const std::string& file;
  Diagnostics& diagnostics;
  const std::function<void(YamlNode&&)>& on_item;
};

// Reports a repeated key as TreeBuilder::check_duplicate_keys does.
void report_duplicate_keys(const YamlNode& mapping, Output& output) {
  for (std::size_t i = 1; i < mapping.pair_count(); ++i) {
    const YamlNode& key = mapping.key(i);
    for (std::size_t j = 0; j < i; ++j) {
      if (mapping.key(j).value != key.value) continue;
      output.diagnostics.push_back(Diagnostic{Severity::error, output.file, key.position.line, key.position.column,
                                              phrase(messages::kDuplicateKey.message, key.value),
                                              phrase(messages::kDuplicateKey.hint)});
      break;
    }
  }
}

// Reads the text line by line. Without an output it only checks the shape; with one it builds
// the items and hands them on, and never fails on a text that the checking pass accepted.
class SimpleSequenceParser {
 public:
  SimpleSequenceParser(std::string_view text, Output* output) : text_(text), output_(output) {}

  bool run();
  int first_item_line() const { return first_item_line_; }

 private:
  bool parse_line();
  bool parse_flow_item(std::size_t at);
  std::size_t parse_flow_pair(std::size_t key_at);
  bool parse_pair(std::size_t key_at);
  bool parse_value(std::size_t at);
  std::size_t parse_flow_sequence(std::size_t at);
  void start_item(std::size_t key_at);
  void finish_item();
  void add_scalar(YamlNode& parent, std::size_t start, std::size_t end, int column);
  int column_at(std::size_t at);

  std::string_view text_;
  Output* output_;
  std::string_view line_;
  int line_number_ = 0;
  int first_item_line_ = 0;
  bool in_item_ = false;
  bool takes_more_keys_ = false;  // the item is a block mapping: keys may follow on their own lines
  std::size_t key_at_ = 0;  // where the current item's keys start on their lines
  std::size_t pairs_ = 0;
  YamlNode item_;
  std::size_t counted_to_ = 0;  // column_at's last byte offset and its column
  int counted_column_ = 1;
};

bool SimpleSequenceParser::run() {
  for (std::size_t start = 0; start < text_.size();) {
    std::size_t stop = std::min(text_.find('\n', start), text_.size());
    line_ = text_.substr(start, stop - start);
    if (line_.ends_with('\r')) line_.remove_suffix(1);  // (only before '\n': is_simple_text saw to it)
    ++line_number_;
    counted_to_ = 0;
    counted_column_ = 1;
    if (!parse_line()) return false;
    start = stop + 1;
  }
  finish_item();
  return first_item_line_ != 0;
}

bool SimpleSequenceParser::parse_line() {
  std::size_t indent = skip_spaces(line_, 0);
  if (indent == line_.size() || line_[indent] == '#') return true;  // a blank or comment line
  if (indent == 0 && line_[0] == '-') {
    if (line_.size() < 2 || line_[1] != ' ') return false;
    std::size_t key_at = skip_spaces(line_, 1);
    if (key_at < line_.size() && line_[key_at] == '{') return parse_flow_item(key_at);
    start_item(key_at);
    takes_more_keys_ = true;
    return parse_pair(key_at);
  }
  return in_item_ && takes_more_keys_ && indent == key_at_ && parse_pair(indent);
}

// An item written as a flow mapping on one line: - {date: 2022-01-24, activity: 主题党日, by: [甲, 乙]}
bool SimpleSequenceParser::parse_flow_item(std::size_t at) {
  start_item(at);
  takes_more_keys_ = false;
  std::size_t i = skip_spaces(line_, at + 1);
  while (true) {
    i = parse_flow_pair(i);
    if (i == kFail) return false;
    i = skip_spaces(line_, i);
    if (i == line_.size()) return false;
    if (line_[i] == '}') return only_comment_after(line_, i + 1);
    if (line_[i] != ',') return false;
    i = skip_spaces(line_, i + 1);
  }
}

// One `key: value` of a flow mapping; the offset past its value, or kFail.
std::size_t SimpleSequenceParser::parse_flow_pair(std::size_t key_at) {
  std::size_t i = key_at;
  if (i == line_.size() || !is_key_start(line_[i])) return kFail;
  while (i < line_.size() && is_key_char(line_[i])) ++i;
  std::size_t key_end = i;
  if (key_end - key_at > kMaxKeyLength || ++pairs_ > kMaxPairs) return kFail;
  if (i + 1 >= line_.size() || line_[i] != ':' || line_[i + 1] != ' ') return kFail;
  add_scalar(item_, key_at, key_end, column_at(key_at));
  std::size_t value_at = skip_spaces(line_, i + 1);
  if (value_at == line_.size()) return kFail;
  if (line_[value_at] == '[') return parse_flow_sequence(value_at);
  std::size_t end = flow_scalar_end(line_, value_at, '}');
  if (end != kFail) add_scalar(item_, value_at, end, column_at(value_at));
  return end;
}

bool SimpleSequenceParser::parse_pair(std::size_t key_at) {
  std::size_t i = key_at;
  if (i == line_.size() || !is_key_start(line_[i])) return false;
  while (i < line_.size() && is_key_char(line_[i])) ++i;
  std::size_t key_end = i;
  if (key_end - key_at > kMaxKeyLength || ++pairs_ > kMaxPairs) return false;
  if (i == line_.size() || line_[i] != ':') return false;
  ++i;
  if (i < line_.size() && line_[i] != ' ') return false;
  add_scalar(item_, key_at, key_end, column_of(key_at));
  std::size_t value_at = skip_spaces(line_, i);
  if (value_at < line_.size() && line_[value_at] != '#') return parse_value(value_at);
  add_scalar(item_, i, i, column_of(i));  // an empty value: libyaml places it just after the ':'
  return true;
}

bool SimpleSequenceParser::parse_value(std::size_t at) {
  std::size_t end = kFail;
  char c = line_[at];
  if (c == '[') {
    end = parse_flow_sequence(at);
  } else {
    if (c == '"' || c == '\'')
      end = quoted_end(line_, at);
    else if (can_start_plain(line_, at, false))
      end = block_plain_end(line_, at);
    if (end != kFail) add_scalar(item_, at, end, column_of(at));
  }
  return end != kFail && only_comment_after(line_, end);
}

std::size_t SimpleSequenceParser::parse_flow_sequence(std::size_t at) {
  YamlNode* sequence = nullptr;
  if (output_) {
    YamlNode node;
    node.kind = YamlNode::Kind::sequence;
    node.position = {line_number_, column_at(at)};
    item_.children.push_back(std::move(node));
    sequence = &item_.children.back();
  }
  std::size_t i = skip_spaces(line_, at + 1);
  if (i < line_.size() && line_[i] == ']') return i + 1;
  while (i < line_.size()) {
    std::size_t end = flow_scalar_end(line_, i, ']');
    if (end == kFail) return kFail;
    if (sequence) add_scalar(*sequence, i, end, column_at(i));
    i = skip_spaces(line_, end);
    if (i == line_.size() || (line_[i] != ']' && line_[i] != ',')) return kFail;
    if (line_[i] == ']') return i + 1;
    i = skip_spaces(line_, i + 1);
    if (i < line_.size() && line_[i] == ']') return kFail;  // a trailing comma
  }
  return kFail;
}

void SimpleSequenceParser::start_item(std::size_t key_at) {
  finish_item();
  if (first_item_line_ == 0) first_item_line_ = line_number_;
  in_item_ = true;
  key_at_ = key_at;
  pairs_ = 0;
  if (!output_) return;
  item_ = YamlNode{};
  item_.kind = YamlNode::Kind::mapping;
  item_.position = {line_number_, column_of(key_at)};
  item_.children.reserve(20);  // as TreeBuilder does: one allocation covers a typical entry
}

void SimpleSequenceParser::finish_item() {
  if (!in_item_ || !output_) return;
  in_item_ = false;
  report_duplicate_keys(item_, *output_);
  output_->on_item(std::move(item_));
}

// Adds the scalar written at [start, end) of the current line: plain unless it starts with a quote.
void SimpleSequenceParser::add_scalar(YamlNode& parent, std::size_t start, std::size_t end, int column) {
  if (!output_) return;
  YamlNode& node = parent.children.emplace_back();
  std::string_view written = line_.substr(start, end - start);
  node.plain = written.empty() || (written[0] != '"' && written[0] != '\'');
  if (node.plain)
    node.value = written;
  else
    node.value = quoted_value(written);
  node.position = {line_number_, column};
}

// The 1-based column of byte `at` of the line, in characters as libyaml counts them: counted on
// from the last one asked for (or the line's start), since they come in order along the line.
int SimpleSequenceParser::column_at(std::size_t at) {
  for (; counted_to_ < at; ++counted_to_)
    counted_column_ += (static_cast<unsigned char>(line_[counted_to_]) & 0xC0) != 0x80;
  return counted_column_;
}

}  // namespace

std::optional<YamlNode> parse_simple_sequence(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics,
                                              const std::function<void(YamlNode&&)>& on_item) {
  if (!is_simple_text(text) || !SimpleSequenceParser(text, nullptr).run()) return std::nullopt;
  Output output{file, diagnostics, on_item};
  SimpleSequenceParser builder(text, &output);
  builder.run();  // cannot fail: the text passed the same checks just above
  YamlNode root;
  root.kind = YamlNode::Kind::sequence;
  root.position = {builder.first_item_line(), 1};
  return root;
}

}  // namespace plancheck
