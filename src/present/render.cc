#include "present/render.h"

#include "present/csv_report.h"
#include "present/github_report.h"
#include "present/html_report.h"
#include "present/ics_report.h"
#include "present/json_report.h"
#include "present/junit_report.h"
#include "present/text_report.h"

namespace plancheck {

void render(const Report& report, Format format, const RenderOptions& options, std::ostream& out) {
  switch (format) {
    case Format::text: return render_text(report, options, out);
    case Format::json: return render_json(report, options, out);
    case Format::junit: return render_junit(report, options, out);
    case Format::github: return render_github(report, options, out);
    case Format::csv: return render_csv(report, options, out);
    case Format::html: return render_html(report, options, out);
    case Format::ics: return render_ics(report, options, out);
  }
}

}  // namespace plancheck
