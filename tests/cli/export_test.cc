// End-to-end: `plancheck export`, its workbook and CSV read back by independent readers
// (openpyxl and Python's csv module, tests/tools/xlsx_cells.py) and compared with the ledger and
// the status report of the same plan.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"
#include "present/text_width.h"
#include "read/workspace.h"

namespace plancheck {

namespace fs = std::filesystem;
using namespace testing;
using nlohmann::json;

namespace {

// Debian's python3, which python3-openpyxl is installed for.
json read_back(const std::string& file) {
  Run parsed = run_program({"/usr/bin/python3", "tests/tools/xlsx_cells.py", file});
  REQUIRE_MESSAGE(parsed.exit_code == 0, parsed.err);
  return json::parse(parsed.out);
}

const json& sheet(const json& workbook, const std::string& name) {
  for (const json& each : workbook["sheets"])
    if (each["name"] == name) return each;
  FAIL("no sheet " << name);
  throw;
}

std::vector<std::string> header_of(const json& table) { return table["rows"][0].get<std::vector<std::string>>(); }

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : separator) + part;
  return text;
}

// The seed's entries dated on or before `last`, by date as the export orders them.
std::vector<Entry> seed_entries_until(const TempFolder& scratch, Date last) {
  Workspace workspace = load_workspace(scratch / kSeedCopy);
  REQUIRE(workspace.ok());
  std::vector<Entry> entries;
  for (const Entry& entry : workspace.ledger.entries)
    if (entry.date <= last) entries.push_back(entry);
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.date < b.date; });
  return entries;
}

const std::vector<std::string> kEntryHeaders{"日期", "活动",   "责任人", "主题",     "地点", "人数", "参加人员",
                                             "备注", "佐证材料", "计划项", "标签", "计入指标", "来源"};

}  // namespace

TEST_CASE("export: the workbook's entries sheet holds every entry, with real dates, a frozen header and a filter") {
  TempFolder scratch;
  copy_seed(scratch);
  Run run = run_plancheck({"export", kSeedCopy, "--to", "2022-06-30", "-o", "台账.xlsx"}, {.directory = scratch.path()});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  CHECK(run.out == "");
  CHECK(run.err.starts_with("plancheck: wrote 台账.xlsx\n"));
  json workbook = read_back(scratch / "台账.xlsx");
  CHECK(workbook["title"] == "2022年市外办机关党建工作要点");
  std::vector<std::string> names;
  for (const json& each : workbook["sheets"]) names.push_back(each["name"]);
  CHECK(names == std::vector<std::string>{"台账", "指标完成情况", "汇总"});

  const json& entries = sheet(workbook, "台账");
  // The seed's January entries for 2021 bring the 所属年度 column; none gives hours.
  std::vector<std::string> headers = kEntryHeaders;
  headers.insert(headers.begin() + 1, "所属年度");
  CHECK(header_of(entries) == headers);
  std::vector<Entry> expected = seed_entries_until(scratch, *parse_date("2022-06-30"));
  REQUIRE(entries["rows"].size() == expected.size() + 1);
  CHECK(entries["freeze"] == "A2");
  CHECK(entries["filter"] == fmt::format("A1:N{}", expected.size() + 1));
  int widest_title = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const json& row = entries["rows"][i + 1];
    const Entry& entry = expected[i];
    CAPTURE(i);
    CHECK(row[0] == json{{"date", format_date(entry.date)}});
    CHECK(row[1] == (entry.for_period.empty() ? json() : json(entry.for_period)));
    CHECK(row[2] == entry.activity);
    CHECK(row[3] == joined(entry.by, "、"));
    CHECK(row[4] == (entry.detail().title.empty() ? json() : json(entry.detail().title)));
    if (entry.detail().attendees.count) CHECK(row[6] == *entry.detail().attendees.count);
    CHECK(row[13].get<std::string>().starts_with("fao-2022/log/"));
    widest_title = std::max(widest_title, display_width(entry.detail().title));
  }
  // Columns fit their widest text (a Chinese character counts two), up to 60; short ones stay narrow.
  CHECK(entries["widths"]["E"].get<double>() >= std::min(widest_title, 60));
  CHECK(entries["widths"]["E"].get<double>() <= 62);
  CHECK(entries["widths"]["A"].get<double>() >= 10);
  CHECK(entries["widths"]["A"].get<double>() < 14);
}

TEST_CASE("export: entries with for and hours add a 所属年度 column after the date and a 学时 column after 人数") {
  TempFolder scratch;
  copy_seed(scratch);
  REQUIRE(run_plancheck(log_args({"--date", "2022-01-20", "--for", "2021", "--activity", "党课", "--by", "陈立新"}),
                        {.directory = scratch.path()})
              .exit_code == 0);
  REQUIRE(run_plancheck(log_args({"--date", "2022-01-21", "--activity", "党课", "--by", "王敏", "--hours", "1.25"}),
                        {.directory = scratch.path()})
              .exit_code == 0);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-01-31", "-o", "一月.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  json workbook = read_back(scratch / "一月.xlsx");
  const json& entries = sheet(workbook, "台账");
  std::vector<std::string> headers = kEntryHeaders;
  headers.insert(headers.begin() + 6, "学时");
  headers.insert(headers.begin() + 1, "所属年度");
  CHECK(header_of(entries) == headers);
  CHECK(entries["filter"] == fmt::format("A1:O{}", entries["rows"].size()));
  json with_for, with_hours;
  for (const json& row : entries["rows"]) {
    if (row[0] == json{{"date", "2022-01-20"}} && row[3] == "陈立新") with_for = row;
    if (row[0] == json{{"date", "2022-01-21"}} && row[3] == "王敏") with_hours = row;
  }
  REQUIRE(with_for.is_array());
  REQUIRE(with_hours.is_array());
  CHECK(with_for[1] == "2021");
  CHECK(with_for[7] == json());
  CHECK(with_hours[1] == json());
  CHECK(with_hours[7] == 1.25);
  // Without such entries the sheet keeps its columns.
  REQUIRE(run_plancheck({"export", kSeedCopy, "--from", "2022-02-01", "--to", "2022-02-28", "-o", "二月.xlsx"},
                        {.directory = scratch.path()})
              .exit_code == 0);
  json february = read_back(scratch / "二月.xlsx");
  CHECK(header_of(sheet(february, "台账")) == kEntryHeaders);
  // The CSV has the same columns.
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-01-31", "-o", "一月.csv"}, {.directory = scratch.path()}).exit_code == 0);
  CHECK(read_file(scratch / "一月.csv").starts_with("\xEF\xBB\xBF日期,所属年度,活动,责任人,主题,地点,人数,学时,参加人员,"));
}

TEST_CASE("export: the quotas sheet has the status report's results, and the summary adds up") {
  TempFolder scratch;
  copy_seed(scratch);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-06-30", "-o", "out.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  json workbook = read_back(scratch / "out.xlsx");
  Run status = run_plancheck({"status", kSeedCopy, "--as-of", "2022-06-30", "--format", "json"}, {.directory = scratch.path()});
  REQUIRE(status.exit_code == 0);
  json results = json::parse(status.out)["results"];
  std::vector<json> started;  // quotas whose period starts by --to
  for (const json& result : results)
    if (result["period"]["start"].get<std::string>() <= "2022-06-30") started.push_back(result);
  const std::map<std::string, std::string> kLabels{
      {"met", "已完成"}, {"late", "逾期完成"}, {"overdue", "逾期"}, {"open", "进行中"}, {"upcoming", "未开始"}};

  const json& quotas = sheet(workbook, "指标完成情况");
  CHECK(header_of(quotas) == std::vector<std::string>{"部分", "计划项", "规则", "要求", "对象", "活动", "周期", "开始",
                                                      "期限", "应完成", "已完成", "状态", "剩余天数", "来源"});
  REQUIRE(quotas["rows"].size() == started.size() + 1);
  CHECK(quotas["freeze"] == "A2");
  for (std::size_t i = 0; i < started.size(); ++i) {
    const json& row = quotas["rows"][i + 1];
    const json& result = started[i];
    CAPTURE(i);
    CHECK(row[2] == result["rule"]);
    CHECK(row[4] == result["subject"]);
    CHECK(row[6] == result["period"]["label"]);
    CHECK(row[7] == json{{"date", result["period"]["start"]}});
    CHECK(row[8] == json{{"date", result.value("deadline", result["period"]["end"])}});
    CHECK(row[9] == result["required"]);
    CHECK(row[10] == result["done"]);
    CHECK(row[11] == kLabels.at(result["status"]));
    if (result["status"] == "open") CHECK(row[12] == result["days_left"]);
  }

  const json& summary = sheet(workbook, "汇总");
  CHECK(summary["filter"].get<std::string>().starts_with("A1:J"));
  int quota_total = 0, section_total = 0, items = 0;
  for (std::size_t i = 1; i < summary["rows"].size(); ++i) {
    const json& row = summary["rows"][i];
    int count = row[2];
    CHECK(count == row[3].get<int>() + row[4].get<int>() + row[5].get<int>() + row[6].get<int>() + row[7].get<int>());
    if (row[1] == "（合计）")
      section_total += count;
    else
      quota_total += count, ++items;
  }
  CHECK(items == 12);
  CHECK(quota_total == static_cast<int>(started.size()));
  CHECK(section_total == quota_total);
}

TEST_CASE("export --who and --activity keep one unit's (with its people) or activity's entries and quotas") {
  TempFolder scratch;
  copy_seed(scratch);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-12-31", "--who", "第三支部", "-o", "who.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  json workbook = read_back(scratch / "who.xlsx");
  // A unit stands for itself, its sub-units and its people, as in status --who.
  Run status = run_plancheck({"status", kSeedCopy, "--as-of", "2022-12-31", "--who", "第三支部", "--format", "json"},
                             {.directory = scratch.path()});
  std::set<std::string> subjects;
  json report = json::parse(status.out);
  for (const json& result : report["results"]) subjects.insert(result["subject"]);
  CHECK(subjects.count("徐静"));  // the branch's secretary, with her lecture
  const json& entries = sheet(workbook, "台账");
  REQUIRE(entries["rows"].size() > 1);
  std::set<std::string> credited;
  for (std::size_t i = 1; i < entries["rows"].size(); ++i) credited.insert(entries["rows"][i][3].get<std::string>());
  for (const std::string& by : credited)
    CHECK_MESSAGE(std::any_of(subjects.begin(), subjects.end(),
                              [&](const std::string& subject) { return by.find(subject) != std::string::npos; }),
                  by);
  CHECK(credited.count("徐静"));
  std::set<std::string> quota_subjects;
  const json& quotas = sheet(workbook, "指标完成情况");
  for (std::size_t i = 1; i < quotas["rows"].size(); ++i) quota_subjects.insert(quotas["rows"][i][4].get<std::string>());
  CHECK(quota_subjects == subjects);

  REQUIRE(run_plancheck({"export", kSeedCopy, "--from", "2022-03-01", "--to", "2022-03-31", "--activity", "党课", "-o",
                           "lectures.xlsx"}, {.directory = scratch.path()})
              .exit_code == 0);
  json lectures = read_back(scratch / "lectures.xlsx");
  const json& rows = sheet(lectures, "台账")["rows"];
  REQUIRE(rows.size() > 1);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    CHECK(rows[i][1] == "党课");
    std::string date = rows[i][0]["date"];
    CHECK(date >= "2022-03-01");
    CHECK(date <= "2022-03-31");
  }
}

TEST_CASE("export --format csv: the entries in UTF-8 with a BOM, as Excel opens them") {
  TempFolder scratch;
  copy_seed(scratch);
  REQUIRE(run_plancheck({"export", kSeedCopy, "--to", "2022-06-30", "-o", "台账.csv"}, {.directory = scratch.path()}).exit_code == 0);
  json csv = read_back(scratch / "台账.csv");
  CHECK(csv["bom"] == true);
  std::vector<std::string> headers = kEntryHeaders;
  headers.insert(headers.begin() + 1, "所属年度");  // the seed's entries for 2021
  CHECK(csv["rows"][0].get<std::vector<std::string>>() == headers);
  std::vector<Entry> expected = seed_entries_until(scratch, *parse_date("2022-06-30"));
  REQUIRE(csv["rows"].size() == expected.size() + 1);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(csv["rows"][i + 1][0] == format_date(expected[i].date));
    CHECK(csv["rows"][i + 1][1] == expected[i].for_period);
    CHECK(csv["rows"][i + 1][8] == expected[i].detail().notes);
  }
  // --format wins over the file's extension.
  REQUIRE(run_plancheck({"export", kSeedCopy, "--format", "csv", "-o", "entries.txt"}, {.directory = scratch.path()}).exit_code == 0);
  CHECK(read_file(scratch / "entries.txt").starts_with("\xEF\xBB\xBF日期,所属年度,活动,"));
}

TEST_CASE("export refuses wrong options and invalid plans, and leaves the output file alone") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / "old.xlsx", "old");
  auto refused = [&](std::vector<std::string> args, const std::string& message) {
    args.insert(args.begin(), {"export", kSeedCopy});
    args.insert(args.end(), {"-o", "old.xlsx"});
    Run run = run_plancheck(args, {.directory = scratch.path()});
    CAPTURE(message);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find(message) != std::string::npos);
    CHECK(read_file(scratch / "old.xlsx") == "old");
  };
  refused({"--from", "2022/3/1"}, "--from");
  refused({"--to", "2022-02-30"}, "--to");
  refused({"--from", "2022-07-01", "--to", "2022-06-30"},
          "plancheck: error: --from 2022-07-01 is after --to 2022-06-30\n  = help: swap the two dates\n");
  refused({"--activity", "党課"}, "error: the plan has no activity '党課'\n  = help: did you mean '党课'?\n");
  refused({"--who", "王某"}, "--who '王某' is not a person or unit in the plan");
  refused({"--format", "ods"}, "ods");
  write_file(scratch / "fao-2022/log/2022-13.yaml", "- date: 2022-13-01\n");
  refused({}, "fao-2022/log/2022-13.yaml:1:9: error:");
  Run missing_output = run_plancheck({"export", kSeedCopy}, {.directory = scratch.path()});
  CHECK(missing_output.exit_code == 2);
  CHECK(missing_output.err.find("--output") != std::string::npos);
  std::vector<std::string> left;
  for (const auto& file : fs::directory_iterator(scratch.path())) left.push_back(file.path().filename().string());
  std::sort(left.begin(), left.end());
  CHECK(left == std::vector<std::string>{"fao-2022", "old.xlsx"});
}

TEST_CASE("export replaces an existing workbook whole, and a folder that cannot be written is an error") {
  TempFolder scratch;
  copy_seed(scratch);
  write_file(scratch / "out.xlsx", "old");
  REQUIRE(run_plancheck({"export", kSeedCopy, "-o", "out.xlsx"}, {.directory = scratch.path()}).exit_code == 0);
  CHECK(read_file(scratch / "out.xlsx").starts_with("PK"));
  Run run = run_plancheck({"export", kSeedCopy, "-o", "no-such-folder/out.xlsx"}, {.directory = scratch.path()});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("no-such-folder") != std::string::npos);
}

}  // namespace plancheck
