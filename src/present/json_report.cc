#include "present/json_report.h"

#include "present/labels.h"

namespace plancheck {

using nlohmann::ordered_json;

ordered_json plan_json(const Plan& plan) {
  ordered_json sections = ordered_json::array();
  for (const auto& section : plan.sections) {
    ordered_json items = ordered_json::array();
    for (const auto& item : section.items) items.push_back({{"id", item.id}, {"title", item.title}});
    sections.push_back({{"id", section.id}, {"title", section.title}, {"items", std::move(items)}});
  }
  return {{"id", plan.id},
          {"title", plan.title},
          {"start", format_date(plan.start)},
          {"end", format_date(plan.end)},
          {"sections", std::move(sections)}};
}

namespace {

// Every field of a result but its entries, which always come last.
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
      {"required", result.required},
      {"done", result.done},
      {"status", status_key(result.status)},
  };
  if (result.status == Status::open) json["days_left"] = result.days_left;
  return json;
}

}  // namespace

ordered_json result_json(const Result& result, const Ledger& ledger, Language language) {
  ordered_json entries = ordered_json::array();
  for (auto index : result.entries) {
    const Entry& entry = ledger.entries[index];
    entries.push_back({{"date", format_date(entry.date)}, {"file", ledger.files[entry.file]}, {"line", entry.line}});
  }
  ordered_json json = result_fields(result, language);
  json["entries"] = std::move(entries);
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

ordered_json report_json(const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                         const std::vector<const Result*>& rows, const Summary& summary,
                         const Diagnostics& diagnostics, Languages languages) {
  ordered_json results = ordered_json::array();
  for (const Result* result : rows) results.push_back(result_json(*result, ledger, languages.report));
  return {{"plancheck", 1},
          {"plan", plan_json(plan)},
          {"as_of", format_date(evaluation.as_of)},
          {"summary", summary_json(summary)},
          {"results", std::move(results)},
          {"diagnostics", diagnostics_json(diagnostics, languages.messages)}};
}

namespace {

// `value` as dump(2) prints it nested `depth` spaces deep: every line after the first indented.
std::string nested(const ordered_json& value, int depth) {
  std::string text = value.dump(2);
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

// A result nested four spaces deep, as dump(2) prints result_json: the fields through the
// library, the entries (a million, for a large ledger) by hand.
void write_result(std::string& out, const Result& result, const Ledger& ledger,
                  const std::vector<std::string>& quoted_files, Language language) {
  std::string fields = nested(result_fields(result, language), 4);
  out.append(fields, 0, fields.size() - 6);  // without the closing "\n    }"
  out += ",\n      \"entries\": [";
  for (std::size_t i = 0; i < result.entries.size(); ++i) {
    const Entry& entry = ledger.entries[result.entries[i]];
    out += i ? ",\n        {\n          \"date\": \"" : "\n        {\n          \"date\": \"";
    out += format_date(entry.date);
    out += "\",\n          \"file\": ";
    out += quoted_files[entry.file];
    out += ",\n          \"line\": ";
    out += std::to_string(entry.line);
    out += "\n        }";
  }
  out += result.entries.empty() ? "]\n    }" : "\n      ]\n    }";
}

}  // namespace

void write_report_json(std::ostream& out, const Plan& plan, const Ledger& ledger, const Evaluation& evaluation,
                       const std::vector<const Result*>& rows, const Summary& summary, const Diagnostics& diagnostics,
                       Languages languages) {
  std::vector<std::string> quoted_files;
  for (const auto& file : ledger.files) quoted_files.push_back(ordered_json(file).dump());
  out << "{\n  \"plancheck\": 1,\n  \"plan\": " << nested(plan_json(plan), 2) << ",\n  \"as_of\": "
      << ordered_json(format_date(evaluation.as_of)).dump() << ",\n  \"summary\": " << nested(summary_json(summary), 2)
      << ",\n  \"results\": [";
  std::string buffer;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    buffer += i ? ",\n    " : "\n    ";
    write_result(buffer, *rows[i], ledger, quoted_files, languages.report);
    if (buffer.size() > (1u << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  out << (rows.empty() ? "]" : "\n  ]") << ",\n  \"diagnostics\": " << nested(diagnostics_json(diagnostics, languages.messages), 2)
      << "\n}\n";
}

}  // namespace plancheck
