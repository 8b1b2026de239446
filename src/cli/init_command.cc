#include "cli/init_command.h"

#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <ostream>

#include "cli/command_line_messages.h"
#include "cli/loading.h"
#include "cli/program_messages.h"
#include "present/text_width.h"
#include "read/plan_reader.h"
#include "read/source_text.h"
#include "read/workspace.h"
#include "write/init.h"
#include "write/next_year_plan.h"
#include "write/write_messages.h"

namespace plancheck {

namespace {

// What the files of a new repo are for, by their path inside it.
std::string what_it_is(std::string_view name, const NewPlan& plan, Language language) {
  using namespace messages;
  if (name == "plan.yaml")
    return plan.carried_from.empty() ? say(language, kStarterPlan) : say(language, kCarriedPlanFile, plan.carried_from);
  if (std::find(plan.ledger.begin(), plan.ledger.end(), name) != plan.ledger.end()) return say(language, kStarterLog);
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
  const std::string& plan_file = result.created.front();  // ROOT/plan.yaml
  std::size_t root_length = plan_file.size() - std::string_view("plan.yaml").size();
  for (const auto& path : result.created) {
    std::string purpose = what_it_is(std::string_view(path).substr(root_length), plan, language);
    out << (purpose.empty() ? fmt::format("  {}\n", path) : fmt::format("  {}  {}\n", pad_right(path, width), purpose));
  }
  for (const Text& note : result.notes) out << note.in(language) << "\n";
}

// What init carried over into the new plan, for telling the user.
struct Carried {
  std::vector<Text> review;
  std::string activity = "党课";  // an entry to show how to log one
  std::string by = "张三";
};

// Creates the repo and says what it holds; an exit code.
int create_and_tell(const NewPlan& plan, const Context& context, const Carried& carried = {}) {
  const std::vector<Text>& review = carried.review;
  Language language = context.language;
  InitResult result = create_plan_repo(plan);
  if (!result.error.empty()) return usage_error(context, result.error.in(language), result.hint.in(language));
  std::ostream& out = context.streams.out;
  out << say(language, messages::kCreatedRepo, plan.title, format_date(plan.start), format_date(plan.end)) << "\n";
  print_created(plan, result, context);
  if (!review.empty()) out << say(language, messages::kReviewCarriedPlan, static_cast<int>(review.size())) << "\n";
  for (std::size_t i = 0; i < review.size(); ++i) out << fmt::format("  {}. {}\n", i + 1, review[i].in(language));
  out << say(language, messages::kNextSteps, result.created.front(), carried.activity, carried.by);
  return kExitOk;
}

// --year as a year from 1000 to 9999; an exit code when it is not one.
std::optional<int> read_year_option(const std::string& text, std::optional<int>& year, const Context& context) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < 1000 || value > 9999)
    return usage_error(context, say(context.language, messages::kNotAYear, text),
                       say(context.language, messages::kNotAYearHint));
  year = value;
  return std::nullopt;
}

// The old plan's ledger as the new repo makes it, empty: its folders and files inside the repo.
std::vector<std::string> ledger_of(const Plan& plan) {
  namespace fs = std::filesystem;
  std::vector<std::string> ledger;
  fs::path folder = folder_of_plan(plan.file);
  for (const std::string& path : plan.logs) {
    fs::path relative = fs::path(path).lexically_normal();
    if (relative.is_absolute() || relative.empty() || *relative.begin() == "..") continue;
    std::error_code error;
    bool is_file = fs::is_regular_file(folder / path, error);
    ledger.push_back(relative.generic_string() + (is_file ? "" : "/"));
  }
  return ledger;
}

// init DIR --from OLD_PLAN: the old plan carried into the new year.
int run_init_from(const InitOptions& options, const Context& context, std::optional<int> year) {
  Language language = context.language;
  if (!options.start.empty() || !options.end.empty())
    return usage_error(context, say(language, messages::kDatesWithFrom), say(language, messages::kDatesWithFromHint));
  SourceText source = read_source(options.from);
  Diagnostics diagnostics;
  if (source.problem) diagnostics.push_back(*source.problem);
  std::optional<Plan> old_plan = source.problem ? std::nullopt : read_plan_text(source.text, options.from, diagnostics);
  if (!old_plan || has_errors(diagnostics)) {
    print_diagnostics(diagnostics, context);
    return usage_error(context, say(language, messages::kOldPlanHasErrors, options.from),
                       say(language, messages::kOldPlanHasErrorsHint, options.from));
  }
  NextYearRequest request{year.value_or(year_of(old_plan->start) + 1), options.title, options.from};
  NextYearPlan carried = next_year_plan(*old_plan, source.text, request);
  if (!carried.error.empty()) return usage_error(context, carried.error.in(language));
  NewPlan plan{options.directory, carried.id,    carried.title,        carried.start, carried.end, std::nullopt,
               carried.text,      options.from, ledger_of(*old_plan)};
  Carried told{carried.review};
  if (!old_plan->activities.empty()) told.activity = old_plan->activities.front().id;
  for (const Person& person : old_plan->people)
    if (std::find(carried.left.begin(), carried.left.end(), person.name) == carried.left.end()) {
      told.by = person.name;
      break;
    }
  return create_and_tell(plan, context, told);
}

}  // namespace

void declare_init(OptionDeclarations<InitOptions>& options) {
  using namespace messages;
  options.positional("DIR", kDirectoryOption, &InitOptions::directory);
  options.text("--title", kPlanTitleOption, &InitOptions::title);
  options.text("--start", kStartOption, &InitOptions::start);
  options.text("--end", kEndOption, &InitOptions::end);
  options.text("--year", kYearOption, &InitOptions::year);
  options.existing_file("--from", kFromPlanOption, &InitOptions::from);
}

int run_init(const InitOptions& options, const Context& context) {
  Language language = context.language;
  std::optional<int> year;
  if (auto failed = read_year_option(options.year, year, context)) return *failed;
  if (year && options.from.empty() && (!options.start.empty() || !options.end.empty()))
    return usage_error(context, say(language, messages::kYearWithDates));
  if (!options.from.empty()) return run_init_from(options, context, year);
  Date in_the_year = year ? Date{std::chrono::year{*year} / 1 / 1} : context.environment.today, start, end;
  if (auto failed = read_date_option(options.start, "--start", in_the_year, start, context)) return *failed;
  if (auto failed = read_date_option(options.end, "--end", in_the_year, end, context)) return *failed;
  auto given = [](const std::string& text, Date date) { return text.empty() ? std::nullopt : std::optional(date); };
  if (!options.start.empty() && !options.end.empty() && end < start)
    return usage_error(context, say(language, messages::kEndBeforeStart, options.end, options.start));
  NewPlan plan = new_plan_with_defaults(options.directory, options.title, given(options.start, start),
                                        given(options.end, end), in_the_year, context.common.lang);
  return create_and_tell(plan, context);
}

}  // namespace plancheck
