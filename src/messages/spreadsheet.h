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
inline constexpr Message<> kActivityHeader{"活动", "Activity"};
inline constexpr Message<> kByHeader{"责任人", "By"};
inline constexpr Message<> kTitleHeader{"主题", "Title"};
inline constexpr Message<> kPlaceHeader{"地点", "Place"};
inline constexpr Message<> kHeadCountHeader{"人数", "Head count"};
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

}  // namespace plancheck::messages
