#include "present/github_report.h"

#include <fmt/format.h>

#include <ostream>

#include "present/labels.h"
#include "present/output_messages.h"
#include "present/report_messages.h"
#include "present/terminal_text.h"

namespace plancheck {

namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

struct Annotation {
  std::string_view level;  // error, warning or notice
  std::string file;
  int line = 0;
  int column = 0;
  std::string title;
  std::string message;
};

std::string command(const Annotation& annotation) {
  std::vector<std::string> properties;
  if (!annotation.file.empty()) properties.push_back("file=" + github_escape_property(annotation.file));
  if (annotation.line > 0) properties.push_back(fmt::format("line={}", annotation.line));
  if (annotation.line > 0 && annotation.column > 0) properties.push_back(fmt::format("col={}", annotation.column));
  if (!annotation.title.empty()) properties.push_back("title=" + github_escape_property(annotation.title));
  return fmt::format("::{} {}::{}\n", annotation.level, fmt::join(properties, ","),
                     github_escape_data(annotation.message));
}

std::string_view quota_level(const Result& result, const FailurePolicy& policy) {
  if (policy.fails(result)) return "error";
  if (result.status == Status::late) return "warning";
  if (result.status == Status::open) return "notice";
  return "";
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }

std::string github_escape_property(std::string_view text) { return escape(text, true); }

namespace {

std::string diagnostic_commands(const Diagnostics& diagnostics, Language language) {
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    bool error = diagnostic.severity == Severity::error;
    // Values in the message are shown escaped, as on stderr; the line between message and hint is ours.
    std::string message = terminal_text(diagnostic.message.in(language));
    if (!diagnostic.hint.empty()) {
      message += '\n';
      message += say(language, messages::kHelp);
      message += terminal_text(diagnostic.hint.in(language));
    }
    std::string title = "plancheck: " + say(language, error ? messages::kErrorWord : messages::kWarningWord);
    out += command(Annotation{error ? "error" : "warning", diagnostic.file, diagnostic.line, diagnostic.column, title,
                              message});
  }
  return out;
}

std::string quota_commands(const Report& report, Language language) {
  std::string out;
  const Plan& plan = report.plan();
  for (const Result* result : report.rows) {
    std::string_view level = quota_level(*result, report.policy);
    if (level.empty()) continue;
    const Rule& rule = *result->rule;
    std::string title = say(language, messages::kAnnotationTitle, status_label(result->status, language),
                            terminal_text(result->subject), terminal_text(activity_label(plan, rule.activity)),
                            period_label(result->period, language));
    std::string message = say(language, messages::kAnnotation, result_standing(*result, language),
                              terminal_text(item_heading(*result->item)), terminal_text(requirement_text(rule, language)),
                              terminal_text(rule.id));
    out += command(Annotation{level, plan.file, rule.position.line, rule.position.column, title, message});
  }
  return out;
}

}  // namespace

void render_github(const Report& report, const RenderOptions& options, std::ostream& out) {
  out << diagnostic_commands(report.diagnostics(), options.languages.messages);
  if (report.evaluation) out << quota_commands(report, options.languages.report);
}

}  // namespace plancheck
