#include "present/labels.h"

#include <fmt/format.h>

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

const char* status_label(Status status) {
  switch (status) {
    case Status::met: return "已完成";
    case Status::late: return "逾期完成";
    case Status::overdue: return "逾期";
    case Status::open: return "进行中";
    case Status::upcoming: return "未开始";
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

std::string requirement_text(const Rule& rule) {
  std::string who;
  const auto& names = rule.subjects.names;
  switch (rule.subjects.kind) {
    case SubjectSelector::Kind::each_role:
      for (std::size_t i = 0; i < names.size(); ++i) who += (i ? "、" : "") + names[i];
      who += "每人";
      break;
    case SubjectSelector::Kind::each_unit: who = "每个" + names.front(); break;
    case SubjectSelector::Kind::by: who = names.front(); break;
  }
  std::string when;
  switch (rule.every) {
    case Frequency::year: when = "每年"; break;
    case Frequency::half: when = "每半年"; break;
    case Frequency::quarter: when = "每季度"; break;
    case Frequency::month: when = "每月"; break;
    case Frequency::week: when = "每周"; break;
    case Frequency::once:
      when = "于" + (rule.due ? format_date(*rule.due) : std::string("?")) + "前完成";
      return who + when + (rule.at_least > 1 ? "，至少" + std::to_string(rule.at_least) + "次" : "");
  }
  return who + when + "至少" + std::to_string(rule.at_least) + "次";
}

std::string days_to_deadline_label(int days) {
  if (days < 0) return fmt::format("超期 {} 天", -days);
  return days == 0 ? "今天截止" : fmt::format("剩 {} 天", days);
}

std::string time_left_label(const Result& result, Date as_of) {
  switch (result.status) {
    case Status::open:
    case Status::overdue: return days_to_deadline_label(static_cast<int>((result.period.end - as_of).count()));
    default: return "";
  }
}

std::string result_standing(const Result& result, Date as_of) {
  if (result.status == Status::upcoming)
    return fmt::format("{}：{} 开始，期限 {}", status_label(result.status), format_date(result.period.start),
                       format_date(result.period.end));
  std::string text = fmt::format("{}：完成 {}/{}，期限 {}", status_label(result.status), result.done, result.required,
                                 format_date(result.period.end));
  std::string left = time_left_label(result, as_of);
  return left.empty() ? text : text + "，" + left;
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

}  // namespace plancheck
