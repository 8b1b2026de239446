#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "messages/message.h"
#include "model/date.h"
#include "model/plan.h"

namespace plancheck {

// A plan carried into another year (`plancheck init DIR --from OLD_PLAN`): the old plan's own
// text, comments and layout kept, with every date of the plan and its rules moved to the new year,
// the year in its title and id changed, and the roles whose holders left before the new year
// dropped (a person whose every role ended leaves the plan).
struct NextYearPlan {
  std::string text;  // the new plan.yaml; empty when `error` is set
  std::string id;
  std::string title;
  Date start;
  Date end;
  std::vector<Text> review;       // what to check before the new year starts, in plan order
  std::vector<std::string> left;  // the people whose every role ended: not in the new plan
  Text error;                // the old text could not be carried over as it is written
};

struct NextYearRequest {
  int year = 0;                // the year the new plan starts in
  std::string title;           // the new plan's title; empty: the old one with the year changed
  std::string old_plan_file;   // named in the review notes: where the old year's late meetings go
};

// `plan` was read from `text` without errors.
NextYearPlan next_year_plan(const Plan& plan, std::string_view text, const NextYearRequest& request);

// `date` moved by `years`; the last day of a month stays the last day (28 February ↔ 29 February).
Date moved_by_years(Date date, int years);

// `text` with every year of `years` written as four digits of its own (not inside a longer
// number) moved by `offset`: "2022年工作要点" → "2023年工作要点".
std::string with_years_moved(std::string_view text, const std::vector<int>& years, int offset);

}  // namespace plancheck
