#include "present/html_report.h"

#include <ostream>
#include <stdexcept>
#include <string_view>

#include "model/template.h"
#include "present/dashboard_context.h"
#include "present/template.h"
#include "write/embedded_files.h"

namespace plancheck {

namespace {

constexpr std::string_view kDashboardFolder = "src/present/dashboard/";
constexpr std::string_view kPageFile = "page.html.mustache";

// The page template and its partials (the other files of the folder, by name without extension:
// {{> page_style}} is page_style.css), as compiled in. A partial's name must not be a field of the
// context: the partial would hide it.
Template dashboard_template() {
  Template loaded;
  loaded.name = std::string(kDashboardFolder) + std::string(kPageFile);
  for (const EmbeddedFile& file : embedded_files()) {
    if (!file.path.starts_with(kDashboardFolder)) continue;
    std::string_view name = file.path.substr(kDashboardFolder.size());
    if (name == kPageFile) loaded.text = file.text;
    else loaded.partials.emplace(std::string(name.substr(0, name.find('.'))), std::string(file.text));
  }
  return loaded;
}

}  // namespace

void render_html(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (!report.evaluation || report.kind == ReportKind::validation) return;
  nlohmann::ordered_json context = dashboard_context(report, options);
  Template page = dashboard_template();
  for (const auto& [key, value] : context.items()) page.names.insert(key);
  RenderedTemplate rendered = render_template(page, context, Escaping::html);
  // The template is plancheck's own and tested: an error in it is a bug, not bad input.
  if (rendered.error) throw std::logic_error("the dashboard template: " + rendered.error->message.en);
  out << rendered.text;
}

}  // namespace plancheck
