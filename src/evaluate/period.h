#pragma once

#include <string>
#include <vector>

#include "model/date.h"
#include "model/plan.h"

namespace plancheck {

// A span of days [start, end], both inclusive, of one frequency.
struct Period {
  Date start;
  Date end;
  Frequency frequency = Frequency::year;
};

// The calendar-aligned periods of `frequency` that overlap [first, last], each clipped to it.
// Not for Frequency::once, whose single period depends on the rule's due date.
std::vector<Period> calendar_periods(Frequency frequency, Date first, Date last);

// The calendar period of `frequency` that contains `day`, unclipped.
Period period_containing(Frequency frequency, Date day);

struct IsoWeek {
  int year;
  unsigned week;
};
IsoWeek iso_week(Date day);

}  // namespace plancheck
