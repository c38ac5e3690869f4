// Diagram export, through the same painting code as the canvas. Every writer
// is atomic (io::AtomicFile): a failure leaves an existing file as it was.
#pragma once

#include "render/diagram.h"

#include <QFont>
#include <QImage>
#include <QPageLayout>

class QPagedPaintDevice;

namespace wl::render {

// A PDF's paper. Automatic: A4, or A3 when A4 would shrink the diagram
// below 2/3 of its size.
enum class PaperSize { Automatic, A4, A3, Letter };

struct PdfPage {
    PaperSize size = PaperSize::Automatic;
    bool portrait = false; // landscape by default
    // Fitted: the whole diagram on one page, scaled to fill it. Otherwise
    // at its natural size (one point per point), over as many pages as it
    // needs, row by row.
    bool fitToPage = true;
};

// "A4", "A3" or "letter" (any case), with "-portrait" for portrait, as
// weaklink-cli's --page takes them; nullopt for anything else.
std::optional<PdfPage> pdfPageFromName(const QString &name);

struct ExportOptions {
    double pngScale = 2.0; // device pixels per point for PNG
    bool legend = true;
    PdfPage pdfPage;
};

enum class ExportFormat { Svg, Png, Pdf };
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// All at Detail::Full on white, the page being diagramPageRect(). SVG via
// QSvgGenerator, one user unit per point, every node's full name also in
// its <desc>; PNG of ceil(page size × pngScale) pixels, tagged 72 ×
// pngScale dpi; PDF as vectors on options.pdfPage (by default fitted to A4
// landscape, or A3 when A4 would shrink the diagram below 2/3 of its size,
// one page) with 10 mm margins. On failure *error is
// "FILE: cannot write the file: REASON".
// The diagram as the PNG export draws it, `scale` device pixels per point;
// a null image if it would be too large.
QImage diagramImage(const Diagram &d, double scale, bool withLegend);

// The typeface of every drawing's text (family, style hint, hinting) at
// `pointSize`: for documents that go with a diagram, so that their text
// looks like the diagram's.
QFont documentFont(double pointSize);

bool exportDiagram(const Diagram &d, const QString &path, ExportFormat format,
    const ExportOptions &options, QString *error);

// The page layout the PDF export takes for the diagram (options.pdfPage,
// Automatic resolved, 10 mm margins).
QPageLayout pageLayoutFor(const Diagram &d, const ExportOptions &options);
// Paints the diagram on a paged device as the PDF export does, on the
// device's current page layout: fitted to one page, or at natural size
// over as many pages as it needs (options.pdfPage.fitToPage). What File ▸
// Print… hands a QPrinter, so that a print is the PDF export on paper.
bool paintOnPages(
    const Diagram &d, QPagedPaintDevice &device, const ExportOptions &options, QString *reason);

} // namespace wl::render
