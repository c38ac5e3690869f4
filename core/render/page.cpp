// The page around a diagram: the header with the title and a summary, and
// the legends beside or below it (diagram.h: paintDiagram with a legend,
// diagramPageRect, legendSize, paintLegend).
#include "diagramparts.h"

#include "model/tiers.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace wl::render {

namespace {

// The page around the diagram: a header with the title and a summary above
// it, and the legend beside it or below it, whichever gives a page closer to
// the proportions of landscape paper.
struct PageLayout {
    QRectF header;
    QStringList titleLines; // at most two
    QRectF legend;
    QRectF page;
};

QStringList wrappedTitle(const QString &title, double width)
{
    const QFontMetricsF &fm = style().titleFm;
    if (title.isEmpty())
        return {};
    if (fm.horizontalAdvance(title) <= width)
        return { title };
    const qsizetype cut = wrapPoint(title, fm, width);
    return { title.left(cut), fm.elidedText(title.mid(cut).trimmed(), Qt::ElideRight, width) };
}

// The standard legend, with the overlay's above it when there is one.
QSizeF legendBlockSize(const Diagram &d)
{
    QSizeF size = legendSize();
    if (d.overlay) {
        const QSizeF overlay = overlayLegendSize(*d.overlay);
        size = QSizeF(std::max(size.width(), overlay.width()),
            size.height() + kLegendSectionGap + overlay.height());
    }
    return size;
}

PageLayout pageLayout(const Diagram &d)
{
    const QRectF &b = d.bounds;
    const QSizeF legend = legendBlockSize(d);
    const auto withHeader = [&](const QPointF &legendTopLeft) {
        PageLayout l;
        l.legend = QRectF(legendTopLeft, legend);
        const QRectF body = b | l.legend.adjusted(0, 0, kDiagramMargin, kDiagramMargin);
        const double width = body.width() - 2 * kDiagramMargin;
        l.titleLines = wrappedTitle(d.title, width);
        const double height
            = double(l.titleLines.size()) * style().titleFm.height() + kTitleSummaryHeight;
        // b's own margin separates the header from the diagram.
        l.header = QRectF(b.left() + kDiagramMargin, b.top() - height, width, height);
        l.page = outwardToWholePoints(
            body | l.header.adjusted(-kDiagramMargin, -kDiagramMargin, 0, 0));
        return l;
    };
    const PageLayout right = withHeader(QPointF(b.right(), b.top() + kDiagramMargin));
    const PageLayout below = withHeader(QPointF(b.left() + kDiagramMargin, b.bottom()));
    const auto misfit = [](const QRectF &page) {
        return std::abs(std::log(page.width() / page.height() / std::sqrt(2.0)));
    };
    return misfit(below.page) < misfit(right.page) ? below : right;
}

void paintHeader(QPainter *p, const Diagram &d, const PageLayout &l)
{
    const Style &s = style();
    p->setPen(style().inks.ink);
    p->setFont(s.title);
    double y = l.header.top();
    for (const QString &line : l.titleLines) {
        p->drawText(QPointF(l.header.left(), y + s.titleFm.ascent()), line);
        y += s.titleFm.height();
    }
    const QString summary = !d.summary.isEmpty()
        ? d.summary
        : QCoreApplication::translate(
            "wl::render", "Supply-chain map · %1 nodes · %2 connections · %3 organisations")
              .arg(d.nodes.size())
              .arg(d.edges.size())
              .arg(d.clusters.size());
    p->setPen(style().inks.mutedInk);
    p->setFont(s.legendText);
    p->drawText(QPointF(l.header.left(), y + 3.0 + s.legendTextFm.ascent()),
        s.legendTextFm.elidedText(summary, Qt::ElideRight, l.header.width()));
}

} // namespace

QSizeF legendSize()
{
    const double kinds = double(vocab::knownKinds().size());
    const double height
        = kLegendPad + kLegendHeader + kLegendHeading + kinds * kLegendRow + kLegendPad;
    return QSizeF(
        2 * kLegendPad + kLegendColumnWidth + kLegendColumnGap + kLegendKindColumnWidth, height);
}

void paintLegend(QPainter *p, const QPointF &topLeft)
{
    const Style &s = style();
    const QRectF panel(topLeft, legendSize());
    p->setPen(s.legendBorder);
    p->setBrush(style().inks.paper);
    p->drawRoundedRect(panel, 8.0, 8.0);
    p->setPen(style().inks.ink);
    p->setFont(s.legendHeader);
    p->drawText(QPointF(panel.left() + kLegendPad, panel.top() + kLegendPad + 11.0),
        QCoreApplication::translate("wl::render", "Legend"));

    const double top = panel.top() + kLegendPad + kLegendHeader;
    const double textOffset = 34.0;
    const auto heading = [&](double x, double y, const QString &text) {
        p->setPen(style().inks.mutedInk);
        p->setFont(s.legendHeading);
        p->drawText(QPointF(x, y + 9.0), text);
    };
    const auto rowText = [&](double x, double mid, const QString &text, double width) {
        p->setPen(style().inks.ink);
        p->setFont(s.legendText);
        p->drawText(QPointF(x + textOffset, mid + s.legendTextFm.capHeight() / 2.0),
            s.legendTextFm.elidedText(text, Qt::ElideRight, width - textOffset));
    };

    double x = panel.left() + kLegendPad;
    double y = top;
    heading(x, y, QCoreApplication::translate("wl::render", "TIER · DISTANCE FROM FIRST PARTY"));
    y += kLegendHeading;
    const std::pair<int, const char *> tiers[] = {
        { 0, QT_TRANSLATE_NOOP("wl::render", "Tier 0 · internal (first party)") },
        { 1, QT_TRANSLATE_NOOP("wl::render", "Tier 1 · third party") },
        { 2, QT_TRANSLATE_NOOP("wl::render", "Tier 2 · fourth party") },
        { 3, QT_TRANSLATE_NOOP("wl::render", "Tier 3+ · further out") },
        { kUnknownTier, QT_TRANSLATE_NOOP("wl::render", "Tier unknown · not connected") },
    };
    for (const auto &[tier, text] : tiers) {
        const double mid = y + kLegendRow / 2.0;
        const QString chip = tier == 3 ? QStringLiteral("T3+") : chipText(tier);
        const double w = chipWidth(chip);
        p->setPen(Qt::NoPen);
        p->setBrush(tierColor(tier));
        p->drawRoundedRect(QRectF(x, mid - 6.0, 4.0, 12.0), 1.5, 1.5);
        paintChip(p, chip, tier, QRectF(x + 7.0, mid - kChipHeight / 2.0, w, kChipHeight));
        rowText(x, mid, QCoreApplication::translate("wl::render", text), kLegendColumnWidth);
        y += kLegendRow;
    }

    y += kLegendSectionGap;
    heading(x, y, QCoreApplication::translate("wl::render", "CONNECTIONS"));
    y += kLegendHeading;
    double mid = y + kLegendRow / 2.0;
    EdgeVisual sample;
    sample.path = QPainterPath(QPointF(x, mid));
    sample.path.lineTo(x + 28.0, mid);
    sample.arrowTip = QPointF(x + 28.0, mid);
    paintEdge(p, sample, Detail::Reduced);
    rowText(x, mid, QCoreApplication::translate("wl::render", "Data / calls flow source → target"),
        kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    const QString labelSample = QStringLiteral("api");
    paintPill(p,
        QRectF(x, mid - kPillHeight / 2.0, s.labelFm.horizontalAdvance(labelSample) + 2 * kPillPadX,
            kPillHeight),
        { labelSample });
    rowText(x, mid, QCoreApplication::translate("wl::render", "Integration or label"),
        kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    const QString assetSample = QStringLiteral("pii");
    const double badgeHeight = kBadgeLine + 2 * kBadgePadY;
    paintBadge(p,
        QRectF(x, mid - badgeHeight / 2.0,
            s.badgeFm.horizontalAdvance(assetSample) + kBadgeBullet + 2 * kBadgePadX, badgeHeight),
        { BadgeLine { assetSample } });
    rowText(x, mid, QCoreApplication::translate("wl::render", "Data assets that flow"),
        kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    p->setPen(s.clusterBorder);
    p->setBrush(style().inks.clusterFill);
    p->drawRoundedRect(QRectF(x, mid - 7.0, 28.0, 14.0), 4.0, 4.0);
    rowText(x, mid, QCoreApplication::translate("wl::render", "Organisation (cluster)"),
        kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    paintPin(p, QPointF(x + 14.0, mid - 2.0));
    rowText(
        x, mid, QCoreApplication::translate("wl::render", "Pinned position"), kLegendColumnWidth);

    x = panel.left() + kLegendPad + kLegendColumnWidth + kLegendColumnGap;
    y = top;
    heading(x, y, QCoreApplication::translate("wl::render", "NODE KIND"));
    y += kLegendHeading;
    for (const QString &kind : vocab::knownKinds()) {
        const double rowMid = y + kLegendRow / 2.0;
        const double tile = 16.0;
        p->setPen(Qt::NoPen);
        p->setBrush(s.tints[4]);
        p->drawRoundedRect(QRectF(x + 4.0, rowMid - tile / 2.0, tile, tile), 3.0, 3.0);
        paintKindIcon(p, kind, QPointF(x + 4.0 + tile / 2.0, rowMid), 0.62);
        p->setPen(style().inks.ink);
        p->setFont(s.legendText);
        p->drawText(QPointF(x + 26.0, rowMid + s.legendTextFm.capHeight() / 2.0),
            s.legendTextFm.elidedText(
                vocab::label(kind), Qt::ElideRight, kLegendKindColumnWidth - 26.0));
        y += kLegendRow;
    }
}

void paintPage(QPainter *p, const Diagram &d, const QRectF &exposed)
{
    const bool cull = !exposed.isNull();
    const PageLayout l = pageLayout(d);
    if (!cull || l.header.intersects(exposed))
        paintHeader(p, d, l);
    if (!cull || l.legend.intersects(exposed)) {
        QPointF at = l.legend.topLeft();
        if (d.overlay) {
            paintOverlayLegend(p, *d.overlay, at);
            at.ry() += overlayLegendSize(*d.overlay).height() + kLegendSectionGap;
        }
        paintLegend(p, at);
    }
}

QRectF overlayLegendRect(const Diagram &d)
{
    if (!d.overlay)
        return {};
    return QRectF(pageLayout(d).legend.topLeft(), overlayLegendSize(*d.overlay));
}

QRectF diagramPageRect(const Diagram &d, bool withLegend)
{
    return withLegend ? pageLayout(d).page : d.bounds;
}

} // namespace wl::render
