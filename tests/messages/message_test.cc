// The catalogue's mechanism: a message in one language or both, Text arguments in the matching
// language, locales and --lang values. Every catalogue header is included here, so that two
// entries of the same name in different parts fail to compile instead of clashing at link time.
#include "messages/message.h"

#include <doctest/doctest.h>

#include "messages/system_reason.h"

#include <cerrno>
#include <cstring>

using namespace plancheck;

namespace {

constexpr Message<std::string_view, int> kCounted{"{}：{} 次", "{}: {} times"};
constexpr Message<> kLecture{"党课", "party lecture"};

}  // namespace

TEST_CASE("say formats one language, phrase both, a Text argument follows the language") {
  CHECK(say(Language::zh, kCounted, "党课", 2) == "党课：2 次");
  CHECK(say(Language::en, kCounted, "lecture", 2) == "lecture: 2 times");
  Text both = phrase(kCounted, phrase(kLecture), 3);
  CHECK(both.zh == "党课：3 次");
  CHECK(both.en == "party lecture: 3 times");
  CHECK(both.in(Language::en) == "party lecture: 3 times");
}

TEST_CASE("a plural message: English singular for 1, Chinese the same for every count") {
  constexpr Plural<int, std::string_view> kFiles{"{1}有 {0} 个文件", "{1} has {0} file", "{1} has {0} files"};
  CHECK(say(Language::en, kFiles, 1, "log") == "log has 1 file");
  CHECK(say(Language::en, kFiles, 2, "log") == "log has 2 files");
  CHECK(say(Language::en, kFiles, 0, "log") == "log has 0 files");
  CHECK(say(Language::zh, kFiles, 1, "台账") == "台账有 1 个文件");
  CHECK(say(Language::zh, kFiles, 3, "台账") == "台账有 3 个文件");
}

TEST_CASE("the language of a locale: zh* is Chinese, anything else English") {
  CHECK(language_of_locale("zh_CN.UTF-8") == Language::zh);
  CHECK(language_of_locale("zh_TW") == Language::zh);
  CHECK(language_of_locale("zh") == Language::zh);
  CHECK(language_of_locale("en_US.UTF-8") == Language::en);
  CHECK(language_of_locale("C") == Language::en);
  CHECK(language_of_locale("C.UTF-8") == Language::en);
  CHECK(language_of_locale("POSIX") == Language::en);
}

TEST_CASE("LC_ALL, then LC_MESSAGES, then LANG: the first that is set and not empty decides") {
  auto language = [](const char* lc_all, const char* lc_messages, const char* lang) {
    return language_of_environment({nullptr, lc_all, lc_messages, lang});
  };
  CHECK(language(nullptr, nullptr, nullptr) == Language::en);
  CHECK(language(nullptr, nullptr, "zh_CN.UTF-8") == Language::zh);
  CHECK(language("", "", "zh_CN.UTF-8") == Language::zh);
  CHECK(language(nullptr, "en_GB.UTF-8", "zh_CN.UTF-8") == Language::en);
  CHECK(language("C", "zh_CN.UTF-8", "zh_CN.UTF-8") == Language::en);
  CHECK(language("zh_CN.UTF-8", "C", "C") == Language::zh);
}

TEST_CASE("LANGUAGE's first entry wins, as in gettext, except under the C locale") {
  CHECK(language_of_environment({"zh_CN:en", nullptr, nullptr, "en_US.UTF-8"}) == Language::zh);
  CHECK(language_of_environment({"en:zh", nullptr, nullptr, "zh_CN.UTF-8"}) == Language::en);
  CHECK(language_of_environment({"zh_CN", nullptr, nullptr, "C.UTF-8"}) == Language::en);
  CHECK(language_of_environment({"zh_CN", "POSIX", nullptr, nullptr}) == Language::en);
  CHECK(language_of_environment({"zh_CN", nullptr, nullptr, nullptr}) == Language::en);
  CHECK(language_of_environment({"", nullptr, nullptr, "zh_CN.UTF-8"}) == Language::zh);
}

TEST_CASE("--lang and the plan's lang take zh or en") {
  CHECK(parse_language("zh") == Language::zh);
  CHECK(parse_language("en") == Language::en);
  CHECK(parse_language("zh_CN") == std::nullopt);
  CHECK(parse_language("EN") == std::nullopt);
  CHECK(parse_language("") == std::nullopt);
  CHECK(std::string(language_key(Language::zh)) == "zh");
}

TEST_CASE("system reasons people meet are translated, others keep the system's words") {
  CHECK(system_reason(ENOENT) == Text{"文件或文件夹不存在", "No such file or directory"});
  CHECK(system_reason(EACCES).zh == "没有权限");
  CHECK(system_reason(ENOSPC).en == "No space left on device");
  CHECK(system_reason(EMLINK) == Text::verbatim(std::strerror(EMLINK)));
}
