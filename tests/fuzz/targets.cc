#include "fuzz/targets.h"

#include <fmt/format.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "evaluate/briefing.h"
#include "evaluate/evaluate.h"
#include "evaluate/period.h"
#include "evaluate/report.h"
#include "present/briefing.h"
#include "present/diagnostic_printer.h"
#include "present/json_report.h"
#include "present/render.h"
#include "present/labels.h"
#include "present/template.h"
#include "present/text_report.h"
#include "read/fast_yaml.h"
#include "read/fields.h"
#include "read/plan_document.h"
#include "read/plan_outline.h"
#include "read/log_reader.h"
#include "read/plan_reader.h"
#include "read/repeated_entries.h"
#include "read/source_text.h"
#include "read/template_files.h"
#include "read/workspace.h"
#include "write/draft_plan.h"

namespace plancheck::fuzz {

namespace {

namespace fs = std::filesystem;
using std::chrono::days;

// A small plan with every kind of rule: the log target's names, and the template target's data.
constexpr std::string_view kPlan = R"(plancheck: 1
plan:
  id: fuzz
  title: 模糊测试计划
  start: 2022-01-01
  end: 2022-12-31
  issuer: 机关党委
roles: [书记, 委员]
activities:
  - 党课
  - {id: 支委会, title: 支部委员会会议}
  - 方案
units:
  - {id: 一支部, kind: 支部}
  - {id: 二支部, kind: 支部}
people:
  - {name: 甲, roles: [书记]}
  - name: 乙
    roles: [委员, {role: 书记, from: 2022-07-01}]
sections:
  - id: 一
    title: 第一部分
    items:
      - id: 1
        title: 条目一
        rules:
          - {id: lecture, activity: 党课, each: 书记, every: half}
          - {id: meeting, activity: 支委会, each_unit: 支部, every: month}
          - {id: weekly, activity: 支委会, by: 一支部, every: week, from: 2022-06-01, until: 2022-07-31}
      - id: 二
        title: 条目二
        rules:
          - {id: plan-once, activity: 方案, by: 乙, every: once, due: 2022-03-31}
          - {id: quarterly, activity: 党课, by: 二支部, at_least: 2, every: quarter}
)";

constexpr std::string_view kLog = R"(- {date: 2022-01-10, activity: 党课, by: 甲, title: 专题党课}
- date: 2022-02-11
  activity: 支委会
  by: [一支部, 二支部]
  item: 1
  place: 会议室
  attendees: 5
  notes: |
    两行
    备注
  evidence: [签到表.pdf]
  tags: [学习]
- {date: 2022-04-12, activity: 方案, by: 乙, item: 二, attendees: [甲, 乙]}
- {date: 2022-06-06, activity: 支委会, by: 一支部}
)";

// Formats every diagnostic with its source line, as the commands print them.
void format_all(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) {
    (void)format_diagnostic(d, Style{false}, Language::en);
    (void)format_diagnostic(d, Style{true}, Language::zh);
  }
  (void)count_text(diagnostics, Language::en);
}

// The lines of `text` as libyaml counts them: CR LF, LF, CR, NEL, LS and PS end a line.
int line_count(std::string_view text) {
  int lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view rest = text.substr(i);
    if (rest.starts_with("\r\n")) ++i;
    if (rest[0] == '\n' || rest[0] == '\r' || rest.starts_with("\xC2\x85") || rest.starts_with("\xE2\x80\xA8") ||
        rest.starts_with("\xE2\x80\xA9"))
      ++lines;
  }
  return lines;
}

// Diagnostics must point into the file they name (or at the whole file, line 0).
std::string check_positions(const Diagnostics& diagnostics, const std::string& file, std::string_view text) {
  int lines = line_count(text);
  for (const auto& d : diagnostics) {
    if (d.file != file) continue;
    if (d.line < 0 || d.line > lines || d.column < 0)
      return fmt::format("diagnostic at {}:{}:{} outside the file ({} lines): {}", d.file, d.line, d.column, lines,
                         d.message.en);
  }
  return "";
}

struct Fixed {
  Workspace inputs;
  nlohmann::ordered_json context;
  const Plan& plan() const { return *inputs.plan; }
};

const Fixed& fixed() {
  static const Fixed fixed_data = [] {
    Fixed data;
    data.inputs.plan_file = "plan.yaml";
    data.inputs.plan = *read_plan_text(kPlan, "plan.yaml", data.inputs.diagnostics);
    read_log_text(kLog, "log/2022.yaml", PlanNames(data.plan()), data.inputs.ledger, data.inputs.diagnostics);
    if (has_errors(data.inputs.diagnostics)) abort();  // the fixed inputs are valid
    Evaluation evaluation = evaluate(data.plan(), data.inputs.ledger, *parse_date("2022-06-30"));
    Report report = build_report(ReportKind::status, data.inputs, evaluation, Query{});
    data.context = briefing_context(report, build_briefing(report, report.as_of()), RenderOptions{});
    data.context["charts"] = true;
    return data;
  }();
  return fixed_data;
}

// The folders of this process under the temp folder, removed when it exits.
struct ScratchFolders {
  std::map<std::string, fs::path> folders;
  ~ScratchFolders() {
    std::error_code ignored;
    for (const auto& [name, folder] : folders) fs::remove_all(folder, ignored);
  }
};

// A folder of this process under the temp folder, made once (fuzzers run millions of inputs).
const fs::path& scratch_folder(const char* name) {
  static ScratchFolders scratch;
  auto& folders = scratch.folders;
  auto found = folders.find(name);
  if (found != folders.end()) return found->second;
  // libFuzzer's fork mode ends its jobs without running destructors: clear what processes that
  // are gone left behind ("plancheck-fuzz-NAME-PID").
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(fs::temp_directory_path(), ignored)) {
    std::string folder = entry.path().filename().string();
    if (!folder.starts_with("plancheck-fuzz-")) continue;
    long pid = std::atol(folder.substr(folder.rfind('-') + 1).c_str());
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ignored);
  }
  fs::path folder = fs::temp_directory_path() / fmt::format("plancheck-fuzz-{}-{}", name, ::getpid());
  fs::create_directories(folder, ignored);
  return folders.emplace(name, folder).first->second;
}

void write_bytes(const fs::path& path, std::string_view bytes) {
  std::ofstream stream(path, std::ios::binary | std::ios::trunc);
  stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A `logs` path that would make load_workspace read outside the scratch folder (say '/', which
// would search the whole disk) is not the reader's problem: such inputs are skipped.
bool stays_inside(const Plan& plan) {
  return std::all_of(plan.logs.begin(), plan.logs.end(), [](const std::string& log) {
    fs::path path(log);
    if (path.is_absolute() || log.starts_with('~')) return false;
    return std::none_of(path.begin(), path.end(), [](const fs::path& part) { return part == ".."; });
  });
}

constexpr std::string_view kLogMarker = "@@log@@";
constexpr std::size_t kMaxLogs = 4;

}  // namespace

const fs::path& scratch(const char* name) { return scratch_folder(name); }
void write_file_bytes(const fs::path& path, std::string_view bytes) { write_bytes(path, bytes); }
const nlohmann::ordered_json& briefing_fixture() { return fixed().context; }

std::vector<std::string_view> split_workspace_input(std::string_view bytes) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = 0; parts.size() < kMaxLogs;) {
    at = bytes.find(kLogMarker, at);
    if (at == std::string_view::npos) break;
    bool line_start = at == 0 || bytes[at - 1] == '\n';
    std::size_t end = at + kLogMarker.size();
    bool line_end = end == bytes.size() || bytes[end] == '\n';
    if (!line_start || !line_end) {
      at = end;
      continue;
    }
    parts.push_back(bytes.substr(start, at - start));
    start = at = std::min(end + 1, bytes.size());
  }
  parts.push_back(bytes.substr(start));
  return parts;
}

std::string plan_loader(std::string_view bytes) {
  SourceText source = decode_source(std::string(bytes), "plan.yaml");
  Diagnostics diagnostics;
  std::optional<Plan> plan;
  if (source.problem)
    diagnostics.push_back(*source.problem);
  else
    plan = read_plan_text(source.text, "plan.yaml", diagnostics);
  format_all(diagnostics);
  if (auto problem = check_positions(diagnostics, "plan.yaml", source.text); !problem.empty()) return problem;
  if (plan && !has_errors(diagnostics) && plan->end < plan->start) return "a valid plan ends before it starts";
  return "";
}

std::string log_loader(std::string_view bytes) {
  const Fixed& data = fixed();
  SourceText source = decode_source(std::string(bytes), "log.yaml");
  Diagnostics diagnostics;
  Ledger ledger;
  PlanNames names(data.plan());
  if (source.problem)
    diagnostics.push_back(*source.problem);
  else
    read_log_text(source.text, "log.yaml", names, ledger, diagnostics);
  RepeatFinder().add_file(ledger, 0, source.text, diagnostics);
  format_all(diagnostics);
  if (auto problem = check_positions(diagnostics, "log.yaml", source.text); !problem.empty()) return problem;
  for (const Entry& entry : ledger.entries) {
    if (entry.date < data.plan().start || entry.date > data.plan().end)
      return fmt::format("an entry dated {} outside the plan was kept", format_date(entry.date));
    if (!names.activity_set.count(entry.activity)) return fmt::format("unknown activity '{}' kept", entry.activity);
    if (entry.by.empty()) return "an entry without 'by' was kept";
    for (const auto& name : entry.by)
      if (!names.subject_set.count(name)) return fmt::format("unknown subject '{}' kept", name);
  }
  return "";
}

std::string workspace(std::string_view bytes) {
  const fs::path& folder = scratch_folder("workspace");
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(folder, ignored)) fs::remove_all(entry.path(), ignored);
  std::vector<std::string_view> parts = split_workspace_input(bytes);
  {
    // What the plan names as its logs decides what is read: check it stays in the folder.
    Diagnostics diagnostics;
    SourceText source = decode_source(std::string(parts[0]), "plan.yaml");
    if (!source.problem) {
      auto plan = read_plan_text(source.text, "plan.yaml", diagnostics);
      if (plan && !stays_inside(*plan)) return "";
    }
  }
  write_bytes(folder / "plan.yaml", parts[0]);
  fs::create_directories(folder / "log", ignored);
  for (std::size_t i = 1; i < parts.size(); ++i) write_bytes(folder / "log" / fmt::format("{}.yaml", i), parts[i]);

  Workspace loaded = load_workspace((folder / "plan.yaml").string());
  (void)format_diagnostics(loaded.diagnostics, Style{false}, Language::zh);
  (void)diagnostics_json(loaded.diagnostics, Language::en).dump();
  if (!loaded.ok()) return "";
  const Plan& plan = *loaded.plan;
  if (plan.end < plan.start) return "a valid plan ends before it starts";
  if ((plan.end - plan.start).count() > 3 * 366) return "";  // evaluation grows with the plan's length
  Date as_of = plan.start + days{(plan.end - plan.start).count() / 2};
  Evaluation evaluation = evaluate(plan, loaded.ledger, as_of);
  Summary all = summarize(evaluation);
  if (static_cast<std::size_t>(all.met + all.late + all.overdue + all.open + all.upcoming) != evaluation.results.size())
    return "the summary does not count every result";
  for (ReportKind kind : {ReportKind::status, ReportKind::gaps, ReportKind::agenda}) {
    Report report = build_report(kind, loaded, evaluation, Query{});
    for (Format format : {Format::text, Format::json, Format::junit, Format::github}) {
      std::ostringstream out;
      render(report, format, RenderOptions{Languages{Language::en, Language::zh}, Style{true}, 80}, out);
    }
  }
  return "";
}

namespace {

std::string describe(const YamlNode& node) {
  std::string out = fmt::format("{}{}@{}:{} '{}'", static_cast<int>(node.kind), node.plain ? "" : " quoted",
                                node.position.line, node.position.column, node.value);
  if (!node.children.empty()) {
    out += " [";
    for (const auto& child : node.children) out += describe(child) + ", ";
    out += "]";
  }
  return out;
}

std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += fmt::format("{}:{}:{}: {} {} [{}]\n", d.file, d.line, d.column, d.severity == Severity::error ? "error" : "warning",
                       d.message.en, d.hint.en);
  return out;
}

}  // namespace

std::string yaml_fast_path(std::string_view bytes) {
  SourceText source = decode_source(std::string(bytes), "log.yaml");
  if (source.problem) return "";
  Diagnostics fast_diagnostics;
  std::vector<std::string> fast_items;
  auto fast = parse_simple_sequence(source.text, "log.yaml", fast_diagnostics,
                                    [&](YamlNode&& item) { fast_items.push_back(describe(item)); });
  if (!fast) {
    if (!fast_diagnostics.empty() || !fast_items.empty()) return "the fast path gave up after reporting or handing over items";
    return "";
  }
  Diagnostics slow_diagnostics;
  std::vector<std::string> slow_items;
  auto slow = parse_yaml_sequence_libyaml(source.text, "log.yaml", slow_diagnostics,
                                          [&](YamlNode&& item) { slow_items.push_back(describe(item)); });
  if (!slow) return "the fast path took a text that libyaml rejects:\n" + describe(slow_diagnostics);
  for (std::size_t i = 0; i < std::max(fast_items.size(), slow_items.size()); ++i) {
    std::string a = i < fast_items.size() ? fast_items[i] : "(none)", b = i < slow_items.size() ? slow_items[i] : "(none)";
    if (a != b) return fmt::format("item {} differs:\n fast: {}\n libyaml: {}", i, a, b);
  }
  if (describe(fast_diagnostics) != describe(slow_diagnostics))
    return "diagnostics differ:\n fast:\n" + describe(fast_diagnostics) + " libyaml:\n" + describe(slow_diagnostics);
  if (describe(*fast) != describe(*slow)) return "roots differ: " + describe(*fast) + " / " + describe(*slow);
  return "";
}

std::string template_render(std::string_view bytes) {
  const Fixed& data = fixed();
  const fs::path& folder = scratch_folder("template");
  if (!fs::exists(folder / "item.mustache"))
    write_bytes(folder / "item.mustache", "- {{title}}（{{#done}}{{done}}{{/done}}{{^done}}无{{/done}}）\n");
  Template loaded;
  RenderedTemplate rendered;
  if (auto error = load_template_text(std::string(bytes), "template.md", folder.string(), loaded))
    rendered.error = error;
  else
    rendered = render_template(loaded, data.context);
  if (rendered.error && !rendered.text.empty()) return "a template error with rendered text";
  return "";
}

namespace {

constexpr Frequency kPeriodic[] = {Frequency::year, Frequency::half, Frequency::quarter, Frequency::month,
                                   Frequency::week};
const Date kFirstDay = Date{std::chrono::year{0} / 1 / 1};
const Date kLastDay = Date{std::chrono::year{9999} / 12 / 31};

unsigned number_at(std::string_view bytes, std::size_t offset, std::size_t count) {
  unsigned value = 0;
  for (std::size_t i = offset; i < offset + count && i < bytes.size(); ++i)
    value = value << 8 | static_cast<unsigned char>(bytes[i]);
  return value;
}

// A day between 0000-01-01 and 9999-12-31 (the dates plancheck can read) from three bytes.
Date day_from(std::string_view bytes, std::size_t offset) {
  auto span = static_cast<unsigned>((kLastDay - kFirstDay).count()) + 1;
  return kFirstDay + days{number_at(bytes, offset, 3) % span};
}

std::string check_date_text(std::string_view text) {
  auto parsed = parse_date(text);
  if (parsed && format_date(*parsed) != text)
    return fmt::format("parse_date accepted '{}' but it formats as {}", text, format_date(*parsed));
  // The date fields' diagnostics (they explain why a date is not one).
  Diagnostics diagnostics;
  NodeReader reader("dates.yaml", diagnostics);
  YamlNode node;
  node.value = std::string(text);
  node.position = {1, 1};
  for (bool plain : {true, false}) {
    node.plain = plain;
    auto read = reader.date(node, ValueName::key("date"));
    if (read.has_value() != parsed.has_value() || (read && *read != *parsed))
      return fmt::format("the date field reads '{}' differently from parse_date", text);
  }
  return "";
}

std::string check_periods(Frequency frequency, Date first, Date last) {
  std::vector<Period> periods = calendar_periods(frequency, first, last);
  if (first > last) return periods.empty() ? "" : "periods for an empty span";
  if (periods.empty()) return "no periods for a span of days";
  if (periods.front().start != first || periods.back().end != last) return "the periods do not cover the span";
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const Period& period = periods[i];
    if (period.start > period.end) return "a period ends before it starts";
    if (i > 0 && period.start != periods[i - 1].end + days{1}) return "the periods are not contiguous";
    Period whole = period_containing(frequency, period.start);
    if (whole.start > period.start || whole.end < period.end) return "a period is not inside its calendar period";
    if (i > 0 && whole.start != period.start) return "a period after the first does not start its calendar period";
    if (frequency == Frequency::week && std::chrono::weekday{whole.start} != std::chrono::Monday)
      return "a week does not start on Monday";
    if (period_label(period, Language::zh).empty() || period_label(period, Language::en).empty())
      return "an empty period label";
  }
  return "";
}

std::string check_day(Date day) {
  if (parse_date(format_date(day)) != day) return fmt::format("{} does not read back", format_date(day));
  IsoWeek week = iso_week(day);
  if (week.week < 1 || week.week > 53) return fmt::format("{} is in ISO week {}", format_date(day), week.week);
  if (week.year < year_of(day) - 1 || week.year > year_of(day) + 1) return "an ISO week year far from the date's year";
  // Week 53 exists only in years whose 28 December is in it.
  if (week.week == 53 && iso_week(Date{std::chrono::year{week.year} / 12 / 28}).week != 53)
    return fmt::format("{} is in week 53 of a year with 52 weeks", format_date(day));
  for (Frequency frequency : kPeriodic) {
    Period period = period_containing(frequency, day);
    if (period.start > day || period.end < day) return "period_containing does not contain the day";
  }
  if (period_label(Period{day, day, Frequency::once}, Language::zh) != "截至" + format_date(day)) return "a wrong once label";
  return "";
}

}  // namespace

std::string dates(std::string_view bytes) {
  if (auto problem = check_date_text(bytes); !problem.empty()) return problem;
  if (bytes.size() < 7) return "";
  Date first = day_from(bytes, 0);
  Date last = std::min(first + days{number_at(bytes, 3, 2) % 4000}, kLastDay);
  if (bytes.size() > 7 && static_cast<unsigned char>(bytes[7]) % 8 == 0) std::swap(first, last);  // an empty span
  Frequency frequency = kPeriodic[static_cast<unsigned char>(bytes[5]) % 5];
  if (auto problem = check_day(first); !problem.empty()) return problem;
  if (auto problem = check_day(last); !problem.empty()) return problem;
  return check_periods(frequency, first, last);
}

std::string plan_draft(std::string_view bytes) {
  std::string encoding;
  auto text = decoded_text(std::string(bytes), encoding);
  if (!text) return "";
  PlanDraft draft = outline_plan(document_from_text(*text, bytes.starts_with("#")), 2022);
  std::string plan_text = draft_plan_yaml(draft, "document.txt", Language::zh);
  Diagnostics diagnostics;
  auto plan = read_plan_text(plan_text, "draft.yaml", diagnostics);
  for (const Diagnostic& diagnostic : diagnostics)
    if (diagnostic.severity == Severity::error || !plan)
      return fmt::format("the draft has an error at {}:{}: {}\n{}", diagnostic.line, diagnostic.column,
                         diagnostic.message.en, plan_text);
  if (!plan) return "the draft is no plan:\n" + plan_text;
  return "";
}

const std::vector<NamedTarget>& all_targets() {
  static const std::vector<NamedTarget> targets{{"plan_loader", plan_loader},
                                                {"log_loader", log_loader},
                                                {"yaml_fast_path", yaml_fast_path},
                                                {"workspace", workspace},
                                                {"template_render", template_render},
                                                {"dates", dates},
                                                {"plan_draft", plan_draft},
                                                {"template_partials", template_partials},
                                                {"output_target", output_target}};
  return targets;
}

}  // namespace plancheck::fuzz
