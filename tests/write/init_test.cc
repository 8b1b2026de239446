#include "write/init.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "read/plan_reader.h"
#include "read/workspace.h"
#include "write/embedded_files.h"
#include "support/files.h"
#include "support/temp_folder.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

Date date(const char* text) { return *parse_date(text); }

// Reads a starter plan; expects no diagnostics at all (no warnings either).
Plan read_starter(const NewPlan& new_plan) {
  Diagnostics diagnostics;
  auto plan = read_plan_text(starter_plan_text(new_plan), "plan.yaml", diagnostics);
  for (const auto& d : diagnostics) FAIL_CHECK(d.line << ":" << d.column << ": " << d.message.en);
  REQUIRE(plan);
  return *plan;
}

}  // namespace

TEST_CASE("new_plan_with_defaults: the calendar year, a title with the year, the folder's name as id") {
  NewPlan plan = new_plan_with_defaults("offices/fao-2025/", "", std::nullopt, std::nullopt, date("2025-03-15"));
  CHECK(plan.id == "fao-2025");
  CHECK(plan.title == "2025年工作要点");
  CHECK(plan.start == date("2025-01-01"));
  CHECK(plan.end == date("2025-12-31"));
  NewPlan from_start = new_plan_with_defaults("x", "T", date("2024-07-01"), std::nullopt, date("2025-03-15"));
  CHECK(from_start.title == "T");
  CHECK(from_start.start == date("2024-07-01"));
  CHECK(from_start.end == date("2024-12-31"));
  NewPlan to_end = new_plan_with_defaults("x", "", std::nullopt, date("2026-06-30"), date("2025-03-15"));
  CHECK(to_end.start == date("2026-01-01"));
  CHECK(to_end.title == "2026年工作要点");
}

TEST_CASE("the starter plan reads without a single diagnostic and shows every rule form") {
  NewPlan new_plan{"office", "office", "2025年工作要点", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}};
  Plan plan = read_starter(new_plan);
  CHECK(plan.id == "office");
  CHECK(plan.title == "2025年工作要点");
  std::vector<const Rule*> rules;
  for (const auto& section : plan.sections)
    for (const auto& item : section.items)
      for (const auto& rule : item.rules) rules.push_back(&rule);
  auto has = [&](auto predicate) { return std::any_of(rules.begin(), rules.end(), predicate); };
  CHECK(has([](const Rule* r) { return r->subjects.kind == SubjectSelector::Kind::each_role; }));
  CHECK(has([](const Rule* r) { return r->subjects.kind == SubjectSelector::Kind::each_unit; }));
  CHECK(has([](const Rule* r) { return r->subjects.kind == SubjectSelector::Kind::by; }));
  CHECK(has([](const Rule* r) { return r->every == Frequency::once && r->due == date("2025-06-30"); }));
  CHECK(has([](const Rule* r) { return r->from == date("2025-07-01") && r->until == date("2025-12-31"); }));
  CHECK(has([](const Rule* r) { return r->every == Frequency::month; }));
}

TEST_CASE("a starter plan with a language says so in its lang line, and reads in that language") {
  NewPlan english{"office", "office", "Work plan 2025", date("2025-01-01"), date("2025-12-31"), Language::en, {}, {}, {"log/"}};
  CHECK(starter_plan_text(english).find("\n  lang: en  ") != std::string::npos);
  CHECK(read_starter(english).language == Language::en);
  NewPlan unsaid{"office", "office", "2025年工作要点", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}};
  CHECK(starter_plan_text(unsaid).find("\n  # lang: en  ") != std::string::npos);
  CHECK(read_starter(unsaid).language == Language::zh);
  CHECK(new_plan_with_defaults("x", "", std::nullopt, std::nullopt, date("2025-03-15"), Language::en).title ==
        "Work plan 2025");
}

TEST_CASE("the starter plan stays valid for short plans and titles that need quoting") {
  read_starter(NewPlan{"x", "x: y", "计划: \"一\" #1", date("2025-03-10"), date("2025-03-10"), std::nullopt, {}, {}, {"log/"}});
  read_starter(NewPlan{"x", "x", "二月", date("2024-02-01"), date("2024-02-29"), std::nullopt, {}, {}, {"log/"}});
  Plan plan = read_starter(NewPlan{"x", "- x", "title", date("2025-03-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}});
  CHECK(plan.id == "- x");
}

TEST_CASE("the starter README names the plan and shows log, check and render") {
  std::string readme =
      starter_readme_text(NewPlan{"office", "office", "2025年工作要点", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}});
  CHECK(readme.starts_with("# 2025年工作要点\n"));
  CHECK(readme.find("plancheck log plan.yaml --date 2025-01-01 --activity 党课 --by 张三") != std::string::npos);
  CHECK(readme.find("plancheck check plan.yaml") != std::string::npos);
  CHECK(readme.find("plancheck render plan.yaml --template templates/monthly-briefing.md.mustache --month 2025-01") !=
        std::string::npos);
  CHECK(readme.find("{{") == std::string::npos);
}

TEST_CASE("create_plan_repo: plan, log folder, the project's templates, README") {
  testing::TempFolder scratch;
  NewPlan new_plan = new_plan_with_defaults(scratch / "office", "", date("2025-01-01"), std::nullopt, date("2025-01-01"));
  InitResult result = create_plan_repo(new_plan);
  REQUIRE(result.error.en == "");
  CHECK(result.created.front() == scratch / "office/plan.yaml");
  CHECK(result.created.back() == scratch / "office/.gitattributes");
  CHECK(testing::read_file(scratch / "office/.gitattributes").find("\nlog/*.yaml merge=union\n") != std::string::npos);
  CHECK(testing::read_file(scratch / "office/plan.yaml") == starter_plan_text(new_plan));
  CHECK(fs::is_directory(scratch / "office/log"));
  CHECK(fs::is_empty(scratch / "office/log"));
  int templates = 0;
  for (const auto& entry : fs::directory_iterator(PLANCHECK_SOURCE_DIR "/templates")) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(".")) continue;
    CAPTURE(name);
    CHECK(testing::read_file(scratch / ("office/templates/" + name)) == testing::read_file(entry.path().string()));
    ++templates;
  }
  CHECK(templates == std::count_if(embedded_files().begin(), embedded_files().end(),
                                   [](const EmbeddedFile& file) { return file.path.starts_with("templates/"); }));
  Workspace workspace = load_workspace(scratch / "office/plan.yaml");
  CHECK(workspace.ok());
  CHECK(workspace.diagnostics.empty());
}

TEST_CASE("create_plan_repo overwrites nothing") {
  testing::TempFolder scratch;
  fs::create_directories(scratch / "office/log");
  testing::write_file(scratch / "office/README.md", "ours");
  InitResult result = create_plan_repo(NewPlan{scratch / "office", "office", "t", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}});
  CHECK(result.error.en == scratch / "office" + " already has log, README.md: plancheck init never overwrites anything");
  CHECK(result.hint.en == "choose another folder, or move these out of the way first");
  CHECK(result.created.empty());
  CHECK(!fs::exists(scratch / "office/plan.yaml"));
  CHECK(testing::read_file(scratch / "office/README.md") == "ours");

  testing::write_file(scratch / "file", "");
  InitResult on_file = create_plan_repo(NewPlan{scratch / "file", "file", "t", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}});
  CHECK(on_file.error.en == scratch / "file" + " exists and is not a folder");
  CHECK(on_file.hint.en == "give the name of a new folder (or of an empty one)");
}

TEST_CASE("create_plan_repo: a folder that cannot be created") {
  testing::TempFolder scratch;
  testing::write_file(scratch / "file", "");
  InitResult result = create_plan_repo(NewPlan{scratch / "file/office", "office", "t", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}});
  CHECK(result.error.en == "cannot create the folder " + scratch / "file/office" + ": Not a directory");
  CHECK(result.created.empty());
}

TEST_CASE("create_plan_repo in an existing folder with other files, e.g. a fresh git repository") {
  testing::TempFolder scratch;
  fs::create_directories(scratch / "repo/.git");
  InitResult result = create_plan_repo(NewPlan{scratch / "repo/", "repo", "t", date("2025-01-01"), date("2025-12-31"), std::nullopt, {}, {}, {"log/"}});
  CHECK(result.error.en == "");
  CHECK(fs::exists(scratch / "repo/plan.yaml"));
}

}  // namespace plancheck
