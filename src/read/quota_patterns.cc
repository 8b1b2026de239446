// Quota sentences of a plan document read as rules. What is recognised is the data at the top of
// this file; the code below only applies it, clause by clause.
#include "read/quota_patterns.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>

#include "read/text_pattern.h"

namespace plancheck {

namespace {

// How often: the earliest of these in a clause sets the rule's period.
struct FrequencyWords {
  std::string_view pattern;
  std::string_view every;
};
constexpr FrequencyWords kFrequencies[] = {
    {"每半年", "half"},
    {"每个?季度?|每一季度", "quarter"},
    {"每个?月", "month"},
    {"每周|每星期", "week"},
    {"每一?年|全年", "year"},
};

// A number as plan documents write it: digits (also full-width) or Chinese numerals.
constexpr std::string_view kNumber = "([0-9０-９]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百]+)";

// By when: a deadline makes the rule a one-off (`once`) with a `due` day.
enum class DeadlineKind { month_end, day, year_end, half_end };
struct DeadlineWords {
  std::string_view pattern;  // groups: the month, the day
  DeadlineKind kind;
};
const std::string kMonthEnd = fmt::format("{}月(?:底|末)(?:前|之前)", kNumber);
const std::string kDay = fmt::format("{}月{}日(?:前|之前)", kNumber, kNumber);
const DeadlineWords kDeadlines[] = {
    {kMonthEnd, DeadlineKind::month_end},
    {kDay, DeadlineKind::day},
    {"年底前|年末前|年底之前", DeadlineKind::year_end},
    {"上半年(?:内|前)完成|上半年完成", DeadlineKind::half_end},
};

// How much: a number with its counting word. 学时, 课时 and 小时 add up hours (sum: hours).
const std::string kAmount = fmt::format("{}\\s*(次|个|项|场|篇|期|份|学时|课时|小时)", kNumber);
constexpr std::string_view kHourWords[] = {"学时", "课时", "小时"};
// How the amount is worded, as the rule's norm: the first found wins.
constexpr std::pair<std::string_view, std::string_view> kNorms[] = {
    {"不少于", "不少于"}, {"不低于", "不少于"}, {"至少", "至少"}};
// Words of the amount that are not the activity.
constexpr std::string_view kAmountWords = "不少于|不低于|至少|每人|每名|人均";

// Who: roles (each), units of a kind (each_unit), one named body (by).
constexpr std::string_view kRole =
    "\\p{Han}{0,8}?(?:书记|成员|委员|主任|组长|部长|局长|处长|科长|干部|党员|负责人|联络员)";
const std::string kRoleList = fmt::format("(?:{0})(?:[、和及与](?:{0}))*", kRole);
// Words that start what is done, never whom: 完成民主评议党员 names no role.
constexpr std::string_view kActionStart =
    "^(?:完成|开展|召开|组织|参加|参与|讲|上|听取|制定|报送|主持|领办|分析|学习|落实|推进|举办|进行|评议|考核|慰问|走访)";
struct UnitWords {
  std::string_view pattern;
  std::string_view kind;
};
constexpr UnitWords kEachUnit[] = {
    {"(?:各|每个|所属|各基层)党?支部", "支部"},
    {"(?:各|每个)党小组", "党小组"},
    {"(?:各|每个)党总支", "党总支"},
};
// A named body at the end of the words before the frequency: its id and, after it, its kind.
constexpr std::string_view kBody =
    "((?:\\p{Han}{0,3}?(?:办|局|委|厅|院|部|署|中心|机关))?(党组|党委|党总支|纪委|纪检组|工委))$";
// Words that stand for a body named earlier in the item (联盟单位 for the “…”党建联盟 before it).
struct BodyReference {
  std::string_view words;
  std::string_view antecedent;  // groups: the name, its kind
};
constexpr BodyReference kBodyReferences[] = {
    {"联盟单位|联盟成员|联盟$", "“([^”]+)”\\s*((?:党建)?联盟)"},
};

// Roles as plans declare them: prefixes that only place the role (基层党支部书记 → 支部书记).
constexpr std::pair<std::string_view, std::string_view> kRoleNames[] = {
    {"^(?:基层|各|全体|所有)", ""},
    {"^(?:办|局|委|厅)(?=党组|班子)", ""},
    {"^党支部", "支部"},
};

// Where clauses end, and where a 、 starts a new one (before a frequency or a deadline).
constexpr std::string_view kSentenceEnd = "[。；;！!？?\\n]";
constexpr std::string_view kClauseEnd = "[，,：:]";
// Quoted names, titles, ordinals and years hold numbers that are not amounts (“两个维护”, 第十五次,
// 2022年).
constexpr std::string_view kNotCounted =
    "“[^”]*”|‘[^’]*’|《[^》]*》|「[^」]*」|\"[^\"]*\"|第[0-9一二三四五六七八九十百]+|[0-9]{4}年度?";
const std::string kCountedNumber =
    "[0-9０-９]|[一二两三四五六七八九十百]+(?:次|个|项|名|人|天|日|周|月|年|学时|课时|小时|篇|场|期|批|份|张)";
// Verbs before what is done: the activity's id is its wording without them (上党课 → 党课), as
// ledgers name activities; its title keeps them.
constexpr std::string_view kLeadingVerb =
    "^(?:上|讲|召开|开展|组织|举办|举行|参加|参与|领办|主持|完成|报送|制定|进行|实行)(?=\\p{Han}{2})";
constexpr std::string_view kLeadingFiller = "^(?:要|应当|应|须|必须|均|都|并|还|另|按时)+";

const TextPattern& compiled(std::string_view source) {
  // The tables are few and fixed: each pattern is compiled once, on first use.
  static std::mutex guard;
  static std::vector<std::pair<std::string, std::unique_ptr<TextPattern>>> cache;
  std::lock_guard lock(guard);
  for (const auto& [text, pattern] : cache)
    if (text == source) return *pattern;
  cache.emplace_back(std::string(source), std::make_unique<TextPattern>(source));
  return *cache.back().second;
}

// `text` with quoted names, titles and ordinals blanked out byte for byte, so that positions
// found in it are positions in `text`.
std::string masked(std::string_view text) {
  std::string out(text);
  for (const auto& match : compiled(kNotCounted).find_all(text))
    for (std::size_t i = match.start; i < match.end; ++i) out[i] = '_';
  return out;
}

std::string trimmed(std::string_view text) {
  static const TextPattern edges("^[\\s\u3000]+|[\\s\u3000]+$");
  return replaced(text, edges, "");
}

std::vector<std::string> split_at(std::string_view text, std::string_view separator_pattern) {
  std::vector<std::string> pieces;
  std::size_t kept = 0;
  for (const auto& match : compiled(separator_pattern).find_all(text)) {
    pieces.push_back(trimmed(text.substr(kept, match.start - kept)));
    kept = match.end;
  }
  pieces.push_back(trimmed(text.substr(kept)));
  std::erase_if(pieces, [](const std::string& piece) { return piece.empty(); });
  return pieces;
}

// The largest number read as an amount, a month or a day: anything larger is no quota.
constexpr double kLargestNumber = 100000;

// The value of a number as documents write it: 12, １２, 两, 十二, 二十.
std::optional<double> number_value(std::string_view text) {
  std::string ascii;
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i).starts_with("\xEF\xBC") && i + 2 < text.size()) {  // ０-９: EF BC 90-99
      ascii += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
      i += 3;
    } else {
      ascii += text[i++];
    }
  }
  if (!ascii.empty() && ascii[0] >= '0' && ascii[0] <= '9') {
    double value = std::strtod(ascii.c_str(), nullptr);
    return value <= kLargestNumber ? std::optional(value) : std::nullopt;
  }
  constexpr std::string_view kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  double total = 0, digit = 0;
  for (std::size_t i = 0; i < text.size(); i += 3) {
    std::string_view character = text.substr(i, 3);
    if (character == "两") { digit = 2; continue; }
    if (character == "十" || character == "百") {
      total += (digit == 0 ? 1 : digit) * (character == "十" ? 10 : 100);
      digit = 0;
      continue;
    }
    auto found = std::find(std::begin(kDigits), std::end(kDigits), character);
    if (found == std::end(kDigits)) return std::nullopt;
    digit = static_cast<double>(found - std::begin(kDigits));
  }
  return total + digit;
}

struct Span {
  std::size_t start = 0, end = 0;
  bool found() const { return end > start; }
};

struct Period {
  Span span;
  std::string every;
  std::optional<Date> due;
};

std::optional<Date> deadline_day(DeadlineKind kind, const TextPattern::Match& match, int year) {
  using namespace std::chrono;
  auto month = kind == DeadlineKind::year_end ? 12.0 : kind == DeadlineKind::half_end ? 6.0 : number_value(match.groups[1]).value_or(0);
  if (month < 1 || month > 12) return std::nullopt;
  year_month_day day{std::chrono::year{year} / static_cast<unsigned>(month) / last};
  if (kind == DeadlineKind::day) {
    double given = number_value(match.groups[2]).value_or(0);
    day = std::chrono::year{year} / static_cast<unsigned>(month) / static_cast<unsigned>(given);
    if (!day.ok()) return std::nullopt;
  }
  return Date{sys_days{day}};
}

// The earliest frequency or deadline of a clause (in its masked text).
std::optional<Period> find_period(const std::string& text, int year) {
  std::optional<Period> best;
  auto better = [&](std::size_t start) { return !best || start < best->span.start; };
  for (const auto& words : kFrequencies)
    if (auto match = compiled(words.pattern).find(text); match && better(match->start))
      best = Period{{match->start, match->end}, std::string(words.every), std::nullopt};
  for (const auto& words : kDeadlines)
    if (auto match = compiled(words.pattern).find(text); match && better(match->start))
      if (auto due = deadline_day(words.kind, *match, year)) best = Period{{match->start, match->end}, "once", due};
  return best;
}

struct Amount {
  Span span;
  double value = 1;
  std::string counter;
};

std::optional<Amount> find_amount(const std::string& text) {
  auto match = compiled(kAmount).find(text);
  if (!match) return std::nullopt;
  auto value = number_value(match->groups[1]);
  bool hours = std::find(std::begin(kHourWords), std::end(kHourWords), match->groups[2]) != std::end(kHourWords);
  // Counts are whole; hours are counted in hundredths.
  double step = hours ? 0.01 : 1;
  if (!value || *value <= 0 || std::abs(std::round(*value / step) * step - *value) > 1e-9) return std::nullopt;
  return Amount{{match->start, match->end}, *value, match->groups[2]};
}

struct Subject {
  Span span;
  DraftRule::Subjects kind = DraftRule::Subjects::each;
  std::vector<std::string> names;
  std::string by_kind;
};

std::string role_name(std::string name) {
  for (const auto& [pattern, replacement] : kRoleNames) name = replaced(name, compiled(pattern), replacement);
  return name;
}

Subject roles_subject(const TextPattern::Match& match, std::size_t offset) {
  Subject subject{{offset + match.start, offset + match.end}, DraftRule::Subjects::each, {}, ""};
  for (const auto& role : split_at(match.groups[0], "[、和及与]")) {
    std::string name = role_name(role);
    if (std::find(subject.names.begin(), subject.names.end(), name) == subject.names.end()) subject.names.push_back(name);
  }
  return subject;
}

// The subject in `zone` (the words before the frequency, at `offset` in the clause), or, with
// `leading`, at the start of the words after it.
std::optional<Subject> find_subject_in(const std::string& zone, std::size_t offset, bool leading,
                                       std::string_view item_text) {
  std::string list = leading ? "^(?:" + kRoleList + ")" : "(?:" + kRoleList + ")$";
  if (auto match = compiled(list).find(zone); match && !compiled(kActionStart).find(match->groups[0]))
    return roles_subject(*match, offset);
  for (const auto& words : kEachUnit)
    if (auto match = compiled(words.pattern).find(zone); match && (!leading || match->start == 0))
      return Subject{{offset + match->start, offset + match->end}, DraftRule::Subjects::each_unit, {std::string(words.kind)}, ""};
  if (leading) return std::nullopt;
  if (auto match = compiled(kBody).find(zone))
    return Subject{{offset + match->start, offset + match->end}, DraftRule::Subjects::by, {match->groups[1]}, match->groups[2]};
  for (const auto& reference : kBodyReferences) {
    auto words = compiled(reference.words).find(zone);
    if (!words) continue;
    if (auto named = compiled(reference.antecedent).find(item_text))
      return Subject{{offset + words->start, offset + words->end}, DraftRule::Subjects::by,
                     {named->groups[1] + named->groups[2]}, named->groups[2]};
  }
  return std::nullopt;
}

std::optional<Subject> find_subject(const std::string& text, const std::optional<Period>& period,
                                    std::string_view item_text) {
  std::size_t before = period ? period->span.start : 0;
  if (before > 0)
    if (auto subject = find_subject_in(text.substr(0, before), 0, false, item_text)) return subject;
  std::size_t after = period ? period->span.end : 0;
  return find_subject_in(text.substr(after), after, true, item_text);
}

// The clause without its subject, period and amount: what is to be done.
std::string activity_words(const std::string& clause, const std::vector<Span>& spans) {
  std::string kept;
  for (std::size_t i = 0; i < clause.size(); ++i) {
    bool inside = std::any_of(spans.begin(), spans.end(), [&](const Span& span) { return i >= span.start && i < span.end; });
    if (!inside) kept += clause[i];
  }
  kept = replaced(kept, compiled(kAmountWords), "");
  kept = replaced(kept, compiled(kLeadingFiller), "");
  return trimmed(kept);
}

// The clauses of a sentence: at each comma or colon, and at a 、 that starts a new period.
std::vector<std::string> clauses_of(std::string_view sentence) {
  std::vector<std::string> clauses;
  std::string lead;
  for (const auto& words : kFrequencies) lead += (lead.empty() ? "" : "|") + std::string(words.pattern);
  for (const auto& words : kDeadlines) lead += "|" + std::string(words.pattern);
  for (const auto& clause : split_at(sentence, kClauseEnd))
    for (auto& piece : split_at(clause, "、(?=" + lead + ")")) clauses.push_back(std::move(piece));
  return clauses;
}

struct Carried {
  std::optional<Subject> subject;
  std::optional<Period> period;
};

std::optional<DraftRule> read_clause(const std::string& clause, std::string_view item_text, int year, Carried& carried) {
  std::string text = masked(clause);
  auto period = find_period(text, year);
  auto amount = find_amount(text);
  // An amount that cannot be a quota's (1.5次, a thousand digits) leaves the sentence to a person.
  if (!amount && compiled(kAmount).find(text)) return std::nullopt;
  if (!period && !amount) return std::nullopt;
  auto subject = find_subject(text, period, item_text);
  if (!subject && carried.subject) subject = Subject{{}, carried.subject->kind, carried.subject->names, carried.subject->by_kind};
  if (!subject) return std::nullopt;
  if (!period && carried.period) period = Period{{}, carried.period->every, carried.period->due};
  DraftRule rule;
  rule.subject_kind = subject->kind;
  rule.subjects = subject->names;
  rule.by_kind = subject->by_kind;
  rule.every = period ? period->every : "year";
  rule.due = period ? period->due : std::nullopt;
  std::vector<Span> spans{subject->span};
  if (period) spans.push_back(period->span);
  if (amount) {
    spans.push_back(amount->span);
    rule.at_least = amount->value;
    rule.hours = std::find(std::begin(kHourWords), std::end(kHourWords), amount->counter) != std::end(kHourWords);
    if (amount->counter != "次" && amount->counter != "学时" && amount->counter != "课时") rule.unit = amount->counter;
  }
  for (const auto& [words, norm] : kNorms)
    if (rule.norm.empty() && text.find(words) != std::string::npos) rule.norm = norm;
  rule.activity_title = activity_words(clause, spans);
  rule.activity = replaced(rule.activity_title, compiled(kLeadingVerb), "");
  rule.quote = clause;
  carried = Carried{subject, period};
  return rule.activity.empty() ? std::nullopt : std::optional(rule);
}

bool same_request(const DraftRule& a, const DraftRule& b) {
  return a.subject_kind == DraftRule::Subjects::each && b.subject_kind == DraftRule::Subjects::each &&
         a.at_least == b.at_least && a.hours == b.hours && a.due == b.due && a.every == b.every && a.unit == b.unit &&
         a.activity_title == b.activity_title;
}

// Adds `rule`, or its roles to a rule of the item asking the same thing.
void add_rule(std::vector<DraftRule>& rules, DraftRule rule) {
  for (DraftRule& earlier : rules)
    if (same_request(earlier, rule)) {
      for (auto& name : rule.subjects)
        if (std::find(earlier.subjects.begin(), earlier.subjects.end(), name) == earlier.subjects.end())
          earlier.subjects.push_back(name);
      earlier.quote += "……" + rule.quote;
      return;
    }
  rules.push_back(std::move(rule));
}

}  // namespace

std::vector<std::string> sentences_of(std::string_view text) { return split_at(text, kSentenceEnd); }

bool mentions_number(std::string_view sentence) {
  return compiled(kCountedNumber).find(masked(sentence)).has_value();
}

QuotaReading read_quotas(std::string_view text, int year) {
  QuotaReading reading;
  for (const auto& sentence : sentences_of(text)) {
    Carried carried;
    bool any = false;
    for (const auto& clause : clauses_of(sentence))
      if (auto rule = read_clause(clause, text, year, carried)) {
        add_rule(reading.rules, std::move(*rule));
        any = true;
      }
    if (!any && mentions_number(sentence)) reading.unplaced.push_back(sentence);
  }
  return reading;
}

}  // namespace plancheck
