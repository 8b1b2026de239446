#pragma once

// The message catalogue, part 1: how plancheck speaks about itself and its input — the frame of
// a diagnostic, command-line errors, progress. In the language of the locale or --lang.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// The frame of a diagnostic: "plan.yaml:3:5: error: …", "= help: …".
inline constexpr Message<> kError{"错误：", "error: "};
inline constexpr Message<> kWarning{"警告：", "warning: "};
inline constexpr Message<> kHelp{"提示：", "help: "};
inline constexpr Message<int> kErrorCountOne{"{} 个错误", "{} error"};
inline constexpr Message<int> kErrorCount{"{} 个错误", "{} errors"};
inline constexpr Message<int> kWarningCountOne{"{} 个警告", "{} warning"};
inline constexpr Message<int> kWarningCount{"{} 个警告", "{} warnings"};
inline constexpr Message<std::string_view, std::string_view> kCounts{"{}，{}", "{}, {}"};

// Command-line mistakes (CLI11's own description in parentheses in Chinese).
inline constexpr Message<std::string_view> kMissingArgument{"缺少必填项（{}）", "{}"};
inline constexpr Message<std::string_view> kExtraArgument{"有多余或不认识的参数（{}）", "{}"};
inline constexpr Message<std::string_view> kWrongValue{"选项的值不对（{}）", "{}"};
inline constexpr Message<std::string_view> kWrongCommandLine{"命令行有误（{}）", "{}"};
inline constexpr Message<std::string_view> kSeeHelp{"运行 '{} --help' 查看用法", "run '{} --help' to see how to use it"};
inline constexpr Message<std::string_view> kInternalError{"内部错误：{}", "internal error: {}"};

}  // namespace plancheck::messages
