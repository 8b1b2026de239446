#include "write/init.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

#include "messages/message.h"
#include "messages/system_reason.h"
#include "write/embedded_files.h"
#include "write/entry_yaml.h"
#include "write/write_messages.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace std::chrono;

namespace {

constexpr std::string_view kStarterPlan = "src/write/starter/plan.yaml";
constexpr std::string_view kStarterReadme = "src/write/starter/README.md";
constexpr std::string_view kStarterGitAttributes = "src/write/starter/gitattributes";
constexpr std::string_view kTemplatesFolder = "templates/";

std::string_view embedded(std::string_view path) {
  for (const EmbeddedFile& file : embedded_files())
    if (file.path == path) return file.text;
  return {};
}

using Values = std::vector<std::pair<std::string, std::string>>;

// `text` with every {{name}} replaced by its value.
std::string substituted(std::string_view text, const Values& values) {
  std::string out(text);
  for (const auto& [name, value] : values) {
    std::string placeholder = "{{" + name + "}}";
    for (auto at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size()))
      out.replace(at, placeholder.size(), value);
  }
  return out;
}

std::string month_text(Date date) { return fmt::format("{:04}-{:02}", year_of(date), month_of(date)); }

// Dates for the example rules, all inside the plan: `from` is the first of the month halfway
// through the plan, `until` the plan's end, and `due` the day before `from` (the end when the plan
// is too short for that).
Values example_dates(const NewPlan& plan) {
  Date middle = plan.start + (plan.end - plan.start + days{1}) / 2;
  year_month_day day{middle};
  Date from = std::max(plan.start, Date{day.year() / day.month() / 1});
  Date due = from > plan.start ? from - days{1} : plan.end;
  return {{"from", format_date(from)}, {"until", format_date(plan.end)}, {"due", format_date(due)}};
}

std::string display(const fs::path& path) { return path.lexically_normal().generic_string(); }

// The folder's own name, also for "office/" and ".".
std::string folder_name(const std::string& directory) {
  fs::path path = fs::absolute(directory).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  std::string name = path.filename().string();
  return name.empty() ? "plan" : name;
}

// What a new repo holds, relative to its folder; a name ending in '/' is a folder.
std::vector<std::pair<std::string, std::string>> repo_contents(const NewPlan& plan) {
  std::vector<std::pair<std::string, std::string>> contents{
      {"plan.yaml", plan.plan_text.empty() ? starter_plan_text(plan) : plan.plan_text}};
  for (const std::string& path : plan.ledger) contents.emplace_back(path, "");
  contents.emplace_back("templates/", "");
  for (const EmbeddedFile& file : embedded_files())
    if (file.path.starts_with(kTemplatesFolder)) contents.emplace_back(file.path, file.text);
  contents.emplace_back("README.md", starter_readme_text(plan));
  contents.emplace_back(".gitattributes", embedded(kStarterGitAttributes));
  return contents;
}

// The names at the top of the repo that exist already.
std::vector<std::string> existing_names(const fs::path& root, const NewPlan& plan) {
  std::vector<std::string> names{"plan.yaml"};
  for (const std::string& path : plan.ledger) names.push_back(path.substr(0, path.find_last_not_of('/') + 1));
  names.insert(names.end(), {"templates", "README.md"});
  std::vector<std::string> found;
  for (const std::string& name : names) {
    std::error_code error;
    if (fs::symlink_status(root / name, error).type() != fs::file_type::not_found) found.emplace_back(name);
  }
  return found;
}

// Creates a file that must not exist yet ("wx": fails if it does); returns an error message.
Text create_new_file(const fs::path& path, std::string_view text) {
  std::FILE* file = std::fopen(path.c_str(), "wx");
  if (!file) return phrase(messages::kCannotCreate, display(path), system_reason(errno));
  bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0 || !written) return phrase(messages::kCannotWrite, display(path), system_reason(errno));
  return {};
}

Text create_new_folder(const fs::path& path) {
  std::error_code error;
  if (fs::create_directory(path, error)) return {};
  Text reason = error ? system_reason(error.value()) : phrase(messages::kExistsAlready);
  return phrase(messages::kCannotCreate, display(path), reason);
}

}  // namespace

NewPlan new_plan_with_defaults(const std::string& directory, const std::string& title, std::optional<Date> start,
                               std::optional<Date> end, Date today, std::optional<Language> language) {
  year year_of_plan = year_month_day{start ? *start : end ? *end : today}.year();
  NewPlan plan;
  plan.directory = directory;
  plan.id = folder_name(directory);
  plan.start = start.value_or(Date{year_of_plan / January / 1});
  plan.end = end.value_or(Date{year_of_plan / December / 31});
  plan.title = title.empty()
                   ? say(language.value_or(Language::zh), messages::kDefaultPlanTitle, static_cast<int>(year_of_plan))
                   : title;
  plan.language = language;
  return plan;
}

namespace {

// The plan's language when one was given, else a commented-out example as wide, so that the
// comments after it stay in line.
std::string lang_line(const NewPlan& plan) {
  return plan.language ? fmt::format("lang: {}  ", language_key(*plan.language)) : "# lang: en";
}

}  // namespace

std::string starter_plan_text(const NewPlan& plan) {
  Values values{{"id", yaml_scalar(plan.id)},
                {"title", yaml_scalar(plan.title)},
                {"start", format_date(plan.start)},
                {"end", format_date(plan.end)},
                {"lang", lang_line(plan)}};
  for (auto& value : example_dates(plan)) values.push_back(std::move(value));
  return substituted(embedded(kStarterPlan), values);
}

std::string starter_readme_text(const NewPlan& plan) {
  std::string title = plan.title;
  std::replace(title.begin(), title.end(), '\n', ' ');
  return substituted(embedded(kStarterReadme), {{"title", title},
                                                {"example_date", format_date(plan.start)},
                                                {"month", month_text(plan.start)},
                                                {"end", format_date(plan.end)}});
}

InitResult create_plan_repo(const NewPlan& plan) {
  fs::path root(plan.directory);
  InitResult result;
  std::error_code error;
  if (fs::exists(root, error) && !fs::is_directory(root, error)) {
    result.error = phrase(messages::kNotAFolder, display(root));
    result.hint = phrase(messages::kNameNewFolder);
    return result;
  }
  if (auto found = existing_names(root, plan); !found.empty()) {
    result.error = phrase(messages::kAlreadyHas, display(root), joined(found, messages::kListSeparator));
    result.hint = phrase(messages::kMoveOutOfTheWay);
    return result;
  }
  fs::create_directories(root, error);
  if (error) {
    result.error = phrase(messages::kCannotCreateFolder, display(root), system_reason(error.value()));
    return result;
  }
  for (const auto& [name, text] : repo_contents(plan)) {
    if (name == ".gitattributes" && fs::exists(root / name, error)) {
      result.notes.push_back(phrase(messages::kKeptGitAttributes, display(root / name)));
      continue;
    }
    bool is_folder = name.ends_with('/');
    fs::path target = root / (is_folder ? name.substr(0, name.size() - 1) : name);
    fs::create_directories(target.parent_path(), error);  // for templates in subfolders
    if (error) {
      result.error = phrase(messages::kCannotCreate, display(root / name), system_reason(error.value()));
      return result;
    }
    result.error = is_folder ? create_new_folder(target) : create_new_file(target, text);
    if (!result.error.empty()) return result;
    result.created.push_back(display(root / name));
  }
  return result;
}

}  // namespace plancheck
