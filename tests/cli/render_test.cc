// End-to-end tests of `plancheck render`.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/golden.h"
#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;

namespace {

// `render` on the seed plan with the monthly briefing's template, then `more`.
std::vector<std::string> briefing_arguments(std::vector<std::string> more) {
  std::vector<std::string> arguments{"render", kSeed, "--template", "templates/monthly-briefing.md.mustache"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return arguments;
}

}  // namespace

TEST_CASE("the June 2022 briefing (with problems) matches its golden file") {
  Run run = run_plancheck(briefing_arguments({"--month", "2022-06"}));
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == golden("briefing-2022-06.md", run.out));
  CHECK(run.out.find("## 三、存在问题") != std::string::npos);
  CHECK(run.out.find("第三支部：2022年4月支部委员会会议应完成1次（按《中国共产党支部工作条例（试行）》），实际完成0次，已超期61天。") != std::string::npos);
}

TEST_CASE("the February 2022 briefing (no problems) matches its golden file") {
  Run run = run_plancheck(briefing_arguments({"--month", "2022-02"}));
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("briefing-2022-02.md", run.out));
  CHECK(run.out.find("截至2月底，没有未按期完成或逾期完成的任务。") != std::string::npos);
}

TEST_CASE("the person summary matches its golden file") {
  Run run = run_plancheck({"render", "plans/fao-2022/plan.yaml", "--template", "templates/person-summary.md.mustache",
                           "--who", "吴建平", "--as-of", "2022-10-15"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == golden("person-wujianping-2022-10-15.md", run.out));
}

TEST_CASE("--context prints the template data as JSON") {
  Run run = run_plancheck(briefing_arguments({"--month", "2022-06", "--context"}));
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
  CHECK(context["progress"]["rule_count"] == 20);
  CHECK(context["progress"]["overall"]["percent"] == 96);
  CHECK(context["next_month_count"] == 11);  // July: 3 支委会, 5 党小组会, 3 主题党日
  for (const auto& entry : context["unplanned"]) CHECK(entry["date"].get<std::string>().starts_with("2022-06"));
}

TEST_CASE("the briefing is GitHub Markdown with real tables") {
  if (!found_on_path("cmark-gfm")) {
    MESSAGE("cmark-gfm is not installed (scripts/setup.sh installs it): skipped");
    return;
  }
  TempFolder folder;
  Run run = run_plancheck(briefing_arguments({"--month", "2022-06", "-o", folder / "b.md"}));
  REQUIRE(run.exit_code == 0);
  Run converted = run_program({"cmark-gfm", "-e", "table", folder / "b.md"});
  REQUIRE(converted.exit_code == 0);
  const std::string& html = converted.out;
  std::size_t tables = 0;
  for (std::size_t at = html.find("<table>"); at != std::string::npos; at = html.find("<table>", at + 1)) ++tables;
  CHECK(tables == 2);
  CHECK(html.find(">到期任务按期完成率</th>") != std::string::npos);
  CHECK(html.find("<h2>四、下月工作安排</h2>") != std::string::npos);
  CHECK(html.find("<code class=\"language-mermaid\">") != std::string::npos);
}

TEST_CASE("--no-charts leaves the Mermaid chart out") {
  Run run = run_plancheck(briefing_arguments({"--month", "2022-06", "--no-charts"}));
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("mermaid") == std::string::npos);
  CHECK(run.out.find("| 部分 |") != std::string::npos);
}

TEST_CASE("-o writes the file and replaces an existing one whole") {
  TempFolder folder;
  std::string target = folder.write("简报.md", "old briefing\n");
  Run run = run_plancheck(briefing_arguments({"--month", "2022-06", "-o", target}));
  CHECK(run.exit_code == 0);
  CHECK(run.out == "");
  CHECK(run.err == "plancheck: wrote " + target + "\n");
  CHECK(read_file(target) == run_plancheck(briefing_arguments({"--month", "2022-06"})).out);
  CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("template errors: TEMPLATE:LINE, exit 2, nothing written") {
  TempFolder folder;
  std::string unclosed_template = folder.write("unclosed.md.mustache", "# 标题\n\n{{#problems}}\n- {{subject}}\n");
  std::string partial_template = folder.write("partial.md.mustache", "# 标题\n{{> footer}}\n");
  std::string target = folder.write("out.md", "keep me\n");

  Run unclosed = run_plancheck({"render", kSeed, "--month", "2022-06", "--template", unclosed_template, "-o", target});
  CHECK(unclosed.exit_code == 2);
  CHECK(unclosed.err.starts_with(unclosed_template + ":3: error: Unclosed section \"problems\"\n"));
  CHECK(read_file(target) == "keep me\n");

  std::string outside = folder.write("../outside-" + folder.path().filename().string() + ".mustache", "SECRET\n");
  std::filesystem::create_symlink(outside, folder.path() / "footer.mustache");
  Run linked = run_plancheck({"render", kSeed, "--month", "2022-06", "--template", partial_template, "-o", target});
  std::filesystem::remove(outside);
  CHECK(linked.exit_code == 2);
  CHECK(linked.err.starts_with(partial_template + ":2: error: partial 'footer' leads outside the template's folder (to " +
                               std::filesystem::weakly_canonical(outside).string() + "), so plancheck will not read it\n"
                               " 2 | {{> footer}}\n"));
  CHECK(linked.err.find("SECRET") == std::string::npos);
  CHECK(read_file(target) == "keep me\n");

  std::string path_template = folder.write("path.md.mustache", "{{=<% %>=}}\n<%> ../../etc/passwd%>\n");
  Run path = run_plancheck({"--lang", "zh", "render", kSeed, "--month", "2022-06", "--template", path_template});
  CHECK(path.exit_code == 2);
  CHECK(path.out == "");
  CHECK(path.err.starts_with(path_template + ":2: 错误：子模板 '../../etc/passwd' 须写成名称，不能写成路径\n"));
}

TEST_CASE("an unknown partial and a partial named like a field of the data are warnings at the template's line") {
  TempFolder folder;
  std::string unknown_template = folder.write("unknown.md.mustache", "# 标题\n{{> footer}}\n");
  Run unknown = run_plancheck({"render", kSeed, "--month", "2022-06", "--template", unknown_template});
  CHECK(unknown.exit_code == 0);
  CHECK(unknown.out == "# 标题\n");
  CHECK(unknown.err == unknown_template + ":2: warning: unknown partial 'footer': it renders as nothing\n"
                       " 2 | {{> footer}}\n"
                       "   = help: put footer.mustache next to the template (" + folder.path().string() + ")\n");
  Run zh = run_plancheck({"--lang", "zh", "render", kSeed, "--month", "2022-06", "--template", unknown_template});
  CHECK(zh.err.starts_with(unknown_template + ":2: 警告：找不到子模板 'footer'，此处将为空\n"));

  folder.write("plan.mustache", "（计划）");
  std::string shadow_template = folder.write("shadow.md.mustache", "{{plan.title}}\n\n{{> plan}}\n");
  Run shadow = run_plancheck({"render", kSeed, "--month", "2022-06", "--template", shadow_template});
  CHECK(shadow.exit_code == 0);
  CHECK(shadow.err == shadow_template + ":3: warning: partial 'plan' has the name of the data's field 'plan': "
                      "{{plan}} in the template gets the partial, not the field\n"
                      " 3 | {{> plan}}\n"
                      "   = help: rename the partial, e.g. plan-part.mustache\n");
  Run shadow_zh = run_plancheck({"--lang", "zh", "render", kSeed, "--month", "2022-06", "--template", shadow_template});
  CHECK(shadow_zh.err.starts_with(shadow_template + ":3: 警告：子模板 'plan' 与数据中的字段 'plan' 同名：模板中的 "
                                  "{{plan}} 得到的是子模板，而不是该字段\n"));
}

TEST_CASE("render usage errors") {
  Run both = run_plancheck(briefing_arguments({"--month", "2022-06", "--as-of", "2022-06-15"}));
  CHECK(both.exit_code == 2);
  CHECK(both.err == "plancheck: error: give either --month or --as-of, not both\n");
  Run bad = run_plancheck(briefing_arguments({"--month", "2022-13"}));
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "plancheck: error: --month '2022-13' is not a month\n  = help: write it as YYYY-MM, e.g. --month 2022-06\n");
  CHECK(run_plancheck({"render", "plans/fao-2022/plan.yaml", "--template", "no/such.mustache"}).exit_code == 2);
}

TEST_CASE("render: the monthly briefing by default, other templates by name, found at the plan or above it") {
  Run by_default = run_plancheck({"render", "plans/fao-2022/plan.yaml", "--month", "2022-06"});
  CHECK(by_default.exit_code == 0);
  Run by_file = run_plancheck(
      {"render", "plans/fao-2022/plan.yaml", "--month", "2022-06", "--template", "templates/monthly-briefing.md.mustache"});
  CHECK(by_default.out == by_file.out);
  CHECK(by_default.out.find("# 机关党建工作简报") != std::string::npos);
  Run by_name = run_plancheck({"render", "plans/fao-2022/plan.yaml", "--month", "2022-06", "-t", "person-summary",
                               "--who", "陈立新"});
  CHECK(by_name.exit_code == 0);
  CHECK(by_name.out.starts_with("# 陈立新个人工作情况\n"));
  CHECK(by_name.out == run_plancheck({"render", "plans/fao-2022/plan.yaml", "--month", "2022-06", "-t",
                                      "person-summary.md.mustache", "--who", "陈立新"})
                           .out);
  Run unknown = run_plancheck({"render", "plans/fao-2022/plan.yaml", "--month", "2022-06", "-t", "quarterly"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "plancheck: error: no template 'quarterly' (looked in: " PLANCHECK_SOURCE_DIR "/templates)\n"
                       "  = help: the templates there: monthly-briefing, person-summary; or give the template file's "
                       "path with --template\n");
  TempFolder elsewhere;
  write_file(elsewhere / "plan.yaml", read_file(PLANCHECK_SOURCE_DIR "/plans/fao-2022/plan.yaml"));
  Run none = run_plancheck({"render", elsewhere / "plan.yaml", "--month", "2022-06"}, {.environment = {{"LANG", "zh_CN.UTF-8"}}});
  CHECK(none.exit_code == 2);
  CHECK(none.err == "plancheck: 错误：找不到模板 'monthly-briefing'（查找了：计划所在文件夹及其上级都没有 templates/）\n"
                    "  = 提示：用 plancheck init 新建的计划仓库带有 templates/ 文件夹；也可以用 --template 给出模板文件的路径\n");
}
