#pragma once

#include <optional>
#include <string>
#include <vector>

#include "messages/message.h"
#include "model/date.h"

namespace plancheck {

// What `plancheck init` writes into a new plan repo.
struct NewPlan {
  std::string directory;
  std::string id;
  std::string title;
  Date start;
  Date end;
  std::optional<Language> language;  // written as the plan's `lang` when given
  std::string plan_text;             // plan.yaml as carried from another year; empty: the starter plan
  std::string carried_from;          // the plan file it was carried from
  std::vector<std::string> ledger{"log/"};  // the ledger's folders (ending in '/') and files, made empty
};

// Fills in what was not given: the dates default to the calendar year of `today` (with one date
// given, to the rest of that date's year), the title to "2025年工作要点" ("Work plan 2025" in
// English), the id to the folder's name.
NewPlan new_plan_with_defaults(const std::string& directory, const std::string& title, std::optional<Date> start,
                               std::optional<Date> end, Date today, std::optional<Language> language = std::nullopt);

// The commented plan.yaml of a new repo: one example of each rule form, dated inside the plan.
std::string starter_plan_text(const NewPlan& plan);

// The README.md of a new repo: how the office records and checks, in Chinese.
std::string starter_readme_text(const NewPlan& plan);

struct InitResult {
  std::vector<std::string> created;  // in the order they were made; empty on an error
  std::vector<Text> notes;           // what the user should know, such as a .gitattributes kept as it was
  Text error;                        // non-empty: something went wrong (see `hint`)
  Text hint;
};

// Creates DIRECTORY/plan.yaml, the log folders (log/), templates/ (the templates plancheck was
// built with), README.md and .gitattributes (the ledger merged by git's union driver). Overwrites
// nothing: when any of the others exists already, nothing is created at all; an existing
// .gitattributes is kept, with a note saying what to add to it. All or nothing: on a failure (a
// full disk) nothing is left behind.
InitResult create_plan_repo(const NewPlan& plan);

}  // namespace plancheck
