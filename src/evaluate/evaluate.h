#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/period.h"
#include "model/ledger.h"
#include "model/plan.h"

namespace plancheck {

enum class Status { met, late, overdue, open, upcoming };

// One rule × subject × period, as it stands on the as-of date. For a rule of each holder of a role,
// the period is the part of the calendar period in which the subject holds it.
// Attendance (参会率) of a unit's meetings that count toward a result: of `meetings` entries that
// give who attended, `present` people attended where `expected` (the unit's size each time) could.
struct Attendance {
  int meetings = 0;
  int present = 0;
  int expected = 0;

  // Per cent, rounded half up: 45 of 52 → 87.
  int percent() const { return expected ? (present * 200 + expected) / (2 * expected) : 0; }
  // Below `minimum` per cent, compared exactly (79.9% is below 80%).
  bool below(int minimum) const { return present * 100 < minimum * expected; }
  bool operator==(const Attendance&) const = default;
};

struct Result {
  const Section* section = nullptr;
  const Item* item = nullptr;
  const Rule* rule = nullptr;
  std::string subject;
  SubjectKind subject_kind = SubjectKind::person;
  Period period;
  Amount required;
  Amount done;        // of a met quota, what was done in time; otherwise everything known
  Status status = Status::upcoming;
  Date deadline;      // the last day the quota can be met in time: the period's end plus the rule's grace
  int days_left = 0;  // deadline − as-of: 0 on the last day, negative once it has passed
  std::optional<Date> completed_on;    // met or late: the day the entries reached the amount required
  std::vector<std::uint32_t> entries;  // indices into Ledger::entries that count, by the day they count on
  // A rule with `evidence: required`: the entries that would count but have no evidence file.
  std::vector<std::uint32_t> lacking_evidence;
  // Of a rule with `attendance`, for a unit whose size is known, when its entries say who attended.
  std::optional<Attendance> attendance;
};

struct Summary {
  int met = 0, late = 0, overdue = 0, open = 0, upcoming = 0;
  void add(Status status);
  // What a gap report shows: overdue, late and open quotas.
  int gaps() const { return overdue + late + open; }
};

struct Evaluation {
  Date as_of;
  std::vector<Result> results;  // in plan order: section, item, rule, period, subject
};

// Pure: the status of every quota of `plan` on `as_of`, counting only entries dated on or
// before `as_of`, so a past date reproduces exactly what was known then.
Evaluation evaluate(const Plan& plan, const Ledger& ledger, Date as_of);

// The people or units a rule applies to in `period`, in plan order.
std::vector<std::pair<std::string, SubjectKind>> subjects_of(const Plan& plan, const Rule& rule,
                                                             const Period& period);

}  // namespace plancheck
