#include "present/json_report.h"

#include <ostream>

#include "present/agenda_report.h"
#include "present/json_text.h"
#include "present/labels.h"

namespace plancheck {

using nlohmann::ordered_json;

namespace {

const char* norm_key(Norm norm) {
  switch (norm) {
    case Norm::at_least: return "at_least";
    case Norm::usually: return "usually";
    case Norm::no_fewer_than: return "no_fewer_than";
    case Norm::on_time: return "on_time";
  }
  return "";
}

// A rule as the plan gives it, with where it comes from when the plan says so.
ordered_json rule_json(const Rule& rule) {
  ordered_json json{{"id", rule.id}, {"activity", rule.activity}, {"every", frequency_key(rule.every)}};
  if (rule.norm != Norm::at_least) json["norm"] = norm_key(rule.norm);
  if (rule.source.kind == RuleSource::Kind::document)
    json["source"] = {{"kind", "document"}, {"document", rule.source.document}};
  if (rule.source.kind == RuleSource::Kind::office) json["source"] = {{"kind", "office"}};
  if (!rule.quote.empty()) json["quote"] = rule.quote;
  if (rule.evidence_required) json["evidence"] = "required";
  if (rule.through_contact) json["in"] = "contact";
  return json;
}

}  // namespace

ordered_json plan_json(const Plan& plan) {
  ordered_json sections = ordered_json::array();
  for (const auto& section : plan.sections) {
    ordered_json items = ordered_json::array();
    for (const auto& item : section.items) {
      ordered_json rules = ordered_json::array();
      for (const auto& rule : item.rules) rules.push_back(rule_json(rule));
      items.push_back({{"id", item.id}, {"title", item.title}, {"rules", std::move(rules)}});
    }
    sections.push_back({{"id", section.id}, {"title", section.title}, {"items", std::move(items)}});
  }
  return {{"id", plan.id},
          {"title", plan.title},
          {"start", format_date(plan.start)},
          {"end", format_date(plan.end)},
          {"sections", std::move(sections)}};
}

ordered_json absent_json(const std::vector<Absence>& absent) {
  ordered_json list = ordered_json::array();
  for (const Absence& absence : absent) {
    ordered_json one{{"name", absence.name}};
    if (!absence.reason.empty()) one["reason"] = absence.reason;
    list.push_back(std::move(one));
  }
  return list;
}

ordered_json amount_json(Amount amount) {
  if (amount.is_whole()) return amount.hundredths / 100;
  return static_cast<double>(amount.hundredths) / 100.0;
}

ordered_json result_fields(const Result& result, Language language) {
  ordered_json json{
      {"rule", result.rule->id},
      {"section", result.section->id},
      {"item", result.item->id},
      {"activity", result.rule->activity},
      {"subject", result.subject},
      {"subject_kind", subject_kind_key(result.subject_kind)},
      {"period",
       {{"start", format_date(result.period.start)},
        {"end", format_date(result.period.end)},
        {"label", period_label(result.period, language)}}},
      {"required", amount_json(result.required)},
      {"done", amount_json(result.done)},
      {"status", status_key(result.status)},
  };
  if (result.rule->sum == Measure::hours) json["sum"] = "hours";
  if (result.deadline != result.period.end) json["deadline"] = format_date(result.deadline);
  if (result.status == Status::open) json["days_left"] = result.days_left;
  if (const auto& attendance = result.attendance)
    json["attendance"] = {{"meetings", attendance->meetings},
                          {"present", attendance->present},
                          {"expected", attendance->expected},
                          {"percent", attendance->percent()}};
  if (result.attendance && *result.rule->attendance_minimum) {
    json["attendance"]["minimum_percent"] = *result.rule->attendance_minimum;
    json["attendance"]["below_minimum"] = result.attendance->below(*result.rule->attendance_minimum);
  }
  return json;
}

namespace {

ordered_json entries_json(const std::vector<std::uint32_t>& indices, const Ledger& ledger) {
  ordered_json entries = ordered_json::array();
  for (auto index : indices) {
    const Entry& entry = ledger.entries[index];
    ordered_json json{{"date", format_date(entry.date)}, {"file", ledger.files[entry.file]}, {"line", entry.line}};
    if (!entry.for_period.empty()) json["for"] = entry.for_period;
    if (entry.hours) json["hours"] = amount_json(*entry.hours);
    entries.push_back(std::move(json));
  }
  return entries;
}

}  // namespace

void add_result_entries(ordered_json& json, const Result& result, const Ledger& ledger) {
  json["entries"] = entries_json(result.entries, ledger);
  if (!result.lacking_evidence.empty()) json["lacking_evidence"] = entries_json(result.lacking_evidence, ledger);
}

ordered_json result_json(const Result& result, const Ledger& ledger, Language language) {
  ordered_json json = result_fields(result, language);
  add_result_entries(json, result, ledger);
  return json;
}

ordered_json summary_json(const Summary& summary) {
  return {{"met", summary.met},
          {"late", summary.late},
          {"overdue", summary.overdue},
          {"open", summary.open},
          {"upcoming", summary.upcoming}};
}

ordered_json diagnostics_json(const Diagnostics& diagnostics, Language language) {
  ordered_json list = ordered_json::array();
  for (const auto& d : diagnostics) {
    ordered_json json{{"severity", d.severity == Severity::error ? "error" : "warning"},
                      {"file", d.file},
                      {"line", d.line},
                      {"column", d.column},
                      {"message", d.message.in(language)}};
    if (!d.hint.empty()) json["hint"] = d.hint.in(language);
    list.push_back(std::move(json));
  }
  return list;
}

namespace {

// The summary a check or status report gives: a gap report's counts every quota, since its rows are
// only the gaps; a status report's counts its rows.
const Summary& headline_summary(const Report& report) {
  return report.kind == ReportKind::gaps ? report.all : report.shown;
}

}  // namespace

ordered_json report_json(const Report& report, const std::vector<const Result*>& rows, const RenderOptions& options) {
  ordered_json results = ordered_json::array();
  for (const Result* result : rows) results.push_back(result_json(*result, report.ledger(), options.languages.report));
  return {{"plancheck", 1},
          {"plan", plan_json(report.plan())},
          {"as_of", format_date(report.as_of())},
          {"summary", summary_json(headline_summary(report))},
          {"results", std::move(results)},
          {"diagnostics", diagnostics_json(report.diagnostics(), options.languages.messages)}};
}

namespace {

// `value` as dump(2) prints it nested `depth` spaces deep: every line after the first indented.
std::string nested(const ordered_json& value, int depth) {
  std::string text = json_text(value, 2);
  std::string indent(static_cast<std::size_t>(depth) + 1, ' ');
  indent[0] = '\n';
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n') out += indent;
    else out += c;
  }
  return out;
}

// `"key": [entries]` of a result nested four spaces deep, as dump(2) prints entries_json.
void write_entries(std::string& out, std::string_view key, const std::vector<std::uint32_t>& indices,
                   const Ledger& ledger, const std::vector<std::string>& quoted_files) {
  out += ",\n      \"";
  out += key;
  out += "\": [";
  for (std::size_t i = 0; i < indices.size(); ++i) {
    const Entry& entry = ledger.entries[indices[i]];
    out += i ? ",\n        {\n          \"date\": \"" : "\n        {\n          \"date\": \"";
    out += format_date(entry.date);
    out += "\",\n          \"file\": ";
    out += quoted_files[entry.file];
    out += ",\n          \"line\": ";
    out += std::to_string(entry.line);
    if (!entry.for_period.empty()) out += ",\n          \"for\": " + json_text(ordered_json(entry.for_period));
    if (entry.hours) out += ",\n          \"hours\": " + json_text(amount_json(*entry.hours));
    out += "\n        }";
  }
  out += indices.empty() ? "]" : "\n      ]";
}

// A result nested four spaces deep, as dump(2) prints result_json: the fields through the
// library, the entries (a million, for a large ledger) by hand.
void write_result(std::string& out, const Result& result, const Ledger& ledger,
                  const std::vector<std::string>& quoted_files, Language language) {
  std::string fields = nested(result_fields(result, language), 4);
  out.append(fields, 0, fields.size() - 6);  // without the closing "\n    }"
  write_entries(out, "entries", result.entries, ledger, quoted_files);
  if (!result.lacking_evidence.empty())
    write_entries(out, "lacking_evidence", result.lacking_evidence, ledger, quoted_files);
  out += "\n    }";
}

// Exactly json_text(report_json(report, report.rows, options), 2) and a newline, one result at a time.
void write_quota_report(const Report& report, const RenderOptions& options, std::ostream& out) {
  const Ledger& ledger = report.ledger();
  std::vector<std::string> quoted_files;
  for (const auto& file : ledger.files) quoted_files.push_back(json_text(ordered_json(file)));
  out << "{\n  \"plancheck\": 1,\n  \"plan\": " << nested(plan_json(report.plan()), 2) << ",\n  \"as_of\": "
      << json_text(ordered_json(format_date(report.as_of())))
      << ",\n  \"summary\": " << nested(summary_json(headline_summary(report)), 2) << ",\n  \"results\": [";
  std::string buffer;
  for (std::size_t i = 0; i < report.rows.size(); ++i) {
    buffer += i ? ",\n    " : "\n    ";
    write_result(buffer, *report.rows[i], ledger, quoted_files, options.languages.report);
    if (buffer.size() > (1u << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  out << (report.rows.empty() ? "]" : "\n  ]") << ",\n  \"diagnostics\": "
      << nested(diagnostics_json(report.diagnostics(), options.languages.messages), 2) << "\n}\n";
}

ordered_json validation_json(const Report& report, const RenderOptions& options) {
  const Workspace& inputs = *report.inputs;
  return {{"plancheck", 1},
          {"valid", inputs.ok()},
          {"files", inputs.files_read()},
          {"entries", inputs.ledger.entries.size()},
          {"diagnostics", diagnostics_json(inputs.diagnostics, options.languages.messages)}};
}

}  // namespace

void render_json(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (report.kind == ReportKind::validation) {
    out << json_text(validation_json(report, options), 2) << "\n";
  } else if (!report.evaluation) {
    ordered_json only_diagnostics{{"plancheck", 1},
                                  {"diagnostics", diagnostics_json(report.diagnostics(), options.languages.messages)}};
    out << json_text(only_diagnostics, 2) << "\n";
  } else if (report.kind == ReportKind::agenda) {
    out << json_text(agenda_json(report, options), 2) << "\n";
  } else {
    write_quota_report(report, options, out);
  }
}

}  // namespace plancheck
