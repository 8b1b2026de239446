#pragma once

// How the program speaks about itself and its input: command-line mistakes, options checked after
// parsing, progress, what was written. In the language of the locale or --lang.

#include <cstddef>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// Command-line mistakes (CLI11's own description in parentheses in Chinese).
// The command line's mistakes, in place of the parser's own (English) words.
inline constexpr Message<std::string_view> kOptionRequired{"缺少必填的 {}", "{} is required"};
inline constexpr Message<std::string_view> kOptionNeedsValue{"{} 后面要写一个值", "{} needs a value after it"};
inline constexpr Message<std::string_view> kOptionOnlyOnce{"{} 只能写一次", "{} may be given only once"};
inline constexpr Plural<std::size_t, std::string_view> kUnexpectedArguments{
    "多余的参数：{1}", "an argument that was not expected: {1}", "arguments that were not expected: {1}"};
inline constexpr Message<std::string_view> kUnknownOption{"没有 {} 这个选项", "there is no option {}"};
inline constexpr Message<std::string_view, std::string_view> kFileDoesNotExist{"{}：文件 {} 不存在",
                                                                               "{}: the file {} does not exist"};
inline constexpr Message<std::string_view, std::string_view> kSwitchTakesNoValue{
    "{} 是开关，不取 '{}' 这样的值", "{} is a switch and takes no value such as '{}'"};
inline constexpr Message<std::string_view> kWriteSwitchAlone{"只写 {} 即可", "write just {}"};
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
inline constexpr Diagnosis<Message<std::string_view>> kAsOfNotDate{
    "as-of-not-date",
    {"--as-of '{}' 不是日期", "--as-of '{}' is not a date"},
    {"请写成 YYYY-MM-DD，例如 --as-of 2022-06-30", "write it as YYYY-MM-DD, e.g. --as-of 2022-06-30"}};
inline constexpr Message<std::string_view> kWhoUnknown{"--who '{}' 不是计划中的人员或单位",
                                                       "--who '{}' is not a person or unit in the plan"};
inline constexpr Message<std::string_view> kItemUnknown{"--item '{}' 不是计划中的计划项",
                                                        "--item '{}' is not an item in the plan"};
inline constexpr Diagnosis<Message<std::string_view>> kWithinNotDuration{
    "within-not-duration",
    {"--within '{}' 不是天数或周数", "--within '{}' is not a number of days or weeks"},
    {"请写成天数或周数，例如 --within 14d 或 --within 2w", "write it as days or weeks, e.g. --within 14d or --within 2w"}};
inline constexpr Diagnosis<Message<std::string_view>> kRemindNotDuration{
    "remind-not-duration",
    {"--remind '{}' 不是天数或周数", "--remind '{}' is not a number of days or weeks"},
    {"请写成天数或周数，例如 --remind 3d 或 --remind 1w", "write it as days or weeks, e.g. --remind 3d or --remind 1w"}};
inline constexpr Diagnosis<Message<std::string_view, std::string_view>, Message<std::string_view>> kTemplateNotFound{
    "template-not-found",
    {"找不到模板 '{}'（查找了：{}）", "no template '{}' (looked in: {})"},
    {"可用的模板：{}；也可以用 --template 给出模板文件的路径",
     "the templates there: {}; or give the template file's path with --template"}};
inline constexpr Message<> kNoTemplateFolder{
    "用 plancheck init 新建的计划仓库带有 templates/ 文件夹；也可以用 --template 给出模板文件的路径",
    "a plan repo made by plancheck init has a templates/ folder; or give the template file's path with --template"};
inline constexpr Message<> kNowhere{"计划所在文件夹及其上级都没有 templates/", "no templates/ at the plan or above it"};
inline constexpr Message<> kMonthAndAsOf{"--month 和 --as-of 只能给一个", "give either --month or --as-of, not both"};
inline constexpr Diagnosis<Message<std::string_view>> kMonthNotMonth{
    "month-not-month",
    {"--month '{}' 不是月份", "--month '{}' is not a month"},
    {"请写成 YYYY-MM，例如 --month 2022-06", "write it as YYYY-MM, e.g. --month 2022-06"}};
inline constexpr Message<std::size_t, std::size_t> kReadingLedger{"正在读取台账… {}/{} 个文件",
                                                                  "Reading the ledger… {}/{} files"};
inline constexpr Message<std::string_view, std::string_view> kCannotAppendSummary{
    "无法把作业摘要追加到 '{}'（GITHUB_STEP_SUMMARY）：{}", "cannot append the job summary to '{}' (GITHUB_STEP_SUMMARY): {}"};
inline constexpr Message<> kNewEntry{"新记录", "new entry"};  // in place of a file name
// draft.
inline constexpr Message<std::string_view, std::size_t, std::size_t, std::size_t> kDrafted{
    "已起草“{}”：{} 个部分、{} 条要点、{} 条规则（规则均标有“待核对”，请对照原文逐条核对）",
    "drafted “{}”: {} sections, {} items, {} rules (every rule is marked to review: check each against its quote)"};
inline constexpr Message<std::string_view> kReadAsGbk{"{} 不是 UTF-8 编码，已按 GBK 读取",
                                                      "{} is not UTF-8: read it as GBK"};
inline constexpr Message<std::string_view> kWrote{"已写入 {}", "wrote {}"};
inline constexpr Message<> kWriteHint{"请确认文件夹存在且你有写入权限",
                                      "check that the folder exists and that you may write to it"};
inline constexpr Diagnosis<Message<std::string_view>> kNotUtf8{
    "not-utf8",
    {"{} 不是 UTF-8 文本", "{} is not UTF-8 text"},
    {"请把终端设为 UTF-8（它可能在发送 GBK），然后重试", "set the terminal to UTF-8 (it may be sending GBK), then try again"}};
inline constexpr Diagnosis<Message<std::string_view>> kAttendeesNotCount{
    "attendees-not-count",
    {"--attendees '{}' 不是人数：人数须是 0 或更大的整数", "--attendees '{}' is not a head count: that is a whole number, 0 or more"},
    {"请写人数（例如 --attendees 12），或写出席者的姓名（例如 --attendees 张三、李四）",
     "give the number of people (e.g. --attendees 12) or their names (e.g. --attendees 张三,李四)"}};
inline constexpr Diagnosis<Message<std::string_view>> kAbsentNameMissing{
    "absent-name-missing",
    {"--absent '{}' 没有写姓名", "--absent '{}' names nobody"},
    {"写作 姓名:原因（例如 --absent 张三:出差,李四:病假），原因可省略（--absent 张三）",
     "write NAME:REASON (e.g. --absent 张三:出差,李四:病假); the reason may be left out (--absent 张三)"}};
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
inline constexpr Message<std::string_view, std::string_view, std::string_view> kCreatedRepo{
    "已新建计划仓库：{}（{} 至 {}）", "Created a plan repo: {} ({} to {})"};
inline constexpr Message<std::string_view> kCarriedPlanFile{"计划：由 {} 结转而来，请复核下面列出的事项",
                                                           "the plan, carried over from {}: review the points listed below"};
inline constexpr Message<> kStarterLog{"台账：plancheck log 在这里每月写一个文件",
                                       "the ledger (台账): plancheck log writes one file per month here"};
inline constexpr Message<> kStarterGitAttributes{"让 git 自动合并两人同时记的台账",
                                                 "lets git merge entries two people add at the same time"};
inline constexpr Message<> kStarterTemplates{"文档模板，供 plancheck render 使用", "document templates, for plancheck render"};
inline constexpr Message<int> kReviewCarriedPlan{"新计划沿用了原计划的内容，请在新年度开始前复核以下 {} 项：",
                                                "The new plan keeps the old one's content; review these {} points before the year starts:"};
inline constexpr Message<std::string_view> kNotAYear{"--year {} 不是年份", "--year {} is not a year"};
inline constexpr Message<> kNotAYearHint{"请写四位数的年份，例如 --year 2023", "write a year of four digits, e.g. --year 2023"};
inline constexpr Message<> kYearWithDates{"--year 不能与 --start、--end 同用：请只用其中一种方式给出计划的日期",
                                          "--year cannot be given with --start or --end: give the plan's dates one way"};
inline constexpr Message<> kDatesWithFrom{"--start、--end 不能与 --from 同用",
                                          "--start and --end cannot be given with --from"};
inline constexpr Message<> kDatesWithFromHint{"新计划的日期由原计划的日期平移到新年度得出：要指定年份，请用 --year 2023",
                                              "the new plan's dates are the old plan's moved to the new year: to choose the year, "
                                              "use --year 2023"};
inline constexpr Message<std::string_view> kOldPlanHasErrors{"原计划 {} 有错误，不能结转", "the old plan {} has errors, so it cannot be carried over"};
inline constexpr Message<std::string_view> kOldPlanHasErrorsHint{"请先改正上面列出的错误（plancheck validate {}），再重新运行",
                                                                 "correct the errors above first (plancheck validate {}), then run this again"};
// {1} and {2}: an activity of the plan and one who does it (党课 and 张三 in the starter plan).
inline constexpr Message<std::string_view, std::string_view, std::string_view> kNextSteps{
    "下一步：\n  plancheck validate {0}\n  plancheck log {0} --activity {1} --by {2}\n  plancheck check {0}\n",
    "Next:\n  plancheck validate {0}\n  plancheck log {0} --activity {1} --by {2}\n  plancheck check {0}\n"};

// entries, remove and log --replace: an entry by where it is.
inline constexpr Diagnosis<Message<std::string_view>> kNotFileLine{
    "not-file-line",
    {"'{}' 不是记录的位置", "'{}' is not where an entry is"},
    {"请写成 文件:行号，例如 log/2022-06.yaml:10（plancheck entries 列出每条记录的位置）",
     "write it as FILE:LINE, e.g. log/2022-06.yaml:10 (plancheck entries lists where each entry is)"}};
inline constexpr Message<> kRemoveNeedsWhere{"remove 需要记录的位置（文件:行号）",
                                             "remove needs where the entry is (FILE:LINE)"};
inline constexpr Message<std::string_view, int> kRemoved{"已删除 {}:{} 处的记录，原文如下：",
                                                         "Removed the entry at {}:{}; it read:"};
inline constexpr Message<std::string_view, int> kReplaced{"已改写 {}:{} 处的记录，原来的记录是：",
                                                          "Rewrote the entry at {}:{}; it read:"};
inline constexpr Message<> kNowReads{"现在是：", "It now reads:"};
inline constexpr Message<std::string_view, int> kWouldRemove{"试运行：会删除 {}:{} 处的这条记录；没有写入任何内容",
                                                             "dry run: the entry at {}:{} would be removed; nothing was written"};
inline constexpr Message<std::string_view, int> kWouldReplace{
    "试运行：{}:{} 处的记录会改写成这样；没有写入任何内容", "dry run: the entry at {}:{} would read so; nothing was written"};
inline constexpr Message<std::string_view> kUndoWithGit{
    "如需撤销：此文件夹由 git 管理，git diff {0} 可查看改动，git checkout -- {0} 可恢复为上次提交的内容",
    "to undo: the folder is a git repository; git diff {0} shows the change, git checkout -- {0} restores the last "
    "commit"};
inline constexpr Message<> kUndoByHand{"如需恢复，把上面的原文放回该文件即可", "to restore it, put the text above back into the file"};
inline constexpr Plural<std::size_t> kOtherLogsHaveErrors{
    "其他台账文件有 {} 个错误（见上），与这次修改无关，照常写入；加 --strict 则有任何错误都不写入",
    "other log files have {} error (above), which this change does not touch: it is written all the same; with "
    "--strict any error stops it",
    "other log files have {} errors (above), which this change does not touch: it is written all the same; with "
    "--strict any error stops it"};
inline constexpr Message<std::string_view> kUsingPlan{"使用计划 {}", "using the plan {}"};
inline constexpr Diagnosis<Message<std::string_view>> kNoPlanFound{
    "no-plan-found",
    {"在 {} 及其上级文件夹中找不到 plan.yaml", "no plan.yaml in {} or any folder above it"},
    {"请写出计划文件，例如 plancheck check plans/fao-2022/plan.yaml，或设置 PLANCHECK_PLAN",
     "name the plan file, e.g. plancheck check plans/fao-2022/plan.yaml, or set PLANCHECK_PLAN"}};

// render: the month and Word.
inline constexpr Message<std::string_view, std::string_view, std::string_view> kMonthOutsidePlan{
    "{} 不在计划的时间内（{} 至 {}）", "{} is outside the plan ({} to {})"};
inline constexpr Message<std::string_view> kChooseMonthOfPlan{"请选择计划期内的月份，例如 --month {}",
                                                              "choose a month of the plan, e.g. --month {}"};
// Every diagnosis above, for docs/diagnostics.md.
inline auto program_catalogue() {
  return catalogue(kAsOfNotDate, kWithinNotDuration, kRemindNotDuration, kTemplateNotFound, kMonthNotMonth, kNotUtf8,
                   kNotFileLine, kNoPlanFound, kAttendeesNotCount, kAbsentNameMissing);
}

}  // namespace plancheck::messages
