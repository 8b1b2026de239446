#pragma once

// What a command accepts on its command line, declared once per option: the declaration drives
// parsing and validation (cli/command_line.cc), --help and so the man page, and shell completion
// (cli/completion.cc).

#include <algorithm>
#include <any>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "messages/message.h"

namespace plancheck {

// One accepted value of a choice option and what it means.
template <class Value>
struct Choice {
  std::string_view name;
  Value value;
};

template <class Value>
std::optional<Value> find_choice(std::span<const Choice<Value>> choices, std::string_view name) {
  for (const auto& choice : choices)
    if (choice.name == name) return choice.value;
  return std::nullopt;
}

struct OptionSpec {
  enum class Arity { flag, one, many };

  std::vector<std::string> names;  // "--output", "-o" (long names first); a positional's one name, "PLAN"
  const Message<>* help = nullptr;
  Arity arity = Arity::one;
  bool positional = false;
  bool required = false;
  std::vector<std::string> choices;  // the only values accepted, when not empty
  bool existing_file = false;        // the value must name a file that exists
  bool plan = false;                 // the plan file: when not given, found (PLANCHECK_PLAN, or plan.yaml above)
  // Puts one value given on the command line into the command's options (a flag gets "").
  std::function<void(std::any& options, const std::string& value)> store;
  // A repeatable option whose values may also be given as one list: "李四,王五", "李四、王五".
  bool splits_lists = false;

  bool takes_value() const { return arity != Arity::flag; }
  bool repeatable() const { return arity == Arity::many; }
};

// Builds the option specs of one command whose options are an `Options` struct: each option names
// the field it sets.
template <class Options>
class OptionDeclarations {
 public:
  void positional(std::string name, const Message<>& help, std::string Options::*field, bool required = true) {
    add({std::move(name)}, help, OptionSpec::Arity::one, true, required, {}, set(field));
  }
  // The plan file, PLAN: optional on the command line, where the nearest plan.yaml is found instead.
  void plan(const Message<>& help, std::string Options::*field) {
    positional("PLAN", help, field, false);
    specs.back().plan = true;
  }
  void positionals(std::string name, const Message<>& help, std::vector<std::string> Options::*field) {
    add({std::move(name)}, help, OptionSpec::Arity::many, true, false, {}, append(field));
  }
  void text(std::string_view names, const Message<>& help, std::string Options::*field, bool required = false) {
    add(split_names(names), help, OptionSpec::Arity::one, false, required, {}, set(field));
  }
  void existing_file(std::string_view names, const Message<>& help, std::string Options::*field) {
    text(names, help, field);
    specs.back().existing_file = true;
  }
  // Repeatable; a value is also split at commas (, and ，) and 、 unless `whole_values` (file names).
  void texts(std::string_view names, const Message<>& help, std::vector<std::string> Options::*field,
             bool required = false, bool whole_values = false) {
    add(split_names(names), help, OptionSpec::Arity::many, false, required, {}, append(field));
    specs.back().splits_lists = !whole_values;
  }
  // A flag that sets `field` to `value` when given (false for a --no-… flag).
  void flag(std::string_view names, const Message<>& help, bool Options::*field, bool value = true) {
    add(split_names(names), help, OptionSpec::Arity::flag, false, false, {},
        [field, value](std::any& options, const std::string&) { std::any_cast<Options&>(options).*field = value; });
  }
  // One of `choices`, stored as its value (into a field of type Value, or of `Field`).
  template <class Value, std::size_t N, class Field = Value>
  void choice(std::string_view names, const Message<>& help, const Choice<Value> (&choices)[N],
              std::type_identity_t<Field Options::*> field) {
    std::span<const Choice<Value>> all(choices);
    add(split_names(names), help, OptionSpec::Arity::one, false, false, names_of(all),
        [all, field](std::any& options, const std::string& value) {
          if (auto chosen = find_choice(all, value)) std::any_cast<Options&>(options).*field = *chosen;
        });
  }
  // A positional that is one of `choices` and stays text (e.g. schema's plan|log).
  void positional_choice(std::string name, const Message<>& help, std::vector<std::string> choices,
                         std::string Options::*field) {
    add({std::move(name)}, help, OptionSpec::Arity::one, true, false, std::move(choices), set(field));
  }

  std::vector<OptionSpec> specs;

 private:
  template <class Value>
  static std::vector<std::string> names_of(std::span<const Choice<Value>> choices) {
    std::vector<std::string> names;
    for (const auto& choice : choices) names.emplace_back(choice.name);
    return names;
  }
  static std::vector<std::string> split_names(std::string_view names) {
    std::vector<std::string> split;
    while (!names.empty()) {
      std::size_t comma = std::min(names.find(','), names.size());
      split.emplace_back(names.substr(0, comma));
      names.remove_prefix(std::min(names.size(), comma + 1));
    }
    std::stable_partition(split.begin(), split.end(), [](const std::string& name) { return name.starts_with("--"); });
    return split;
  }
  static auto set(std::string Options::*field) {
    return [field](std::any& options, const std::string& value) { std::any_cast<Options&>(options).*field = value; };
  }
  static auto append(std::vector<std::string> Options::*field) {
    return [field](std::any& options, const std::string& value) {
      (std::any_cast<Options&>(options).*field).push_back(value);
    };
  }
  void add(std::vector<std::string> names, const Message<>& help, OptionSpec::Arity arity, bool positional,
           bool required, std::vector<std::string> choices,
           std::function<void(std::any&, const std::string&)> store) {
    specs.push_back(OptionSpec{std::move(names), &help, arity, positional, required, std::move(choices), false,
                               false, std::move(store)});
  }
};

// "张三、李四,王五，赵六" as its names: split at commas (also full-width) and 、, blanks around each
// name dropped, empty parts left out.
std::vector<std::string> split_list(std::string_view text);

}  // namespace plancheck
