#pragma once

// What an option's value may be on a completed command line: a path (the shell completes it) or
// one of the names the plan defines. The plan is read quietly: a missing or broken plan gives no
// names, never a message.

#include <string>
#include <vector>

#include "cli/completion.h"
#include "model/plan.h"

namespace plancheck {

// The kind of path an option's value is (--template, --output: any file; --file: a log file).
Completion::Files files_for_option(const CompletionOption& option);

// What `for:` may name: the year before the plan (last year's meetings held in its first weeks)
// and the plan's years, each followed by its halves and quarters.
std::vector<Candidate> plan_periods(const Plan& plan);

// The plan's names that fit an option's value: people and units for --who and --by, people for
// --attendees, activity ids for --activity, item ids for --item, the plan's months for --month,
// its years, halves and quarters (and the year before it) for --for.
// `home` stands for ~/ in the plan's path.
std::vector<Candidate> plan_values_for_option(const CompletionOption& option, const std::string& plan_file,
                                              const std::string& home);

}  // namespace plancheck
