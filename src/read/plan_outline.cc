#include "read/plan_outline.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "read/quota_patterns.h"
#include "read/text_pattern.h"

namespace plancheck {

namespace {

constexpr std::string_view kSection = "^([一二三四五六七八九十]+)[、．.]\\s*(.+)$";
// How items are numbered; the first of these a section's lines use is the document's.
struct ItemNumbering {
  std::string_view pattern;  // groups: the number, the words
  std::string_view qualified;  // the id when numbers start again in each section: {section}{number}
};
constexpr ItemNumbering kItemNumberings[] = {
    {"^([0-9]+)\\s*[.．、]\\s*(.+)$", "{}.{}"},
    {"^[（(]([一二三四五六七八九十]+)[）)]\\s*(.+)$", "{}（{}）"},
};
constexpr std::string_view kYear = "(20[0-9]{2})年";
constexpr std::string_view kTitleWords = "要点$|计划$|安排$";
constexpr std::string_view kTitleFromRequirements = "^(.+?)(?:总的要求|总体要求|总要求)";
constexpr std::string_view kFirstSentence = "^(.+?)[。；！？]";
constexpr std::size_t kLongestTitle = 60;  // characters of a title line

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_title_line(const std::string& line) {
  return characters(line) <= kLongestTitle && line.find("。") == std::string::npos && line.find("：") == std::string::npos;
}

std::string first_sentence(const std::string& text) {
  static const TextPattern sentence(kFirstSentence);
  auto match = sentence.find(text);
  return match ? match->groups[1] : text;
}

struct Numbered {
  std::size_t numbering;
  std::string number, words;
};

std::optional<Numbered> item_line(const std::string& line) {
  for (std::size_t i = 0; i < std::size(kItemNumberings); ++i) {
    static const auto patterns = [] {
      std::vector<TextPattern> compiled;
      for (const auto& numbering : kItemNumberings) compiled.emplace_back(numbering.pattern);
      return compiled;
    }();
    if (auto match = patterns[i].find(line)) return Numbered{i, match->groups[1], match->groups[2]};
  }
  return std::nullopt;
}

// Sections and items, their ids as the document numbers them.
void lay_out(PlanDraft& draft, const std::vector<std::string>& paragraphs, std::size_t first,
             std::vector<std::size_t>& numbering_of_items) {
  static const TextPattern section(kSection);
  std::optional<std::size_t> numbering;
  for (std::size_t i = first; i < paragraphs.size(); ++i) {
    const std::string& line = paragraphs[i];
    auto heading = section.find(line);
    auto item = item_line(line);
    if (heading && !(item && numbering == item->numbering)) {
      draft.sections.push_back(DraftSection{heading->groups[1], heading->groups[2], {}});
      continue;
    }
    if (draft.sections.empty()) draft.sections.push_back(DraftSection{"一", "", {}});
    auto& items = draft.sections.back().items;
    if (item && (!numbering || numbering == item->numbering)) {
      numbering = item->numbering;
      items.push_back(DraftItem{item->number, first_sentence(item->words), item->words, {}});
      numbering_of_items.push_back(item->numbering);
    } else if (!items.empty()) {
      items.back().text += "\n" + line;
    } else {
      for (const auto& sentence : sentences_of(line))
        if (mentions_number(sentence)) draft.unplaced.push_back({draft.sections.back().id, sentence});
    }
  }
}

// Item ids unique in the plan: with the section's number when numbers start again in each section.
void qualify_item_ids(PlanDraft& draft, const std::vector<std::size_t>& numbering_of_items) {
  std::set<std::string> seen;
  bool repeated = false;
  for (const auto& section : draft.sections)
    for (const auto& item : section.items) repeated = repeated || !seen.insert(item.id).second;
  if (!repeated) return;
  std::size_t index = 0;
  for (auto& section : draft.sections)
    for (auto& item : section.items)
      item.id = fmt::format(fmt::runtime(kItemNumberings[numbering_of_items[index++]].qualified), section.id, item.id);
}

// `id` made unique among `seen` by a count after it: a document that numbers two sections 一, or two
// items 1 in one section, still gives a plan with unique ids.
std::string unique_id(const std::string& id, std::set<std::string>& seen) {
  std::string unique = id;
  for (int count = 2; !seen.insert(unique).second; ++count) unique = fmt::format("{}（{}）", id, count);
  return unique;
}

void make_ids_unique(PlanDraft& draft) {
  std::set<std::string> sections, items;
  for (auto& section : draft.sections) {
    section.id = unique_id(section.id, sections);
    for (auto& item : section.items) item.id = unique_id(item.id, items);
  }
}

bool starts_body(const std::string& line) {
  static const TextPattern section(kSection);
  return section.find(line) || item_line(line);
}

// Where the header's title is: the last short line naming the plan (…要点) before the first section,
// after a cover letter's lines (关于印发《…要点》的通知, 各支部：…); else the first line when it is short.
std::optional<std::size_t> title_line(const std::vector<std::string>& paragraphs) {
  static const TextPattern names_plan(kTitleWords);
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < paragraphs.size() && !starts_body(paragraphs[i]); ++i)
    if (is_title_line(paragraphs[i]) && names_plan.find(paragraphs[i])) found = i;
  if (!found && !paragraphs.empty() && is_title_line(paragraphs[0]) && !starts_body(paragraphs[0])) found = 0;
  return found;
}

void read_header(PlanDraft& draft, const PlanDocument& document, std::size_t& first, int fallback_year) {
  static const TextPattern year(kYear), from_requirements(kTitleFromRequirements);
  draft.title = document.title;
  const auto& paragraphs = document.paragraphs;
  if (draft.title.empty())
    if (auto line = title_line(paragraphs)) {
      draft.title = paragraphs[*line];
      first = *line + 1;
    }
  for (; first < paragraphs.size() && !starts_body(paragraphs[first]); ++first)
    draft.summary += (draft.summary.empty() ? "" : "\n") + paragraphs[first];
  auto found = year.find(draft.title + "\n" + draft.summary);
  draft.year = found ? std::stoi(found->groups[1]) : fallback_year;
  if (draft.title.empty()) {
    auto lead = from_requirements.find(draft.summary);
    draft.title = lead ? lead->groups[1] + "要点" : fmt::format("{}年工作要点", draft.year);
  }
}

}  // namespace

PlanDraft outline_plan(const PlanDocument& document, int fallback_year) {
  PlanDraft draft;
  std::size_t first = 0;
  read_header(draft, document, first, fallback_year);
  for (const auto& sentence : sentences_of(draft.summary))
    if (mentions_number(sentence)) draft.unplaced.push_back({"", sentence});
  std::vector<std::size_t> numbering_of_items;
  lay_out(draft, document.paragraphs, first, numbering_of_items);
  qualify_item_ids(draft, numbering_of_items);
  make_ids_unique(draft);
  std::vector<UnplacedSentence> in_items;
  for (auto& section : draft.sections)
    for (auto& item : section.items) {
      QuotaReading reading = read_quotas(item.text, draft.year);
      item.rules = std::move(reading.rules);
      for (auto& sentence : reading.unplaced) in_items.push_back({item.id, std::move(sentence)});
    }
  draft.unplaced.insert(draft.unplaced.end(), in_items.begin(), in_items.end());
  return draft;
}

}  // namespace plancheck
