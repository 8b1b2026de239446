#include "read/plan_reader.h"

#include "read/plan_size.h"
#include "read/plan_vocabulary.h"
#include "read/read_messages.h"
#include "read/source_text.h"
#include "read/yaml_tree.h"

namespace plancheck {

namespace {

bool read_format(NodeReader& reader, const Fields& top) {
  const YamlNode* format = top.get("plancheck");
  if (!format) {
    reader.report(Severity::error, {1, 1}, phrase(messages::kNotAPlan.message), phrase(messages::kNotAPlan.hint));
    return false;
  }
  auto number = reader.whole_number(*format, ValueName::key("plancheck"), 0);
  if (number && *number != kPlanFormat)
    reader.error(*format, phrase(messages::kUnsupportedFormat.message, *number, kPlanFormat),
                 phrase(messages::kUnsupportedFormat.hint));
  return number && *number == kPlanFormat;
}

void read_header(NodeReader& reader, const YamlNode* node, Plan& plan) {
  if (!node) return;
  Fields fields(reader, *node, messages::kPlanHeader,
                {"id", "title", "start", "end", "summary", "issuer", "briefing_name", "report_to", "send_to", "issue_to",
                 "copies", "lang", "logs"});
  plan.id = fields.text("id", Need::required).value_or("");
  plan.title = fields.text("title", Need::required).value_or("");
  plan.summary = fields.text("summary").value_or("");
  plan.issuer = fields.text("issuer").value_or("");
  plan.briefing_name = fields.text("briefing_name").value_or("");
  plan.report_to = fields.text("report_to").value_or("");
  plan.send_to = fields.text("send_to").value_or("");
  plan.issue_to = fields.text("issue_to").value_or("");
  plan.copies = fields.whole_number("copies", 1);
  if (auto lang = fields.text("lang")) {
    if (auto language = parse_language(*lang))
      plan.language = *language;
    else
      reader.error(*fields.get("lang"), phrase(messages::kUnknownLanguage.message, *lang),
                   phrase(messages::kUnknownLanguage.hint));
  }
  auto start = fields.date("start", Need::required);
  auto end = fields.date("end", Need::required);
  if (start) plan.start = *start;
  if (end) plan.end = *end;
  if (start && end && *end < *start)
    reader.error(*fields.get("end"), phrase(messages::kPlanEndsBeforeStart, format_date(*end), format_date(*start)));
  if (auto logs = fields.text_list("logs")) {
    plan.logs = std::move(*logs);
    plan.logs_given = true;
  } else {
    plan.logs = {"log"};
  }
}

std::optional<Plan> read_plan_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.size();
  auto root = parse_yaml(text, file, diagnostics);
  NodeReader reader(file, diagnostics);
  if (!root) {
    if (diagnostics.size() == errors_before)
      reader.report(Severity::error, {1, 1}, phrase(messages::kEmptyPlanFile.message), phrase(messages::kEmptyPlanFile.hint));
    return std::nullopt;
  }
  Fields top(reader, *root, messages::kPlanFile,
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
  check_plan_size(reader, top.get("plan"), plan);
  return plan;
}

}  // namespace

std::optional<Plan> read_plan_text(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  std::size_t first = diagnostics.size();
  auto plan = read_plan_tree(text, file, diagnostics);
  quote_source_lines(diagnostics, first, text, file);
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
