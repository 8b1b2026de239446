// End-to-end: `plancheck import` of workbooks (written by plancheck export and by openpyxl) and
// CSV files (UTF-8 and GBK), on copies of the seed plan.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;
using nlohmann::json;

namespace {

// The seed plan and its evidence with an empty ledger, as a second copy beside the seed.
const std::string kEmptyPlan = "empty/plan.yaml";

void copy_empty_seed(const TempFolder& scratch) {
  fs::create_directories(scratch / "empty/log");
  fs::copy_file(scratch / kSeedCopy, scratch / kEmptyPlan);
  fs::copy(scratch / "fao-2022/evidence", scratch / "empty/evidence");
}

// Every result of `status --format json` without the entries it lists (their files differ).
json results_of(const TempFolder& scratch, const std::string& plan) {
  Run status = run_plancheck({"status", plan, "--as-of", "2022-12-31", "--format", "json"}, {.directory = scratch.path()});
  REQUIRE(status.exit_code == 0);
  json results = json::parse(status.out)["results"];
  for (json& result : results) result.erase("entries");
  return results;
}

std::string log_files_of(const TempFolder& scratch, const std::string& folder) {
  std::string all;
  std::vector<fs::path> files;
  for (const auto& file : fs::directory_iterator(scratch / folder)) files.push_back(file.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) all += file.filename().string() + "\n" + read_file(file.string());
  return all;
}

void write_gbk(const std::string& file, const std::string& utf8) {
  Run converted = run_program({"iconv", "-f", "UTF-8", "-t", "GBK"}, {.input = utf8});
  REQUIRE(converted.exit_code == 0);
  write_file(file, converted.out);
}

}  // namespace

TEST_CASE("import: the seed's ledger exported to .xlsx and imported into an empty copy gives the same status") {
  TempFolder scratch;
  copy_seed(scratch);
  copy_empty_seed(scratch);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-12-31", "-o", "seed.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  Run imported = run_plancheck({"import", kEmptyPlan, "seed.xlsx"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  CHECK(imported.out.find("Appended 24 entries to empty/log/2022-01.yaml:1\n") == 0);
  CHECK(imported.out.ends_with(" entries from 222 rows\n"));
  CHECK(results_of(scratch, kEmptyPlan) == results_of(scratch, kSeedCopy));
  CHECK(run_plancheck({"validate", kEmptyPlan}, {.directory = scratch.path()}).exit_code == 0);

  // Importing the same sheet again, or into the ledger it came from, adds nothing.
  std::string after_first = log_files_of(scratch, "empty/log");
  Run again = run_plancheck({"import", kEmptyPlan, "seed.xlsx"}, {.directory = scratch.path()});
  CHECK(again.exit_code == 0);
  CHECK(again.out == "222 rows are already in the ledger: skipped\nnothing new to import\n");
  CHECK(log_files_of(scratch, "empty/log") == after_first);
  std::string seed_before = log_files_of(scratch, "fao-2022/log");
  CHECK(run_plancheck({"import", kSeedCopy, "seed.xlsx"}, {.directory = scratch.path()}).out == again.out);
  CHECK(log_files_of(scratch, "fao-2022/log") == seed_before);
}

TEST_CASE("import: a ledger whose entries have hours and for, exported and imported, gives the same status") {
  TempFolder scratch;
  copy_seed(scratch);
  copy_empty_seed(scratch);
  for (const auto& more : std::vector<std::vector<std::string>>{
           {"--date", "2022-01-20", "--for", "2021", "--activity", "党课", "--by", "陈立新", "--hours", "1.5"},
           {"--date", "2022-06-30", "--for", "2022-H1", "--activity", "党课", "--by", "王敏", "--hours", "0.25"},
           {"--date", "2022-07-02", "--activity", "党课", "--by", "徐静", "--hours", "0"},
           {"--date", "2023-01-10", "--for", "2022", "--activity", "党课", "--by", "吴建平"}})
    REQUIRE(run_plancheck(log_args(more), {.directory = scratch.path()}).exit_code == 0);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2023-01-31", "-o", "seed.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  Run imported = run_plancheck({"import", kEmptyPlan, "seed.xlsx"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  CHECK(imported.err == "");
  CHECK(results_of(scratch, kEmptyPlan) == results_of(scratch, kSeedCopy));
  // January 2023 in one month file: the logged lecture, then the seed's annual meetings for 2022.
  CHECK(read_file(scratch / "empty/log/2023-01.yaml")
            .starts_with(read_file(scratch / "fao-2022/log/2023-01.yaml") + "- date: 2023-01-12\n  for: 2022\n"));
  std::string january = read_file(scratch / "empty/log/2022-01.yaml");
  CHECK(january.find("- date: 2022-01-20\n  for: 2021\n  activity: 党课\n  by: 陈立新\n  hours: 1.5\n") !=
        std::string::npos);
  CHECK(read_file(scratch / "empty/log/2022-07.yaml").find("  by: 徐静\n  hours: 0\n") != std::string::npos);
  // And the CSV export, read the same way.
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2023-01-31", "-o", "seed.csv"}, {.directory = scratch.path()}).exit_code == 0);
  Run again = run_plancheck({"import", kEmptyPlan, "seed.csv"}, {.directory = scratch.path()});
  CHECK(again.exit_code == 0);
  CHECK(again.out.ends_with("nothing new to import\n"));
}

TEST_CASE("import: a workbook written by openpyxl, with a title row, real dates, serial numbers, hours and its own sheet") {
  TempFolder scratch;
  copy_seed(scratch);
  copy_empty_seed(scratch);
  std::string script = R"(
import datetime, openpyxl, sys
book = openpyxl.Workbook()
book.active.title = "说明"
book.active["A1"] = "本表记录第二季度党课"
sheet = book.create_sheet("二季度")
sheet.append(["2022年第二季度党课台账"])
sheet.append(["序号", "时间", "类型", "主讲人", "内容", "地点", "实到人数", "学时"])
sheet.append([1, datetime.date(2022, 4, 12), "党课", "刘振华", "外事工作专题党课", "三楼会议室", 30, 2])
sheet.append([2, 44690, "党课", "刘振华", "二十大精神学习", "三楼会议室", 25, 1.5])
sheet.append([])
sheet.append([3, "2022年5月20日", "党课", "何丽君、王敏", "联合党课", None, None, 1])
book.save(sys.argv[1])
)";
  write_file(scratch / "make.py", script);
  REQUIRE(run_program({"/usr/bin/python3", scratch / "make.py", scratch / "q2.xlsx"})
              .exit_code == 0);
  Run missing = run_plancheck({"import", kEmptyPlan, "q2.xlsx"}, {.directory = scratch.path()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("q2.xlsx: error: no header row in the first 10 rows") == 0);
  Run run = run_plancheck({"import", kEmptyPlan, "q2.xlsx", "--sheet", "二季度"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  CHECK(run.err == "");
  CHECK(run.out ==
        "Appended 1 entry to empty/log/2022-04.yaml:1\nAppended 2 entries to empty/log/2022-05.yaml:1\n"
        "imported 3 entries from 3 rows\n");
  CHECK(read_file(scratch / "empty/log/2022-05.yaml") ==
        "- date: 2022-05-09\n  activity: 党课\n  by: 刘振华\n  title: 二十大精神学习\n  place: 三楼会议室\n"
        "  attendees: 25\n  hours: 1.5\n- date: 2022-05-20\n  activity: 党课\n  by: [何丽君, 王敏]\n  title: 联合党课\n"
        "  hours: 1\n");
  Run unknown = run_plancheck({"import", kEmptyPlan, "q2.xlsx", "--sheet", "三季度"}, {.directory = scratch.path()});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "q2.xlsx: error: the workbook has no sheet named '三季度'\n   = help: its sheets are: 说明, 二季度\n"
        "plancheck: nothing was written\n");
}

TEST_CASE("import: a GBK CSV with mistakes is refused cell by cell, and nothing is written") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = log_files_of(scratch, "fao-2022/log");
  write_gbk(scratch / "台账.csv",
            "日期,活动,主持人,主题\r\n2022/6/15,党课,陈立新,专题党课\r\n2022年6月16日,党課,王某,学习\r\n"
            "2022.2.30,党课,陈立新,x\r\n2023-01-05,党课,陈立新,y\r\n,党课,陈立新,z\r\n");
  Run run = run_plancheck({"import", kSeedCopy, "台账.csv"}, {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  CHECK(run.err ==
        "台账.csv:3:B: error: unknown activity '党課'\n 3 | B 活动: 党課\n   = help: did you mean '党课'?\n"
        "台账.csv:3:C: error: unknown person or unit '王某'\n 3 | C 主持人: 王某\n   = help: did you mean '王敏'?\n"
        "台账.csv:4:A: error: '2022.2.30' is not a date\n 4 | A 日期: 2022.2.30\n"
        "   = help: write it as 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日\n"
        "台账.csv:5:A: error: 2023-01-05 is outside the plan (2022-01-01 to 2022-12-31): this entry is ignored\n"
        " 5 | A 日期: 2023-01-05\n   = help: check the date: only entries within the plan's dates are imported\n"
        "台账.csv:6:A: error: this row has no 日期\n 6 | A 日期: \n   = help: fill in this cell, or delete the row\n"
        "plancheck: nothing was written\n");
  CHECK(log_files_of(scratch, "fao-2022/log") == before);

  // The good row alone, in GBK, goes in; in Chinese the messages are Chinese.
  write_gbk(scratch / "好.csv", "日期,活动,主持人,主题\r\n2022/6/15,党课,陈立新,专题党课\r\n");
  Run good = run_plancheck({"import", kSeedCopy, "好.csv", "--lang", "zh"}, {.directory = scratch.path()});
  CHECK(good.exit_code == 0);
  CHECK(good.out.starts_with("已向 fao-2022/log/2022-06.yaml 追加 1 条记录（从第 "));
  CHECK(read_file(scratch / kJune).ends_with("- date: 2022-06-15\n  activity: 党课\n  by: 陈立新\n  title: 专题党课\n"));
}

TEST_CASE("import --map names the columns of a sheet with other headers, --dry-run writes nothing") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / "sheet.csv",
             "开展日期,会议名称,责任支部,参会人员,备注\n2022-06-20,支部委员会,第一支部,\"王敏、林晓东\",\"第一行\n第二行\"\n");
  write_file(scratch / "map.yaml", "columns:\n  开展日期: date\n  会议名称: activity\n  责任支部: by\n");
  Run wrong = run_plancheck({"import", kSeedCopy, "sheet.csv", "--map", "map.yaml"}, {.directory = scratch.path()});
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err.find("sheet.csv:2:B: error: unknown activity '支部委员会'") == 0);
  write_file(scratch / "sheet.csv",
             "开展日期,会议名称,责任支部,参会人员,备注\n2022-06-20,支委会,第一支部,\"王敏、林晓东\",\"第一行\n第二行\"\n");
  std::string before = read_file(scratch / kJune);
  Run dry = run_plancheck({"import", kSeedCopy, "sheet.csv", "--map", "map.yaml", "--dry-run"}, {.directory = scratch.path()});
  CHECK(dry.exit_code == 0);
  CHECK(dry.out == "would append 1 entry to fao-2022/log/2022-06.yaml\n");
  CHECK(read_file(scratch / kJune) == before);
  REQUIRE(run_plancheck({"import", kSeedCopy, "sheet.csv", "--map", "map.yaml"}, {.directory = scratch.path()}).exit_code == 0);
  CHECK(read_file(scratch / kJune) ==
        before + "- date: 2022-06-20\n  activity: 支委会\n  by: 第一支部\n  attendees: [王敏, 林晓东]\n"
                 "  notes: |-\n    第一行\n    第二行\n");

  write_file(scratch / "bad-map.yaml", "columns:\n  开展日期: day\n");
  Run bad_map = run_plancheck({"import", kSeedCopy, "sheet.csv", "--map", "bad-map.yaml"}, {.directory = scratch.path()});
  CHECK(bad_map.exit_code == 2);
  CHECK(bad_map.err.find("bad-map.yaml:2:9: error: 'day' is not a field of the ledger") == 0);
}

TEST_CASE("import: 学时 and 所属年度 columns as offices fill them become hours: and for:") {
  TempFolder scratch;
  copy_seed(scratch);
  copy_empty_seed(scratch);
  write_file(scratch / "学时.csv",
             "日期,所属年度,活动,主讲人,学时\n"
             "2022/1/20,2021年度,党课,陈立新,1.5\n"
             "2022/6/15,2022年上半年,党课,王敏,2\n"
             "2022/7/1,2022年第三季度,党课,刘振华,\n"
             "2022/8/3,2022年8月,党课,吴建平,0.25\n"
             "2022/9/9,,党课,徐静,3\n"
             "2023/1/10,2022,党课,王敏,32\n");
  Run run = run_plancheck({"import", kEmptyPlan, "学时.csv"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  CHECK(run.err == "");
  CHECK(read_file(scratch / "empty/log/2022-01.yaml") ==
        "- date: 2022-01-20\n  for: 2021\n  activity: 党课\n  by: 陈立新\n  hours: 1.5\n");
  CHECK(read_file(scratch / "empty/log/2022-06.yaml") ==
        "- date: 2022-06-15\n  for: 2022-H1\n  activity: 党课\n  by: 王敏\n  hours: 2\n");
  CHECK(read_file(scratch / "empty/log/2022-07.yaml") == "- date: 2022-07-01\n  for: 2022-Q3\n  activity: 党课\n  by: 刘振华\n");
  CHECK(read_file(scratch / "empty/log/2022-08.yaml") ==
        "- date: 2022-08-03\n  for: 2022-08\n  activity: 党课\n  by: 吴建平\n  hours: 0.25\n");
  CHECK(read_file(scratch / "empty/log/2022-09.yaml") == "- date: 2022-09-09\n  activity: 党课\n  by: 徐静\n  hours: 3\n");
  // Dated after the plan, for 2022: accepted, in the file of its date.
  CHECK(read_file(scratch / "empty/log/2023-01.yaml") ==
        "- date: 2023-01-10\n  for: 2022\n  activity: 党课\n  by: 王敏\n  hours: 32\n");
  Run validate = run_plancheck({"validate", kEmptyPlan}, {.directory = scratch.path()});
  CHECK(validate.exit_code == 0);
  CHECK(validate.err == "");
  // The same sheet again is all repeats.
  Run again = run_plancheck({"import", kEmptyPlan, "学时.csv"}, {.directory = scratch.path()});
  CHECK(again.out == "6 rows are already in the ledger: skipped\nnothing new to import\n");
}

TEST_CASE("import: hours that are not an amount and a period that is not one are errors at their cells") {
  TempFolder scratch;
  copy_seed(scratch);
  std::string before = log_files_of(scratch, "fao-2022/log");
  write_file(scratch / "错.csv",
             "日期,活动,主讲人,课时,年度\n"
             "2022/6/15,党课,陈立新,1.5学时,2022\n"
             "2022/6/16,党课,陈立新,-2,2022年下半\n"
             "2022/6/17,党课,陈立新,1.255,2022-H3\n");
  Run run = run_plancheck({"import", kSeedCopy, "错.csv"}, {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.out == "");
  const std::string hours_hint = "   = help: write the hours as a number, e.g. 2, 1.5 or 0.25\n";
  const std::string period_hint =
      "   = help: write a year (2021 or 2021年度), a half-year (2022-H1 or 2022年上半年), a quarter (2022-Q3 or "
      "2022年第三季度) or a month (2022-06 or 2022年6月)\n";
  CHECK(run.err ==
        "错.csv:2:D: error: hours '1.5学时' are not an amount (a number ≥ 0, at most two decimals)\n 2 | D 课时: 1.5学时\n" +
            hours_hint +
            "错.csv:3:D: error: hours '-2' are not an amount (a number ≥ 0, at most two decimals)\n 3 | D 课时: -2\n" +
            hours_hint + "错.csv:3:E: error: '2022年下半' is not a period\n 3 | E 年度: 2022年下半\n" + period_hint +
            "错.csv:4:D: error: hours '1.255' are not an amount (a number ≥ 0, at most two decimals)\n"
            " 4 | D 课时: 1.255\n" +
            hours_hint + "错.csv:4:E: error: '2022-H3' is not a period\n 4 | E 年度: 2022-H3\n" + period_hint +
            "plancheck: nothing was written\n");
  CHECK(log_files_of(scratch, "fao-2022/log") == before);
  Run chinese = run_plancheck({"import", kSeedCopy, "错.csv", "--lang", "zh"}, {.directory = scratch.path()});
  CHECK(chinese.err.find("错.csv:2:D: 错误：学时 '1.5学时' 不是数目（不小于 0 的数，最多两位小数）\n") == 0);
  CHECK(chinese.err.find("错.csv:3:E: 错误：'2022年下半' 不是周期\n") != std::string::npos);
  CHECK(chinese.err.find("= 提示：写作年度（2021 或 2021年度）、半年（2022-H1 或 2022年上半年）、季度（2022-Q3 或 "
                         "2022年第三季度）或月份（2022-06 或 2022年6月）\n") != std::string::npos);
}

TEST_CASE("import --map: hours and for name a sheet's own columns") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / "sheet.csv", "开展日期,会议名称,主讲人,培训时长,对应年份\n2022-06-20,党课,陈立新,4,2022\n");
  write_file(scratch / "map.yaml",
             "columns:\n  开展日期: date\n  会议名称: activity\n  主讲人: by\n  培训时长: hours\n  对应年份: for\n");
  std::string before = read_file(scratch / kJune);
  Run run = run_plancheck({"import", kSeedCopy, "sheet.csv", "--map", "map.yaml"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  CHECK(read_file(scratch / kJune) ==
        before + "- date: 2022-06-20\n  for: 2022\n  activity: 党课\n  by: 陈立新\n  hours: 4\n");
  write_file(scratch / "bad-map.yaml", "columns:\n  培训时长: hour\n");
  Run bad_map = run_plancheck({"import", kSeedCopy, "sheet.csv", "--map", "bad-map.yaml"}, {.directory = scratch.path()});
  CHECK(bad_map.exit_code == 2);
  CHECK(bad_map.err == "bad-map.yaml:2:9: error: 'hour' is not a field of the ledger\n"
                       " 2 |   培训时长: hour\n"
                       "   |             ^~~~\n"
                       "   = help: the fields are: date, activity, by, title, item, place, head_count, attendees, notes, "
                       "evidence, tags, hours, for, ignore\n"
                       "plancheck: 1 error, 0 warnings\n"
                       "plancheck: nothing was written\n");
}

TEST_CASE("import refuses files it cannot read as a sheet") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / "old.xlsx", std::string("\xD0\xCF\x11\xE0", 4) + "binary");
  write_file(scratch / "text.xlsx", "not a zip");
  write_file(scratch / "sheet.ods", "");
  write_file(scratch / "latin.csv", "date,activity,by\n\xFF\xFE\xFF,x,y\n");
  auto refused = [&](std::vector<std::string> args, const std::string& expected) {
    args.insert(args.begin(), {"import", kSeedCopy});
    Run run = run_plancheck(args, {.directory = scratch.path()});
    CHECK(run.exit_code == 2);
    CHECK(run.err == expected);
  };
  refused({"old.xlsx"},
          "old.xlsx: error: this is an old Excel file (.xls); plancheck reads .xlsx and .csv\n"
          "   = help: save it again as .xlsx (Excel workbook) or .csv in Excel or WPS\nplancheck: nothing was written\n");
  refused({"text.xlsx"},
          "text.xlsx: error: this is not an Excel workbook (an .xlsx file is a zip archive, this is not)\n"
          "   = help: save it again as .xlsx (Excel workbook) or .csv in Excel or WPS\nplancheck: nothing was written\n");
  refused({"sheet.ods"},
          "plancheck: error: cannot tell how to read 'sheet.ods': give an .xlsx or .csv file\nplancheck: nothing was "
          "written\n");
  refused({"latin.csv"},
          "latin.csv: error: this CSV file is neither UTF-8 nor GBK text\n"
          "   = help: save it again in Excel as 'CSV UTF-8 (Comma delimited)'\nplancheck: nothing was written\n");
  refused({"latin.csv", "--sheet", "x"},
          "plancheck: error: --sheet is only for .xlsx workbooks\nplancheck: nothing was written\n");
}

}  // namespace plancheck

namespace plancheck {

TEST_CASE("import without PLAN finds the nearest plan.yaml, as the other commands do") {
  TempFolder scratch;
  copy_seed(scratch);
  copy_empty_seed(scratch);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-12-31", "-o", "seed.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  // From inside empty/log: the sheet is the one positional, the plan is empty/plan.yaml above.
  Run imported = run_plancheck({"import", "../../seed.xlsx", "--dry-run"}, {.directory = scratch / "empty/log"});
  REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  CHECK(imported.err.starts_with("plancheck: using the plan "));
  CHECK(imported.err.find("empty/plan.yaml") != std::string::npos);
  Run with_plan = run_plancheck({"import", kEmptyPlan, "seed.xlsx", "--dry-run"}, {.directory = scratch.path()});
  // The same entries, the files named from where each was run.
  CHECK(imported.out.starts_with("would append 24 entries to "));
  CHECK(imported.out.find("empty/log/2022-01.yaml\n") != std::string::npos);
  auto counts = [](const std::string& text) {  // "would append 24 entries", a line each
    std::string kept;
    for (std::size_t start = 0; start < text.size(); start = text.find('\n', start) + 1)
      kept += text.substr(start, text.find(" to ", start) - start) + "\n";
    return kept;
  };
  CHECK(counts(imported.out) == counts(with_plan.out));
  // Neither a sheet nor a plan: the sheet is what is missing.
  Run nothing = run_plancheck({"import"}, {.directory = scratch.path()});
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.err == "plancheck: error: SHEET is required\n  = help: run 'plancheck import --help' to see how to use it\n");
}

}  // namespace plancheck
