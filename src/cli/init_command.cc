#include "cli/init_command.h"

#include <fmt/format.h>

#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/loading.h"
#include "cli/program_messages.h"
#include "present/text_width.h"
#include "write/init.h"
#include "write/write_messages.h"

namespace plancheck {

namespace {

// What the files of a new repo are for, by their path inside it.
std::string what_it_is(std::string_view name, Language language) {
  using namespace messages;
  if (name == "plan.yaml") return say(language, kStarterPlan);
  if (name == "log/") return say(language, kStarterLog);
  if (name == "templates/") return say(language, kStarterTemplates);
  if (name == "README.md") return say(language, kStarterReadme);
  if (name == ".gitattributes") return say(language, kStarterGitAttributes);
  return "";
}

void print_created(const NewPlan& plan, const InitResult& result, const Context& context) {
  std::ostream& out = context.streams.out;
  Language language = context.language;
  int width = 0;
  for (const auto& path : result.created) width = std::max(width, display_width(path));
  out << say(language, messages::kCreatedRepo, plan.title, format_date(plan.start), format_date(plan.end)) << "\n";
  const std::string& plan_file = result.created.front();  // ROOT/plan.yaml
  std::size_t root_length = plan_file.size() - std::string_view("plan.yaml").size();
  for (const auto& path : result.created) {
    std::string purpose = what_it_is(std::string_view(path).substr(root_length), language);
    out << (purpose.empty() ? fmt::format("  {}\n", path) : fmt::format("  {}  {}\n", pad_right(path, width), purpose));
  }
  for (const Text& note : result.notes) out << note.in(language) << "\n";
  out << say(language, messages::kNextSteps, plan_file);
}

}  // namespace

void declare_init(OptionDeclarations<InitOptions>& options) {
  using namespace messages;
  options.positional("DIR", kDirectoryOption, &InitOptions::directory);
  options.text("--title", kPlanTitleOption, &InitOptions::title);
  options.text("--start", kStartOption, &InitOptions::start);
  options.text("--end", kEndOption, &InitOptions::end);
}

int run_init(const InitOptions& options, const Context& context) {
  Language language = context.language;
  Date today = context.environment.today, start, end;
  if (auto failed = read_date_option(options.start, "--start", today, start, context)) return *failed;
  if (auto failed = read_date_option(options.end, "--end", today, end, context)) return *failed;
  auto given = [](const std::string& text, Date date) { return text.empty() ? std::nullopt : std::optional(date); };
  if (!options.start.empty() && !options.end.empty() && end < start)
    return usage_error(context, say(language, messages::kEndBeforeStart, options.end, options.start));
  NewPlan plan = new_plan_with_defaults(options.directory, options.title, given(options.start, start),
                                        given(options.end, end), today, context.common.lang);
  InitResult result = create_plan_repo(plan);
  if (!result.error.empty()) {
    for (const auto& path : result.created)
      context.streams.err << "plancheck: " << say(language, messages::kCreatedBeforeError, path) << "\n";
    return usage_error(context, result.error.in(language), result.hint.in(language));
  }
  print_created(plan, result, context);
  return kExitOk;
}

}  // namespace plancheck
