#pragma once

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace plancheck {

// The languages plancheck speaks. Report wording follows the plan's `lang` (default zh);
// program messages follow the locale; --lang overrides both.
enum class Language { zh, en };

// "zh" or "en"; nothing for anything else.
std::optional<Language> parse_language(std::string_view name);
const char* language_key(Language language);

// A report can be read in one language and its program messages in another: the report's
// words follow the plan, the messages the locale.
struct Languages {
  Language report = Language::zh;
  Language messages = Language::en;
};

// The language of a locale name as in LANG or LC_ALL ("zh_CN.UTF-8" → zh, "C" → en).
Language language_of_locale(std::string_view locale);
// The locale variables that choose the language of messages, as the environment has them
// (null: unset).
struct LocaleVariables {
  const char* language = nullptr;  // LANGUAGE: a list such as zh_CN:en, as gettext reads it
  const char* lc_all = nullptr;
  const char* lc_messages = nullptr;
  const char* lang = nullptr;
};
// As gettext decides: the locale is the first set of LC_ALL, LC_MESSAGES and LANG; unset, C or
// POSIX means en. Otherwise LANGUAGE's first entry, when set, decides, else the locale.
Language language_of_environment(const LocaleVariables& variables);

// Wording already phrased in both languages: a diagnostic is found while reading, before
// anyone knows in which language it will be printed.
struct Text {
  std::string zh;
  std::string en;
  // The catalogue's English format string it was phrased from (empty: verbatim or put together),
  // so that diagnostics of one kind are told apart from others without comparing their words.
  std::string_view wording = {};

  Text() = default;
  Text(std::string zh, std::string en, std::string_view wording = {})
      : zh(std::move(zh)), en(std::move(en)), wording(wording) {}

  // Words that read the same in both languages: a YAML key, a command-line option, the system's
  // or a library's own message. Wording comes from the catalogue instead.
  static Text verbatim(std::string words) { return Text{words, std::move(words)}; }

  const std::string& in(Language language) const { return language == Language::zh ? zh : en; }
  bool empty() const { return zh.empty() && en.empty(); }
  bool operator==(const Text& other) const { return zh == other.zh && en == other.en; }
};

// One entry of a message catalogue (src/LAYER/*_messages.h): the same message in Chinese and in
// English, side by side. Both format strings are checked against Args when compiling, so a
// translation cannot take other arguments than its original. A translation may leave out an
// argument the other one needs (Chinese quarters are 一 to 四, English ones 1 to 4): fmt ignores
// arguments without a placeholder.
template <class... Args>
struct Message {
  fmt::format_string<Args...> zh;
  fmt::format_string<Args...> en;

  fmt::format_string<Args...> in(Language language) const { return language == Language::zh ? zh : en; }
};

// A message about a count, whose first argument: English says it in the singular when it is 1
// ("1 error", "2 errors"); Chinese says both alike ("1 个错误").
template <class Count, class... Args>
struct Plural {
  fmt::format_string<Count, Args...> zh;
  fmt::format_string<Count, Args...> en_one;
  fmt::format_string<Count, Args...> en_many;

  fmt::format_string<Count, Args...> in(Language language, Count count) const {
    return language == Language::zh ? zh : count == 1 ? en_one : en_many;
  }
};

// One diagnostic of a catalogue: what is wrong and, beside it, what to do about it, each a Message
// with its own arguments. `code` names it for good (docs/diagnostics.md lists every one). A hint
// that depends on what was found (a suggestion, the keys allowed there) is made where the
// diagnostic is, and the entry's own hint is the one given when there is nothing better to say.
template <class MessageType, class HintType = Message<>>
struct Diagnosis {
  std::string_view code;
  MessageType message;
  HintType hint{"", ""};
};

// A catalogue entry as plain text, for listing the catalogue: the format strings as written.
struct CatalogueEntry {
  std::string_view code;
  std::string_view message_zh, message_en, hint_zh, hint_en;
};

namespace detail {
template <class Format>
std::string_view written(const Format& text) {
  fmt::string_view view = text;
  return {view.data(), view.size()};
}
}  // namespace detail

template <class MessageType, class HintType>
CatalogueEntry catalogue_entry(const Diagnosis<MessageType, HintType>& diagnosis) {
  using detail::written;
  return {diagnosis.code, written(diagnosis.message.zh), written(diagnosis.message.en), written(diagnosis.hint.zh),
          written(diagnosis.hint.en)};
}

template <class... Diagnoses>
std::array<CatalogueEntry, sizeof...(Diagnoses)> catalogue(const Diagnoses&... diagnoses) {
  return {catalogue_entry(diagnoses)...};
}

namespace detail {
template <class T>
const T& in_language(const T& value, Language) {
  return value;
}
inline const std::string& in_language(const Text& text, Language language) { return text.in(language); }

template <class... Args, class... Given>
std::string format([[maybe_unused]] Language language, fmt::format_string<Args...> text, const Given&... given) {
  static_assert(sizeof...(Args) == sizeof...(Given), "a message takes as many arguments as it has placeholders");
  return fmt::format(text, static_cast<Args>(detail::in_language(given, language))...);
}
}  // namespace detail

// The message in one language. A Text argument is taken in the same language.
template <class... Args, class... Given>
std::string say(Language language, const Message<Args...>& message, const Given&... given) {
  return detail::format<Args...>(language, message.in(language), given...);
}

// The same for a message about `count` (its first argument).
template <class Count, class... Args, class... Given>
std::string say(Language language, const Plural<Count, Args...>& message, std::type_identity_t<Count> count,
                const Given&... given) {
  return detail::format<Count, Args...>(language, message.in(language, count), count, given...);
}

// The message in both languages, to be printed later in either.
template <class... Args, class... Given>
Text phrase(const Message<Args...>& message, const Given&... given) {
  fmt::string_view wording = message.en;
  return {say(Language::zh, message, given...), say(Language::en, message, given...), {wording.data(), wording.size()}};
}

// Between the items of a list: "date, activity, by", "张三、李四".
namespace messages {
inline constexpr Message<> kListSeparator{"、", ", "};
}  // namespace messages

// `items` one after the other, `separator` between them in each language: "a, b" and "a、b".
Text joined(const std::vector<std::string>& items, const Message<>& separator);

}  // namespace plancheck
