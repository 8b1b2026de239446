// End-to-end: `plancheck validate` on every broken plan and log of tests/bad (listed with the
// diagnostic each must give in tests/bad/MANIFEST) exits 2 and reports that diagnostic at its
// file and line. The very large cases (100k-deep nesting, a 50 MB line, a file over the size
// limit) are made here, in a scratch folder, rather than kept in the repository.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "support/files.h"
#include "support/launch.h"
#include "support/temp_folder.h"
#include "read/source_text.h"
#include "read/yaml_tree.h"

namespace {

namespace fs = std::filesystem;
using namespace plancheck::testing;

const fs::path kBad = fs::path(PLANCHECK_SOURCE_DIR) / "tests/bad";

struct Case {
  std::string name;  // plans/NAME.yaml, logs/NAME.yaml or generated/NAME
  int line = 0;      // 0: the whole file
  std::string fragment;
};

std::vector<Case> read_manifest() {
  std::ifstream stream(kBad / "MANIFEST");
  std::vector<Case> cases;
  for (std::string text; std::getline(stream, text);) {
    if (text.empty() || text.starts_with('#')) continue;
    std::istringstream fields(text);
    Case c;
    fields >> c.name >> c.line >> std::ws;
    std::getline(fields, c.fragment);
    cases.push_back(c);
  }
  return cases;
}

std::string base_plan() { return read_file((kBad / "plan.yaml").string()); }

// The plan with `line` added to the plan's header (after `  end: 2022-12-31`).
std::string plan_with_header_line(const std::string& line) {
  std::string plan = base_plan();
  std::string anchor = "  end: 2022-12-31\n";
  return plan.insert(plan.find(anchor) + anchor.size(), line + "\n");
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A file of `size` bytes that takes no room on disk.
void write_sparse(const std::string& path, std::uintmax_t size) {
  write_bytes(path, "plancheck: 1\n");
  fs::resize_file(path, size);
}

constexpr std::size_t kDeep = 100'000;
constexpr std::size_t kLongLine = 50u << 20;

// Generated cases: a plan (plan.yaml) or log (log/NAME.yaml) written into `folder`.
const std::map<std::string, std::function<void(const fs::path&)>>& generators() {
  static const std::map<std::string, std::function<void(const fs::path&)>> all{
      {"deep-flow-nesting-plan",
       [](const fs::path& folder) {
         write_bytes(folder / "plan.yaml", "plancheck: 1\nplan: " + std::string(kDeep, '[') + std::string(kDeep, ']') + "\n");
       }},
      {"deep-flow-nesting-log",
       [](const fs::path& folder) {
         std::string text;
         for (std::size_t i = 0; i < kDeep; ++i) text += "{a: ";
         write_bytes(folder / "log/deep.yaml", "- " + text + "b" + std::string(kDeep, '}') + "\n");
       }},
      {"deep-dash-nesting-log",
       [](const fs::path& folder) {
         std::string text;
         for (std::size_t i = 0; i < kDeep; ++i) text += "- ";
         write_bytes(folder / "log/deep.yaml", text + "x\n");
       }},
      {"long-line-plan",
       [](const fs::path& folder) {
         // A 50 MB line: an unknown key with a 50 MB value.
         write_bytes(folder / "plan.yaml", plan_with_header_line("  titel: " + std::string(kLongLine, 'x')));
       }},
      {"long-key-plan",
       [](const fs::path& folder) {
         // A 50 MB unknown key: suggestions compare it with every allowed key.
         write_bytes(folder / "plan.yaml", plan_with_header_line("  " + std::string(kLongLine, 'k') + ": 1"));
       }},
      {"long-line-log",
       [](const fs::path& folder) {
         std::string line = "- {date: 2022-03-01, activity: 党课, by: 张三, title: " + std::string(kLongLine, 'x') + ", by: 李四}";
         write_bytes(folder / "log/long.yaml", line + "\n");
       }},
      {"too-big-plan",
       [](const fs::path& folder) { write_sparse((folder / "plan.yaml").string(), plancheck::kMaxFileBytes + 1); }},
      {"too-big-log",
       [](const fs::path& folder) { write_sparse((folder / "log/big.yaml").string(), (600u << 20)); }},
  };
  return all;
}

// Runs validate on one case; returns the file its diagnostic must name and the run.
std::pair<std::string, Run> validate(const Case& c, const TempFolder& scratch) {
  fs::path folder = scratch.path() / fs::path(c.name).stem();
  fs::create_directories(folder / "log");
  fs::path plan = folder / "plan.yaml";
  std::string file;
  if (c.name.starts_with("plans/")) {
    fs::copy_file(kBad / c.name, plan);
    file = plan.string();
  } else if (c.name.starts_with("logs/")) {
    write_bytes(plan.string(), base_plan());
    file = (folder / "log" / fs::path(c.name).filename()).string();
    fs::copy_file(kBad / c.name, file);
  } else {
    auto generator = generators().find(fs::path(c.name).filename().string());
    REQUIRE_MESSAGE(generator != generators().end(), "no generator for " << c.name);
    if (!fs::exists(plan)) write_bytes(plan.string(), base_plan());
    generator->second(folder);
    file = plan.string();
    for (const auto& entry : fs::directory_iterator(folder / "log")) file = entry.path().string();
  }
  return {file, run_plancheck({"validate", "--color", "never", plan.string()})};
}

// The stderr line holding the expected diagnostic, or empty.
std::string find_diagnostic(const std::string& err, const std::string& file, const Case& c) {
  std::string where = c.line > 0 ? fmt::format("{}:{}:", file, c.line) : file + ": error: ";
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with(where) && line.find("error: ") != std::string::npos && line.find(c.fragment) != std::string::npos)
      return line;
  return "";
}

}  // namespace

TEST_CASE("tests/bad: every broken plan and log exits 2 with its diagnostic at its file and line") {
  std::vector<Case> cases = read_manifest();
  CHECK(cases.size() >= 40);
  int plans = 0, logs = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    TempFolder scratch;
    auto [file, run] = validate(c, scratch);
    CHECK(run.exit_code == 2);
    std::string found = find_diagnostic(run.err, file, c);
    CHECK_MESSAGE(!found.empty(), "expected at " << file << ":" << c.line << ": " << c.fragment << "\n"
                                                 << run.err.substr(0, 2000));
    // However large the input, the report stays readable: long lines are shown in part.
    CHECK(run.err.size() < 8192);
    (file.find("/log/") != std::string::npos ? logs : plans)++;
  }
  MESSAGE(fmt::format("{} broken plans, {} broken logs", plans, logs));
}

TEST_CASE("tests/bad: every file in plans/ and logs/ is in the manifest") {
  std::set<std::string> listed;
  for (const Case& c : read_manifest()) listed.insert(c.name);
  for (const char* kind : {"plans", "logs"})
    for (const auto& entry : fs::directory_iterator(kBad / kind)) {
      std::string name = std::string(kind) + "/" + entry.path().filename().string();
      CHECK_MESSAGE(listed.count(name), name << " is not in tests/bad/MANIFEST");
    }
  for (const auto& [name, generate] : generators())
    CHECK_MESSAGE(listed.count("generated/" + name), "generated/" << name << " is not in tests/bad/MANIFEST");
}
