#include "present/labels.h"

#include <fmt/format.h>

#include "messages/message.h"
#include "present/report_messages.h"
#include "present/style.h"

namespace plancheck {

const char* status_key(Status status) {
  switch (status) {
    case Status::met: return "met";
    case Status::late: return "late";
    case Status::overdue: return "overdue";
    case Status::open: return "open";
    case Status::upcoming: return "upcoming";
  }
  return "";
}

std::string status_label(Status status, Language language) {
  using namespace messages;
  switch (status) {
    case Status::met: return say(language, kMet);
    case Status::late: return say(language, kLate);
    case Status::overdue: return say(language, kOverdue);
    case Status::open: return say(language, kOpen);
    case Status::upcoming: return say(language, kUpcoming);
  }
  return "";
}

const char* subject_kind_key(SubjectKind kind) { return kind == SubjectKind::person ? "person" : "unit"; }

const char* frequency_key(Frequency frequency) {
  switch (frequency) {
    case Frequency::year: return "year";
    case Frequency::half: return "half";
    case Frequency::quarter: return "quarter";
    case Frequency::month: return "month";
    case Frequency::week: return "week";
    case Frequency::once: return "once";
  }
  return "";
}

std::string section_heading(const Section& section) {
  return section.title.empty() ? section.id : section.id + "、" + section.title;
}

std::string item_heading(const Item& item) {
  return item.title.empty() ? item.id : item.id + ". " + item.title;
}

std::string period_label(const Period& period, Language language) {
  using namespace messages;
  static constexpr std::string_view kQuarterNames[] = {"一", "二", "三", "四"};
  int year = year_of(period.start);
  unsigned month = month_of(period.start);
  switch (period.frequency) {
    case Frequency::year: return say(language, kYearPeriod, year);
    case Frequency::half: return say(language, month <= 6 ? kFirstHalf : kSecondHalf, year);
    case Frequency::quarter: {
      int quarter = static_cast<int>((month - 1) / 3);
      return say(language, kQuarterPeriod, year, kQuarterNames[quarter], quarter + 1);
    }
    case Frequency::month: return say(language, kMonthPeriod, year, month);
    case Frequency::week: {
      IsoWeek week = iso_week(period.start);
      return say(language, kWeekPeriod, week.year, week.week);
    }
    case Frequency::once: return say(language, kByDuePeriod, format_date(period.end));
  }
  return {};
}

namespace {

// "党组书记、班子成员每人" / "each 党组书记 or 班子成员", "每个支部" / "each 支部", or the one name.
std::string subjects_text(const SubjectSelector& subjects, Language language) {
  using namespace messages;
  const auto& names = subjects.names;
  switch (subjects.kind) {
    case SubjectSelector::Kind::each_role: {
      std::string roles;
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) roles += say(language, i + 1 == names.size() ? kLastListSeparator : kListSeparator);
        roles += names[i];
      }
      return say(language, kEachOfRoles, roles);
    }
    case SubjectSelector::Kind::each_unit: return say(language, kEachUnit, names.front());
    case SubjectSelector::Kind::by: return names.front();
  }
  return {};
}

const Message<>& norm_word(Norm norm) {
  switch (norm) {
    case Norm::at_least: break;
    case Norm::usually: return messages::kNormUsually;
    case Norm::no_fewer_than: return messages::kNormNoFewerThan;
    case Norm::on_time: return messages::kNormOnTime;
  }
  return messages::kNormAtLeast;
}

}  // namespace

std::string quoted(const std::string& words) {
  std::string inner;
  for (std::size_t at = 0; at < words.size();) {
    if (words.compare(at, 3, "“") == 0) inner += "‘";
    else if (words.compare(at, 3, "”") == 0) inner += "’";
    else { inner += words[at++]; continue; }
    at += 3;
  }
  return "“" + inner + "”";
}

std::string document_title(const std::string& name, Language language) {
  if (language != Language::zh || name.starts_with("《")) return name;
  return "《" + name + "》";
}

std::string with_source_note(std::string requirement, const Rule& rule, Language language) {
  using namespace messages;
  switch (rule.source.kind) {
    case RuleSource::Kind::plan: return requirement;
    case RuleSource::Kind::document:
      return say(language, kFromDocument, requirement, document_title(rule.source.document, language));
    case RuleSource::Kind::office: return say(language, kOfficeArrangement, requirement);
  }
  return requirement;
}

std::string provenance_text(const Rule& rule, Language language) {
  using namespace messages;
  switch (rule.source.kind) {
    case RuleSource::Kind::plan: return rule.quote.empty() ? std::string() : say(language, kPlanQuote, quoted(rule.quote));
    case RuleSource::Kind::document:
      return say(language, kDocumentRule, document_title(rule.source.document, language),
                 rule.quote.empty() ? requirement_words(rule, language) : quoted(rule.quote));
    case RuleSource::Kind::office: {
      std::string text = say(language, kOfficeRule, requirement_words(rule, language));
      return rule.quote.empty() ? text : say(language, kWithPlanQuote, text, quoted(rule.quote));
    }
  }
  return {};
}

std::string amount_text(Amount amount, const Rule& rule, Language language) {
  std::string number = format_amount(amount);
  if (language == Language::zh)
    return number + (!rule.unit.empty() ? rule.unit : say(language, rule.sum == Measure::hours ? messages::kHoursWord : messages::kTimesWord));
  return rule.sum == Measure::hours ? number + say(language, messages::kHoursWord) : number;
}

std::vector<std::string> lacking_evidence_lines(const Ledger& ledger, const std::vector<const Result*>& rows,
                                                Language language) {
  std::vector<std::string> lines;
  for (const Result* row : rows) {
    if (row->lacking_evidence.empty()) continue;
    std::vector<std::string> entries;
    for (auto index : row->lacking_evidence) {
      const Entry& entry = ledger.entries[index];
      entries.push_back(say(language, messages::kEntryAt, format_date(entry.date), ledger.files[entry.file], entry.line));
    }
    lines.push_back(say(language, messages::kLackingEvidence, row->subject, period_label(row->period, language),
                        joined(entries, messages::kListSeparator).in(language)));
  }
  return lines;
}

std::string attendance_text(const Attendance& attendance, Language language) {
  return say(language, messages::kAttendanceText, attendance.percent(), attendance.present, attendance.expected);
}

std::string absent_text(const std::vector<Absence>& absent, Language language) {
  std::string text;
  for (const Absence& absence : absent) {
    if (!text.empty()) text += say(language, messages::kListSeparator);
    text += absence.reason.empty() ? absence.name : say(language, messages::kAbsenceWithReason, absence.name, absence.reason);
  }
  return text;
}

std::string done_of_required(const Result& result, Language language) {
  std::string done = format_amount(result.done) + "/" + format_amount(result.required);
  if (result.rule->sum != Measure::hours) return done;
  return done + say(language, messages::kHoursWord);
}

std::string requirement_text(const Rule& rule, Language language) {
  return with_source_note(requirement_words(rule, language), rule, language);
}

std::string requirement_words(const Rule& rule, Language language) {
  using namespace messages;
  std::string who = subjects_text(rule.subjects, language);
  std::string amount = amount_text(rule.at_least, rule, language);
  std::string norm = say(language, norm_word(rule.norm));
  std::string text;
  switch (rule.every) {
    case Frequency::year: text = say(language, kEveryYear, who, norm, amount); break;
    case Frequency::half: text = say(language, kEveryHalf, who, norm, amount); break;
    case Frequency::quarter: text = say(language, kEveryQuarter, who, norm, amount); break;
    case Frequency::month: text = say(language, kEveryMonth, who, norm, amount); break;
    case Frequency::week: text = say(language, kEveryWeek, who, norm, amount); break;
    case Frequency::once: {
      std::string due = rule.due ? format_date(*rule.due) : "?";
      if (rule.at_least == Amount::count(1) && rule.sum == Measure::count) {
        text = say(language, kOnceBy, who, due);
      } else {
        if (language == Language::en && rule.sum == Measure::count) amount += say(language, kTimesWord);
        text = say(language, kOnceByAmount, who, due, amount);
      }
      return text;
    }
  }
  if (rule.grace_days > 0) text = say(language, kGraceNote, rule.grace_days, text);
  if (rule.through_contact) text += say(language, kThroughContactNote);
  return text;
}

std::string days_to_deadline_label(int days, Language language) {
  using namespace messages;
  if (days < 0) return say(language, kDaysOverdue, -days);
  if (days == 0) return say(language, kDueToday);
  return say(language, kDaysLeft, days);
}

std::string time_left_label(const Result& result, Language language) {
  switch (result.status) {
    case Status::open:
    case Status::overdue: return days_to_deadline_label(result.days_left, language);
    default: return "";
  }
}

std::string result_standing(const Result& result, Language language) {
  using namespace messages;
  std::string status = status_label(result.status, language);
  std::string due = format_date(result.deadline);
  if (result.status == Status::upcoming)
    return say(language, kUpcomingStanding, status, format_date(result.period.start), due);
  std::string text = say(language, kStanding, status, done_of_required(result, language), due);
  std::string left = time_left_label(result, language);
  return left.empty() ? text : say(language, kStandingWithTimeLeft, text, left);
}

std::string activity_label(const Plan& plan, const std::string& activity) {
  const Activity* found = find_activity(plan, activity);
  return found && !found->title.empty() ? found->title : activity;
}

std::string Style::status_start(Status status) const {
  if (!color) return "";
  switch (status) {
    case Status::met: return "\033[32m";
    case Status::late: return "\033[33m";
    case Status::overdue: return "\033[1;31m";
    case Status::open: return "\033[36m";
    case Status::upcoming: return "\033[2m";
  }
  return "";
}

std::string day_label(Date date, Language language, int year) {
  auto day = static_cast<unsigned>(std::chrono::year_month_day{date}.day());
  if (language == Language::en || year_of(date) != year)
    return say(language, messages::kLongDate, year_of(date), month_of(date), day);
  return say(language, messages::kShortDate, month_of(date), day);
}

}  // namespace plancheck
