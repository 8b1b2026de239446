#include "write/scratch.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>

namespace plancheck::testing {

namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() / fmt::format("plancheck-write-test-{}-{}", ::getpid(), counter++);
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string ScratchDir::copy_seed() const {
  fs::copy(PLANCHECK_SOURCE_DIR "/plans/fao-2022", path_ / "fao-2022", fs::copy_options::recursive);
  return (path_ / "fao-2022" / "plan.yaml").string();
}

std::string read_file(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

Plan small_plan() {
  Plan plan;
  plan.file = "plan.yaml";
  plan.id = "small";
  plan.title = "小计划";
  plan.start = *parse_date("2022-01-01");
  plan.end = *parse_date("2022-12-31");
  plan.logs = {"log"};
  plan.activities = {Activity{"党课", "讲党课", {}}, Activity{"支委会", "", {}}};
  plan.units = {Unit{"第一支部", "支部", {}}};
  for (const char* name : {"张三", "- 王五", "赵六: 组长", "[钱七]", "null"}) plan.people.push_back(Person{name, {}, {}});
  plan.sections = {Section{"一", "第一部分", {Item{"2", "条目", "", {}, {}}}, {}}};
  return plan;
}

}  // namespace plancheck::testing
