#include "write/next_year_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "evaluate/entry_period.h"
#include "read/plan_reader.h"
#include "read/yaml_tree.h"
#include "write/append.h"
#include "write/entry_yaml.h"
#include "write/next_year_messages.h"

namespace plancheck {

using namespace std::chrono;

Date moved_by_years(Date date, int years) {
  year_month_day day{date};
  year_month_day moved{day.year() + std::chrono::years{years}, day.month(), day.day()};
  bool last_of_month = day.day() == year_month_day_last{day.year(), month_day_last{day.month()}}.day();
  if (last_of_month || !moved.ok()) return Date{year_month_day_last{moved.year(), month_day_last{moved.month()}}};
  return Date{moved};
}

std::string with_years_moved(std::string_view text, const std::vector<int>& years, int offset) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t run = i;
    while (run < text.size() && is_digit(text[run])) ++run;
    if (run == i) {
      out += text[i++];
      continue;
    }
    std::string_view digits = text.substr(i, run - i);
    int value = digits.size() == 4 ? std::stoi(std::string(digits)) : 0;
    bool is_year = std::find(years.begin(), years.end(), value) != years.end();
    out += is_year ? fmt::format("{:04}", value + offset) : std::string(digits);
    i = run;
  }
  return out;
}

namespace {

// Where each line of a text starts, to turn a node's line and column (counted in characters, as
// libyaml counts them) into a byte offset.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) starts_.push_back(i + 1);
  }
  int line_count() const { return static_cast<int>(starts_.size()); }
  // The byte where 1-based `line` starts; past the last line, the end of the text.
  std::size_t line_start(int line) const { return line <= line_count() ? starts_[line - 1] : text_.size(); }
  std::string_view line(int line) const {
    std::string_view whole = text_.substr(line_start(line), line_start(line + 1) - line_start(line));
    while (!whole.empty() && (whole.back() == '\n' || whole.back() == '\r')) whole.remove_suffix(1);
    return whole;
  }
  std::size_t offset(SourcePosition at) const {
    std::size_t i = line_start(at.line);
    for (int column = 1; column < at.column && i < text_.size(); ++column) {
      ++i;
      while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool is_blank_or_comment(std::string_view line) { return trimmed(line).empty() || trimmed(line).starts_with('#'); }

struct TextEdit {
  std::size_t begin;
  std::size_t end;
  std::string replacement;
};

std::string applied(std::string_view text, std::vector<TextEdit> edits) {
  std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t at = 0;
  for (const TextEdit& edit : edits) {
    if (edit.begin < at) continue;  // inside a range already rewritten
    out.append(text.substr(at, edit.begin - at));
    out += edit.replacement;
    at = edit.end;
  }
  out.append(text.substr(at));
  return out;
}

bool mentions_year(std::string_view text, const std::vector<int>& years) {
  return with_years_moved(text, years, 1) != text;
}

// A person as the new plan lists them, in block style under `people:`.
std::string person_yaml(const Person& person, const std::vector<Tenure>& tenures, const std::string& indent) {
  std::string out = fmt::format("{}- name: {}\n", indent, yaml_scalar(person.name));
  if (!person.unit.empty()) out += fmt::format("{}  unit: {}\n", indent, yaml_scalar(person.unit));
  if (tenures.empty()) return out;
  std::vector<std::string> roles;
  for (const Tenure& tenure : tenures) {
    std::vector<std::string> fields{"role: " + yaml_scalar(tenure.role, YamlContext::flow)};
    if (!tenure.unit.empty()) fields.push_back("unit: " + yaml_scalar(tenure.unit, YamlContext::flow));
    if (tenure.from) fields.push_back("from: " + format_date(*tenure.from));
    if (tenure.until) fields.push_back("until: " + format_date(*tenure.until));
    roles.push_back(fields.size() == 1 ? yaml_scalar(tenure.role, YamlContext::flow)
                                       : fmt::format("{{{}}}", fmt::join(fields, ", ")));
  }
  return out + fmt::format("{}  roles: [{}]\n", indent, fmt::join(roles, ", "));
}

struct LineRange {
  int first;
  int last;
};

class Carrier {
 public:
  Carrier(const Plan& plan, std::string_view text, const YamlNode& root, int year, std::string_view old_plan_file)
      : plan_(plan), text_(text), lines_(text), root_(root), old_plan_file_(old_plan_file) {
    offset_ = year - year_of(plan.start);
    years_ = {year_of(plan.start)};
    if (year_of(plan.end) != year_of(plan.start)) years_.push_back(year_of(plan.end));
    result_.start = moved_by_years(plan.start, offset_);
    result_.end = moved_by_years(plan.end, offset_);
  }

  NextYearPlan carry(const std::string& title) {
    carry_header(title);
    carry_people();
    carry_sections();
    result_.text = applied(text_, edits_);
    return std::move(result_);
  }

 private:
  // Replaces the scalar `node` as written, plain or in quotes on its line: only the text inside
  // the quotes (`keep_quotes`) or the whole scalar with `replacement` as YAML. False when it is
  // written another way (a block scalar, escapes), which is then left as it is.
  bool replace_scalar(const YamlNode& node, const std::string& replacement, bool keep_quotes = false) {
    std::size_t at = lines_.offset(node.position);
    std::size_t line_end = lines_.line_start(node.position.line + 1);
    std::size_t found = text_.find(node.value, at);
    if (node.value.empty() || found == std::string_view::npos || found > at + 1 ||
        found + node.value.size() > line_end)
      return false;
    std::size_t quotes = found == at + 1 && !keep_quotes ? 1 : 0;
    edits_.push_back({found - quotes, found + node.value.size() + quotes, replacement});
    return true;
  }

  void review(Text note) { result_.review.push_back(std::move(note)); }

  void carry_header(const std::string& title) {
    const YamlNode* header = root_.find("plan");
    result_.id = with_years_moved(plan_.id, years_, offset_);
    result_.title = title.empty() ? with_years_moved(plan_.title, years_, offset_) : title;
    if (const YamlNode* id = header->find("id"); id && result_.id != plan_.id) replace_scalar(*id, yaml_scalar(result_.id));
    const YamlNode* title_node = header->find("title");
    if (result_.title != plan_.title && !replace_scalar(*title_node, yaml_scalar(result_.title)))
      review(phrase(messages::kYearStillInText, "title", plan_.title));
    if (title.empty() && !mentions_year(plan_.title, years_)) review(phrase(messages::kTitleWithoutYear, plan_.title));
    replace_scalar(*header->find("start"), format_date(result_.start), true);
    replace_scalar(*header->find("end"), format_date(result_.end), true);
    if (mentions_year(plan_.summary, years_))
      review(phrase(messages::kYearStillInText, phrase(messages::kSummaryPlace), std::to_string(years_.front())));
  }

  // The first rule done `by:` this person; empty when none is.
  std::string rule_naming(const std::string& name) const {
    for (const Section& section : plan_.sections)
      for (const Item& item : section.items)
        for (const Rule& rule : item.rules)
          if (rule.subjects.kind == SubjectSelector::Kind::by && rule.subjects.names.front() == name) return rule.id;
    return "";
  }

  // The person's roles in the new plan: their roles that have not ended by its start, or nothing
  // when they leave it. Tells the reviewer what changed.
  std::optional<std::vector<Tenure>> carried_roles(const Person& person) {
    std::vector<Tenure> kept;
    std::vector<std::string> ended;
    Date last_day{};
    for (const Tenure& tenure : person.tenures) {
      if (tenure.until && *tenure.until < result_.start) {
        ended.push_back(tenure.role);
        last_day = std::max(last_day, *tenure.until);
        continue;
      }
      if (tenure.until && *tenure.until <= result_.end)
        review(phrase(messages::kRoleEnds, person.name, tenure.role, format_date(*tenure.until)));
      kept.push_back(tenure);
    }
    if (ended.empty()) return kept;
    std::string when = format_date(last_day);
    if (!kept.empty()) {
      for (const std::string& role : ended) review(phrase(messages::kRoleEnded, person.name, role, when));
    } else if (std::string rule = rule_naming(person.name); !rule.empty()) {
      review(phrase(messages::kPersonNamedByRule, person.name, when, rule));
    } else {
      review(phrase(messages::kPersonLeft, person.name, joined(ended, messages::kListSeparator), when));
      result_.left.push_back(person.name);
      return std::nullopt;
    }
    return kept;
  }

  // The last line of the value under the top-level key `key`: the line before the next top-level
  // key, comments and blank lines just before it left to that key.
  int last_line_of(std::string_view key) const {
    int last = lines_.line_count();
    for (std::size_t i = 0; i + 1 < root_.pair_count(); ++i)
      if (root_.key(i).value == key) last = root_.key(i + 1).position.line - 1;
    return last;
  }

  int without_trailing_comments(int first, int last) const {
    while (last > first && is_blank_or_comment(lines_.line(last))) --last;
    return last;
  }

  // Each person's lines, when the list is written block-style with each person on lines of their own.
  std::optional<std::vector<LineRange>> person_lines(const YamlNode& people, int block_end) const {
    std::vector<LineRange> ranges;
    for (const YamlNode& person : people.children) {
      int first = person.position.line;
      std::string_view before = lines_.line(first).substr(0, lines_.offset(person.position) - lines_.line_start(first));
      if (trimmed(before).empty() && first > 1 && trimmed(lines_.line(first - 1)) == "-") --first;
      else if (trimmed(before) != "-") return std::nullopt;
      if (!ranges.empty() && first <= ranges.back().first) return std::nullopt;
      if (!ranges.empty()) ranges.back().last = without_trailing_comments(ranges.back().first, first - 1);
      ranges.push_back({first, block_end});
    }
    if (!ranges.empty()) ranges.back().last = without_trailing_comments(ranges.back().first, block_end);
    return ranges;
  }

  std::string indent_of(int line) const {
    std::string_view text = lines_.line(line);
    return std::string(text.substr(0, text.find_first_not_of(' ')));
  }

  void replace_lines(LineRange range, const std::string& replacement) {
    edits_.push_back({lines_.line_start(range.first), lines_.line_start(range.last + 1),
                      with_line_ends_of(text_, replacement)});
  }

  void carry_people() {
    const YamlNode* people = root_.find("people");
    if (!people || people->kind != YamlNode::Kind::sequence || people->children.size() != plan_.people.size()) return;
    std::vector<std::optional<std::vector<Tenure>>> carried;
    bool changed = false;
    for (const Person& person : plan_.people) {
      carried.push_back(carried_roles(person));
      changed = changed || !carried.back() || carried.back()->size() != person.tenures.size();
    }
    if (!changed) return;
    int block_end = last_line_of("people");
    auto ranges = person_lines(*people, block_end);
    if (!ranges) {  // a flow list, or people sharing lines: the whole list is written anew
      std::string list = "people:\n";
      for (std::size_t i = 0; i < plan_.people.size(); ++i)
        if (carried[i]) list += person_yaml(plan_.people[i], *carried[i], "  ");
      int first = 0;
      for (std::size_t i = 0; i < root_.pair_count(); ++i)
        if (root_.key(i).value == "people") first = root_.key(i).position.line;
      replace_lines({first, without_trailing_comments(first, block_end)}, list);
      return;
    }
    for (std::size_t i = 0; i < plan_.people.size(); ++i) {
      const auto& roles = carried[i];
      if (roles && roles->size() == plan_.people[i].tenures.size()) continue;
      LineRange range = (*ranges)[i];
      replace_lines(range, roles ? person_yaml(plan_.people[i], *roles, indent_of(range.first)) : "");
    }
  }

  void carry_rule(const Rule& rule, const YamlNode& node) {
    for (std::size_t i = 0; i < node.pair_count(); ++i) {  // in the order written
      const std::string& key = node.key(i).value;
      const YamlNode& date_node = node.value_at(i);
      auto date = parse_date(date_node.value);
      if ((key != "due" && key != "from" && key != "until") || !date) continue;
      std::string moved = format_date(moved_by_years(*date, offset_));
      replace_scalar(date_node, moved, true);
      review(phrase(messages::kDateMoved, rule.id, rule.activity, key, date_node.value, moved));
    }
    if (mentions_year(rule.quote, years_))
      review(phrase(messages::kYearStillInText, phrase(messages::kQuotePlace, rule.id), std::to_string(years_.front())));
    if (rule.grace_days == 0 || rule.every == Frequency::once) return;
    Date last_day = std::min(plan_.end, rule.until.value_or(plan_.end));
    Date deadline = last_day + days{rule.grace_days};
    auto period = period_name_containing(rule.every, last_day);
    if (deadline >= result_.start && period)
      review(phrase(messages::kLateMeetingOfOldYear, rule.id, rule.activity, *period, format_date(deadline),
                    old_plan_file_));
  }

  void carry_sections() {
    const YamlNode* sections = root_.find("sections");
    for (std::size_t s = 0; s < plan_.sections.size(); ++s) {
      const Section& section = plan_.sections[s];
      if (mentions_year(section.title, years_))
        review(phrase(messages::kYearStillInText, phrase(messages::kSectionTitlePlace, section.id),
                      std::to_string(years_.front())));
      const YamlNode* items = sections && s < sections->children.size() ? sections->children[s].find("items") : nullptr;
      for (std::size_t i = 0; i < section.items.size(); ++i) {
        const Item& item = section.items[i];
        std::string year = std::to_string(years_.front());
        if (mentions_year(item.title, years_))
          review(phrase(messages::kYearStillInText, phrase(messages::kItemTitlePlace, item.id), year));
        if (mentions_year(item.text, years_))
          review(phrase(messages::kYearStillInText, phrase(messages::kItemTextPlace, item.id), year));
        const YamlNode* rules = items && i < items->children.size() ? items->children[i].find("rules") : nullptr;
        for (std::size_t r = 0; r < item.rules.size(); ++r)
          if (rules && r < rules->children.size()) carry_rule(item.rules[r], rules->children[r]);
      }
    }
  }

  const Plan& plan_;
  std::string_view text_;
  LineIndex lines_;
  const YamlNode& root_;
  std::string_view old_plan_file_;
  int offset_ = 0;
  std::vector<int> years_;
  std::vector<TextEdit> edits_;
  NextYearPlan result_;
};

// Whether the new text reads back as the plan meant: without errors, with the new dates and people.
Text read_back_problem(const NextYearPlan& carried, std::size_t people) {
  Diagnostics diagnostics;
  auto plan = read_plan_text(carried.text, "plan.yaml", diagnostics);
  for (const Diagnostic& diagnostic : diagnostics)
    if (diagnostic.severity == Severity::error)
      return phrase(messages::kCarriedPlanDoesNotReadBack, fmt::format("{}:{}: {}", diagnostic.line, diagnostic.column, diagnostic.message.en));
  if (!plan || plan->start != carried.start || plan->end != carried.end || plan->people.size() != people)
    return phrase(messages::kCarriedPlanDoesNotReadBack, "dates or people");
  return {};
}

}  // namespace

NextYearPlan next_year_plan(const Plan& plan, std::string_view text, const NextYearRequest& request) {
  Diagnostics diagnostics;
  auto root = parse_yaml(text, plan.file, diagnostics);
  NextYearPlan carried;
  if (!root || root->kind != YamlNode::Kind::mapping || !root->find("plan")) {
    carried.error = phrase(messages::kCarriedPlanDoesNotReadBack, "plan");
    return carried;
  }
  carried = Carrier(plan, text, *root, request.year, request.old_plan_file).carry(request.title);
  carried.error = read_back_problem(carried, plan.people.size() - carried.left.size());
  if (!carried.error.empty()) carried.text.clear();
  return carried;
}

}  // namespace plancheck
