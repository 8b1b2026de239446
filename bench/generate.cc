// Writes a deterministic plan and ledger for benchmarks:
//   plancheck_bench_generate ENTRIES FOLDER [--flow] [--repeats PERCENT] [--for PERCENT]
// The ledger spreads ENTRIES over 100 monthly files (fewer when ENTRIES is small), with Chinese
// titles and places, about 140 bytes an entry. The same arguments always give the same bytes.
//   --flow             each entry as a one-line flow mapping, as spreadsheet exports and scripts write them
//   --repeats PERCENT  that share of the entries repeats an earlier entry of its file exactly
//   --for PERCENT      that share of the entries says `for:` the month before the one it is dated in
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr int kMonths = 100;
constexpr int kStartYear = 2017;
constexpr int kBranches = 40;
constexpr int kPeople = 240;

// A small linear congruential generator: reproducible on every platform, unlike std::rand.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }
  std::size_t below(std::size_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> kActivities{"支委会", "党员大会", "党小组会", "主题党日", "党课", "组织生活会", "谈心谈话", "志愿服务"};
const std::vector<std::string> kTopics{"学习贯彻党的二十大精神", "深入开展主题教育", "推进清廉机关建设", "研究部署季度工作",
                                       "开展“三服务”活动", "学习省党代会报告", "落实意识形态责任制", "推进“双创双建”"};
const std::vector<std::string> kForms{"专题会议", "集中学习", "研讨交流", "现场教学", "专题党课", "工作部署"};
const std::vector<std::string> kPlaces{"三楼会议室", "党员活动室", "五楼小会议室", "二楼党组会议室", "红色教育基地"};
const std::vector<std::string> kSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
const std::vector<std::string> kGivenNames{"建国", "海燕", "志强", "丽君", "晓东", "国栋", "敏", "静", "立新", "振华"};

std::string branch(int index) { return "第" + std::to_string(index + 1) + "支部"; }

std::string person(int index) {
  return kSurnames[static_cast<std::size_t>(index) % kSurnames.size()] +
         kGivenNames[static_cast<std::size_t>(index / 12) % kGivenNames.size()] + std::to_string(index / 120 + 1);
}

int last_day(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

void write_plan(const std::filesystem::path& folder, int months) {
  int end_year = kStartYear + (months - 1) / 12, end_month = (months - 1) % 12 + 1;
  std::ofstream out(folder / "plan.yaml");
  out << "plancheck: 1\nplan:\n  id: bench\n  title: 基准测试计划\n  start: " << kStartYear << "-01-01\n"
      << "  end: " << end_year << "-" << (end_month < 10 ? "0" : "") << end_month << "-" << last_day(end_year, end_month)
      << "\n  logs: [log]\nroles: [支部书记, 班子成员, 党员]\nactivities:\n";
  for (const auto& activity : kActivities) out << "  - " << activity << "\n";
  out << "units:\n";
  for (int b = 0; b < kBranches; ++b) out << "  - {id: " << branch(b) << ", kind: 支部}\n";
  out << "people:\n";
  for (int p = 0; p < kPeople; ++p)
    out << "  - {name: " << person(p) << ", roles: [" << (p < kBranches ? "支部书记" : p < kBranches + 12 ? "班子成员" : "党员")
        << "]}\n";
  out << R"(sections:
  - id: 一
    title: 组织生活
    items:
      - id: 1
        title: 三会一课
        rules:
          - {id: committee, activity: 支委会, each_unit: 支部, every: month}
          - {id: assembly, activity: 党员大会, each_unit: 支部, every: quarter}
          - {id: group, activity: 党小组会, each_unit: 支部, every: month}
          - {id: lecture, activity: 党课, each: [支部书记, 班子成员], every: year}
      - id: 2
        title: 主题党日
        rules:
          - {id: party-day, activity: 主题党日, each_unit: 支部, every: month}
          - {id: review, activity: 组织生活会, each_unit: 支部, every: year}
  - id: 二
    title: 思想建设
    items:
      - id: 3
        title: 谈心谈话
        rules:
          - {id: talks, activity: 谈心谈话, each: 支部书记, every: half, at_least: 2}
          - {id: weekly, activity: 志愿服务, by: 第1支部, every: week}
)";
}

struct Shape {
  bool flow = false;
  std::size_t repeat_percent = 0;
  std::size_t for_percent = 0;
};

// One entry's fields in the order they are written.
std::vector<std::pair<std::string, std::string>> entry_fields(int year, int month, long number, const Shape& shape,
                                                              Random& random) {
  int day = 1 + static_cast<int>(random.below(static_cast<std::size_t>(last_day(year, month))));
  std::size_t activity = random.below(kActivities.size());
  char date[32];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  std::vector<std::pair<std::string, std::string>> fields{{"date", date}, {"activity", kActivities[activity]}};
  fields.emplace_back("by", activity == 4 || activity == 6 ? person(static_cast<int>(random.below(kBranches + 12)))
                                                            : branch(static_cast<int>(random.below(kBranches))));
  std::string title = kTopics[random.below(kTopics.size())];  // two statements: the draws in a fixed order
  title += kForms[random.below(kForms.size())] + "（" + std::to_string(number) + "）";
  fields.emplace_back("title", title);
  fields.emplace_back("place", kPlaces[random.below(kPlaces.size())]);
  fields.emplace_back("attendees", std::to_string(5 + random.below(40)));
  if (shape.for_percent > 0 && random.below(100) < shape.for_percent) {
    int for_year = month == 1 ? year - 1 : year, for_month = month == 1 ? 12 : month - 1;
    std::snprintf(date, sizeof date, "%04d-%02d", for_year, for_month);
    fields.emplace_back("for", date);
  }
  return fields;
}

std::string entry_text(const std::vector<std::pair<std::string, std::string>>& fields, bool flow) {
  std::string text = flow ? "- {" : "- ";
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) text += flow ? ", " : "\n  ";
    text += fields[i].first + ": " + fields[i].second;
  }
  return text + (flow ? "}\n" : "\n");
}

void write_month(const std::filesystem::path& file, int year, int month, long entries, const Shape& shape,
                 Random& random) {
  std::ofstream out(file);
  out << "# " << year << "年" << month << "月台账\n";
  std::vector<std::string> written;
  for (long i = 0; i < entries; ++i) {
    if (shape.repeat_percent > 0 && !written.empty() && random.below(100) < shape.repeat_percent) {
      out << written[random.below(written.size())];
      continue;
    }
    std::string text = entry_text(entry_fields(year, month, i + 1, shape, random), shape.flow);
    out << text;
    if (shape.repeat_percent > 0) written.push_back(std::move(text));
  }
}

// Reads the options after ENTRIES FOLDER; false on anything it does not know.
bool read_shape(int argc, char** argv, Shape& shape) {
  for (int i = 3; i < argc; ++i) {
    std::string option = argv[i];
    if (option == "--flow") {
      shape.flow = true;
    } else if ((option == "--repeats" || option == "--for") && i + 1 < argc) {
      (option == "--repeats" ? shape.repeat_percent : shape.for_percent) = std::strtoul(argv[++i], nullptr, 10);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Shape shape;
  if (argc < 3 || !read_shape(argc, argv, shape)) {
    std::fprintf(stderr, "usage: plancheck_bench_generate ENTRIES FOLDER [--flow] [--repeats PERCENT] [--for PERCENT]\n");
    return 2;
  }
  long total = std::atol(argv[1]);
  std::filesystem::path folder = argv[2];
  std::filesystem::create_directories(folder / "log");
  int months = static_cast<int>(std::min<long>(kMonths, std::max<long>(1, total / 100)));
  write_plan(folder, months);
  Random random(20220630);
  for (int m = 0; m < months; ++m) {
    int year = kStartYear + m / 12, month = m % 12 + 1;
    long entries = total / months + (m < total % months ? 1 : 0);
    char name[32];
    std::snprintf(name, sizeof name, "%04d-%02d.yaml", year, month);
    write_month(folder / "log" / name, year, month, entries, shape, random);
  }
  return 0;
}
