#include "cli/ledger_query.h"

#include "cli/command_line_messages.h"
#include "cli/loading.h"
#include "cli/program_messages.h"
#include "evaluate/briefing.h"
#include "messages/spreadsheet.h"
#include "read/log_reader.h"
#include "read/suggest.h"

namespace plancheck {

namespace {

using namespace messages;

// --from and --to (or --month) as dates; false when one is not (the error is printed).
bool read_dates(const LedgerQueryRequest& request, const Context& context, ExportQuery& query) {
  Language language = context.language;
  if (!request.month.empty()) {
    auto month = named_month(request.month);
    if (!month) {
      usage_error(context, say(language, kMonthNotMonth.message, request.month), say(language, kMonthNotMonth.hint));
      return false;
    }
    query.from = month->start;
    query.to = month->end;
    return true;
  }
  Date from{}, to{};
  if (read_date_option(request.from, "--from", Date{}, from, context)) return false;
  if (read_date_option(request.to, "--to", Date{}, to, context)) return false;
  if (!request.from.empty()) query.from = from;
  if (!request.to.empty()) query.to = to;
  if (query.from && query.to && *query.from > *query.to) {
    usage_error(context, say(language, kFromAfterTo, request.from, request.to), say(language, kSwapFromTo));
    return false;
  }
  return true;
}

}  // namespace

std::optional<ExportQuery> check_ledger_query(const LedgerQueryRequest& request, const Plan& plan,
                                              const Context& context) {
  Language language = context.language;
  ExportQuery query;
  if (!read_dates(request, context, query)) return std::nullopt;
  PlanNames names(plan);
  if (!request.who.empty()) {
    if (!names.subject_set.count(request.who)) {
      usage_error(context, say(language, kWhoUnknown, request.who), did_you_mean(request.who, names.subjects).in(language));
      return std::nullopt;
    }
    query.who = request.who;
    query.who_subjects = subjects_within(plan, request.who);
  }
  if (!request.activity.empty()) {
    if (!find_activity(plan, request.activity)) {
      usage_error(context, say(language, kActivityUnknown, request.activity),
                  did_you_mean(request.activity, names.activities).in(language));
      return std::nullopt;
    }
    query.activity = request.activity;
  }
  if (!request.item.empty()) {
    if (!names.item_set.count(request.item)) {
      usage_error(context, say(language, kItemUnknown, request.item), did_you_mean(request.item, names.items).in(language));
      return std::nullopt;
    }
    query.item = request.item;
  }
  return query;
}

}  // namespace plancheck
