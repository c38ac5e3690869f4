// Diagram export, through the same painting code as the canvas. Every writer
// is atomic (QSaveFile): a failure leaves an existing file as it was.
#pragma once

#include "render/diagram.h"

namespace wl::render {

struct ExportOptions {
    double pngScale = 2.0; // device pixels per point for PNG
    bool legend = true;
};

enum class ExportFormat { Svg, Png, Pdf };
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// SVG via QSvgGenerator; PNG at options.pngScale; PDF as vectors, fitted to
// A4 or A3 landscape (A3 when the diagram is large), one page.
bool exportDiagram(const Diagram &d, const QString &path, ExportFormat format,
    const ExportOptions &options, QString *error);

} // namespace wl::render
