#pragma once

#include <optional>
#include <string>

#include "evaluate/export.h"
#include "messages/message.h"
#include "present/render.h"

namespace plancheck {

// The formats `export` writes.
enum class ExportFormat { xlsx, csv };

// Writes `report` in `format` to `file` (a fresh file the caller replaces the target with): the one
// place that picks an export renderer (xlsx_export.h, csv_export.h). Returns why it failed.
std::optional<Text> render_export(const ExportReport& report, ExportFormat format, const RenderOptions& options,
                                  const std::string& file);

}  // namespace plancheck
