// End-to-end: status, check and agenda --format html, read back by python3's HTML parser
// (tests/tools/html_facts.py) and compared with --format json of the same command.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <tuple>

#include "support/files.h"
#include "support/launch.h"
#include "support/seed_copy.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;
using nlohmann::json;

namespace {

json html_facts(const std::string& file) {
  Run parsed = run_program({"python3", "tests/tools/html_facts.py", file});
  INFO(parsed.err);
  REQUIRE(parsed.exit_code == 0);
  return json::parse(parsed.out);
}

json json_report(std::vector<std::string> arguments) {
  arguments.insert(arguments.end(), {"--format", "json"});
  return json::parse(run_plancheck(arguments).out);
}

// A row's identity and its numbers, as the JSON has them and as the page's data- attributes have them.
using RowKey = std::tuple<std::string, std::string, std::string>;  // rule, subject, period start
struct RowNumbers {
  std::string required, done, status, deadline;
  bool operator==(const RowNumbers&) const = default;
};

std::map<RowKey, RowNumbers> json_rows(const json& report) {
  std::map<RowKey, RowNumbers> rows;
  for (const auto& result : report["results"])
    rows[{result["rule"], result["subject"], result["period"]["start"]}] = {
        std::to_string(result["required"].get<int>()), std::to_string(result["done"].get<int>()), result["status"],
        result.value("deadline", result["period"]["end"].get<std::string>())};
  return rows;
}

std::map<RowKey, RowNumbers> page_rows(const json& facts, bool in_gaps) {
  std::map<RowKey, RowNumbers> rows;
  for (const auto& row : facts["rows"]) {
    if (row["in_gaps"] != in_gaps) continue;
    const json& data = row["data"];
    RowKey key{data["rule"], data["subject"], data["period-start"]};
    CHECK_MESSAGE(!rows.contains(key), "a row twice: " << data.dump());
    rows[key] = {data["required"], data["done"], data["status"], data["deadline"]};
  }
  return rows;
}

// The count boxes equal the JSON summary, and the overall line its done/started. The agenda, which
// lists what is owed, boxes only the statuses it has and gives no completion rate.
void check_totals(const json& facts, const json& summary, bool agenda = false) {
  for (const char* status : {"met", "late", "overdue", "open", "upcoming"}) {
    CAPTURE(status);
    int count = summary[status].get<int>();
    if (agenda && count == 0) {
      CHECK_FALSE(facts["totals"].contains(status));
      continue;
    }
    CHECK(facts["totals"][status] == count);
    CHECK(facts["total_texts"][status].get<std::string>().starts_with(std::to_string(count) + " "));
  }
  if (agenda) {
    CHECK(facts["overall"].is_null());
    return;
  }
  int done = summary["met"].get<int>() + summary["late"].get<int>();
  CHECK(facts["overall"]["done"] == done);
  CHECK(facts["overall"]["started"] == done + summary["overdue"].get<int>() + summary["open"].get<int>());
}

void check_self_contained(const json& facts) {
  CHECK(facts["links"].empty());
  CHECK(facts["imports"] == 0);
  for (const auto& script : facts["scripts"]) {
    CHECK(script.get<std::string>().find("http") == std::string::npos);
    CHECK(script.get<std::string>().find("fetch(") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("status --format html -o: the numbers in the page are the JSON report's, the gaps first") {
  TempFolder folder;
  std::vector<std::string> status{"status", kSeed, "--as-of", "2022-06-30"};
  std::vector<std::string> to_page = status;
  to_page.insert(to_page.end(), {"--format", "html", "-o", folder / "看板.html"});
  Run written = run_plancheck(to_page);
  CHECK(written.exit_code == 0);
  CHECK(written.out == "");
  CHECK(written.err == "plancheck: wrote " + folder / "看板.html" + "\n");
  json facts = html_facts(folder / "看板.html");
  json report = json_report(status);
  CHECK(facts["lang"] == "zh-CN");
  CHECK(facts["h1"] == "2022年市外办机关党建工作要点");
  CHECK(facts["title"] == "2022年市外办机关党建工作要点 · 完成情况，截至 2022-06-30");
  check_totals(facts, report["summary"]);
  CHECK(page_rows(facts, false) == json_rows(report));
  CHECK(page_rows(facts, false).size() == 189);

  json gaps = report;
  gaps["results"] = json::array();
  for (const auto& result : report["results"])
    if (result["status"] == "overdue" || result["status"] == "late" || result["status"] == "open")
      gaps["results"].push_back(result);
  CHECK(page_rows(facts, true) == json_rows(gaps));
  // Overdue first, then late, then open; the gap table comes before the item tables.
  std::vector<std::string> order;
  for (const auto& row : facts["rows"])
    if (row["in_gaps"] && (order.empty() || order.back() != row["data"]["status"])) order.push_back(row["data"]["status"]);
  CHECK(order == std::vector<std::string>{"overdue", "late", "open"});
  CHECK(facts["rows"][0]["in_gaps"] == true);
  CHECK(facts["rows"][0]["cells"] == json{"逾期", "8. 合心合力建好党建联盟", "开放合作同心桥党建联盟",
                                          "“开放合作同心桥”党建联盟季度轮值", "2022年第一季度", "0/1", "2022-03-31",
                                          "超期 91 天"});
  CHECK(facts["section_bars"] == json{62, 87, 50, 0});
  check_self_contained(facts);
}

TEST_CASE("check and agenda --format html: the rows the JSON lists, with the same exit code") {
  TempFolder folder;
  std::vector<std::string> check{"check", kSeed, "--as-of", "2022-06-30"};
  std::vector<std::string> check_page = check;
  check_page.insert(check_page.end(), {"--format", "html", "-o", folder / "check.html"});
  CHECK(run_plancheck(check_page).exit_code == 1);  // two quotas are overdue
  json check_facts = html_facts(folder / "check.html");
  json check_report = json_report(check);
  CHECK(page_rows(check_facts, false) == json_rows(check_report));
  CHECK(page_rows(check_facts, false).size() == 20);
  check_self_contained(check_facts);

  std::vector<std::string> agenda{"agenda", kSeed, "--as-of", "2022-06-30", "--who", "第三支部"};
  std::vector<std::string> agenda_page = agenda;
  agenda_page.insert(agenda_page.end(), {"--format", "html", "--lang", "en"});
  Run page = run_plancheck(agenda_page);
  CHECK(page.exit_code == 0);
  std::string file = folder.write("agenda.html", page.out);
  json agenda_facts = html_facts(file);
  json agenda_report = json_report(agenda);
  CHECK(agenda_facts["lang"] == "en");
  CHECK(page_rows(agenda_facts, false) == json_rows(agenda_report));
  REQUIRE(agenda_facts["rows"].size() == agenda_report["results"].size());
  for (std::size_t i = 0; i < agenda_report["results"].size(); ++i) {
    CAPTURE(i);
    CHECK(agenda_facts["rows"][i]["data"]["days-left"] ==
          std::to_string(agenda_report["results"][i]["days_left"].get<int>()));
  }
  check_totals(agenda_facts, agenda_report["summary"], true);
  CHECK(agenda_facts["totals"].size() == 3);  // overdue, open, upcoming
}

TEST_CASE("the HTML page escapes the plan's words: a title with <script> stays text") {
  TempFolder folder;
  std::filesystem::copy("tests/fixtures/special-characters", folder.path() / "plan",
                        std::filesystem::copy_options::recursive);
  std::string plan = read_file(folder / "plan/plan.yaml");
  std::string title = "  title: \"特殊字符 <测试> & \\\"引号\\\" 'single' 100%\"\n";
  REQUIRE(plan.find(title) != std::string::npos);
  plan.replace(plan.find(title), title.size(), "  title: \"<script>alert('x')</script> & <img src=x onerror=alert(1)>\"\n");
  folder.write("plan/plan.yaml", plan);
  Run page = run_plancheck({"status", folder / "plan/plan.yaml", "--as-of", "2022-07-15", "--format", "html"});
  CHECK(page.exit_code == 0);
  CHECK(page.out.find("<h1>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</h1>") !=
        std::string::npos);
  json facts = html_facts(folder.write("page.html", page.out));
  CHECK(facts["h1"] == "<script>alert('x')</script> & <img src=x onerror=alert(1)>");
  CHECK(facts["scripts"].size() == 1);  // only the page's own filter
  check_self_contained(facts);
  // The names with quotes and angle brackets come back whole from the attributes too.
  bool found = false;
  for (const auto& row : facts["rows"]) found = found || row["data"]["subject"] == "王<五>&'\"%";
  CHECK(found);
  CHECK(page_rows(facts, false) == json_rows(json_report({"status", folder / "plan/plan.yaml", "--as-of", "2022-07-15"})));
}

TEST_CASE("the HTML page lists the warnings found while reading, in the report's language, with file and line") {
  TempFolder folder;
  copy_seed(folder);
  std::string twice = "- {date: 2022-03-09, activity: 党课, by: 陈立新, title: 专题党课}\n";
  folder.write("fao-2022/log/2022-03-extra.yaml", twice + twice);
  Run page = run_plancheck({"status", kSeedCopy, "--as-of", "2022-06-30", "--format", "html"},
                           {.directory = folder.path()});
  CHECK(page.exit_code == 0);
  CHECK(page.err.find("warning") != std::string::npos);  // also said on stderr, in the messages' language
  CHECK(page.out.find("<h2>读取文件时发现的问题</h2>\n<ul>\n<li data-severity=\"warning\">fao-2022/log/2022-03-extra.yaml:2: "
                      "此记录与 fao-2022/log/2022-03-extra.yaml:1 的记录完全相同；两条都会计入<br>"
                      "<span class=\"hint\">如果是误记了两次，请删除其中一条</span></li>\n</ul>") != std::string::npos);
}

TEST_CASE("--format html: validate has no page, and bad input writes no page") {
  Run validate = run_plancheck({"validate", kSeed, "--format", "html"});
  CHECK(validate.exit_code == 2);
  CHECK(validate.err == "plancheck: error: --format: html is not one of {csv,github,json,junit,text}\n"
                        "  = help: run 'plancheck validate --help' to see how to use it\n");
  TempFolder folder;
  Run broken = run_plancheck({"status", "tests/fixtures/broken/plan.yaml", "--format", "html", "-o", folder / "看板.html"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.out == "");
  CHECK(broken.err.find("plan.yaml:") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(folder / "看板.html"));
}

TEST_CASE("the HTML page gives each unit's attendance under its item, as the JSON has it") {
  TempFolder folder;
  std::vector<std::string> status{"status", kSeed, "--as-of", "2022-06-30"};
  std::vector<std::string> to_page = status;
  to_page.insert(to_page.end(), {"--format", "html", "-o", folder / "看板.html"});
  REQUIRE(run_plancheck(to_page).exit_code == 0);
  std::string page = read_file(folder / "看板.html");
  json report = json_report(status);
  int rates = 0;
  for (const json& result : report["results"]) {
    if (!result.contains("attendance")) continue;
    ++rates;
    const json& attendance = result["attendance"];
    std::string note = result["subject"].get<std::string>() + " " + result["period"]["label"].get<std::string>() +
                       " 支部党员大会参会率：" + std::to_string(attendance["percent"].get<int>()) + "%（实到" +
                       std::to_string(attendance["present"].get<int>()) + "/应到" +
                       std::to_string(attendance["expected"].get<int>()) + "）";
    CHECK_MESSAGE(page.find("<p class=\"item-note\">" + note + "</p>") != std::string::npos, note);
  }
  CHECK(rates == 6);  // three branches, two quarters begun
  CHECK(page.find("<p class=\"provenance\">只计附有佐证材料的记录</p>") != std::string::npos);
}
