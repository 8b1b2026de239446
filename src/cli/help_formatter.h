#pragma once

// The layout of --help: CLI11's sections, each option's names without CLI11's type or default
// markers, and descriptions wrapped to the terminal's width by display width, continuation lines
// under the description column. Used only by cli/command_line.cc, the one user of CLI11.

#include <CLI/CLI.hpp>

#include <set>
#include <string>
#include <vector>

#include "messages/message.h"

namespace plancheck {

class HelpFormatter : public CLI::Formatter {
 public:
  // Help `width` columns wide, its own words (用法, 选项, 必填, 值 …) in `language`.
  HelpFormatter(int width, Language language);

  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
  std::string make_subcommand(const CLI::App* command) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_opts(const CLI::Option* option) const override;
  std::string make_option_usage(const CLI::Option* option) const override;

  // `option` is required though the parser is not told so (import [PLAN] SHEET): shown as required.
  void show_as_required(const CLI::Option* option) { also_required_.insert(option); }

 private:
  // "  NAME      description…" with the description wrapped under its column.
  std::string row(const std::string& name, const std::string& description) const;
  // Each line of `text` wrapped to the width; indented lines (examples) as command_lines.
  std::string paragraphs(const std::string& text) const;
  std::string command_lines(const std::string& line) const;

  bool required(const CLI::Option* option) const {
    return option->get_required() || also_required_.contains(option);
  }

  int width_;
  int description_column_;
  std::vector<std::string> headings_;  // 用法, 选项 …: followed by a full-width colon in Chinese
  std::set<const CLI::Option*> also_required_;
};

}  // namespace plancheck
