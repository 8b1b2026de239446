#include "messages/message.h"

namespace plancheck {

std::optional<Language> parse_language(std::string_view name) {
  if (name == "zh") return Language::zh;
  if (name == "en") return Language::en;
  return std::nullopt;
}

const char* language_key(Language language) { return language == Language::zh ? "zh" : "en"; }

Language language_of_locale(std::string_view locale) {
  return locale.starts_with("zh") ? Language::zh : Language::en;
}

Language language_of_environment(const LocaleVariables& variables) {
  std::string_view locale;
  for (const char* variable : {variables.lc_all, variables.lc_messages, variables.lang})
    if (variable && *variable) {
      locale = variable;
      break;
    }
  if (locale.empty() || locale == "C" || locale.starts_with("C.") || locale == "POSIX") return Language::en;
  if (variables.language && *variables.language) {
    std::string_view first = variables.language;
    return language_of_locale(first.substr(0, first.find(':')));
  }
  return language_of_locale(locale);
}

Text joined(const std::vector<std::string>& items, const Message<>& separator) {
  auto join = [&](Language language) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? say(language, separator) : "") + items[i];
    return text;
  };
  return {join(Language::zh), join(Language::en)};
}

}  // namespace plancheck
