// Diagram export, through the same painting code as the canvas. Every writer
// is atomic (io::AtomicFile): a failure leaves an existing file as it was.
#pragma once

#include "render/diagram.h"

namespace wl::render {

struct ExportOptions {
    double pngScale = 2.0; // device pixels per point for PNG
    bool legend = true;
};

enum class ExportFormat { Svg, Png, Pdf };
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// All at Detail::Full on white, the page being diagramPageRect(). SVG via
// QSvgGenerator, one user unit per point, every node's full name also in
// its <desc>; PNG of ceil(page size × pngScale) pixels, tagged 72 ×
// pngScale dpi; PDF as vectors, fitted to A4 landscape, or A3 when A4 would
// shrink the diagram below 2/3 of its size, one page. On failure *error is
// "FILE: cannot write the file: REASON".
bool exportDiagram(const Diagram &d, const QString &path, ExportFormat format,
    const ExportOptions &options, QString *error);

} // namespace wl::render
