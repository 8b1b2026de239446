// End-to-end in a real browser: Debian's Chromium, headless, opens the status page at 1280 and
// 390 pixels wide. The screenshots are read with Pillow (tests/tools/png_ink.py); a probe script
// added to a copy of the page reports the layout's width and tries the filter.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <regex>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"

using namespace plancheck::testing;
using nlohmann::json;

namespace {

// Runs after the page's own script: measures the page, then picks 第三支部 and then overdue in the
// filter, counting the item rows left on screen each time; writes it all into <pre id="probe"> of
// the page that holds it in a frame.
const std::string kProbe = R"(<script>
(function () {
  var root = document.documentElement;
  function shownRows() {
    var count = 0;
    document.querySelectorAll("tr.quota").forEach(function (row) { if (row.getClientRects().length) count++; });
    return count;
  }
  function pick(name, value) {
    var select = document.querySelector("#filter select[name=" + name + "]");
    select.value = value;
    select.dispatchEvent(new Event("change", {bubbles: true}));
  }
  var facts = {scroll_width: root.scrollWidth, viewport_width: window.innerWidth,
               filter_shown: !document.getElementById("filter").hidden, all_rows: shownRows()};
  pick("who", "第三支部");
  facts.subject_rows = shownRows();
  facts.shown_count = document.querySelector(".shown-count").textContent;
  pick("status", "overdue");
  facts.subject_overdue_rows = shownRows();
  var probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify(facts);
  window.parent.document.body.appendChild(probe);
})();
</script>
)";

// Headless Chromium lays a page out at least 500 pixels wide before a screenshot resizes it, and
// --dump-dom never resizes: the probe measures the page in a frame of `width` pixels instead, as
// srcdoc so that it may write into the frame's parent.
std::string in_frame(const std::string& page, int width) {
  std::string quoted;
  for (char c : page) {
    if (c == '&') quoted += "&amp;";
    else if (c == '"') quoted += "&quot;";
    else quoted += c;
  }
  return "<!DOCTYPE html>\n<html><body style=\"margin:0\"><iframe style=\"border:0;width:" + std::to_string(width) +
         "px;height:2000px\" srcdoc=\"" + quoted + "\"></iframe></body></html>\n";
}

std::vector<std::string> chromium(const TempFolder& folder, const std::string& profile, int width) {
  return {"chromium",
          "--headless",
          "--disable-gpu",
          "--no-sandbox",
          "--no-first-run",
          "--user-data-dir=" + folder / profile,
          "--enable-logging=stderr",
          "--v=0",
          "--hide-scrollbars",
          "--window-size=" + std::to_string(width) + ",2000"};
}

// What the browser said on stderr that the page caused: its console lines and uncaught errors.
std::vector<std::string> console_lines(const std::string& err) {
  std::vector<std::string> lines;
  std::regex said(R"([^\n]*(CONSOLE|Uncaught)[^\n]*)");
  for (auto it = std::sregex_iterator(err.begin(), err.end(), said); it != std::sregex_iterator(); ++it)
    lines.push_back(it->str());
  return lines;
}

json screenshot_facts(const std::string& png) {
  Run read = run_program({"/usr/bin/python3", "tests/tools/png_ink.py", png});
  INFO(read.err);
  REQUIRE(read.exit_code == 0);
  return json::parse(read.out);
}

json probe_facts(const std::string& dom) {
  const std::string start = "<pre id=\"probe\">";
  std::size_t begin = dom.find(start);
  REQUIRE_MESSAGE(begin != std::string::npos, dom.substr(0, 2000));
  begin += start.size();
  return json::parse(dom.substr(begin, dom.find("</pre>", begin) - begin));
}

}  // namespace

TEST_CASE("Chromium shows the status page at 1280 and 390 pixels: drawn, no console errors, no sideways scroll, "
          "the filter works") {
  REQUIRE_MESSAGE(found_on_path("chromium"), "chromium is missing: run scripts/setup.sh");
  TempFolder folder;
  Run page = run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "--format", "html"});
  REQUIRE(page.exit_code == 0);
  std::string file = folder.write("dashboard.html", page.out);
  std::string with_probe = page.out;
  with_probe.insert(with_probe.rfind("</body>"), kProbe);
  std::string probe_file = folder.write("probe.html", in_frame(with_probe, 390));

  // Three browsers at once: each start takes seconds.
  std::vector<std::string> wide = chromium(folder, "wide", 1280);
  wide.insert(wide.end(), {"--screenshot=" + folder / "wide.png", "file://" + file});
  std::vector<std::string> narrow = chromium(folder, "narrow", 390);
  narrow.insert(narrow.end(), {"--screenshot=" + folder / "narrow.png", "file://" + file});
  std::vector<std::string> probe = chromium(folder, "probe", 1280);
  probe.insert(probe.end(), {"--dump-dom", "file://" + probe_file});
  std::vector<Process> browsers;
  // A browser that hangs is killed after a minute and fails the test rather than holding up the suite.
  LaunchOptions within_a_minute{.wrapper = {"timeout", "60"}};
  for (const auto* command : {&wide, &narrow, &probe}) browsers.emplace_back(*command, within_a_minute);
  std::vector<Run> runs;
  for (auto& browser : browsers) runs.push_back(browser.wait());

  for (const Run& run : runs) {
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(console_lines(run.err).empty());
  }
  for (const auto& [png, width] : {std::pair{folder / "wide.png", 1280}, std::pair{folder / "narrow.png", 390}}) {
    CAPTURE(png);
    json shot = screenshot_facts(png);
    CHECK(shot["width"] == width);
    CHECK(shot["height"] == 2000);
    CHECK(shot["ink_fraction"].get<double>() > 0.03);  // text, bars and rules, not a blank page
    CHECK(shot["colours"].get<int>() > 200);            // anti-aliased glyphs in several colours
    for (const char* status : {"met", "overdue", "open"}) CHECK(shot["status_pixels"][status].get<int>() > 200);
  }

  json facts = probe_facts(runs[2].out);
  CAPTURE(facts.dump());
  CHECK(facts["viewport_width"] == 390);
  CHECK(facts["scroll_width"].get<int>() <= 390);
  CHECK(facts["filter_shown"] == true);
  json third_branch = json::parse(run_plancheck({"status", kSeed, "--as-of", "2022-06-30", "--who", "第三支部",
                                                 "--format", "json"}).out);
  int rows = 0, overdue = 0;  // --who 第三支部 has its members' quotas too; the filter only the branch's own
  for (const auto& result : third_branch["results"]) {
    rows += result["subject"] == "第三支部";
    overdue += result["subject"] == "第三支部" && result["status"] == "overdue";
  }
  CHECK(facts["all_rows"] == 189);
  CHECK(facts["subject_rows"] == rows);
  CHECK(facts["shown_count"] == std::to_string(rows));
  CHECK(facts["subject_overdue_rows"] == overdue);
  CHECK(overdue == 1);
}
