#include "cli/prompted_log.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <ostream>

#include "cli/completion_values.h"
#include "cli/line_prompt.h"
#include "cli/options.h"
#include "cli/prompt_messages.h"
#include "evaluate/entry_period.h"
#include "evaluate/evaluate.h"
#include "present/labels.h"
#include "read/log_reader.h"
#include "read/office_values.h"
#include "read/suggest.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

using namespace messages;

// Asks until `accept` takes the answer (it returns why not, else empty). Nothing on Ctrl-D.
std::optional<std::string> ask_until(LinePrompt& prompt, const std::string& question,
                                     const std::vector<std::string>& choices, const Context& context,
                                     const std::function<std::string(const std::string&)>& accept) {
  for (;;) {
    auto answer = prompt.ask(question, choices);
    if (!answer) return std::nullopt;
    std::string problem = accept(*answer);
    if (problem.empty()) return answer;
    context.streams.out << "  " << context.err_style().red("✗") << " " << problem << "\n";
  }
}

std::string unknown_name(const std::string& message, const std::string& name, const std::vector<std::string>& known,
                         Language language) {
  Text suggestion = did_you_mean(name, known);
  return suggestion.empty() ? message : message + "，" + suggestion.in(language);
}

// Whether a rule counting `activity` is as `wanted` says: it counts hours, it gives attendance.
bool some_rule(const Plan& plan, const std::string& activity, bool (*wanted)(const Rule&)) {
  for (const Section& section : plan.sections)
    for (const Item& item : section.items)
      for (const Rule& rule : item.rules)
        if (rule.activity == activity && wanted(rule)) return true;
  return false;
}

bool counts_hours(const Rule& rule) { return rule.sum == Measure::hours; }
bool gives_attendance(const Rule& rule) { return rule.attendance_minimum.has_value(); }

// The files of the plan's folder, as an entry names its evidence (relative to the plan).
std::vector<std::string> folder_files(const Plan& plan) {
  std::vector<std::string> files;
  fs::path folder = fs::path(plan.file).parent_path();
  std::error_code error;
  fs::path root = folder.empty() ? fs::path(".") : folder;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error), end;
       !error && it != end && files.size() < 5000; it.increment(error)) {
    if (it->path().filename().string().starts_with(".")) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error)) files.push_back(it->path().lexically_relative(root).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Who did it, each name one of the plan's people or units. False when the clerk gives up.
bool ask_by(LinePrompt& prompt, const PlanNames& names, const Context& context, LogOptions& options) {
  Language language = context.language;
  auto by = ask_until(prompt, say(language, kAskBy), names.subjects, context, [&](const std::string& text) {
    std::vector<std::string> listed = split_list(text);
    if (listed.empty()) return say(language, kAnswerNeeded);
    for (const std::string& name : listed)
      if (!names.subject_set.count(name))
        return unknown_name(say(language, kUnknownSubjectAnswer, name), name, names.subjects, language);
    return std::string();
  });
  if (by) options.by = split_list(*by);
  return by.has_value();
}

// The period an answer names, as `for:` writes it (2022年度 is 2022), or why it is none.
std::string read_period_answer(const std::string& answer, std::string& period, Language language) {
  period = parse_office_period(answer).value_or(answer);
  Diagnostics problems;
  if (read_for_period(period, problems, "for")) return std::string();
  return say(language, kNotAPeriodAnswer, problems.front().message.in(language), problems.front().hint.in(language));
}

// What the entry is for, asked when its date lies in the grace of a rule's earlier period (Enter
// takes that period; the present one's name leaves `for:` out) or after the plan's end (needed
// then). False when the clerk gives up.
bool ask_for_period(LinePrompt& prompt, const Plan& plan, const Context& context, LogOptions& options) {
  Language language = context.language;
  auto date = parse_office_date_text(options.date);
  if (!date) return true;  // --date as given, which the entry's check reads
  auto grace = grace_period_at(plan, options.activity, options.by, *date);
  bool after_plan = *date > plan.end;
  if (!grace && !after_plan) return true;
  std::string question;
  if (!after_plan)
    question = say(language, kAskForPeriod, grace->earlier, grace->current);
  else if (grace)
    question = say(language, kAskForPeriodAfterPlan, options.date, grace->earlier);
  else
    question = say(language, kAskForPeriodAfterPlanNoDefault, options.date, std::to_string(year_of(plan.end)));
  std::vector<std::string> choices;
  for (const Candidate& candidate : plan_periods(plan)) choices.push_back(candidate.word);
  std::string period;
  auto answer = ask_until(prompt, question, choices, context, [&](const std::string& text) {
    if (text.empty()) {
      period = grace ? grace->earlier : "";
      return period.empty() ? say(language, kAnswerNeeded) : std::string();
    }
    return read_period_answer(text, period, language);
  });
  if (!answer) return false;
  if (!(grace && !after_plan && period == grace->current)) options.for_period = period;
  return true;
}

}  // namespace

std::optional<LogOptions> ask_for_entry(const LogOptions& given, const Workspace& workspace, const Context& context) {
  Language language = context.language;
  const Plan& plan = *workspace.plan;
  PlanNames names(plan);
  LinePrompt prompt;
  LogOptions options = given;
  context.streams.out << say(language, kPromptIntro, plan.title) << "\n";
  Date today = context.environment.today;
  // 3-15 is a day of the plan's year when today is not in the plan (a past plan being completed).
  std::optional<int> year;
  if (today < plan.start || today > plan.end) year = year_of(plan.start);
  auto when = ask_until(prompt, say(language, kAskDate, format_date(today)), {}, context, [&](const std::string& text) {
    auto date = parse_spoken_date(text, today, year);
    if (!date) return say(language, kNotADateAnswer, text);
    // After the plan's end, the entry is for one of its periods: asked below.
    if (*date < plan.start) return say(language, kDateBeforePlanAnswer, format_date(*date), format_date(plan.start));
    return std::string();
  });
  if (!when) return std::nullopt;
  if (options.date.empty()) options.date = format_date(*parse_spoken_date(*when, today, year));
  auto activity = ask_until(prompt, say(language, kAskActivity), names.activities, context, [&](const std::string& text) {
    if (text.empty()) return say(language, kAnswerNeeded);
    if (names.activity_set.count(text)) return std::string();
    return unknown_name(say(language, kUnknownActivityAnswer, text), text, names.activities, language);
  });
  if (!activity) return std::nullopt;
  options.activity = *activity;
  if (options.by.empty() && !ask_by(prompt, names, context, options)) return std::nullopt;
  if (options.for_period.empty() && !ask_for_period(prompt, plan, context, options)) return std::nullopt;
  auto optional_text = [&](const Message<>& question, std::string& field, bool files = false) {
    if (!field.empty()) return true;
    // Evidence is named relative to the plan's folder, wherever plancheck runs: completed from it.
    auto answer = prompt.ask(say(language, question), files ? folder_files(plan) : std::vector<std::string>{});
    if (answer) field = *answer;
    return answer.has_value();
  };
  if (!optional_text(kAskTitle, options.title) || !optional_text(kAskPlace, options.place)) return std::nullopt;
  std::string attendees, evidence;
  if (!optional_text(kAskAttendees, attendees)) return std::nullopt;
  if (options.attendees.empty()) options.attendees = split_list(attendees);
  std::string absent;
  if (options.absent.empty() && some_rule(plan, options.activity, gives_attendance)) {
    if (!optional_text(kAskAbsent, absent)) return std::nullopt;
    options.absent = split_list(absent);
  }
  if (some_rule(plan, options.activity, counts_hours) && !optional_text(kAskHours, options.hours)) return std::nullopt;
  if (!optional_text(kAskNotes, options.notes) || !optional_text(kAskEvidence, evidence, true)) return std::nullopt;
  if (options.evidence.empty()) options.evidence = split_list(evidence);
  return options;
}

bool confirm_entry(const Entry& entry, const std::string& text, const std::string& file, const Workspace& workspace,
                   const Context& context) {
  Language language = context.language;
  Ledger ledger = workspace.ledger;
  if (ledger.files.empty()) ledger.files.push_back(file);
  ledger.entries.push_back(entry);
  ledger.entries.back().file = 0;
  Date as_of = std::max(context.environment.today, entry.counted_on());
  Evaluation evaluation = evaluate(*workspace.plan, ledger, as_of);
  auto index = static_cast<std::uint32_t>(ledger.entries.size() - 1);
  std::ostream& out = context.streams.out;
  bool any = false;
  for (const Result& result : evaluation.results) {
    if (std::find(result.entries.begin(), result.entries.end(), index) == result.entries.end()) continue;
    if (!any) out << "\n" << say(language, kWillCountToward) << "\n";
    any = true;
    out << say(language, kCountedQuotaLine, item_heading(*result.item), result.subject,
               period_label(result.period, language))
        << "\n";
  }
  out << "\n" << text << "\n";
  LinePrompt prompt;
  auto answer = prompt.ask(say(language, kConfirmWrite, file));
  return answer && (answer->empty() || *answer == "y" || *answer == "Y" || *answer == "是" || *answer == "yes");
}

}  // namespace plancheck
