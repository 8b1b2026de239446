// End-to-end tests of `plancheck render`.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/run.h"

namespace {

const std::string kRender = "render plans/fao-2022/plan.yaml --template templates/monthly-briefing.md.mustache ";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream stream(path);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

std::filesystem::path temp_folder(const std::string& name) {
  auto folder = std::filesystem::temp_directory_path() / ("plancheck-render-" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

}  // namespace

TEST_CASE("the June 2022 briefing (with problems) matches its golden file") {
  Run run = run_plancheck(kRender + "--month 2022-06");
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == golden("briefing-2022-06.md", run.out));
  CHECK(run.out.find("## 三、存在问题") != std::string::npos);
  CHECK(run.out.find("第三支部：2022年4月支部委员会会议应完成1次，实际完成0次，已超期61天。") != std::string::npos);
}

TEST_CASE("the February 2022 briefing (no problems) matches its golden file") {
  Run run = run_plancheck(kRender + "--month 2022-02");
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("briefing-2022-02.md", run.out));
  CHECK(run.out.find("截至2月底，没有未按期完成或逾期完成的任务。") != std::string::npos);
}

TEST_CASE("the person summary matches its golden file") {
  Run run = run_plancheck("render plans/fao-2022/plan.yaml --template templates/person-summary.md.mustache --who 吴建平 --as-of 2022-10-15");
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("person-wujianping-2022-10-15.md", run.out));
}

TEST_CASE("--context prints the template data as JSON") {
  Run run = run_plancheck(kRender + "--month 2022-06 --context");
  REQUIRE(run.exit_code == 0);
  auto context = nlohmann::json::parse(run.out);
  CHECK(context["as_of"] == "2022-06-30");
  CHECK(context["month"]["issue_no"] == 6);
  CHECK(context["month"]["label"] == "2022年6月");
  CHECK(context["next"]["label"] == "2022年7月");
  CHECK(context["plan"]["issuer"] == "中共XX市人民政府外事办公室机关委员会");
  CHECK(context["summary"]["overdue"] == 2);
  CHECK(context["missed_count"] == 2);
  CHECK(context["done_late_count"] == 1);
  CHECK(context["has_problems"] == true);
  CHECK(context["this_month"]["count"] == 21);
  CHECK(context["progress"]["rule_count"] == 18);
  CHECK(context["progress"]["overall"]["percent"] == 96);
  CHECK(context["next_month_count"] == 9);
  for (const auto& entry : context["unplanned"]) CHECK(entry["date"].get<std::string>().starts_with("2022-06"));
}

TEST_CASE("the briefing is GitHub Markdown with real tables") {
  if (std::system("command -v cmark-gfm >/dev/null 2>&1") != 0) {
    MESSAGE("cmark-gfm is not installed (scripts/setup.sh installs it): skipped");
    return;
  }
  auto folder = temp_folder("gfm");
  Run run = run_plancheck(kRender + "--month 2022-06 -o " + (folder / "b.md").string());
  REQUIRE(run.exit_code == 0);
  std::string command = "cmark-gfm -e table " + (folder / "b.md").string() + " > " + (folder / "b.html").string();
  REQUIRE(std::system(command.c_str()) == 0);
  std::string html = read_file(folder / "b.html");
  std::size_t tables = 0;
  for (std::size_t at = html.find("<table>"); at != std::string::npos; at = html.find("<table>", at + 1)) ++tables;
  CHECK(tables == 2);
  CHECK(html.find(">到期任务按期完成率</th>") != std::string::npos);
  CHECK(html.find("<h2>四、下月工作安排</h2>") != std::string::npos);
  CHECK(html.find("<code class=\"language-mermaid\">") != std::string::npos);
  std::filesystem::remove_all(folder);
}

TEST_CASE("--no-charts leaves the Mermaid chart out") {
  Run run = run_plancheck(kRender + "--month 2022-06 --no-charts");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("mermaid") == std::string::npos);
  CHECK(run.out.find("| 部分 |") != std::string::npos);
}

TEST_CASE("-o writes the file and replaces an existing one whole") {
  auto folder = temp_folder("output");
  auto target = folder / "简报.md";
  std::ofstream(target) << "old briefing\n";
  Run run = run_plancheck(kRender + "--month 2022-06 -o " + target.string());
  CHECK(run.exit_code == 0);
  CHECK(run.out == "");
  CHECK(run.err == "plancheck: wrote " + target.string() + "\n");
  CHECK(read_file(target) == run_plancheck(kRender + "--month 2022-06").out);
  CHECK(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()) == 1);
  std::filesystem::remove_all(folder);
}

TEST_CASE("template errors: TEMPLATE:LINE, exit 2, nothing written") {
  auto folder = temp_folder("errors");
  std::ofstream(folder / "unclosed.md.mustache") << "# 标题\n\n{{#problems}}\n- {{subject}}\n";
  std::ofstream(folder / "partial.md.mustache") << "# 标题\n{{> footer}}\n";
  auto target = folder / "out.md";
  std::ofstream(target) << "keep me\n";

  Run unclosed = run_plancheck("render plans/fao-2022/plan.yaml --month 2022-06 --template " +
                               (folder / "unclosed.md.mustache").string() + " -o " + target.string());
  CHECK(unclosed.exit_code == 2);
  CHECK(unclosed.err.starts_with((folder / "unclosed.md.mustache").string() + ":3: error: Unclosed section \"problems\"\n"));
  CHECK(read_file(target) == "keep me\n");

  Run partial = run_plancheck("render plans/fao-2022/plan.yaml --month 2022-06 --template " +
                              (folder / "partial.md.mustache").string());
  CHECK(partial.exit_code == 2);
  CHECK(partial.out == "");
  CHECK(partial.err.starts_with((folder / "partial.md.mustache").string() + ":2: error: unknown partial 'footer'\n"));
  std::filesystem::remove_all(folder);
}

TEST_CASE("render usage errors") {
  Run both = run_plancheck(kRender + "--month 2022-06 --as-of 2022-06-15");
  CHECK(both.exit_code == 2);
  CHECK(both.err == "plancheck: error: give either --month or --as-of, not both\n");
  Run bad = run_plancheck(kRender + "--month 2022-13");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "plancheck: error: --month '2022-13' is not a month\n  = help: write it as YYYY-MM, e.g. --month 2022-06\n");
  CHECK(run_plancheck("render plans/fao-2022/plan.yaml --template no/such.mustache").exit_code == 2);
  Run no_template = run_plancheck("render plans/fao-2022/plan.yaml --month 2022-06");
  CHECK(no_template.exit_code == 2);
  CHECK(no_template.err == "plancheck: error: render needs a template\n"
                           "  = help: add --template templates/monthly-briefing.md.mustache, or --context to see the data\n");
}
