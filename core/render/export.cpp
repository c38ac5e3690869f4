#include "export.h"

#include "io/atomicfile.h"
#include "render/font.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace wl::render {

namespace {

// QPainter's raster engine and QImage index with int; stay well inside.
constexpr double kMaxPngBytes = 2147483647.0;
constexpr double kPointsPerInch = 72.0;
constexpr double kMetresPerInch = 0.0254;
// A diagram that A4 would shrink below this (more than 1.5 × A4 at its
// natural size) goes on A3 instead.
constexpr double kA3Below = 1.0 / 1.5;
constexpr double kPdfMarginMm = 10.0;

QString titleOf(const Diagram &d)
{
    return d.title.isEmpty() ? QCoreApplication::translate("wl::render", "Weaklink diagram")
                             : d.title;
}

// Every node's full name, for readers and search: on the page long names
// are wrapped or elided to fit their boxes.
QString svgDescription(const Diagram &d)
{
    QStringList names;
    names.reserve(d.nodes.size());
    for (const NodeVisual &n : d.nodes)
        names.append(n.name);
    return QCoreApplication::translate("wl::render",
        "Supply-chain diagram exported by Weaklink: %1 nodes, %2 connections. "
        "Nodes: %3.")
        .arg(d.nodes.size())
        .arg(d.edges.size())
        .arg(names.join(QStringLiteral("; ")));
}

void prepare(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
}

bool writeSvg(const Diagram &d, QIODevice &file, const ExportOptions &options, QString *reason)
{
    const QRectF page = diagramPageRect(d, options.legend);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    // 72 dpi: one user unit is one point, so the stated size is the
    // diagram's natural size.
    svg.setResolution(int(kPointsPerInch));
    svg.setSize(QSize(int(std::ceil(page.width())), int(std::ceil(page.height()))));
    svg.setViewBox(page);
    svg.setTitle(titleOf(d));
    svg.setDescription(svgDescription(d));
    QPainter p;
    if (!p.begin(&svg)) {
        *reason = QCoreApplication::translate("wl::render", "cannot start the SVG document");
        return false;
    }
    prepare(p);
    p.fillRect(page, paperColor());
    paintDiagram(&p, d, Detail::Full, options.legend);
    p.end();
    return true;
}

bool writePng(const Diagram &d, QIODevice &file, const ExportOptions &options, QString *reason)
{
    const double scale = options.pngScale;
    if (!std::isfinite(scale) || scale <= 0.0) {
        *reason = QCoreApplication::translate("wl::render", "the scale must be a positive number");
        return false;
    }
    const QImage image = diagramImage(d, scale, options.legend);
    if (image.isNull()) {
        const QRectF page = diagramPageRect(d, options.legend);
        *reason = QCoreApplication::translate(
            "wl::render", "an image of %1 × %2 pixels is too large; choose a smaller scale")
                      .arg(std::ceil(page.width() * scale), 0, 'f', 0)
                      .arg(std::ceil(page.height() * scale), 0, 'f', 0);
        return false;
    }
    if (!image.save(&file, "PNG")) {
        *reason = QCoreApplication::translate("wl::render", "cannot encode the PNG");
        return false;
    }
    return true;
}

QPageLayout pdfLayout(const PdfPage &choice, const QRectF &page)
{
    const QMarginsF margins(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm);
    const auto paper = [&](QPageSize::PageSizeId id) {
        return QPageLayout(QPageSize(id),
            choice.portrait ? QPageLayout::Portrait : QPageLayout::Landscape, margins,
            QPageLayout::Millimeter);
    };
    switch (choice.size) {
    case PaperSize::A4: return paper(QPageSize::A4);
    case PaperSize::A3: return paper(QPageSize::A3);
    case PaperSize::Letter: return paper(QPageSize::Letter);
    case PaperSize::Automatic: break;
    }
    const QPageLayout a4 = paper(QPageSize::A4);
    const QRectF area = a4.paintRect(QPageLayout::Point);
    const double fit = std::min(area.width() / page.width(), area.height() / page.height());
    return fit < kA3Below ? paper(QPageSize::A3) : a4;
}

bool writePdf(const Diagram &d, QIODevice &file, const ExportOptions &options, QString *reason)
{
    QPdfWriter pdf(&file);
    pdf.setTitle(titleOf(d));
    pdf.setCreator(QStringLiteral("Weaklink " WEAKLINK_VERSION));
    if (!pdf.setPageLayout(pageLayoutFor(d, options))) {
        *reason = QCoreApplication::translate("wl::render", "cannot set up the page");
        return false;
    }
    return paintOnPages(d, pdf, options, reason);
}

} // namespace

QPageLayout pageLayoutFor(const Diagram &d, const ExportOptions &options)
{
    return pdfLayout(options.pdfPage, diagramPageRect(d, options.legend));
}

bool paintOnPages(
    const Diagram &d, QPagedPaintDevice &device, const ExportOptions &options, QString *reason)
{
    const QRectF page = diagramPageRect(d, options.legend);
    QPainter p;
    if (!p.begin(&device)) {
        *reason = QCoreApplication::translate("wl::render", "cannot start the PDF document");
        return false;
    }
    prepare(p);
    // The painter's origin is the corner of the area inside the margins, in
    // device pixels at the device's resolution.
    const QSizeF area(device.width(), device.height());
    if (options.pdfPage.fitToPage) {
        const double scale = std::min(area.width() / page.width(), area.height() / page.height());
        p.translate((area.width() - page.width() * scale) / 2.0,
            (area.height() - page.height() * scale) / 2.0);
        p.scale(scale, scale);
        p.translate(-page.topLeft());
        paintDiagram(&p, d, Detail::Full, options.legend);
        p.end();
        return true;
    }
    // Natural size: tiles of the page area, in points.
    const double scale = device.logicalDpiX() / kPointsPerInch;
    const QSizeF tile(area.width() / scale, area.height() / scale);
    const int columns = std::max(1, int(std::ceil(page.width() / tile.width() - 1e-9)));
    const int rows = std::max(1, int(std::ceil(page.height() / tile.height() - 1e-9)));
    // A diagram smaller than one page sits in its middle.
    const QPointF centre(std::max(0.0, (tile.width() - page.width()) / 2.0),
        std::max(0.0, (tile.height() - page.height()) / 2.0));
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if ((row > 0 || column > 0) && !device.newPage()) {
                *reason = QCoreApplication::translate("wl::render", "cannot add a page");
                return false;
            }
            p.save();
            p.scale(scale, scale);
            p.setClipRect(QRectF(QPointF(), tile));
            p.translate(
                centre - page.topLeft() - QPointF(column * tile.width(), row * tile.height()));
            paintDiagram(&p, d, Detail::Full, options.legend);
            p.restore();
        }
    }
    p.end();
    return true;
}

QImage diagramImage(const Diagram &d, double scale, bool withLegend)
{
    const QRectF page = diagramPageRect(d, withLegend);
    const double width = std::ceil(page.width() * scale);
    const double height = std::ceil(page.height() * scale);
    QImage image;
    if (width * height * 4.0 <= kMaxPngBytes)
        image = QImage(int(width), int(height), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    const int dotsPerMetre = int(std::lround(scale * kPointsPerInch / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(paperColor());
    QPainter p(&image);
    prepare(p);
    p.scale(scale, scale);
    p.translate(-page.topLeft());
    paintDiagram(&p, d, Detail::Full, withLegend);
    p.end();
    return image;
}

QFont documentFont(double pointSize)
{
    QFont f = detail::font(1, QFont::Normal);
    f.setPointSizeF(pointSize);
    return f;
}

std::optional<PdfPage> pdfPageFromName(const QString &name)
{
    QString size = name.toLower();
    PdfPage page;
    if (size.endsWith(u"-portrait")) {
        page.portrait = true;
        size.chop(int(qstrlen("-portrait")));
    }
    if (size == u"a4")
        page.size = PaperSize::A4;
    else if (size == u"a3")
        page.size = PaperSize::A3;
    else if (size == u"letter")
        page.size = PaperSize::Letter;
    else
        return std::nullopt;
    return page;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

bool exportDiagram(const Diagram &d, const QString &path, ExportFormat format,
    const ExportOptions &options, QString *error)
{
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("wl::render", "%1: cannot write the file: %2")
                         .arg(path, reason);
        return false;
    };
    // Drawn in memory, then written in one atomic step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString reason;
    bool drawn = false;
    switch (format) {
    case ExportFormat::Svg: drawn = writeSvg(d, buffer, options, &reason); break;
    case ExportFormat::Png: drawn = writePng(d, buffer, options, &reason); break;
    case ExportFormat::Pdf: drawn = writePdf(d, buffer, options, &reason); break;
    }
    if (!drawn)
        return failed(reason);
    return io::writeFileAtomically(path, buffer.data(), error);
}

} // namespace wl::render
