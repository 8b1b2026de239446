#pragma once

// The message catalogue, part 5: spreadsheets — the sheets and headers `export` writes (report
// words, in the plan's language) and what `import` says about a sheet it reads (program messages,
// in the locale's language). Headers `import` recognises are in read/ledger_sheet.cc.

#include <cstddef>
#include <string_view>

#include "messages/message.h"

namespace plancheck::messages {

// Sheet names.
inline constexpr Message<> kEntriesSheet{"台账", "Ledger"};
inline constexpr Message<> kQuotasSheet{"指标完成情况", "Quotas"};
inline constexpr Message<> kSummarySheet{"汇总", "Summary"};

// Headers of the entries sheet, in the order offices keep them; import reads them back.
inline constexpr Message<> kDateHeader{"日期", "Date"};
inline constexpr Message<> kForHeader{"所属年度", "For"};  // only when an entry says what period it is for
inline constexpr Message<> kActivityHeader{"活动", "Activity"};
inline constexpr Message<> kByHeader{"责任人", "By"};
inline constexpr Message<> kTitleHeader{"主题", "Title"};
inline constexpr Message<> kPlaceHeader{"地点", "Place"};
inline constexpr Message<> kHeadCountHeader{"人数", "Head count"};
inline constexpr Message<> kHoursHeader{"学时", "Hours"};  // only when an entry gives hours
inline constexpr Message<> kAttendeesHeader{"参加人员", "Attendees"};
inline constexpr Message<> kNotesHeader{"备注", "Notes"};
inline constexpr Message<> kEvidenceHeader{"佐证材料", "Evidence"};
inline constexpr Message<> kItemHeader{"计划项", "Item"};
inline constexpr Message<> kTagsHeader{"标签", "Tags"};
inline constexpr Message<> kCountedTowardHeader{"计入指标", "Counted toward"};
inline constexpr Message<> kSourceHeader{"来源", "Source"};

// Headers of the quotas and summary sheets.
inline constexpr Message<> kSectionHeader{"部分", "Section"};
inline constexpr Message<> kRuleHeader{"规则", "Rule"};
inline constexpr Message<> kRequirementHeader{"要求", "Requirement"};
inline constexpr Message<> kSubjectHeader{"对象", "Who"};
inline constexpr Message<> kPeriodHeader{"周期", "Period"};
inline constexpr Message<> kPeriodStartHeader{"开始", "Starts"};
inline constexpr Message<> kDeadlineHeader{"期限", "Due"};
inline constexpr Message<> kRequiredHeader{"应完成", "Required"};
inline constexpr Message<> kDoneHeader{"已完成", "Done"};
inline constexpr Message<> kStatusHeader{"状态", "Status"};
inline constexpr Message<> kDaysLeftHeader{"剩余天数", "Days left"};
inline constexpr Message<> kQuotaCountHeader{"指标数", "Quotas"};
inline constexpr Message<> kEntryCountHeader{"台账记录", "Entries"};
inline constexpr Message<> kCompletionHeader{"已到期完成率", "Done of started"};
inline constexpr Message<std::string_view, std::string_view> kWorkbookSubject{"台账与指标完成情况，截至 {}（{}）",
                                                                              "Ledger and quotas as of {} ({})"};
// "lecture-by-leaders · 陈立新 · 2022年".
inline constexpr Message<std::string_view, std::string_view, std::string_view> kCountedToward{"{} · {} · {}",
                                                                                              "{} · {} · {}"};
inline constexpr Message<> kSectionTotal{"（合计）", "(total)"};

// export on the command line.
inline constexpr Message<> kExportCommand{"导出台账表格（Excel 或 CSV）：记录、指标完成情况、按部分和计划项汇总",
                                          "Export the ledger as a spreadsheet (Excel or CSV): entries, quotas, a "
                                          "summary per section and item"};
inline constexpr Message<> kExportFormatOption{
    "xlsx（台账、指标完成情况、汇总三个工作表）或 csv（只含台账，UTF-8 带 BOM，Excel 可直接打开）；"
    "默认看 -o 的扩展名：.csv 为 csv，其余为 xlsx",
    "xlsx (sheets of entries, quotas and a summary) or csv (the entries only, UTF-8 with a BOM for Excel); "
    "default: csv for a .csv file, else xlsx"};
inline constexpr Message<> kFromOption{"只导出这天及以后的记录和指标（YYYY-MM-DD）",
                                       "Only entries and quotas from this day on (YYYY-MM-DD)"};
inline constexpr Message<> kToOption{"只导出到这天为止的记录；指标按这天的情况（YYYY-MM-DD；默认今天）",
                                     "Only entries up to this day; quotas as known on it (YYYY-MM-DD; default: today)"};
inline constexpr Message<> kExportActivityOption{"只导出这项活动（计划中的活动编号）",
                                                 "Only this activity (an activity id from the plan)"};
inline constexpr Message<> kExportOutputOption{"写入此文件（.xlsx 或 .csv；写完后才替换原文件）",
                                               "The file to write (.xlsx or .csv; replaced atomically)"};
inline constexpr Message<std::string_view, std::string_view> kFromAfterTo{"--from {} 晚于 --to {}",
                                                                          "--from {} is after --to {}"};
inline constexpr Message<> kSwapFromTo{"请交换这两个日期", "swap the two dates"};
inline constexpr Message<std::string_view> kActivityUnknown{"计划中没有活动 '{}'", "the plan has no activity '{}'"};
inline constexpr Message<std::string_view, std::string_view> kCannotWriteWorkbook{"无法写入 Excel 文件 {}：{}",
                                                                                  "cannot write the workbook {}: {}"};
inline constexpr Plural<std::size_t, std::size_t, std::size_t> kExported{
    "已导出 {} 条记录、{} 项指标、{} 个计划项", "exported {} entry, {} quotas and {} items",
    "exported {} entries, {} quotas and {} items"};

// Reading a sheet (import).
inline constexpr Message<std::string_view> kCannotOpenSheetFile{"无法打开 {}", "cannot open {}"};
inline constexpr Message<> kOldExcelFile{"这是旧版 Excel 文件（.xls），plancheck 读取 .xlsx 和 .csv",
                                         "this is an old Excel file (.xls); plancheck reads .xlsx and .csv"};
inline constexpr Message<> kSaveAsXlsx{"请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）或 .csv",
                                       "save it again as .xlsx (Excel workbook) or .csv in Excel or WPS"};
inline constexpr Message<> kNotXlsx{"这不是 Excel 工作簿（.xlsx 文件是 zip 压缩包，这个不是）",
                                    "this is not an Excel workbook (an .xlsx file is a zip archive, this is not)"};
inline constexpr Message<> kBrokenXlsx{"这个 Excel 工作簿不完整或已损坏", "this Excel workbook is incomplete or damaged"};
inline constexpr Message<> kOpenAndSaveAgain{"请在 Excel 或 WPS 中打开并重新保存", "open it in Excel or WPS and save it again"};
inline constexpr Message<std::string_view> kNoSuchSheet{"工作簿中没有名为 '{}' 的工作表",
                                                        "the workbook has no sheet named '{}'"};
inline constexpr Message<std::string_view> kSheetsAre{"工作表有：{}", "its sheets are: {}"};
inline constexpr Message<> kCsvNotText{"这个 CSV 文件既不是 UTF-8 也不是 GBK 文本",
                                       "this CSV file is neither UTF-8 nor GBK text"};
inline constexpr Message<> kSaveCsvUtf8{"请在 Excel 中另存为 'CSV UTF-8（逗号分隔）'",
                                        "save it again in Excel as 'CSV UTF-8 (Comma delimited)'"};
inline constexpr Message<> kSheetOnlyForXlsx{"--sheet 只用于 .xlsx 工作簿", "--sheet is only for .xlsx workbooks"};
inline constexpr Message<std::string_view> kUnknownSheetType{"不知道如何读取 '{}'：请给出 .xlsx 或 .csv 文件",
                                                             "cannot tell how to read '{}': give an .xlsx or .csv file"};

// The header row and the columns (import).
inline constexpr Message<> kNoHeaderRow{"前 10 行中找不到表头：需要至少有 日期、活动 和 责任人 这几列",
                                        "no header row in the first 10 rows: the columns 日期 (date), 活动 (activity) "
                                        "and 责任人 (by) are needed"};
inline constexpr Message<> kUseMap{"表头名称不同时，请用 --map 文件说明每列的含义（见 README）",
                                   "when the headers are named differently, say what each column means in a --map file "
                                   "(see the README)"};
inline constexpr Message<std::string_view> kMissingColumn{"表头中没有 {} 列", "the header row has no {} column"};
inline constexpr Message<std::string_view> kColumnNotImported{"'{}' 列不导入：台账中没有对应的字段",
                                                              "column '{}' is not imported: the ledger has no such field"};
inline constexpr Message<std::string_view, std::string_view> kColumnRepeated{
    "'{}' 列不导入：'{}' 列已经表示同一个字段", "column '{}' is not imported: column '{}' already gives that field"};
inline constexpr Message<std::string_view> kMapUnknownField{"'{}' 不是台账的字段", "'{}' is not a field of the ledger"};
inline constexpr Message<std::string_view> kMapFields{
    "可用的字段：{}", "the fields are: {}"};
inline constexpr Message<> kMapNeedsColumns{"映射文件需要 'columns:'：表头与字段的对应",
                                            "a map file needs 'columns:', mapping headers to fields"};
inline constexpr Message<> kMapExample{"例如：columns: {{开展日期: date, 会议名称: activity, 记录人: ignore}}",
                                       "e.g. columns: {{开展日期: date, 会议名称: activity, 记录人: ignore}}"};
inline constexpr Message<std::string_view> kMapUnknownHeader{"表头中没有 '{}' 列", "the header row has no column '{}'"};

// The cells (import).
inline constexpr Message<std::string_view> kCellNotDate{"'{}' 不是日期", "'{}' is not a date"};
inline constexpr Message<> kCellDateHint{"请写成 2022-03-15、2022/3/15、2022.3.15 或 2022年3月15日",
                                         "write it as 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日"};
inline constexpr Message<> kCountAndNames{"人数和参加人员只能填一项", "give either the head count or the attendees' names"};
inline constexpr Message<> kKeepOneOfThem{"台账记录的参加人员要么是人数，要么是姓名：请删去其中一项",
                                          "an entry's attendees are a head count or names: clear one of the two"};
inline constexpr Message<> kCheckImportedDate{"请检查日期：只能导入计划期内的记录",
                                              "check the date: only entries within the plan's dates are imported"};
inline constexpr Message<std::string_view> kCountNotNumber{"人数 '{}' 不是整数", "head count '{}' is not a whole number"};
inline constexpr Message<std::string_view> kHoursNotAmount{"学时 '{}' 不是数目（不小于 0 的数，最多两位小数）",
                                                          "hours '{}' are not an amount (a number ≥ 0, at most two decimals)"};
inline constexpr Message<> kHoursHint{"请填写学时数，例如 2、1.5 或 0.25", "write the hours as a number, e.g. 2, 1.5 or 0.25"};
inline constexpr Message<std::string_view> kCellNotPeriod{"'{}' 不是周期", "'{}' is not a period"};
inline constexpr Message<> kCellPeriodHint{
    "写作年度（2021 或 2021年度）、半年（2022-H1 或 2022年上半年）、季度（2022-Q3 或 2022年第三季度）或月份（2022-06 或 "
    "2022年6月）",
    "write a year (2021 or 2021年度), a half-year (2022-H1 or 2022年上半年), a quarter (2022-Q3 or 2022年第三季度) or "
    "a month (2022-06 or 2022年6月)"};
inline constexpr Message<std::string_view> kRequiredCell{"此行缺少 {}", "this row has no {}"};
inline constexpr Message<> kFillCell{"请填写这一格，或删除整行", "fill in this cell, or delete the row"};

// The result (import).
inline constexpr Message<> kImportCommand{
    "导入台账表格（Excel .xlsx 或 CSV）：每行像 log 一样检查后写入台账，已有的记录跳过",
    "Import a ledger spreadsheet (Excel .xlsx or CSV): each row checked as log checks an entry, repeats skipped"};
inline constexpr Message<> kSheetFileOption{"台账表格：.xlsx 或 .csv（UTF-8 或 GBK）",
                                            "The ledger sheet: .xlsx, or .csv (UTF-8 or GBK)"};
inline constexpr Message<> kSheetNameOption{"读取这个工作表（默认第一个）", "Read this sheet (default: the first)"};
inline constexpr Message<> kMapOption{"说明各列含义的 YAML 文件（表头与常见名称不同时用）",
                                      "A YAML file saying what each column means (for headers named differently)"};
inline constexpr Message<> kImportDryRunOption{"只检查并说明会写入什么，不写入", "Check and say what would be written; write nothing"};
inline constexpr Plural<std::size_t, std::string_view, int> kImportedInto{
    "已向 {1} 追加 {0} 条记录（从第 {2} 行起）", "Appended {} entry to {}:{}", "Appended {} entries to {}:{}"};
inline constexpr Plural<std::size_t, std::string_view> kWouldImportInto{
    "将向 {1} 追加 {0} 条记录", "would append {} entry to {}", "would append {} entries to {}"};
inline constexpr Plural<std::size_t> kRepeatsSkipped{"{} 行已在台账中，已跳过", "{} row is already in the ledger: skipped",
                                                     "{} rows are already in the ledger: skipped"};
inline constexpr Plural<std::size_t, std::size_t> kImportedTotal{"共导入 {} 条记录，来自 {} 个数据行",
                                                                 "imported {} entry from {} rows",
                                                                 "imported {} entries from {} rows"};
inline constexpr Message<> kNothingToImport{"没有新的记录需要导入", "nothing new to import"};

}  // namespace plancheck::messages
