#include "cli/environment.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <cstdlib>

namespace plancheck {

namespace {

std::string variable(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::optional<int> positive_number(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

int terminal_width() {
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 0;
}

}  // namespace

Date local_day(std::time_t now) {
  std::tm local{};
  localtime_r(&now, &local);
  return Date{std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

Environment read_environment() {
  Environment environment;
  environment.today = local_day(std::time(nullptr));
  environment.locale = {std::getenv("LANGUAGE"), std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                        std::getenv("LANG")};
  environment.no_color = !variable("NO_COLOR").empty();
  std::string force = variable("CLICOLOR_FORCE");
  environment.force_color = !force.empty() && force != "0";
  environment.columns = positive_number(variable("COLUMNS"));
  environment.ci = std::getenv("CI") != nullptr;
  environment.step_summary = variable("GITHUB_STEP_SUMMARY");
  environment.home = variable("HOME");
  environment.path = variable("PATH");
  environment.plan_variable = variable("PLANCHECK_PLAN");
  std::error_code error;
  environment.working_folder = std::filesystem::current_path(error).string();
  environment.program_folder = std::filesystem::read_symlink("/proc/self/exe", error).parent_path().string();
  environment.in_is_terminal = isatty(STDIN_FILENO) == 1;
  environment.out_is_terminal = isatty(STDOUT_FILENO) == 1;
  environment.err_is_terminal = isatty(STDERR_FILENO) == 1;
  if (environment.out_is_terminal) environment.terminal_columns = terminal_width();
  return environment;
}

int help_width(const Environment& environment) {
  if (environment.columns) return *environment.columns;
  return environment.terminal_columns > 0 ? environment.terminal_columns : 80;
}

Language messages_language(const std::vector<std::string>& arguments, const LocaleVariables& locale) {
  for (const std::string& argument : arguments) {
    if (argument == "--") break;
    std::optional<Language> given;
    if (&argument != &arguments.back() && argument == "--lang") given = parse_language((&argument)[1]);
    if (argument.starts_with("--lang=")) given = parse_language(std::string_view(argument).substr(7));
    if (given) return *given;
  }
  return language_of_environment(locale);
}

}  // namespace plancheck
