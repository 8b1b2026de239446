#pragma once

#include <iosfwd>
#include <string>

#include "evaluate/report.h"
#include "present/render.h"

namespace plancheck {

// The agenda as an RFC 5545 calendar (agenda --format ics), written with libical: one all-day
// VEVENT per quota on its deadline, in the report's language. All-day events rather than VTODOs
// because the calendars offices use (Outlook, WPS, the phones' own calendars) import events and
// drop to-dos.
//   - Every agenda row (overdue, open, upcoming) is an event; open and upcoming ones remind
//     `remind_days` before the deadline at 09:00 (VALARM), overdue ones do not.
//   - Quotas done recently (select_recently_done: deadline at most the window before the as-of
//     date) are events too, titled 【已完成】 and without a reminder, so that re-importing updates
//     an event an earlier calendar made. (VEVENT has no STATUS:COMPLETED; that is VTODO's.)
//   - UIDs come from the plan, item, rule, subject and period start, so re-importing updates the
//     same events; DTSTAMP is the as-of date, so the same inputs give the same file, and SEQUENCE
//     grows with it, so a later calendar is the newer version of each event.
// Nothing is written when the inputs have errors (load_inputs has printed them).
void render_ics(const Report& report, const RenderOptions& options, std::ostream& out);

// The event's UID for `result` of `plan`: "fao-2022-20220701-3f2a…@plancheck" (the plan id with
// only letters, digits, '-', '_' and '.' kept, the period's start, a 64-bit FNV-1a hash of plan,
// item, rule, subject and period start).
std::string calendar_uid(const Plan& plan, const Result& result);

}  // namespace plancheck
