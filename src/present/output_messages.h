#pragma once

// The frame of a diagnostic ("error: ", "= help: ") and the words of CI output about the input
// files, in the language of the locale or --lang.

#include <cstddef>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// The frame of a diagnostic: "plan.yaml:3:5: error: …", "= help: …".
inline constexpr Message<> kError{"错误：", "error: "};
inline constexpr Message<> kWarning{"警告：", "warning: "};
inline constexpr Message<> kHelp{"提示：", "help: "};
inline constexpr Plural<std::size_t> kErrorCount{"{} 个错误", "{} error", "{} errors"};
inline constexpr Plural<std::size_t> kWarningCount{"{} 个警告", "{} warning", "{} warnings"};
inline constexpr Message<std::string_view, std::string_view> kCounts{"{}，{}", "{}, {}"};
// After the first diagnostics of one kind in text output, the rest of that kind in one line.
inline constexpr Plural<std::size_t, std::string_view> kMoreErrorsOfKind{
    "另有 {} 个同类错误未显示（如“{}”）；加 --all-diagnostics 显示全部", "{} more error like “{}” not shown; --all-diagnostics shows all",
    "{} more errors like “{}” not shown; --all-diagnostics shows all"};
inline constexpr Plural<std::size_t, std::string_view> kMoreWarningsOfKind{
    "另有 {} 个同类警告未显示（如“{}”）；加 --all-diagnostics 显示全部",
    "{} more warning like “{}” not shown; --all-diagnostics shows all",
    "{} more warnings like “{}” not shown; --all-diagnostics shows all"};

// CI output about the input files (validate; the diagnostics of check and status).
inline constexpr Message<> kLevelColumn{"级别", "Level"};
inline constexpr Message<> kWhereColumn{"位置", "Where"};
inline constexpr Message<> kProblemColumn{"问题", "Problem"};
inline constexpr Message<> kInputSuite{"计划与台账文件", "plan and log files"};
inline constexpr Message<std::string_view> kInvalidSummary{"无效：{}。", "Invalid: {}."};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kValidSummary{"有效：{}，{}，{}。",
                                                                                             "Valid: {}, {}, {}."};
inline constexpr Message<> kErrorWord{"错误", "error"};
inline constexpr Message<> kWarningWord{"警告", "warning"};
inline constexpr Message<std::string_view, std::string_view> kWithHint{"{}（提示：{}）", "{} (help: {})"};

// Reports.
inline constexpr Plural<std::size_t> kLogFileCount{"{} 个台账文件", "{} log file", "{} log files"};
inline constexpr Plural<std::size_t> kEntryCount{"{} 条记录", "{} entry", "{} entries"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kValid{"{}：有效（{}，{}）",
                                                                                      "{}: valid ({}, {})"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kValidWithWarnings{
    "{}：有效（{}，{}；请看上面的警告）", "{}: valid ({}, {}; see the warnings above)"};

// A template that fails while it is rendered (the Mustache library's own wording, in English).
inline constexpr Message<std::string_view> kRenderError{"模板有误：{}", "{}"};

}  // namespace plancheck::messages
