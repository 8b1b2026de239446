#include "cli/environment.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <sstream>
#include <string>

#include "cli/context.h"

using namespace plancheck;

namespace {

// Sets an environment variable for one scope and puts back what was there.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, const char* value) : name_(name) {
    const char* old = std::getenv(name);
    had_ = old != nullptr;
    if (had_) old_ = old;
    set(value);
  }
  ~ScopedVariable() { set(had_ ? old_.c_str() : nullptr); }

 private:
  void set(const char* value) {
    if (value) ::setenv(name_, value, 1);
    else ::unsetenv(name_);
    ::tzset();
  }
  const char* name_;
  bool had_ = false;
  std::string old_;
};

Date day(const char* text) { return *parse_date(text); }

}  // namespace

TEST_CASE("the local day follows TZ: 02:00 in Beijing on 1 July is still 30 June in UTC") {
  const std::time_t moment = 1656612000;  // 2022-06-30T18:00:00Z = 2022-07-01T02:00:00+08:00
  {
    ScopedVariable tz("TZ", "Asia/Shanghai");
    CHECK(local_day(moment) == day("2022-07-01"));
  }
  {
    ScopedVariable tz("TZ", "UTC");
    CHECK(local_day(moment) == day("2022-06-30"));
  }
  {
    ScopedVariable tz("TZ", "America/New_York");
    CHECK(local_day(moment) == day("2022-06-30"));
    CHECK(local_day(moment + 10 * 3600) == day("2022-07-01"));  // 00:00 there (EDT)
  }
}

TEST_CASE("COLUMNS, when a positive number, is the width to fit, anything else is ignored") {
  {
    ScopedVariable columns("COLUMNS", "72");
    CHECK(read_environment().columns == 72);
  }
  for (const char* wrong : {"", "0", "-5", "wide", "80x"}) {
    ScopedVariable columns("COLUMNS", wrong);
    CAPTURE(wrong);
    CHECK(read_environment().columns == std::nullopt);
  }
  ScopedVariable columns("COLUMNS", nullptr);
  CHECK(read_environment().columns == std::nullopt);
}

TEST_CASE("colour: NO_COLOR turns it off, CLICOLOR_FORCE on, --color decides over both") {
  ScopedVariable no_color("NO_COLOR", "1");
  ScopedVariable force("CLICOLOR_FORCE", nullptr);
  Environment environment = read_environment();
  CHECK(environment.no_color);
  CHECK(!environment.force_color);
  Context context = make_context(environment, CommonOptions{}, Language::en);
  CHECK(!context.color_wanted(true));
  context.common.color = ColorMode::always;
  CHECK(context.color_wanted(false));

  environment.no_color = false;
  Context plain = make_context(environment, CommonOptions{}, Language::en);
  CHECK(plain.color_wanted(true));
  CHECK(!plain.color_wanted(false));
  environment.force_color = true;
  CHECK(make_context(environment, CommonOptions{}, Language::en).color_wanted(false));
  {
    ScopedVariable zero("CLICOLOR_FORCE", "0");
    CHECK(!read_environment().force_color);
  }
}

TEST_CASE("a progress line only on a terminal and never in CI") {
  Environment environment;
  std::ostringstream out, err;
  Context context{environment, {}, Streams{out, err, false, true, 0}};
  CHECK(context.progress_wanted());
  context.streams.err_is_terminal = false;
  CHECK(!context.progress_wanted());
  environment.ci = true;
  context.streams.err_is_terminal = true;
  CHECK(!context.progress_wanted());
  ScopedVariable ci("CI", "true");
  CHECK(read_environment().ci);
}

TEST_CASE("the messages' language: --lang in either form, before --, else the locale's") {
  LocaleVariables chinese{nullptr, nullptr, nullptr, "zh_CN.UTF-8"};
  CHECK(messages_language({"check", "plan.yaml"}, chinese) == Language::zh);
  CHECK(messages_language({"check", "--lang", "en", "plan.yaml"}, chinese) == Language::en);
  CHECK(messages_language({"--lang=en", "check"}, chinese) == Language::en);
  CHECK(messages_language({"check", "--", "--lang=en"}, chinese) == Language::zh);
  CHECK(messages_language({"check", "--lang"}, chinese) == Language::zh);
  LocaleVariables english{nullptr, nullptr, nullptr, "C.UTF-8"};
  CHECK(messages_language({"check", "--lang", "zh"}, english) == Language::zh);
}
