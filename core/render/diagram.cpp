// Painting a diagram's nodes, edges and organisation boxes at each level of
// detail (diagram.h); the look they share is in diagramparts.h, building a
// Diagram in diagrambuild.cpp, the page around it in page.cpp.
#include "diagramparts.h"

#include "model/tiers.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace wl::render {

namespace {

bool darkFill(const NodeVisual &n)
{
    return n.heat.on && (n.heat.breached || n.heat.hasValue)
        && relativeLuminance(n.heat.color) < kDarkFill;
}

// A name over two lines, a size smaller if that is what it takes to show it
// whole; elided only if even that does not.
void paintWrappedName(QPainter *p, const QString &name, const NodeLines &lines)
{
    const Style &s = style();
    qsizetype cut = wrapPoint(name, s.nameSmallFm, kTextWidth);
    const bool tiny = s.nameSmallFm.horizontalAdvance(name.mid(cut).trimmed()) > kTextWidth;
    const QFontMetricsF &fm = tiny ? s.nameTinyFm : s.nameSmallFm;
    if (tiny)
        cut = wrapPoint(name, fm, kTextWidth);
    p->setFont(tiny ? s.nameTiny : s.nameSmall);
    p->drawText(QPointF(kTextLeft, lines.name), name.left(cut));
    p->drawText(QPointF(kTextLeft, lines.name2),
        fm.elidedText(name.mid(cut).trimmed(), Qt::ElideRight, kTextWidth));
}

void paintNodeText(QPainter *p, const NodeVisual &n, Detail detail)
{
    const Style &s = style();
    const bool dark = darkFill(n);
    const QColor ink = dark ? QColor(Qt::white) : n.heat.on ? kInkOnLight : s.inks.ink;
    p->setPen(ink);
    if (detail == Detail::Reduced) {
        if (s.nameFm.horizontalAdvance(n.name) <= kTextWidth) {
            p->setFont(s.name);
            p->drawText(QPointF(kTextLeft, s.soloBaseline), n.name);
        } else if (s.nameSmallFm.horizontalAdvance(n.name) <= kTextWidth) {
            p->setFont(s.nameSmall);
            p->drawText(QPointF(kTextLeft, s.soloBaseline), n.name);
        } else {
            paintWrappedName(p, n.name, s.soloWrapped);
        }
        return;
    }

    const QString chip = chipText(n.tier);
    const double chipW = chipWidth(chip);
    const double besideChip = kTextWidth - chipW - 4.0;
    const NodeLines *lines = &s.oneLine;
    if (s.nameFm.horizontalAdvance(n.name) <= kTextWidth) {
        p->setFont(s.name);
        p->drawText(QPointF(kTextLeft, lines->name), n.name);
    } else if (s.nameSmallFm.horizontalAdvance(n.name) <= kTextWidth) {
        p->setFont(s.nameSmall);
        p->drawText(QPointF(kTextLeft, lines->name), n.name);
    } else {
        lines = &s.twoLines;
        paintWrappedName(p, n.name, *lines);
    }
    // With a heatmap on, the value takes the kind's line (the icon still
    // tells the kind), so that a printed map carries its numbers.
    if (n.heat.on) {
        p->setFont(s.heatValue);
        p->setPen(ink);
        p->drawText(QPointF(kTextLeft, lines->kind),
            s.heatValueFm.elidedText(n.heat.text, Qt::ElideRight, besideChip));
    } else {
        const QString kind = n.caption.isEmpty() ? vocab::label(n.kind) : n.caption;
        const bool small = s.kindFm.horizontalAdvance(kind) > besideChip;
        p->setFont(small ? s.kindSmall : s.kind);
        p->setPen(s.inks.mutedInk);
        p->drawText(QPointF(kTextLeft, lines->kind),
            (small ? s.kindSmallFm : s.kindFm).elidedText(kind, Qt::ElideRight, besideChip));
    }
    const double chipCenterY = lines->kind - s.kindFm.capHeight() / 2.0;
    paintChip(p, chip, n.tier,
        QRectF(kTextRight - chipW, chipCenterY - kChipHeight / 2.0, chipW, kChipHeight));
}

QPolygonF arrowHead(const QPointF &tip, double angle, double length = kArrowLength,
    double halfWidth = kArrowHalfWidth)
{
    const QPointF back(std::cos(angle), std::sin(angle));
    const QPointF side(-back.y(), back.x());
    const QPointF base = tip - back * length;
    return QPolygonF({ tip, base + side * halfWidth, base - side * halfWidth });
}

// A thick flow stroke ends where its (larger) arrowhead begins, so that it
// does not show beside the arrow's point: the path up to `cut` points
// before its end, as a polyline.
QPolygonF strokeUpTo(const QPainterPath &path, double cut)
{
    const double length = path.length();
    const double end = length > cut ? path.percentAtLength(length - cut) : 0.0;
    const int samples = path.elementCount() <= 2 ? 1 : 24;
    QPolygonF line;
    line.reserve(samples + 1);
    for (int i = 0; i <= samples; ++i)
        line.append(path.pointAtPercent(end * double(i) / double(samples)));
    return line;
}

QPointF pathStart(const EdgeVisual &e)
{
    return e.path.elementCount() > 0 ? QPointF(e.path.elementAt(0)) : e.arrowTip;
}

// Liang–Barsky: whether the segment a–b meets the rectangle.
bool segmentMeets(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const QPointF d = b - a;
    const double p[4] = { -d.x(), d.x(), -d.y(), d.y() };
    const double q[4]
        = { a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y() };
    double enter = 0.0, leave = 1.0;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    return true;
}

// Whether an edge's stroke, arrowhead or halo may show in `r`: exact for
// straight edges (the long ones cross many views without touching them),
// the control-point box for splines.
bool strokeMayMeet(const EdgeVisual &e, const QRectF &r)
{
    return edgeStroke(e).mayMeet(r);
}

// `r` grown by what edgeBounds adds beyond the arrow's length that
// strokeMayMeet allows for: a flow's longer arrowhead and the halo.
QRectF beyondArrow(const QRectF &r)
{
    const double extra = std::max(8.0, style().edgeHalo.widthF() / 2.0 - kArrowLength);
    return r.adjusted(-extra, -extra, extra, extra);
}

// Conservative, measures no text.
// Where the label and badge may be (null if the edge has neither).
QRectF calloutReach(const EdgeVisual &e)
{
    if (e.label.isEmpty() && e.assets.isEmpty())
        return QRectF();
    QRectF reach(e.labelPos.x() - kMaxCalloutWidth / 2.0, e.labelPos.y() - kMaxCalloutHeight / 2.0,
        kMaxCalloutWidth, kMaxCalloutHeight);
    if (e.leaderFrom)
        reach |= QRectF(*e.leaderFrom, *e.leaderFrom);
    return reach;
}

bool calloutMayMeet(const EdgeVisual &e, const QRectF &r)
{
    const QRectF reach = calloutReach(e);
    return !reach.isNull() && reach.intersects(r);
}

// The overview of a large scene is thousands of one-pixel lines and tiny
// boxes: aliased, they cost a third of the time and look the same.
class Aliased {
public:
    explicit Aliased(QPainter *p)
        : m_painter(p)
        , m_was(p->testRenderHint(QPainter::Antialiasing))
    {
        p->setRenderHint(QPainter::Antialiasing, false);
    }
    ~Aliased() { m_painter->setRenderHint(QPainter::Antialiasing, m_was); }
    Aliased(const Aliased &) = delete;
    Aliased &operator=(const Aliased &) = delete;

private:
    QPainter *m_painter;
    bool m_was;
};

// Paints what is off a highlighted path faintly, and a ghost (removed since
// the model compared with) half so, for as long as it lives.
class Dimmed {
public:
    Dimmed(QPainter *p, bool on, DiffMark diff = DiffMark::None)
        : m_painter(on || diff == DiffMark::Removed ? p : nullptr)
        , m_was(p->opacity())
    {
        if (on)
            p->setOpacity(m_was * kDimmedOpacity);
        else if (m_painter)
            p->setOpacity(m_was * kGhostOpacity);
    }
    ~Dimmed()
    {
        if (m_painter)
            m_painter->setOpacity(m_was);
    }
    Dimmed(const Dimmed &) = delete;
    Dimmed &operator=(const Dimmed &) = delete;

private:
    QPainter *m_painter;
    double m_was;
};

void paintEdgeStroke(QPainter *p, const EdgeVisual &e, Detail detail)
{
    const Style &s = style();
    const Dimmed dimmed(p, e.emphasis == Emphasis::Dimmed, e.diff);
    const bool onPath = e.emphasis == Emphasis::Highlighted;
    if (detail == Detail::Minimal) {
        const Aliased aliased(p);
        if (e.selected) {
            p->setPen(s.minimalSelectedEdge);
        } else if (onPath) {
            p->setPen(s.minimalPath);
        } else if (e.diff != DiffMark::None) {
            QPen pen(diffColor(e.diff), 2.0);
            pen.setCosmetic(true);
            p->setPen(pen);
        } else if (e.flow.on) {
            // Cosmetic: one to three device pixels, by the flow.
            QPen pen(e.flow.color, std::clamp(e.flow.width / 2.5, 1.0, 3.0));
            pen.setCosmetic(true);
            p->setPen(pen);
        } else {
            p->setPen(s.minimalEdge);
        }
        p->drawLine(pathStart(e), e.arrowTip);
        return;
    }
    p->setBrush(Qt::NoBrush);
    if (e.selected) {
        p->setPen(s.edgeHalo);
        p->drawPath(e.path);
    }
    QColor ink = style().inks.edgeInk;
    if (e.selected) {
        ink = kSelection;
        p->setPen(s.selectedEdge);
    } else if (onPath) {
        ink = kPathInk;
        p->setPen(s.pathEdge);
    } else if (e.diff != DiffMark::None) {
        ink = diffColor(e.diff);
        p->setPen(
            QPen(ink, kDiffEdgeWidth, e.diff == DiffMark::Removed ? Qt::DashLine : Qt::SolidLine,
                Qt::FlatCap, Qt::RoundJoin));
    } else if (e.flow.on) {
        ink = e.flow.color;
        p->setPen(QPen(ink, e.flow.width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    } else {
        p->setPen(s.edge);
    }
    const bool thick = e.flow.on && !e.selected && !onPath && e.diff == DiffMark::None
        && e.flow.width > kArrowHalfWidth;
    if (!thick) {
        p->drawPath(e.path);
        p->setPen(QPen(ink, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p->setBrush(ink);
        p->drawPolygon(arrowHead(e.arrowTip, e.arrowAngle));
        return;
    }
    const double length = kArrowLength + e.flow.width;
    p->drawPolyline(strokeUpTo(e.path, length * 0.8));
    p->setPen(QPen(ink, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    p->setBrush(ink);
    p->drawPolygon(arrowHead(e.arrowTip, e.arrowAngle, length, e.flow.width * 0.9));
}

void paintEdgeCallout(QPainter *p, const EdgeVisual &e)
{
    const Dimmed dimmed(p, e.emphasis == Emphasis::Dimmed, e.diff);
    paintCallout(p, e, callout(e));
}

void paintClusterTitle(QPainter *p, const ClusterVisual &c)
{
    const Style &s = style();
    // A small building before the name marks the box as an organisation.
    const double baseline = c.box.top() + 7.0 + s.clusterFm.ascent();
    const QRectF building(c.box.left() + 10.0, baseline - 9.0, 7.0, 9.0);
    static_assert(10.0 + 7.0 + 5.0 == kClusterTitleTextLeft);
    p->setPen(Qt::NoPen);
    p->setBrush(style().inks.clusterInk);
    p->drawRect(building);
    p->setBrush(style().inks.clusterFill);
    for (const double dx : { 1.5, 4.0 })
        for (const double dy : { 1.5, 4.5 })
            p->drawRect(QRectF(building.left() + dx, building.top() + dy, 1.5, 1.6));
    p->setFont(s.cluster);
    p->setPen(style().inks.clusterInk);
    // buildDiagram made every box wide enough for the whole name.
    p->drawText(QPointF(c.box.left() + kClusterTitleTextLeft, baseline), c.organization);
}

QRectF clusterTitleRect(const ClusterVisual &c)
{
    return QRectF(c.box.left(), c.box.top(), c.box.width(), kClusterPad + kClusterTitle);
}

// Clusters as paintCluster draws them, in two passes (fills, then borders
// and titles) so that work nobody sees is skipped. Every cluster has the
// same opaque fill, so the clusters that cover the whole view (many, when
// a layout that ignores organisations, like sfdp, spreads them over the
// scene) are one fill of the view, and their borders lie outside it.
void paintClusters(QPainter *p, const QVector<ClusterVisual> &clusters, const QRectF &exposed)
{
    const Style &s = style();
    const bool cull = !exposed.isNull();
    const QRectF view = exposed.adjusted(-2, -2, 2, 2);
    QVector<const ClusterVisual *> covering, partial;
    for (const ClusterVisual &c : clusters) {
        if (!cull || c.box.intersects(exposed)) {
            const QRectF inner
                = c.box.adjusted(kClusterRadius, kClusterRadius, -kClusterRadius, -kClusterRadius);
            (cull && inner.contains(view) ? covering : partial).append(&c);
        }
    }
    p->setPen(Qt::NoPen);
    p->setBrush(style().inks.clusterFill);
    if (!covering.isEmpty())
        p->drawRect(view);
    for (const ClusterVisual *c : partial)
        p->drawRoundedRect(c->box, kClusterRadius, kClusterRadius);
    for (const ClusterVisual *c : partial) {
        p->setPen(s.clusterBorder);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(c->box, kClusterRadius, kClusterRadius);
        paintClusterTitle(p, *c);
    }
    for (const ClusterVisual *c : covering)
        if (clusterTitleRect(*c).intersects(exposed))
            paintClusterTitle(p, *c);
}

// paintClusters for the canvas, where a view at full zoom can meet hundreds
// of overlapping boxes: their union is filled as a region of disjoint
// rectangles (each box as two crossing bands, its rounded corners as small
// discs), so each pixel is filled about once, not once per box. Scene
// points are whole at the zooms that show fills, so the bands' rounding
// stays under the border.
void paintClusterFills(QPainter *p, const QVector<ClusterVisual> &clusters, const QRectF &exposed)
{
    const Style &s = style();
    const QRectF view = exposed.adjusted(-2, -2, 2, 2);
    const double r = kClusterRadius;
    QVector<const ClusterVisual *> covering, partial;
    QRegion fill;
    for (const ClusterVisual &c : clusters) {
        if (!c.box.intersects(exposed))
            continue;
        if (c.box.adjusted(r, r, -r, -r).contains(view)) {
            covering.append(&c);
            fill += view.toAlignedRect();
            continue;
        }
        partial.append(&c);
        fill += (c.box.adjusted(0, r, 0, -r) & view).toRect();
        fill += (c.box.adjusted(r, 0, -r, 0) & view).toRect();
    }
    p->setPen(Qt::NoPen);
    p->setBrush(style().inks.clusterFill);
    for (const QRect &rect : fill)
        p->drawRect(rect);
    for (const ClusterVisual *c : partial)
        for (const QPointF &corner :
            { c->box.topLeft() + QPointF(r, r), c->box.topRight() + QPointF(-r, r),
                c->box.bottomLeft() + QPointF(r, -r), c->box.bottomRight() + QPointF(-r, -r) })
            if (view.contains(corner))
                p->drawEllipse(corner, r, r);
    for (const ClusterVisual *c : partial) {
        p->setPen(s.clusterBorder);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(c->box, r, r);
        paintClusterTitle(p, *c);
    }
    for (const ClusterVisual *c : covering)
        if (clusterTitleRect(*c).intersects(exposed))
            paintClusterTitle(p, *c);
}

void paintMinimal(QPainter *p, const Diagram &d, const QRectF &exposed)
{
    const Aliased aliased(p);
    const bool cull = !exposed.isNull();
    QVector<QRectF> rects;
    rects.reserve(d.clusters.size());
    for (const ClusterVisual &c : d.clusters)
        if (!cull || (c.box.intersects(exposed) && !c.box.contains(exposed)))
            rects.append(c.box);
    p->setPen(style().minimalCluster);
    p->setBrush(Qt::NoBrush);
    p->drawRects(rects.constData(), int(rects.size()));

    // Edges and nodes that look like all the others go in one call each;
    // the rest (selected, on or off a path, with a flow or a heat) one by
    // one, after them.
    const auto plainEdge = [](const EdgeVisual &e) {
        return !e.selected && !e.flow.on && e.emphasis == Emphasis::Normal;
    };
    QVector<QLineF> lines;
    lines.reserve(d.edges.size());
    for (const EdgeVisual &e : d.edges)
        if (plainEdge(e) && (!cull || segmentMeets(pathStart(e), e.arrowTip, exposed)))
            lines.append(QLineF(pathStart(e), e.arrowTip));
    p->setPen(style().minimalEdge);
    p->drawLines(lines.constData(), int(lines.size()));
    for (const EdgeVisual &e : d.edges)
        if (!plainEdge(e) && (!cull || segmentMeets(pathStart(e), e.arrowTip, exposed)))
            paintEdge(p, e, Detail::Minimal);

    const auto plainNode = [](const NodeVisual &n) {
        return !n.selected && !n.heat.on && n.emphasis == Emphasis::Normal;
    };
    std::array<QVector<QRectF>, 5> byTier;
    for (const NodeVisual &n : d.nodes) {
        const QRectF r = nodeRect(n.center, n.scale);
        if (plainNode(n) && (!cull || r.intersects(exposed)))
            byTier[size_t(tierSlot(n.tier))].append(r);
    }
    p->setPen(Qt::NoPen);
    for (size_t t = 0; t < byTier.size(); ++t) {
        p->setBrush(kTierColors[t]);
        p->drawRects(byTier[t].constData(), int(byTier[t].size()));
    }
    for (const NodeVisual &n : d.nodes)
        if (!plainNode(n) && (!cull || nodeRect(n.center, n.scale).intersects(exposed)))
            paintNode(p, n, Detail::Minimal);
}

} // namespace

QRectF nodeRect(const QPointF &center, double scale)
{
    return QRectF(center.x() - kHalfW * scale, center.y() - kHalfH * scale, kNodeWidth * scale,
        kNodeHeight * scale);
}

int smallestNamePixelSize()
{
    return std::min(style().name.pixelSize(), style().nameSmall.pixelSize());
}

Detail detailForScale(double scale)
{
    // Below these, 9 px edge labels and then 11 px names shrink under about
    // 6 and 4 device pixels: unreadable, and most of the paint time.
    if (scale < 0.35)
        return Detail::Minimal;
    if (scale < 0.65)
        return Detail::Reduced;
    return Detail::Full;
}

QColor tierColor(int tier)
{
    return kTierColors[size_t(tierSlot(tier))];
}

void paintClusterLayer(
    QPainter *p, const QVector<ClusterVisual> &clusters, Detail detail, const QRectF &exposed)
{
    if (detail != Detail::Minimal) {
        paintClusterFills(p, clusters, exposed);
        return;
    }
    const Aliased aliased(p);
    p->setPen(style().minimalCluster);
    p->setBrush(Qt::NoBrush);
    for (const ClusterVisual &c : clusters)
        if (c.box.intersects(exposed) && !c.box.contains(exposed))
            p->drawRect(c.box);
}

void paintCluster(QPainter *p, const ClusterVisual &c, Detail detail)
{
    if (detail == Detail::Minimal) {
        const Aliased aliased(p);
        p->setPen(style().minimalCluster);
        p->setBrush(Qt::NoBrush);
        p->drawRect(c.box);
        return;
    }
    p->setPen(style().clusterBorder);
    p->setBrush(style().inks.clusterFill);
    p->drawRoundedRect(c.box, kClusterRadius, kClusterRadius);
    paintClusterTitle(p, c);
}

void paintEdge(QPainter *p, const EdgeVisual &e, Detail detail, const QRectF &exposed)
{
    const bool cull = !exposed.isNull();
    const QRectF near = cull ? beyondArrow(exposed) : exposed;
    if (!cull || strokeMayMeet(e, near))
        paintEdgeStroke(p, e, detail);
    if (detail == Detail::Full && (!cull || calloutMayMeet(e, near)))
        paintEdgeCallout(p, e);
}

QRectF edgeBounds(const EdgeVisual &e)
{
    // A flow's arrowhead is longer by the flow's width (at most 8 points).
    const double reach = std::max(kArrowLength + 8.0, style().edgeHalo.widthF() / 2.0);
    QRectF r = e.path.controlPointRect().adjusted(-reach, -reach, reach, reach);
    r |= QRectF(e.arrowTip, e.arrowTip).adjusted(-reach, -reach, reach, reach);
    const QRectF c = calloutRect(e);
    if (!c.isNull())
        r |= c.adjusted(-1, -1, 1, 1);
    if (e.leaderFrom)
        r |= QRectF(*e.leaderFrom, *e.leaderFrom).adjusted(-1, -1, 1, 1);
    return r;
}

void paintNode(QPainter *p, const NodeVisual &n, Detail detail)
{
    const Style &s = style();
    const Dimmed dimmed(p, n.emphasis == Emphasis::Dimmed, n.diff);
    if (detail == Detail::Minimal) {
        const Aliased aliased(p);
        p->setPen(n.selected                          ? s.minimalSelection
                : n.emphasis == Emphasis::Highlighted ? s.minimalPath
                                                      : QPen(Qt::NoPen));
        p->setBrush(!n.heat.on                       ? tierColor(n.tier)
                : n.heat.breached || n.heat.hasValue ? n.heat.color
                                                     : noValueColor());
        if (n.diff != DiffMark::None && !n.selected) {
            QPen ring(diffColor(n.diff), 2.0);
            ring.setCosmetic(true);
            p->setPen(ring);
        }
        p->drawRect(nodeRect(n.center, n.scale));
        return;
    }
    const QTransform saved = p->transform();
    p->translate(n.center);
    if (n.scale != 1.0)
        p->scale(n.scale, n.scale);
    if (n.emphasis == Emphasis::Highlighted) {
        p->setPen(s.pathOutline);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(
            QRectF(-kHalfW - 3.0, -kHalfH - 3.0, kNodeWidth + 6.0, kNodeHeight + 6.0),
            kNodeRadius + 2.0, kNodeRadius + 2.0);
    }
    if (n.selected) {
        p->setPen(s.halo);
        p->setBrush(Qt::NoBrush);
        p->drawPath(s.body);
    }
    if (detail == Detail::Full) {
        p->setPen(Qt::NoPen);
        p->setBrush(style().inks.shadow);
        p->drawPath(s.shadow);
    }
    if (n.heat.on && n.heat.breached) {
        paintBreachedBox(p, s.body.boundingRect(), kNodeRadius);
        if (n.selected) {
            p->setPen(s.selectedBorder);
            p->setBrush(Qt::NoBrush);
            p->drawPath(s.body);
        }
    } else {
        const bool noValue = n.heat.on && !n.heat.hasValue;
        p->setPen(n.selected ? s.selectedBorder : noValue ? s.noValueBorder : s.border);
        p->setBrush(!n.heat.on ? style().inks.nodeFill : noValue ? noValueColor() : n.heat.color);
        p->drawPath(s.body);
    }
    const size_t slot = size_t(tierSlot(n.tier));
    p->setPen(Qt::NoPen);
    p->setBrush(kTierColors[slot]);
    p->drawPath(s.band);
    // On a heat fill the icon sits on white, so that it reads on every
    // colour of the ramp.
    p->setBrush(n.heat.on ? kHeatTile : s.tints[slot]);
    p->drawPath(s.tile);
    paintKindIcon(p, n.kind, QPointF(kTileCenterX, 0.0), 1.0);
    paintNodeText(p, n, detail);
    if (n.pinned)
        paintPin(p, QPointF(kHalfW - 3.0, -kHalfH + 3.0));
    if (n.diff != DiffMark::None) {
        const double was = p->opacity();
        // The ring and the badge stay legible on a ghost.
        p->setOpacity(std::max(was, 0.85));
        paintDiffRing(p, QRectF(-kHalfW - 3.0, -kHalfH - 3.0, kNodeWidth + 6.0, kNodeHeight + 6.0),
            kNodeRadius + 2.0, n.diff);
        // Within kNodeOverhang of the box, as the item's bounds assume.
        paintDiffBadge(p, QPointF(-kHalfW + 3.0, -kHalfH + 3.0), kDiffBadgeRadius, n.diff);
        p->setOpacity(was);
    }
    p->setTransform(saved);
}

EdgeStroke edgeStroke(const EdgeVisual &e)
{
    EdgeStroke x;
    x.straight = e.path.elementCount() <= 2;
    if (x.straight)
        x.line = QLineF(pathStart(e), e.arrowTip);
    else
        x.box = e.path.controlPointRect();
    return x;
}

bool EdgeStroke::mayMeet(const QRectF &r) const
{
    const QRectF grown = r.adjusted(-kArrowLength, -kArrowLength, kArrowLength, kArrowLength);
    return straight ? segmentMeets(line.p1(), line.p2(), grown) : box.intersects(grown);
}

EdgeExtent edgeExtent(const EdgeVisual &e)
{
    return { edgeStroke(e), calloutReach(e) };
}

bool EdgeExtent::mayShowIn(const QRectF &r) const
{
    // As paintEdge culls (strokeMayMeet, calloutMayMeet), beyond the arrow.
    const QRectF grown = beyondArrow(r);
    return stroke.mayMeet(grown) || (!callout.isNull() && callout.intersects(grown));
}

void paintDiagram(
    QPainter *p, const Diagram &d, Detail detail, bool withLegend, const QRectF &exposed)
{
    const bool cull = !exposed.isNull();
    if (detail == Detail::Minimal) {
        paintMinimal(p, d, exposed);
    } else {
        paintClusters(p, d.clusters, exposed);
        for (const EdgeVisual &e : d.edges) {
            if (!cull || strokeMayMeet(e, exposed))
                paintEdgeStroke(p, e, detail);
            if (detail == Detail::Full && (!cull || calloutMayMeet(e, exposed)))
                paintEdgeCallout(p, e);
        }
        for (const NodeVisual &n : d.nodes)
            if (!cull
                || nodeRect(n.center, n.scale)
                       .adjusted(-kNodeOverhang * n.scale, -kNodeOverhang * n.scale,
                           kNodeOverhang * n.scale, kNodeOverhang * n.scale)
                       .intersects(exposed))
                paintNode(p, n, detail);
    }
    if (withLegend)
        paintPage(p, d, exposed);
}

} // namespace wl::render
