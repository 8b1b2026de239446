#include "read/plan_reader.h"

#include <fmt/format.h>

#include "read/plan_vocabulary.h"
#include "read/source_text.h"
#include "read/yaml_tree.h"

namespace plancheck {

namespace {

bool read_format(NodeReader& reader, const Fields& top) {
  const YamlNode* format = top.get("plancheck");
  if (!format) {
    reader.report(Severity::error, {1, 1}, "this is not a plancheck plan: it has no 'plancheck: 1' line",
                  "add 'plancheck: 1' as the first line of the plan");
    return false;
  }
  auto number = reader.whole_number(*format, "'plancheck'", 0);
  if (number && *number != kPlanFormat)
    reader.error(*format, fmt::format("this plan is in format {}; this version of plancheck reads format {}",
                                      *number, kPlanFormat),
                 "use a newer plancheck, or write 'plancheck: 1'");
  return number && *number == kPlanFormat;
}

void read_header(NodeReader& reader, const YamlNode* node, Plan& plan) {
  if (!node) return;
  Fields fields(reader, *node, "plan", {"id", "title", "start", "end", "summary", "issuer", "lang", "logs"});
  plan.id = fields.text("id", Need::required).value_or("");
  plan.title = fields.text("title", Need::required).value_or("");
  plan.summary = fields.text("summary").value_or("");
  plan.issuer = fields.text("issuer").value_or("");
  if (auto lang = fields.text("lang")) {
    if (auto language = parse_language(*lang))
      plan.language = *language;
    else
      reader.error(*fields.get("lang"), fmt::format("unknown language '{}'", *lang), "write 'lang: zh' or 'lang: en'");
  }
  auto start = fields.date("start", Need::required);
  auto end = fields.date("end", Need::required);
  if (start) plan.start = *start;
  if (end) plan.end = *end;
  if (start && end && *end < *start)
    reader.error(*fields.get("end"), fmt::format("the plan ends ({}) before it starts ({})", format_date(*end),
                                                 format_date(*start)));
  if (auto logs = fields.text_list("logs")) {
    plan.logs = std::move(*logs);
    plan.logs_given = true;
  } else {
    plan.logs = {"log"};
  }
}

}  // namespace

std::optional<Plan> read_plan_text(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.size();
  auto root = parse_yaml(text, file, diagnostics);
  NodeReader reader(file, diagnostics);
  if (!root) {
    if (diagnostics.size() == errors_before)
      reader.report(Severity::error, {1, 1}, "this plan file is empty",
                    "start from 'plancheck init', or see the README for the plan format");
    return std::nullopt;
  }
  Fields top(reader, *root, "the plan file",
             {"plancheck", "plan", "roles", "activities", "units", "people", "sections"});
  if (!top.is_mapping() || !read_format(reader, top)) return std::nullopt;
  Plan plan;
  plan.file = file;
  read_header(reader, top.get("plan", Need::required), plan);
  read_roles(reader, top.get("roles"), plan);
  read_activities(reader, top.get("activities"), plan);
  read_units(reader, top.get("units"), plan);
  read_people(reader, top.get("people"), plan);
  read_sections(reader, top.get("sections"), plan);
  return plan;
}

std::optional<Plan> read_plan(const std::string& file, Diagnostics& diagnostics) {
  SourceText source = read_source(file);
  if (source.problem) {
    diagnostics.push_back(*source.problem);
    return std::nullopt;
  }
  return read_plan_text(source.text, file, diagnostics);
}

}  // namespace plancheck
