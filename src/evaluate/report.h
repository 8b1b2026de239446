#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "evaluate/evaluate.h"
#include "model/workspace.h"

namespace plancheck {

// What a report is of: every quota (status), only what needs attention (check), what each
// person or unit owes (agenda), or only the files read (validate).
enum class ReportKind { status, gaps, agenda, validation };

// Whether `subject` is `who` or one of the subjects it stands for (`who_subjects`; just `who` when
// empty); true when there is no `who`.
inline bool selects_subject(const std::optional<std::string>& who, const std::vector<std::string>& who_subjects,
                            std::string_view subject) {
  if (!who) return true;
  if (who_subjects.empty()) return subject == *who;
  return std::find(who_subjects.begin(), who_subjects.end(), subject) != who_subjects.end();
}

// Which results a report shows.
struct Query {
  std::optional<std::string> who;   // one subject (person or unit)
  std::optional<std::string> item;  // one item id
  int within_days = 30;             // agenda: also the quotas whose period starts this soon
  // The subjects `who` stands for (subjects_within: a unit with its sub-units and people); just
  // `who` when empty.
  std::vector<std::string> who_subjects;

  bool selects(std::string_view subject) const { return selects_subject(who, who_subjects, subject); }
};

enum class FailOn { overdue, open, never };

// Which rows are failures (JUnit <failure>, GitHub ::error, --quiet) and whether the run fails:
// overdue quotas always fail, open ones too under --fail-on open. --fail-on never changes only the
// exit code: an overdue quota is still reported as a failure.
struct FailurePolicy {
  FailOn fail_on = FailOn::overdue;

  bool fails(const Result& result) const {
    return result.status == Status::overdue || (fail_on == FailOn::open && result.status == Status::open);
  }
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitGaps = 1;
inline constexpr int kExitInvalid = 2;

struct ItemRows {
  const Item* item = nullptr;
  std::vector<const Result*> rows;
  Summary summary;  // of `rows`
};

struct SectionRows {
  const Section* section = nullptr;
  std::vector<ItemRows> items;
  Summary summary;  // of every item's rows
};

// One person's or unit's rows on the agenda.
struct SubjectRows {
  std::string subject;
  SubjectKind subject_kind = SubjectKind::person;
  std::vector<const Result*> rows;
  Summary summary;  // of `rows`
};

// One report, as every output format renders it: built once per run from what was read, the
// evaluation and the query. Rows point into the evaluation, the plan and ledger into `inputs`.
struct Report {
  ReportKind kind = ReportKind::status;
  const Workspace* inputs = nullptr;       // the files read and everything found wrong in them
  const Evaluation* evaluation = nullptr;  // null when nothing was evaluated (validate, or invalid inputs)
  Query query;
  FailurePolicy policy;
  bool only_failures = false;  // --quiet: the rows are the failing ones

  // Every result the query selects (--who, --item), in plan order: what a JUnit report lists.
  std::vector<const Result*> scope;
  // What the report shows, in its order: status, every row of the scope; check, the gaps, most
  // urgent first within each item; agenda, what is owed, soonest deadline first.
  std::vector<const Result*> rows;
  std::vector<SectionRows> sections;  // the rows by section and item (status, check)
  std::vector<SubjectRows> subjects;  // the rows by person or unit (agenda)
  Summary all;                        // every result of the evaluation
  Summary shown;                      // the rows

  const Plan& plan() const { return *inputs->plan; }
  const Ledger& ledger() const { return inputs->ledger; }
  const Diagnostics& diagnostics() const { return inputs->diagnostics; }
  Date as_of() const { return evaluation->as_of; }
  std::size_t result_count() const { return evaluation->results.size(); }
  // Whether the items without quotas are listed too: a whole status report shows every item.
  bool shows_every_item() const { return kind == ReportKind::status && rows.size() == result_count(); }

  // 2 when the inputs have errors; for check, 1 when a row fails under the policy (unless
  // --fail-on never); 0 otherwise.
  int exit_code() const;
};

// The report of `kind` (status, gaps or agenda) on an evaluation of `inputs`. Pure.
Report build_report(ReportKind kind, const Workspace& inputs, const Evaluation& evaluation, const Query& query,
                    const FailurePolicy& policy = {}, bool only_failures = false);

// The report of the inputs alone: what validate shows, and what the other reports show when the
// inputs have errors and nothing could be evaluated.
Report inputs_report(ReportKind kind, const Workspace& inputs, bool only_failures = false);

// The results matching `query`'s who and item, in plan order.
std::vector<const Result*> select_scope(const Evaluation& evaluation, const Query& query);

// The gaps among `scope` (overdue, late and open), each item's most urgent first: overdue (oldest
// first), late, then open (fewest days left first).
std::vector<const Result*> select_gaps(const std::vector<const Result*>& scope);

// `rows` (in plan order of items) split by section and item. Items without rows are left out,
// except items without rules when `every_item` is set.
std::vector<SectionRows> group_by_item(const Plan& plan, const std::vector<const Result*>& rows, bool every_item);

Summary summarize(const std::vector<const Result*>& results);
Summary summarize(const Evaluation& evaluation);

}  // namespace plancheck
