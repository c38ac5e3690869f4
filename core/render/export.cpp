#include "export.h"

#include "io/atomicfile.h"

#include <QBuffer>
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
    return d.title.isEmpty() ? QStringLiteral("Weaklink diagram") : d.title;
}

// Every node's full name, for readers and search: on the page long names
// are wrapped or elided to fit their boxes.
QString svgDescription(const Diagram &d)
{
    QStringList names;
    names.reserve(d.nodes.size());
    for (const NodeVisual &n : d.nodes)
        names.append(n.name);
    return QStringLiteral("Supply-chain diagram exported by Weaklink: %1 nodes, %2 connections. "
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
        *reason = QStringLiteral("cannot start the SVG document");
        return false;
    }
    prepare(p);
    p.fillRect(page, Qt::white);
    paintDiagram(&p, d, Detail::Full, options.legend);
    p.end();
    return true;
}

bool writePng(const Diagram &d, QIODevice &file, const ExportOptions &options, QString *reason)
{
    const double scale = options.pngScale;
    if (!std::isfinite(scale) || scale <= 0.0) {
        *reason = QStringLiteral("the scale must be a positive number");
        return false;
    }
    const QRectF page = diagramPageRect(d, options.legend);
    const double width = std::ceil(page.width() * scale);
    const double height = std::ceil(page.height() * scale);
    QImage image;
    if (width * height * 4.0 <= kMaxPngBytes)
        image = QImage(int(width), int(height), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *reason = QStringLiteral("an image of %1 × %2 pixels is too large; choose a smaller scale")
                      .arg(width, 0, 'f', 0)
                      .arg(height, 0, 'f', 0);
        return false;
    }
    const int dotsPerMetre = int(std::lround(scale * kPointsPerInch / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter p(&image);
    prepare(p);
    p.scale(scale, scale);
    p.translate(-page.topLeft());
    paintDiagram(&p, d, Detail::Full, options.legend);
    p.end();
    if (!image.save(&file, "PNG")) {
        *reason = QStringLiteral("cannot encode the PNG");
        return false;
    }
    return true;
}

bool writePdf(const Diagram &d, QIODevice &file, const ExportOptions &options, QString *reason)
{
    const QRectF page = diagramPageRect(d, options.legend);
    const QMarginsF margins(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm);
    const auto paper = [&](QPageSize::PageSizeId id) {
        return QPageLayout(QPageSize(id), QPageLayout::Landscape, margins, QPageLayout::Millimeter);
    };
    const auto fit = [&](const QPageLayout &layout) {
        const QRectF area = layout.paintRect(QPageLayout::Point);
        return std::min(area.width() / page.width(), area.height() / page.height());
    };
    const QPageLayout a4 = paper(QPageSize::A4);
    const QPageLayout layout = fit(a4) < kA3Below ? paper(QPageSize::A3) : a4;

    QPdfWriter pdf(&file);
    pdf.setTitle(titleOf(d));
    pdf.setCreator(QStringLiteral("Weaklink " WEAKLINK_VERSION));
    if (!pdf.setPageLayout(layout)) {
        *reason = QStringLiteral("cannot set up the page");
        return false;
    }
    QPainter p;
    if (!p.begin(&pdf)) {
        *reason = QStringLiteral("cannot start the PDF document");
        return false;
    }
    prepare(p);
    // The painter's origin is the corner of the area inside the margins, in
    // device pixels at the writer's resolution.
    const QSizeF area(pdf.width(), pdf.height());
    const double scale = std::min(area.width() / page.width(), area.height() / page.height());
    p.translate(
        (area.width() - page.width() * scale) / 2.0, (area.height() - page.height() * scale) / 2.0);
    p.scale(scale, scale);
    p.translate(-page.topLeft());
    paintDiagram(&p, d, Detail::Full, options.legend);
    p.end();
    return true;
}

} // namespace

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
            *error = QStringLiteral("%1: cannot write the file: %2").arg(path, reason);
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
