#include "write/entry_check.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "write/entry_yaml.h"
#include "write/small_plan.h"

namespace plancheck {

namespace {

std::string show(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += fmt::format("{}:{}:{}: {}: {}{}\n", d.file, d.line, d.column, d.severity == Severity::error ? "error" : "warning",
                       d.message.en, d.hint.en.empty() ? "" : " [" + d.hint.en + "]");
  return out;
}

Entry entry_on(const char* date, const char* activity = "党课", std::vector<std::string> by = {"张三"}) {
  Entry entry;
  entry.date = *parse_date(date);
  entry.activity = activity;
  entry.by = std::move(by);
  return entry;
}

// A workspace of the small plan whose ledger holds one entry, at log/2022-06.yaml:4.
Workspace small_workspace() {
  Workspace workspace;
  workspace.plan = testing::small_plan();
  workspace.ledger.files = {"log/2022-06.yaml"};
  Entry existing = entry_on("2022-06-15");
  existing.line = 4;
  existing.fingerprint = entry_fingerprint(existing);
  workspace.ledger.entries = {existing};
  return workspace;
}

Diagnostics check(const Entry& entry, bool force = false) {
  return check_new_entry(entry, entry_yaml(entry), small_workspace(), force);
}

}  // namespace

TEST_CASE("a good entry has no problems") { CHECK(check(entry_on("2022-06-16")).empty()); }

TEST_CASE("unknown activity and person: the reader's errors, with suggestions, on the entry's lines") {
  CHECK(show(check(entry_on("2022-06-16", "党課", {"张三", "张四"}))) ==
        "new entry:2:13: error: unknown activity '党課' [did you mean '党课'?]\n"
        "new entry:3:12: error: unknown person or unit '张四' [did you mean '张三'?]\n");
}

TEST_CASE("a date outside the plan is refused, or only warned about with force") {
  CHECK(show(check(entry_on("2023-01-05"))) ==
        "new entry:1:9: error: 2023-01-05 is outside the plan (2022-01-01 to 2022-12-31): this entry is ignored "
        "[check --date; to record it anyway (reports will ignore it), add --force]\n");
  CHECK(show(check(entry_on("2023-01-05"), true)) ==
        "new entry:1:9: warning: 2023-01-05 is outside the plan (2022-01-01 to 2022-12-31): this entry is ignored\n");
}

TEST_CASE("an entry that says what period it is for may be dated outside the plan, and is still read back") {
  Entry for_last_year = entry_on("2023-01-05");
  for_last_year.for_period = "2022";
  for_last_year.for_end = *parse_date("2022-12-31");
  for_last_year.fingerprint = entry_fingerprint(for_last_year);
  CHECK(show(check(for_last_year)) == "");
  // The text is still checked against the entry: a date of the text that differs is a bug.
  Entry other_day = for_last_year;
  other_day.date = *parse_date("2023-01-06");
  CHECK(show(check_new_entry(for_last_year, entry_yaml(other_day), small_workspace(), false)) ==
        "new entry:0:0: error: this entry does not read back as it was given "
        "[this is a bug in plancheck: please report it with the command you ran]\n");
  // The same day without `for` is refused as before.
  CHECK(show(check(entry_on("2023-01-05"))).starts_with("new entry:1:9: error: 2023-01-05 is outside the plan"));
}

TEST_CASE("an exact repeat of a ledger entry is refused, or only warned about with force") {
  CHECK(show(check(entry_on("2022-06-15"))) ==
        "new entry:0:0: error: this entry is already in the ledger, at log/2022-06.yaml:4 "
        "[if it really happened twice, add --force to record it again]\n");
  CHECK(show(check(entry_on("2022-06-15"), true)) ==
        "new entry:0:0: warning: this entry repeats the one at log/2022-06.yaml:4\n");
  Entry different = entry_on("2022-06-15");
  different.edit_details().title = "另一次";
  CHECK(check(different).empty());
}

TEST_CASE("text that does not read back as the entry is reported as a bug") {
  CHECK(show(check_new_entry(entry_on("2022-06-16"), entry_yaml(entry_on("2022-06-17")), small_workspace(), false)) ==
        "new entry:0:0: error: this entry does not read back as it was given "
        "[this is a bug in plancheck: please report it with the command you ran]\n");
}

TEST_CASE("text that is not UTF-8 is refused with the reader's message") {
  Entry entry = entry_on("2022-06-16");
  entry.edit_details().title = "\xb5\xb3\xbf\xce";  // 党课 in GBK
  Diagnostics diagnostics = check(entry);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.front().file == "new entry");
  CHECK(diagnostics.front().line == 4);
  CHECK(diagnostics.front().message.en.find("GBK") != std::string::npos);
}

TEST_CASE("check_appended_file: the old entries plus exactly the new one") {
  Plan plan = testing::small_plan();
  Entry entry = entry_on("2022-06-16");
  std::string before = "# 6月\n" + entry_yaml(entry_on("2022-06-15"));
  CHECK(check_appended_file(before, before + entry_yaml(entry), "log.yaml", entry, plan, false).empty());
  SUBCASE("forced in outside the plan, it still reads back") {
    Entry outside = entry_on("2023-02-01");
    CHECK(check_appended_file(before, before + entry_yaml(outside), "log.yaml", outside, plan, true).empty());
  }
  SUBCASE("a repeat that arrived while waiting for the lock") {
    CHECK(show(check_appended_file(before + entry_yaml(entry), before + entry_yaml(entry) + entry_yaml(entry),
                                   "log.yaml", entry, plan, false)) ==
          "new entry:0:0: error: this entry is already in the ledger, at log.yaml:5 "
          "[if it really happened twice, add --force to record it again]\n");
  }
  SUBCASE("a file written as a '[...]' list") {
    CHECK(show(check_appended_file("[]\n", "[]\n" + entry_yaml(entry), "log.yaml", entry, plan, false)) ==
          "log.yaml:0:0: error: cannot append to this file: it would not read back as its old entries plus the new "
          "one [this happens when the file is written as a '[...]' list, e.g. '[]': remove that (an empty file is a "
          "valid log) and try again]\n");
  }
  SUBCASE("a file broken by someone else in the meantime") {
    Diagnostics diagnostics =
        check_appended_file("- date: 2022-06-15\n\tactivity: 党课\n", "x", "log.yaml", entry, plan, false);
    REQUIRE(!diagnostics.empty());
    CHECK(diagnostics.front().message.en == "a tab character is used for indentation");
  }
}

}  // namespace plancheck
