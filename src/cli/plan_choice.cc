#include "cli/plan_choice.h"

#include <ostream>

#include "cli/loading.h"
#include "cli/program_messages.h"
#include "read/workspace.h"

namespace plancheck {

namespace {

std::optional<std::string> announce(std::optional<std::string> plan, const std::string& searched,
                                    const Context& context) {
  using namespace messages;
  if (!plan) {
    usage_error(context, say(context.language, kNoPlanFound.message, searched), say(context.language, kNoPlanFound.hint));
    return std::nullopt;
  }
  context.streams.err << "plancheck: " << say(context.language, kUsingPlan, *plan) << "\n";
  return plan;
}

}  // namespace

std::optional<std::string> choose_plan(const Context& context) {
  const Environment& environment = context.environment;
  if (!environment.plan_variable.empty()) return announce(environment.plan_variable, {}, context);
  return choose_plan_above(environment.working_folder, context);
}

std::optional<std::string> choose_plan_above(const std::string& folder, const Context& context) {
  return announce(find_nearest_plan(folder, context.environment.working_folder), folder.empty() ? "." : folder,
                  context);
}

std::optional<int> fill_in_plan(ParsedCommandLine& parsed, const Context& context) {
  if (!parsed.plan_to_find) return std::nullopt;
  auto plan = choose_plan(context);
  if (!plan) return kExitInvalid;
  parsed.plan_to_find->store(parsed.options, *plan);
  return std::nullopt;
}

}  // namespace plancheck
