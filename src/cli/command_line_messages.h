#pragma once

// The command line's help (also the man page and the shell completions' descriptions), in the
// language of the locale or --lang. Examples are commands and stay the same in both languages.

#include <cstddef>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {
inline constexpr Message<> kAppDescription{"plancheck：对照台账检查年度工作要点中的量化指标",
                                           "plancheck: check an annual work plan's quotas against its ledger (台账)"};
inline constexpr Message<> kAppFooter{
    "示例：\n"
    "  plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30\n"
    "  plancheck status plans/fao-2022/plan.yaml --who 陈立新\n"
    "  plancheck agenda plans/fao-2022/plan.yaml --within 2w --who 刘振华\n"
    "  plancheck validate plans/fao-2022/plan.yaml\n"
    "\n"
    "退出码：0 正常；1 check 发现差距（见 --fail-on）；2 输入文件或命令行有误。\n"
    "语言：报告用计划的 lang（默认中文），提示信息随系统语言（LANG）；--lang zh|en 两者都改。",
    "Examples:\n"
    "  plancheck check plans/fao-2022/plan.yaml --as-of 2022-06-30\n"
    "  plancheck status plans/fao-2022/plan.yaml --who 陈立新\n"
    "  plancheck agenda plans/fao-2022/plan.yaml --within 2w --who 刘振华\n"
    "  plancheck validate plans/fao-2022/plan.yaml\n"
    "\n"
    "Exit codes: 0 fine, 1 check found gaps (see --fail-on), 2 invalid input or usage.\n"
    "Language: reports follow the plan's lang (default Chinese), messages the locale (LANG); --lang zh|en sets both."};
inline constexpr Message<std::string_view> kExample{"示例：\n  {}", "Example:\n  {}"};

// CLI11's own words in the help.
inline constexpr Message<> kUsageLabel{"用法", "Usage"};
inline constexpr Message<> kOptionsLabel{"选项", "OPTIONS"};
inline constexpr Message<> kCommandLabel{"命令", "COMMAND"};
inline constexpr Message<> kPositionalsLabel{"参数", "Positionals"};
inline constexpr Message<> kOptionsGroup{"选项", "Options"};
inline constexpr Message<> kCommandsGroup{"命令", "Commands"};
inline constexpr Message<> kRequiredLabel{"必填", "REQUIRED"};
inline constexpr Message<> kValuePlaceholder{"值", "VALUE"};  // after an option that takes one: --who 值
inline constexpr Message<> kHelpOption{"显示帮助并退出", "Print this help message and exit"};
inline constexpr Message<> kVersionOption{"显示版本并退出", "Display program version information and exit"};

// Options shared by several commands.
inline constexpr Message<> kColorOption{"颜色：auto、always 或 never（auto：输出到终端且未设置 NO_COLOR 时使用彩色）",
                                        "Colour: auto, always or never (auto: only on a terminal, not with NO_COLOR)"};
inline constexpr Message<> kLangOption{"语言：zh 或 en（报告和提示信息都用它；init 时写入新计划的 lang）",
                                       "Language: zh or en (for the report and the messages; init writes it as the "
                                       "new plan's lang)"};
inline constexpr Message<> kAllDiagnosticsOption{
    "显示全部错误和警告（默认每类只显示前 20 个，其余只计数）",
    "Show every error and warning (by default the first 20 of each kind, the rest counted)"};
inline constexpr Message<> kPlanOption{"计划文件；不写时用 PLANCHECK_PLAN，或当前文件夹及其上级中最近的 plan.yaml",
                                       "The plan file; without it, PLANCHECK_PLAN, or the nearest plan.yaml in this "
                                       "folder or above"};
inline constexpr Message<> kFormatOption{
    "输出格式：text、json、csv（电子表格）、html（网页看板）、junit（JUnit XML）或 github（Actions 注释）；"
    "不写时按 -o 文件的扩展名（.html、.json、.csv），否则 text",
    "Output format: text, json, csv (for a spreadsheet), html (a dashboard page), junit "
    "(JUnit XML) or github (Actions annotations); default: the -o file's extension (.html, .json, .csv), else text"};
inline constexpr Message<> kValidateFormatOption{
    "输出格式：text、json、csv（电子表格）、junit（JUnit XML）或 github（Actions 注释）",
    "Output format: text, json, csv (for a spreadsheet), junit (JUnit XML) or github (Actions annotations)"};
inline constexpr Message<> kOutputOption{
    "把报告写入此文件（写完后才替换原文件；不会覆盖本次读取的文件），不打印到屏幕",
    "Write the report to this file (atomically; never over a file the command reads) instead of stdout"};
inline constexpr Message<> kAsOfOption{"按此日期的情况报告（YYYY-MM-DD；默认今天）",
                                       "Report as known on this date (YYYY-MM-DD; default: today)"};
inline constexpr Message<> kWhoOption{"只看此人员或单位", "Only this person or unit"};
inline constexpr Message<> kItemOption{"只看此计划项（编号）", "Only this plan item (its id)"};

// status, check, validate, schema, agenda.
inline constexpr Message<> kStatusCommand{"全部指标：按计划项、人员或单位、周期列出",
                                          "Every quota: per item, per person or unit, per period"};
inline constexpr Message<> kCheckCommand{"差距报告：逾期、逾期完成和进行中的指标，最紧急的在前",
                                         "The gap report: overdue, late and open quotas, most urgent first"};
inline constexpr Message<> kFailOnOption{"有这类差距时退出码为 1：overdue（默认，逾期）、open（含进行中）或 never",
                                         "Exit 1 when there are gaps of this kind: overdue (default), open or never"};
inline constexpr Message<> kCheckQuietOption{"只列出导致检查失败的指标（逾期的；用 --fail-on open 时也包括进行中的），供 CI 用",
                                             "Print only what fails (overdue; open too with --fail-on open), for CI"};
inline constexpr Message<> kValidateCommand{"检查计划和每个台账文件，并指出每个问题所在的文件、行和列",
                                            "Check the plan and every log file; print problems as file:line:col"};
inline constexpr Message<> kValidateQuietOption{"只打印问题：文件无误时什么也不打印",
                                                "Print only problems: nothing when the files are valid"};
inline constexpr Message<> kSchemaCommand{"打印计划或台账文件的 JSON Schema（供编辑器使用）",
                                          "Print the JSON Schema of the plan or of a log file (for editors)"};
inline constexpr Message<> kSchemaKindOption{"plan（默认）或 log", "plan (default) or log"};
inline constexpr Message<> kAgendaCommand{"每个人员或单位尚未完成的指标，期限最近的在前",
                                          "What each person or unit still owes, soonest deadline first"};
inline constexpr Message<> kAgendaFormatOption{
    "输出格式：text、json、csv（电子表格）、html（网页看板）或 ics（日历，可导入 Outlook、WPS、手机日历）；"
    "不写时按 -o 文件的扩展名，否则 text",
    "Output format: text, json, csv (for a spreadsheet), html (a dashboard page) or ics (a calendar for Outlook, WPS "
    "or a phone); default: the -o file's extension, else text"};
inline constexpr Message<> kWithinOption{"也列出周期在这么多天或周内开始的指标（如 14d、2w；默认 30d）",
                                         "Also list quotas whose period starts within this many days or weeks (e.g. 14d, "
                                         "2w; default 30d)"};
inline constexpr Message<> kRemindOption{"日历（--format ics）在每个期限前这么多天的 9:00 提醒（如 3d、1w；默认 3d）",
                                         "The calendar (--format ics) reminds this many days or weeks before each "
                                         "deadline, at 09:00 (e.g. 3d, 1w; default 3d)"};

// render.
inline constexpr Message<> kRenderCommand{"用 Mustache 模板生成文档（如月度工作简报）",
                                          "Write a document (the monthly briefing) from a Mustache template"};
inline constexpr Message<> kTemplateOption{
    "Mustache 模板：文件路径，或模板名（如 person-summary），在计划所在文件夹或其上级的 templates/ 及随 plancheck 安装的模板中查找；默认 monthly-briefing",
    "The Mustache template: a file, or a name (e.g. person-summary) looked up in the templates/ folder at the plan or "
    "above it, then among the templates installed with plancheck; default: monthly-briefing"};
inline constexpr Message<> kMonthOption{"报告这个月，按月末的情况（YYYY-MM）",
                                        "Report on this month, as of its last day (YYYY-MM)"};
inline constexpr Message<> kRenderAsOfOption{"按此日期的情况报告（默认今天）；月份取它所在的月",
                                             "Report as known on this date (default: today); the month is the one it "
                                             "falls in"};
inline constexpr Message<> kIssuedOption{"简报上印的发布日期（YYYY-MM-DD；默认为报告截至的日期）",
                                        "The issue date printed on the briefing (YYYY-MM-DD; default: the as-of date)"};
inline constexpr Message<> kRenderWhoOption{"只看此人员或单位（如配合 templates/person-summary.md.mustache）",
                                            "Only this person or unit (e.g. with templates/person-summary.md.mustache)"};
inline constexpr Message<> kRenderOutputOption{
    "写入此文件（写完后才替换原文件），不打印到屏幕；以 .docx 结尾则经 pandoc 生成 Word 文件（公文格式）",
    "Write to this file (atomically) instead of stdout; a name ending in .docx gets a Word file in the "
    "official layout, made with pandoc"};
inline constexpr Message<> kContextOption{"不生成文档，改为以 JSON 打印模板可用的数据",
                                          "Print the template's data as JSON instead of rendering"};
inline constexpr Message<> kNoChartsOption{"不生成 Mermaid 图表（转为 Word 时使用：pandoc 会把图表显示成代码）",
                                           "Leave out Mermaid charts (for the Word path: pandoc shows them as code)"};

// log.
inline constexpr Message<> kLogCommand{"先对照计划检查，再向台账追加一条记录",
                                       "Append an entry to the ledger (台账), checked against the plan first"};
inline constexpr Message<> kDateOption{"日期（YYYY-MM-DD；默认今天）", "When it happened (YYYY-MM-DD; default: today)"};
inline constexpr Message<> kActivityOption{"做了什么：计划中的活动编号", "What was done: an activity id from the plan"};
inline constexpr Message<> kByOption{"谁做的：人员或单位；多个可重复此选项，或用逗号、顿号分隔（李四,王五）",
                                     "Who did it: a person or unit; repeat for several, or separate with commas "
                                     "(李四,王五)"};
inline constexpr Message<> kTitleOption{"标题或主题", "Its title or topic"};
inline constexpr Message<> kEntryItemOption{"对应的计划项（编号）", "The plan item it serves (its id)"};
inline constexpr Message<> kPlaceOption{"地点", "Where"};
inline constexpr Message<> kAttendeesOption{"参加人数（23 或 23人），或姓名：可重复，或用逗号、顿号分隔",
                                            "A head count (23, or 23人), or names: repeat, or separate with commas"};
inline constexpr Message<> kAbsentOption{"缺席者及原因，写作 姓名:原因（原因可省略）：可重复，或用逗号分隔",
                                         "Who was absent, as NAME:REASON (the reason may be left out): repeat, or "
                                         "separate with commas"};
inline constexpr Message<> kNotesOption{"备注（可多行）", "Notes (may span several lines)"};
inline constexpr Message<> kEvidenceOption{"佐证材料的文件或链接；多个可重复",
                                           "A file or link as evidence; repeat for several"};
inline constexpr Message<> kTagOption{"标签；多个可重复，或用逗号、顿号分隔", "A tag; repeat for several, or separate with commas"};
inline constexpr Message<> kForOption{
    "这条记录所属的周期，不是其日期所在的周期时填写：年度（2021）、半年（2022-H1）、季度（2022-Q3）或月份（2022-06）；"
    "记录按该周期的最后一天计入。填写后，日期可以在计划期外（如 2023 年 1 月召开的 2022 年度会议）",
    "The period it is for, when not the one its date falls in: a year (2021), a half-year (2022-H1), a quarter "
    "(2022-Q3) or a month (2022-06); it counts as if held on that period's last day, and its date may then be "
    "outside the plan (a 2022 meeting held in January 2023)"};
inline constexpr Message<> kHoursOption{"学时数（不小于 0，最多两位小数，如 1.5），用于按学时计算的指标",
                                        "Hours (学时) it gave (a number ≥ 0, at most two decimals, e.g. 1.5), for quotas "
                                        "counted in hours"};
inline constexpr Message<> kFileOption{"追加到这个台账文件（默认：计划旁的 log/YYYY-MM.yaml）",
                                       "Append to this log file (default: log/YYYY-MM.yaml beside the plan)"};
inline constexpr Message<> kDryRunOption{"只打印这条记录，不写入", "Print the entry; write nothing"};
inline constexpr Message<> kForceOption{
    "日期在计划期外（且未填 --for）、晚于今天、不计入任何指标，或台账中已有同样的记录时，仍然记录",
    "Record it even if its date is outside the plan (without --for) or after today, it counts toward no quota, "
    "or it is already in the ledger"};

inline constexpr Message<> kStrictOption{"任何台账文件有错误都不写入（默认只看计划和要写的文件）",
                                         "Write nothing if any log file has errors (by default only the plan's and "
                                         "the written file's count)"};
inline constexpr Message<> kReplaceOption{
    "改写这条记录（FILE:LINE，即 plancheck entries 所列的位置），不追加新记录",
    "Rewrite the entry at FILE:LINE (where plancheck entries lists it) instead of appending one"};

// entries and remove.
inline constexpr Message<> kEntriesCommand{"列出台账记录：每条记录所在的文件和行号，以及它计入的指标",
                                           "List the ledger's entries: where each one is (FILE:LINE) and the quotas it "
                                           "counts toward"};
inline constexpr Message<> kEntriesFormatOption{"输出格式：text 或 json", "Output format: text or json"};
inline constexpr Message<> kEntriesMonthOption{"只列这个月的记录（YYYY-MM）", "Only this month's entries (YYYY-MM)"};
inline constexpr Message<> kEntriesWhoOption{"只列此人员或单位的记录（单位含其下属单位和人员）",
                                             "Only the entries of this person or unit (a unit with its sub-units and "
                                             "people)"};
inline constexpr Message<> kEntriesActivityOption{"只列这项活动的记录（计划中的活动编号）",
                                                  "Only this activity's entries (an activity id from the plan)"};
inline constexpr Message<> kEntriesItemOption{"只列为此计划项（编号）做的记录", "Only the entries serving this plan item (its id)"};
inline constexpr Message<> kRemoveCommand{"从台账中删除一条记录（按 plancheck entries 所列的 FILE:LINE）",
                                          "Remove one entry from the ledger (at the FILE:LINE plancheck entries lists)"};
inline constexpr Message<> kRemoveWhereOption{
    "[计划文件] 记录的位置 FILE:LINE，例如 log/2022-06.yaml:10（不写计划文件时，从该文件所在文件夹向上找 plan.yaml）",
    "[PLAN] the entry's FILE:LINE, e.g. log/2022-06.yaml:10 (without PLAN, the plan.yaml nearest above that file)"};
inline constexpr Message<> kRemoveDryRunOption{"只显示将删除的记录，不写入", "Show the entry that would go; write nothing"};

// init.
inline constexpr Message<> kInitCommand{
    "新建计划仓库：含示例的 plan.yaml（或用 --from 结转上一年的计划）、log/、templates/、README.md",
    "Start a plan repo: plan.yaml with examples (or last year's plan carried over, --from), log/, templates/, README.md"};
inline constexpr Message<> kDirectoryOption{"要新建的文件夹（可以已存在，但不能已有这些文件）",
                                            "The folder to create (it may exist, but must not hold these files)"};
inline constexpr Message<> kPlanTitleOption{"计划标题（默认：YYYY年工作要点）",
                                            "The plan's title (default: YYYY年工作要点)"};
inline constexpr Message<> kStartOption{"计划的第一天（YYYY-MM-DD；默认 1 月 1 日）",
                                        "The plan's first day (YYYY-MM-DD; default: 1 January)"};
inline constexpr Message<> kEndOption{"计划的最后一天（YYYY-MM-DD；默认 12 月 31 日）",
                                      "The plan's last day (YYYY-MM-DD; default: 31 December)"};
inline constexpr Message<> kYearOption{"计划的年份（YYYY；用 --from 时默认为原计划的下一年）",
                                       "The plan's year (YYYY; with --from, default: the year after the old plan's)"};
inline constexpr Message<> kFromPlanOption{
    "从上一年的计划结转：沿用其职务、活动、单位、人员、部分、要点和规则，日期移到新年度，台账为空，并列出要复核的事项",
    "Carry last year's plan over: its roles, activities, units, people, sections, items and rules, dates moved to the "
    "new year, an empty ledger, and a list of what to review"};

// draft.
inline constexpr Message<> kDraftCommand{"从工作要点文档（.docx、.md、.txt）起草 plan.yaml：部分、要点与能识别的配额规则（待核对）",
                                         "Draft a plan.yaml from a plan document (.docx, .md, .txt): sections, items and the "
                                         "quota rules it recognises, to review"};
inline constexpr Message<> kDocumentOption{"工作要点文档：.docx（经 pandoc 读取）、.md 或 .txt（UTF-8 或 GBK）",
                                           "The plan document: .docx (read through pandoc), .md or .txt (UTF-8 or GBK)"};
inline constexpr Message<> kDraftOutputOption{"写入此文件（写完后才替换原文件），不打印到屏幕",
                                              "Write the plan to this file (replaced only once it is complete) instead of "
                                              "printing it"};

// complete (hidden: what the shell completion scripts call).
inline constexpr Message<> kCompleteCommand{"打印命令行上接下来可以输入的词",
                                            "Print the words that may come next on a command line"};
inline constexpr Message<> kShellOption{"bash（每行一个词）或 zsh（词:说明）",
                                        "bash (one word a line) or zsh (word:description)"};
inline constexpr Message<> kWordsOption{"`plancheck` 之后、到正在补全的词为止的命令行",
                                        "The command line after `plancheck`, up to the word being completed"};

}  // namespace plancheck::messages
