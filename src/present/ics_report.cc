#include "present/ics_report.h"

#include <libical/ical.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <ostream>

#include <fmt/format.h>

#include "evaluate/agenda.h"
#include "present/labels.h"
#include "present/report_messages.h"

namespace plancheck {

namespace {

constexpr int kReminderHour = 9;  // reminders go off at 09:00, local time of the calendar
constexpr int kSecondsPerDay = 24 * 60 * 60;

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype ical_date(Date date) {
  std::chrono::year_month_day day{date};
  icaltimetype time = icaltime_null_date();
  time.year = static_cast<int>(day.year());
  time.month = static_cast<int>(static_cast<unsigned>(day.month()));
  time.day = static_cast<int>(static_cast<unsigned>(day.day()));
  return time;
}

// Midnight UTC at the start of `date`.
icaltimetype ical_utc_midnight(Date date) {
  icaltimetype time = ical_date(date);
  time.is_date = 0;
  time.hour = time.minute = time.second = 0;
  time.zone = icaltimezone_get_utc_timezone();
  return time;
}

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string uid_safe(std::string_view text) {
  std::string kept;
  for (char c : text)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')
      kept += c;
  return kept.empty() ? "plan" : kept;
}

std::string date_digits(Date date) {
  std::string text = format_date(date);
  return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
}

std::string summary_of(const Report& report, const Result& result, Language language) {
  std::string summary = say(language, messages::kCalendarSummary, result.subject,
                            activity_label(report.plan(), result.rule->activity), period_label(result.period, language),
                            done_of_required(result, language));
  if (result.status == Status::open || result.status == Status::upcoming) return summary;
  return say(language, messages::kCalendarStatusFirst, status_label(result.status, language), summary);
}

std::string description_of(const Report& report, const Result& result, Language language) {
  using namespace messages;
  std::string text = result_standing(result, language) + "\n";
  if (result.completed_on) text += say(language, kCalendarDoneOn, format_date(*result.completed_on)) + "\n";
  text += say(language, kCalendarWho, result.subject) + "\n";
  text += say(language, kCalendarActivity, activity_label(report.plan(), result.rule->activity)) + "\n";
  text += say(language, kCalendarPeriod, period_label(result.period, language), format_date(result.period.start),
              format_date(result.period.end)) +
          "\n";
  text += say(language, kCalendarItem, item_heading(*result.item)) + "\n";
  text += say(language, kCalendarRequired, requirement_text(*result.rule, language)) + "\n";
  if (!result.rule->quote.empty()) text += say(language, kPlanQuote, quoted(result.rule->quote)) + "\n";
  return text + say(language, kCalendarAsOf, format_date(report.as_of()));
}

// A display alarm at 09:00, `days` before the all-day event's day (on the day itself for 0).
icalcomponent* reminder(const std::string& summary, int days, Language language) {
  icalcomponent* alarm = icalcomponent_new_valarm();
  icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  icaltriggertype trigger{};
  trigger.time = icaltime_null_time();
  trigger.duration = icaldurationtype_from_int(-days * kSecondsPerDay + kReminderHour * 60 * 60);
  icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
  std::string words = say(language, messages::kCalendarReminder, summary, days_to_deadline_label(days, language));
  icalcomponent_add_property(alarm, icalproperty_new_description(words.c_str()));
  return alarm;
}

icalcomponent* event_of(const Report& report, const Result& result, const RenderOptions& options) {
  Language language = options.languages.report;
  Date as_of = report.as_of();
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(calendar_uid(report.plan(), result).c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(ical_utc_midnight(as_of)));
  icalcomponent_add_property(event, icalproperty_new_lastmodified(ical_utc_midnight(as_of)));
  // Days since 1970: each later as-of date is a newer revision of every event.
  icalcomponent_add_property(event, icalproperty_new_sequence(static_cast<int>(as_of.time_since_epoch().count())));
  icalcomponent_add_property(event, icalproperty_new_dtstart(ical_date(result.deadline)));
  icalcomponent_add_property(event, icalproperty_new_dtend(ical_date(result.deadline + std::chrono::days(1))));
  std::string summary = summary_of(report, result, language);
  icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
  icalcomponent_add_property(event, icalproperty_new_description(description_of(report, result, language).c_str()));
  icalcomponent_add_property(event, icalproperty_new_categories(status_label(result.status, language).c_str()));
  // A deadline is not a meeting: the day stays free.
  icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
  if (result.status == Status::open || result.status == Status::upcoming)
    icalcomponent_add_component(event, reminder(summary, options.remind_days, language));
  return event;
}

}  // namespace

std::string calendar_uid(const Plan& plan, const Result& result) {
  std::string start = format_date(result.period.start);
  std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}", plan.id, result.item->id, result.rule->id,
                                result.subject, start);
  return fmt::format("{}-{}-{:016x}@plancheck", uid_safe(plan.id), date_digits(result.period.start), fnv1a(key));
}

void render_ics(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (!report.inputs->ok() || !report.evaluation) return;
  Component calendar{icalcomponent_new_vcalendar()};
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//plancheck//agenda//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  // The calendar's name where a client shows one (Outlook, Apple, many phones).
  std::string name = say(options.languages.report, messages::kCalendarName, report.plan().title);
  icalproperty* calendar_name = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(calendar_name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), calendar_name);
  for (const Result* row : report.rows) icalcomponent_add_component(calendar.get(), event_of(report, *row, options));
  if (report.kind == ReportKind::agenda)
    for (const Result* done : select_recently_done(report.scope, report.as_of(), report.query.within_days))
      icalcomponent_add_component(calendar.get(), event_of(report, *done, options));
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  out << text;
  std::free(text);
}

}  // namespace plancheck
