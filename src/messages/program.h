#pragma once

// The message catalogue, part 1: how plancheck speaks about itself and its input — the frame of
// a diagnostic, command-line errors, progress. In the language of the locale or --lang.

#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// Between the items of a list: "date, activity, by", "张三、李四".
inline constexpr Message<> kListSeparator{"、", ", "};

// The frame of a diagnostic: "plan.yaml:3:5: error: …", "= help: …".
inline constexpr Message<> kError{"错误：", "error: "};
inline constexpr Message<> kWarning{"警告：", "warning: "};
inline constexpr Message<> kHelp{"提示：", "help: "};
inline constexpr Plural<std::size_t> kErrorCount{"{} 个错误", "{} error", "{} errors"};
inline constexpr Plural<std::size_t> kWarningCount{"{} 个警告", "{} warning", "{} warnings"};
inline constexpr Message<std::string_view, std::string_view> kCounts{"{}，{}", "{}, {}"};

// Why a system call failed (system_reason.h): the common reasons; others as the system says them.
inline constexpr Message<> kNoSuchFile{"文件或文件夹不存在", "No such file or directory"};
inline constexpr Message<> kPermissionDenied{"没有权限", "Permission denied"};
inline constexpr Message<> kIsAFolder{"这是一个文件夹", "Is a directory"};
inline constexpr Message<> kPathNotAFolder{"路径中有一部分不是文件夹", "Not a directory"};
inline constexpr Message<> kDiskFull{"磁盘空间已满", "No space left on device"};
inline constexpr Message<> kReadOnly{"文件系统是只读的", "Read-only file system"};
inline constexpr Message<> kExists{"已经存在", "File exists"};

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

// Command-line mistakes (CLI11's own description in parentheses in Chinese).
inline constexpr Message<std::string_view> kMissingArgument{"缺少必填项（{}）", "{}"};
inline constexpr Message<std::string_view> kExtraArgument{"有多余或不认识的参数（{}）", "{}"};
inline constexpr Message<std::string_view> kWrongValue{"选项的值不对（{}）", "{}"};
inline constexpr Message<std::string_view> kWrongCommandLine{"命令行有误（{}）", "{}"};
inline constexpr Message<std::string_view, std::string_view> kNotOneOf{"'{}' 不是可选的值 {} 之一",
                                                                     "{} is not one of {}"};
inline constexpr Message<> kMissingCommand{"缺少命令，例如 check、status 或 agenda",
                                           "a command is needed, e.g. check, status or agenda"};
inline constexpr Message<std::string_view> kUnknownCommand{"没有 '{}' 这个命令", "'{}' is not a command"};
inline constexpr Message<std::string_view> kSeeHelp{"运行 '{} --help' 查看用法", "run '{} --help' to see how to use it"};
inline constexpr Message<std::string_view> kInternalError{"内部错误：{}", "internal error: {}"};

// Options checked after parsing.
inline constexpr Message<std::string_view> kAsOfNotDate{"--as-of '{}' 不是日期", "--as-of '{}' is not a date"};
inline constexpr Message<> kAsOfHint{"请写成 YYYY-MM-DD，例如 --as-of 2022-06-30",
                                     "write it as YYYY-MM-DD, e.g. --as-of 2022-06-30"};
inline constexpr Message<std::string_view> kWhoUnknown{"--who '{}' 不是计划中的人员或单位",
                                                       "--who '{}' is not a person or unit in the plan"};
inline constexpr Message<std::string_view> kItemUnknown{"--item '{}' 不是计划中的计划项",
                                                        "--item '{}' is not an item in the plan"};
inline constexpr Message<std::string_view> kWithinNotDuration{"--within '{}' 不是天数或周数",
                                                              "--within '{}' is not a number of days or weeks"};
inline constexpr Message<> kWithinHint{"请写成天数或周数，例如 --within 14d 或 --within 2w",
                                       "write it as days or weeks, e.g. --within 14d or --within 2w"};
inline constexpr Message<> kTemplateMissing{"render 需要一个模板", "render needs a template"};
inline constexpr Message<> kTemplateMissingHint{"加上 --template templates/monthly-briefing.md.mustache，或用 --context 查看数据",
                                                "add --template templates/monthly-briefing.md.mustache, or --context to "
                                                "see the data"};
inline constexpr Message<> kMonthAndAsOf{"--month 和 --as-of 只能给一个", "give either --month or --as-of, not both"};
inline constexpr Message<std::string_view> kMonthNotMonth{"--month '{}' 不是月份", "--month '{}' is not a month"};
inline constexpr Message<> kMonthHint{"请写成 YYYY-MM，例如 --month 2022-06", "write it as YYYY-MM, e.g. --month 2022-06"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kMonthOutsidePlan{
    "{} 不在计划的时间内（{} 至 {}）", "{} is outside the plan ({} to {})"};
inline constexpr Message<std::string_view> kChooseMonthOfPlan{"请选择计划期内的月份，例如 --month {}",
                                                              "choose a month of the plan, e.g. --month {}"};
inline constexpr Message<> kPandocMissing{"写 Word 文件（.docx）需要 pandoc，本机没有安装",
                                         "writing a Word file (.docx) needs pandoc, which is not installed"};
inline constexpr Message<> kPandocInstallHint{"请安装：sudo apt-get install pandoc（或在 plancheck 源码目录运行 bash scripts/setup.sh）",
                                              "install it with: sudo apt-get install pandoc (or run bash "
                                              "scripts/setup.sh in plancheck's source folder)"};
inline constexpr Message<std::string_view> kPandocFailed{"pandoc 未能生成 Word 文件：{}",
                                                         "pandoc could not make the Word file: {}"};
inline constexpr Message<> kPandocVersionHint{"plancheck 需要 pandoc 2.17 或更新的版本（查看：pandoc --version）",
                                              "plancheck needs pandoc 2.17 or newer (see pandoc --version)"};

// Reports.
inline constexpr Plural<std::size_t> kLogFileCount{"{} 个台账文件", "{} log file", "{} log files"};
inline constexpr Plural<std::size_t> kEntryCount{"{} 条记录", "{} entry", "{} entries"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kValid{"{}：有效（{}，{}）",
                                                                                      "{}: valid ({}, {})"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kValidWithWarnings{
    "{}：有效（{}，{}；请看上面的警告）", "{}: valid ({}, {}; see the warnings above)"};
inline constexpr Message<std::size_t, std::size_t> kReadingLedger{"正在读取台账… {}/{} 个文件",
                                                                  "Reading the ledger… {}/{} files"};
inline constexpr Message<std::string_view, std::string_view> kCannotAppendSummary{
    "无法把作业摘要追加到 '{}'（GITHUB_STEP_SUMMARY）：{}", "cannot append the job summary to '{}' (GITHUB_STEP_SUMMARY): {}"};

// Writing files: log, init, -o.
inline constexpr Message<int> kDefaultPlanTitle{"{}年工作要点", "Work plan {}"};
inline constexpr Message<> kNewEntry{"新记录", "new entry"};  // in place of a file name
inline constexpr Message<std::string_view> kWrote{"已写入 {}", "wrote {}"};
inline constexpr Message<> kWriteHint{"请确认文件夹存在且你有写入权限",
                                      "check that the folder exists and that you may write to it"};
inline constexpr Message<std::string_view> kNotUtf8{"{} 不是 UTF-8 文本", "{} is not UTF-8 text"};
inline constexpr Message<> kNotUtf8Hint{"请把终端设为 UTF-8（它可能在发送 GBK），然后重试",
                                        "set the terminal to UTF-8 (it may be sending GBK), then try again"};
inline constexpr Message<std::string_view> kPlanHasErrors{
    "没有写入任何内容：计划或台账有错误，请先改正（plancheck validate {}）",
    "nothing was written: the plan or its ledger has errors; fix them first (plancheck validate {})"};
inline constexpr Message<std::string_view, int> kAppended{"已追加到 {}:{}", "Appended to {}:{}"};
inline constexpr Message<std::string_view, int> kAppendedToNewFile{"已追加到 {}:{}（新文件）",
                                                                   "Appended to {}:{} (a new file)"};
inline constexpr Message<std::string_view> kDryRun{"试运行：这条记录会追加到 {}；没有写入任何内容",
                                                   "dry run: this entry would be appended to {}; nothing was written"};
inline constexpr Message<std::string_view, std::string_view> kEndBeforeStart{"--end {} 早于 --start {}",
                                                                             "--end {} is before --start {}"};
inline constexpr Message<std::string_view> kCreatedBeforeError{"出错前已创建 {}", "created {} before the error"};
inline constexpr Message<std::string_view, std::string_view, std::string_view> kCreatedRepo{
    "已新建计划仓库：{}（{} 至 {}）", "Created a plan repo: {} ({} to {})"};
inline constexpr Message<> kStarterPlan{"计划，每种规则都有一个示例：请按本单位修改",
                                        "the plan, with an example of each kind of rule: edit it"};
inline constexpr Message<> kStarterLog{"台账：plancheck log 在这里每月写一个文件",
                                       "the ledger (台账): plancheck log writes one file per month here"};
inline constexpr Message<> kStarterTemplates{"文档模板，供 plancheck render 使用", "document templates, for plancheck render"};
inline constexpr Message<> kStarterReadme{"本单位如何记录和检查（中文）", "how the office records and checks (in Chinese)"};
inline constexpr Message<std::string_view> kNextSteps{
    "下一步：\n  plancheck validate {0}\n  plancheck log {0} --activity 党课 --by 张三\n  plancheck check {0}\n",
    "Next:\n  plancheck validate {0}\n  plancheck log {0} --activity 党课 --by 张三\n  plancheck check {0}\n"};

}  // namespace plancheck::messages
