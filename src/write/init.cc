#include "write/init.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include "messages/message.h"
#include "messages/system_reason.h"
#include "write/atomic_file.h"
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

// Creates a file that must not exist yet (O_EXCL: fails if it does); returns why it could not.
Text create_new_file(const fs::path& path, std::string_view text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return system_reason(errno);
  bool written = write_all(fd, text);
  int write_error = errno;
  if (::close(fd) != 0 && written) return system_reason(errno);
  return written ? Text{} : system_reason(write_error);
}

Text create_new_folder(const fs::path& path) {
  std::error_code error;
  if (fs::create_directory(path, error)) return {};
  return error ? system_reason(error.value()) : phrase(messages::kExistsAlready);
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

namespace {

// The topmost folder of `folder`'s path that does not exist yet (empty when all do): what to
// remove again when a failure comes later.
fs::path topmost_missing(const fs::path& folder) {
  fs::path missing;
  std::error_code error;
  for (fs::path at = folder; !at.empty() && !fs::exists(at, error); at = at.parent_path()) {
    missing = at;
    if (at == at.parent_path()) break;
  }
  return missing;
}

// The names at the top of the repo that `contents` makes, in order, once each.
std::vector<std::string> top_level_names(const std::vector<std::pair<std::string, std::string>>& contents) {
  std::vector<std::string> names;
  for (const auto& [name, text] : contents) {
    std::string top = name.substr(0, name.find('/'));
    if (std::find(names.begin(), names.end(), top) == names.end()) names.push_back(top);
  }
  return names;
}

// Makes the repo's contents inside `staging`; an error names the file by where it was going to be.
Text fill(const fs::path& staging, const fs::path& root,
          const std::vector<std::pair<std::string, std::string>>& contents, InitResult& result) {
  std::error_code error;
  for (const auto& [name, text] : contents) {
    bool is_folder = name.ends_with('/');
    fs::path target = staging / (is_folder ? name.substr(0, name.size() - 1) : name);
    fs::create_directories(target.parent_path(), error);  // for templates in subfolders
    if (error) return phrase(messages::kCannotCreate, display(root / name), system_reason(error.value()));
    Text failed = is_folder ? create_new_folder(target) : create_new_file(target, text);
    if (!failed.empty()) return phrase(messages::kCannotCreate, display(root / name), failed);
    result.created.push_back(display(root / name));
  }
  return {};
}

// Moves what `staging` holds into the existing folder `root`, all or nothing.
Text move_into(const fs::path& staging, const fs::path& root, const std::vector<std::string>& names) {
  std::vector<std::string> moved;
  for (const std::string& name : names) {
    if (::rename((staging / name).c_str(), (root / name).c_str()) == 0) {
      moved.push_back(name);
      continue;
    }
    Text failed = phrase(messages::kCannotCreate, display(root / name), system_reason(errno));
    for (const std::string& back : moved) ::rename((root / back).c_str(), (staging / back).c_str());
    return failed;
  }
  return {};
}

// The permissions a folder made with mkdir would have (mkdtemp makes its folder 0700).
fs::perms folder_permissions() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<fs::perms>(0777 & ~mask);
}

}  // namespace

// Everything is made in a temporary folder beside its place and then renamed into it, so that a
// failure (a full disk) leaves nothing behind and trying again works.
InitResult create_plan_repo(const NewPlan& plan) {
  fs::path root = fs::path(plan.directory).lexically_normal();
  if (root.filename().empty()) root = root.parent_path();  // "office/"
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
  bool existed = fs::is_directory(root, error);
  fs::path parent = existed ? root : root.has_parent_path() ? root.parent_path() : fs::path(".");
  fs::path made = topmost_missing(parent);
  auto fail = [&](Text why) {
    if (!made.empty()) fs::remove_all(made, error);
    result.created.clear();
    result.error = std::move(why);
    return result;
  };
  fs::create_directories(parent, error);
  std::string staging_name = (parent / ".plancheck-init-XXXXXX").string();
  if (error || !::mkdtemp(staging_name.data()))
    return fail(phrase(messages::kCannotCreateFolder, display(root), system_reason(error ? error.value() : errno)));
  fs::path staging(staging_name);
  auto contents = repo_contents(plan);
  if (existed && fs::exists(root / ".gitattributes", error)) {
    std::erase_if(contents, [](const auto& content) { return content.first == ".gitattributes"; });
    result.notes.push_back(phrase(messages::kKeptGitAttributes, display(root / ".gitattributes")));
  }
  Text failed = fill(staging, root, contents, result);
  if (failed.empty()) {
    fs::permissions(staging, folder_permissions(), error);
    if (!existed && ::rename(staging.c_str(), root.c_str()) != 0)
      failed = phrase(messages::kCannotCreateFolder, display(root), system_reason(errno));
    else if (existed)
      failed = move_into(staging, root, top_level_names(contents));
  }
  fs::remove_all(staging, error);
  return failed.empty() ? result : fail(std::move(failed));
}

}  // namespace plancheck
