#pragma once

#include <any>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "cli/context.h"
#include "cli/options.h"
#include "messages/message.h"

namespace plancheck {

// One command of the command line: a row of the table in cli/command_table.cc.
struct Command {
  std::string_view name;
  const Message<>* summary = nullptr;  // one line, in --help's list of commands
  std::string_view example;            // a worked example, at the end of its --help
  bool hidden = false;                 // left out of --help and completion (`complete`)
  std::vector<OptionSpec> options;     // in the order --help lists them
  std::function<std::any()> default_options;
  std::function<int(const std::any& options, const Context& context)> run;
};

// A command whose options are an `Options` struct, declared by `declare` and run by `run`.
template <class Options>
Command define_command(std::string_view name, const Message<>& summary, std::string_view example,
                       void (*declare)(OptionDeclarations<Options>&), int (*run)(const Options&, const Context&),
                       bool hidden = false) {
  OptionDeclarations<Options> declarations;
  declare(declarations);
  return Command{name,
                 &summary,
                 example,
                 hidden,
                 std::move(declarations.specs),
                 [] { return std::any(Options{}); },
                 [run](const std::any& options, const Context& context) {
                   return run(std::any_cast<const Options&>(options), context);
                 }};
}

// The options of CommonOptions, and of the app itself (--version).
std::span<const OptionSpec> common_option_specs();

// Every command, in the order --help lists them.
std::span<const Command> command_table();
const Command* find_command(std::string_view name);

}  // namespace plancheck
