// End-to-end: `plancheck draft` on the seed's plan document (the bundled plan was written from it)
// and on documents of other phrasings, as Markdown, GBK text and Word; `validate` accepts each draft.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "read/plan_reader.h"
#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;

namespace {

const std::string kSeedDocument = "tests/fixtures/plan-documents/fao-2022.txt";
const std::string kMarkdownDocument = "tests/fixtures/plan-documents/bureau-2023.md";

std::string source_path(const std::string& relative) { return (fs::path(PLANCHECK_SOURCE_DIR) / relative).string(); }

// Drafts `document` into `plan` and checks that validate accepts it; returns the draft's run.
Run draft_and_validate(const std::string& document, const std::string& plan, std::vector<std::string> more = {}) {
  std::vector<std::string> arguments{"draft", document, "-o", plan};
  arguments.insert(arguments.end(), more.begin(), more.end());
  Run drafted = run_plancheck(arguments);
  REQUIRE_MESSAGE(drafted.exit_code == 0, drafted.err);
  Run validated = run_plancheck({"validate", plan});
  CHECK_MESSAGE(validated.exit_code == 0, validated.err);
  CHECK(validated.err.find("error:") == std::string::npos);
  return drafted;
}

Plan plan_of(const std::string& file) {
  Diagnostics diagnostics;
  auto plan = read_plan(file, diagnostics);
  REQUIRE(plan.has_value());
  CHECK_FALSE(has_errors(diagnostics));
  return *plan;
}

std::vector<const Rule*> rules_of(const Plan& plan) {
  std::vector<const Rule*> rules;
  for (const auto& section : plan.sections)
    for (const auto& item : section.items)
      for (const auto& rule : item.rules) rules.push_back(&rule);
  return rules;
}

// Whom, how often and how much: what a drafted rule must share with the rule written by hand.
std::string quota_of(const Rule& rule) {
  std::vector<std::string> names = rule.subjects.names;
  std::sort(names.begin(), names.end());
  std::string subjects;
  for (const auto& name : names) subjects += name + " ";
  return fmt::format("{} {}/ every {} due {} at least {} {}", static_cast<int>(rule.subjects.kind), subjects,
                     static_cast<int>(rule.every), rule.due ? format_date(*rule.due) : "-", rule.at_least.hundredths,
                     rule.sum == Measure::hours ? "hours" : "times");
}

// A rule of the bundled plan taken from the document: its own source, and every part of its quote
// (parts joined by ……) words of the document.
bool from_document(const Rule& rule, const std::string& document) {
  if (rule.source.kind != RuleSource::Kind::plan || rule.quote.empty()) return false;
  std::string_view quote = rule.quote;
  for (std::size_t at = 0; at <= quote.size();) {
    std::size_t end = std::min(quote.find("……", at), quote.size());
    if (document.find(quote.substr(at, end - at)) == std::string::npos) return false;
    at = end + std::string_view("……").size();
  }
  return true;
}

const Rule* rule_with_activity(const Plan& plan, const std::string& activity) {
  for (const Rule* rule : rules_of(plan))
    if (rule->activity == activity) return rule;
  return nullptr;
}

// The quota of the draft's rule for `activity`, or "no rule".
std::string quota_for(const Plan& plan, const std::string& activity) {
  const Rule* rule = rule_with_activity(plan, activity);
  return rule ? quota_of(*rule) : "no rule for " + activity;
}

}  // namespace

TEST_CASE("draft: the seed document gives the bundled plan's sections, items, titles and every quota taken from it") {
  TempFolder scratch;
  Run drafted = draft_and_validate(kSeedDocument, scratch / "plan.yaml");
  Plan draft = plan_of(scratch / "plan.yaml");
  Plan bundled = plan_of(source_path(kSeed));
  CHECK(draft.title == bundled.title);
  CHECK(draft.summary == bundled.summary);
  CHECK(format_date(draft.start) == "2022-01-01");
  CHECK(format_date(draft.end) == "2022-12-31");
  REQUIRE(draft.sections.size() == 4);
  REQUIRE(bundled.sections.size() == 4);
  std::size_t items = 0;
  for (std::size_t s = 0; s < 4; ++s) {
    CHECK(draft.sections[s].id == bundled.sections[s].id);
    CHECK(draft.sections[s].title == bundled.sections[s].title);
    REQUIRE(draft.sections[s].items.size() == bundled.sections[s].items.size());
    for (std::size_t i = 0; i < draft.sections[s].items.size(); ++i, ++items) {
      CHECK(draft.sections[s].items[i].id == bundled.sections[s].items[i].id);
      CHECK(draft.sections[s].items[i].title == bundled.sections[s].items[i].title);
      CHECK(draft.sections[s].items[i].text == bundled.sections[s].items[i].text);
    }
  }
  CHECK(items == 12);

  std::string document = read_file(source_path(kSeedDocument));
  std::vector<std::string> drafted_quotas;
  for (const Rule* rule : rules_of(draft)) drafted_quotas.push_back(quota_of(*rule));
  int compared = 0;
  for (const Rule* rule : rules_of(bundled)) {
    if (!from_document(*rule, document)) continue;
    ++compared;
    CHECK_MESSAGE(std::find(drafted_quotas.begin(), drafted_quotas.end(), quota_of(*rule)) != drafted_quotas.end(),
                  (rule->id + ": " + quota_of(*rule)));
  }
  CHECK(compared == 7);

  // The sentences with a number that became no rule: at the end of the run and of the file.
  CHECK(drafted.err.find("Sentences with a number in them that became no rule") != std::string::npos);
  CHECK(drafted.err.find("\n  item 5: 结合庆祝建党101周年，") != std::string::npos);
  CHECK(drafted.err.find("\n  item 7: 围绕“低成本创业之城") != std::string::npos);
  CHECK(drafted.err.find("4 sections, 12 items, 7 rules") != std::string::npos);
  std::string file = read_file(scratch / "plan.yaml");
  CHECK(file.find("\n#   item 5: 结合庆祝建党101周年，") != std::string::npos);
  // Every rule is marked for review, and carries its sentence.
  std::size_t marks = 0;
  for (std::size_t at = file.find("  # to review\n"); at != std::string::npos; at = file.find("  # to review\n", at + 1)) ++marks;
  CHECK(marks == 7 + 2);  // the rules, and the units 办党组 and the alliance
  REQUIRE(rule_with_activity(draft, "党课"));
  CHECK(rule_with_activity(draft, "党课")->quote == "全年党组书记、班子成员、支部书记上党课每人不少于1次");
}

TEST_CASE("draft: a Markdown document with items numbered （一） in each section, bodies, branches, hours and deadlines") {
  TempFolder scratch;
  Run drafted = draft_and_validate(kMarkdownDocument, scratch / "plan.yaml", {"--lang", "zh"});
  Plan draft = plan_of(scratch / "plan.yaml");
  CHECK(draft.title == "2023年区统计局机关党建工作要点");
  REQUIRE(draft.sections.size() == 2);
  CHECK(draft.sections[0].items[1].id == "一（二）");
  CHECK(draft.sections[0].items[1].title == "落实“三会一课”");
  CHECK(quota_for(draft, "支部委员会会议") == "1 支部 / every 3 due - at least 100 times");
  CHECK(quota_for(draft, "集中培训") == "0 党员干部 / every 0 due - at least 3200 hours");
  CHECK(quota_for(draft, "半年工作总结") == "2 局机关党委 / every 5 due 2023-06-30 at least 100 times");
  CHECK(drafted.err.find("已起草“2023年区统计局机关党建工作要点”：2 个部分、4 条要点、6 条规则") != std::string::npos);
  CHECK(drafted.err.find("\n  第二（二）条：全年计划开展5项重点任务，形成3个特色品牌\n") != std::string::npos);
  std::string file = read_file(scratch / "plan.yaml");
  CHECK(file.find("  - {id: 支部1, kind: 支部}  # 待核对：改为各支部的名称，每个一行\n") != std::string::npos);
  CHECK(file.find("\n#   第二（二）条：全年计划开展5项重点任务，形成3个特色品牌\n") != std::string::npos);
}

TEST_CASE("draft: a GBK text file is read as GBK, and says so") {
  TempFolder scratch;
  std::string text =
      "2024年市文旅局机关党建工作要点\n"
      "2024年市文旅局机关党建工作的总体要求是：以高质量党建引领高质量发展。\n"
      "一、强化理论武装\n"
      "1.坚持集中学习。班子成员和支部书记每年讲党课1次。各支部每半年召开1次党员大会。\n"
      "2.严格组织生活。各支部每周开展1次学习，年底前完成民主评议党员。\n"
      "二、加强作风建设\n"
      "3.持续改进作风。每月通报1次作风建设情况。\n";
  Run converted = run_program({"iconv", "-f", "UTF-8", "-t", "GBK"}, {.input = text});
  REQUIRE(converted.exit_code == 0);
  write_file(scratch / "要点.txt", converted.out);
  Run drafted = draft_and_validate(scratch / "要点.txt", scratch / "plan.yaml");
  CHECK(drafted.err.find("要点.txt is not UTF-8: read it as GBK\n") != std::string::npos);
  CHECK(drafted.err.find("\n  item 3: 每月通报1次作风建设情况\n") != std::string::npos);
  Plan draft = plan_of(scratch / "plan.yaml");
  CHECK(draft.title == "2024年市文旅局机关党建工作要点");
  CHECK(draft.sections.size() == 2);
  CHECK(quota_for(draft, "党课") == "0 支部书记 班子成员 / every 0 due - at least 100 times");
  CHECK(quota_for(draft, "党员大会") == "1 支部 / every 1 due - at least 100 times");
  CHECK(quota_for(draft, "学习") == "1 支部 / every 4 due - at least 100 times");
  CHECK(quota_for(draft, "民主评议党员") == "1 支部 / every 5 due 2024-12-31 at least 100 times");
}

TEST_CASE("draft: a Word document is read through pandoc") {
  TempFolder scratch;
  write_file(scratch / "要点.md",
             "2025年县委办机关党建工作要点\n\n2025年机关党建工作总的要求是：抓好支部建设。\n\n一、抓实支部建设\n\n"
             "1.规范组织生活。每个党支部每季度召开1次组织生活会。办党组书记每年主持1次述职评议会。\n\n"
             "2.强化教育培训。全体党员每年参加培训不少于24学时。\n");
  REQUIRE(run_program({"pandoc", scratch / "要点.md", "-o", scratch / "要点.docx"}).exit_code == 0);
  Run drafted = draft_and_validate(scratch / "要点.docx", scratch / "plan.yaml");
  Plan draft = plan_of(scratch / "plan.yaml");
  CHECK(draft.title == "2025年县委办机关党建工作要点");
  REQUIRE(draft.sections.size() == 1);
  REQUIRE(draft.sections[0].items.size() == 2);
  CHECK(draft.sections[0].items[1].title == "强化教育培训");
  CHECK(quota_for(draft, "组织生活会") == "1 支部 / every 2 due - at least 100 times");
  CHECK(quota_for(draft, "述职评议会") == "0 党组书记 / every 0 due - at least 100 times");
  CHECK(quota_for(draft, "培训") == "0 党员 / every 0 due - at least 2400 hours");
  CHECK(drafted.err.find("1 sections, 2 items, 3 rules") != std::string::npos);

  // The Markdown fixture made into Word drafts the same plan as the Markdown itself.
  REQUIRE(run_program({"pandoc", source_path(kMarkdownDocument), "-o", scratch / "bureau.docx"}).exit_code == 0);
  draft_and_validate(scratch / "bureau.docx", scratch / "from-word.yaml");
  draft_and_validate(kMarkdownDocument, scratch / "from-markdown.yaml");
  auto without_first_line = [](const std::string& text) { return text.substr(text.find('\n')); };
  CHECK(without_first_line(read_file(scratch / "from-word.yaml")) == without_first_line(read_file(scratch / "from-markdown.yaml")));
}

TEST_CASE("draft: without -o the plan is printed, and a file neither UTF-8 nor GBK is an error at its place, nothing written") {
  Run printed = run_plancheck({"draft", kSeedDocument});
  CHECK(printed.exit_code == 0);
  CHECK(printed.out.find("plancheck: 1\nplan:\n  id: plan-2022\n  title: 2022年市外办机关党建工作要点\n") != std::string::npos);

  TempFolder scratch;
  write_file(scratch / "bad.txt", "一、强化\n1.坚持\xFF\xFE学习。\n");
  Run failed = run_plancheck({"draft", "bad.txt", "-o", "plan.yaml"}, {.directory = scratch.path()});
  CHECK(failed.exit_code == 2);
  CHECK(failed.err.find("bad.txt:2:5: error: cannot read this file's text: it is neither UTF-8 nor GBK") != std::string::npos);
  CHECK(failed.err.find("save it again as UTF-8 plain text") != std::string::npos);
  CHECK_FALSE(fs::exists(scratch / "plan.yaml"));

  write_file(scratch / "old.docx", "not a zip\n");
  Run not_word = run_plancheck({"draft", "old.docx", "-o", "plan.yaml"}, {.directory = scratch.path()});
  CHECK(not_word.exit_code == 2);
  CHECK(not_word.err.find("old.docx: error: pandoc could not read this Word file: ") != std::string::npos);
  CHECK(not_word.err.find("help: check that it is a .docx file of Word 2007 or later") != std::string::npos);
  CHECK_FALSE(fs::exists(scratch / "plan.yaml"));
}

}  // namespace plancheck
