// An edge's callout — its label over the badge of the data assets that flow
// — measured, wrapped and placed where it hides nothing (diagramparts.h).
//
// Placement is greedy, edge by edge in model order: the first spot, from
// the one the layout chose outwards, where the callout covers no node, no
// organisation's title and no callout placed before it. Along the edge
// first (on the line, then beside it); failing that, on rings around the
// edge's own spot, with a leader line back to the edge.
#include "diagramparts.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wl::render {

namespace {

struct Wrapped {
    QStringList lines;
    double width = 0.0; // of the widest line
};

// `text` broken after words into lines no wider than `maxWidth`, at most
// `maxLines` of them (the last elided if the text goes on), remembered per
// font: a diagram repeats the same few integration labels and asset names
// thousands of times, and measuring them was most of the time of building a
// large diagram.
const Wrapped &wrapped(
    const QFontMetricsF &fm, int font, const QString &text, double maxWidth, int maxLines)
{
    thread_local QHash<QString, Wrapped> cache[2];
    QHash<QString, Wrapped> &c = cache[font];
    if (c.size() > 20000)
        c.clear();
    auto it = c.constFind(text);
    if (it != c.cend())
        return *it;
    Wrapped w;
    QString rest = text.trimmed();
    while (!rest.isEmpty()) {
        QString line;
        if (int(w.lines.size()) == maxLines - 1 || fm.horizontalAdvance(rest) <= maxWidth) {
            line = fm.elidedText(rest, Qt::ElideRight, maxWidth);
            rest.clear();
        } else {
            const qsizetype cut = wrapPoint(rest, fm, maxWidth);
            line = rest.left(cut).trimmed();
            rest = rest.mid(cut).trimmed();
        }
        w.width = std::max(w.width, fm.horizontalAdvance(line));
        w.lines.append(line);
    }
    return *c.insert(text, w);
}

// A uniform grid over the drawing of the rectangles a callout must not
// cover.
class Obstacles {
public:
    void add(const QRectF &r)
    {
        const qsizetype index = m_rects.size();
        m_rects.append(r);
        forCells(r, [&](quint64 key) {
            m_cells[key].append(index);
            return false;
        });
    }

    bool meets(const QRectF &r) const
    {
        return forCells(r, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return false;
            return std::any_of(
                it->cbegin(), it->cend(), [&](qsizetype i) { return m_rects.at(i).intersects(r); });
        });
    }

private:
    static constexpr double kCell = 96.0;

    // Calls f for each cell r touches until f returns true; whether one did.
    template<typename F> static bool forCells(const QRectF &r, F f)
    {
        const qint64 x0 = qint64(std::floor(r.left() / kCell));
        const qint64 x1 = qint64(std::floor(r.right() / kCell));
        const qint64 y0 = qint64(std::floor(r.top() / kCell));
        const qint64 y1 = qint64(std::floor(r.bottom() / kCell));
        for (qint64 y = y0; y <= y1; ++y)
            for (qint64 x = x0; x <= x1; ++x)
                if (f((quint64(quint32(qint32(x))) << 32) | quint32(qint32(y))))
                    return true;
        return false;
    }

    QVector<QRectF> m_rects;
    QHash<quint64, QVector<qsizetype>> m_cells;
};

// Room kept between a callout and what it avoids.
constexpr double kCalloutClearance = 3.0;
// Where to try along an edge, as fractions of its length, nearest the
// middle first.
constexpr double kAlong[] = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 };
// Rings around the edge's spot when nothing along it is free: 12 points
// apart, then (in a crowded drawing) each a tenth further out than the
// last, with at most 96 spots on each, until one is free. Beyond the
// drawing everything is free, so the search ends long before the cap.
constexpr double kRingStep = 12.0;
constexpr int kEvenRings = 40;
constexpr int kMaxRings = 200;
constexpr int kMaxRingSpots = 96;

QRectF centredOn(const QPointF &c, const QSizeF &size)
{
    return QRectF(
        c.x() - size.width() / 2.0, c.y() - size.height() / 2.0, size.width(), size.height());
}

QPointF nearestOn(const QRectF &r, const QPointF &p)
{
    return QPointF(std::clamp(p.x(), r.left(), r.right()), std::clamp(p.y(), r.top(), r.bottom()));
}

} // namespace

Callout callout(const EdgeVisual &e)
{
    const Style &s = style();
    Callout c;
    double labelW = 0.0, labelH = 0.0, badgeW = 0.0, badgeH = 0.0;
    if (!e.label.isEmpty()) {
        const Wrapped &w = wrapped(s.labelFm, 0, e.label, kMaxLabelWidth, kMaxLabelLines);
        c.labelLines = w.lines;
        labelW = w.width + 2 * kPillPadX;
        labelH = pillHeight(w.lines.size());
    }
    if (!e.assets.isEmpty()) {
        const qsizetype listed
            = e.assets.size() > kMaxBadgeLines ? kMaxBadgeLines - 1 : e.assets.size();
        double widest = 0.0;
        for (qsizetype i = 0; i < listed; ++i) {
            const Wrapped &w
                = wrapped(s.badgeFm, 1, e.assets.at(i), kMaxAssetWidth, kMaxAssetLines);
            for (qsizetype k = 0; k < w.lines.size(); ++k)
                c.badgeLines.append(
                    { w.lines.at(k), k == 0 ? BadgeLine::Asset : BadgeLine::Continued });
            widest = std::max(widest, w.width);
        }
        if (listed < e.assets.size()) {
            const QString more = QCoreApplication::translate(
                "wl::render", "+ %n more", nullptr, int(e.assets.size() - listed));
            c.badgeLines.append({ more, BadgeLine::More });
            widest = std::max(widest, s.badgeFm.horizontalAdvance(more));
        }
        badgeW = widest + kBadgeBullet + 2 * kBadgePadX;
        badgeH = double(c.badgeLines.size()) * kBadgeLine + 2 * kBadgePadY;
    }
    const double gap = labelH > 0.0 && badgeH > 0.0 ? kCalloutGap : 0.0;
    const double top = e.labelPos.y() - (labelH + gap + badgeH) / 2.0;
    if (labelH > 0.0)
        c.labelRect = QRectF(e.labelPos.x() - labelW / 2.0, top, labelW, labelH);
    if (badgeH > 0.0)
        c.badgeRect = QRectF(e.labelPos.x() - badgeW / 2.0, top + labelH + gap, badgeW, badgeH);
    return c;
}

QRectF calloutRect(const EdgeVisual &e)
{
    const Callout c = callout(e);
    return c.labelRect | c.badgeRect;
}

void paintCallout(QPainter *p, const EdgeVisual &e, const Callout &c)
{
    if (e.leaderFrom) {
        const QRectF r = c.labelRect | c.badgeRect;
        p->setPen(QPen(style().inks.edgeInk, 0.8, Qt::DotLine, Qt::RoundCap));
        p->drawLine(*e.leaderFrom, nearestOn(r, *e.leaderFrom));
    }
    if (!c.labelLines.isEmpty())
        paintPill(p, c.labelRect, c.labelLines);
    if (!c.badgeLines.isEmpty())
        paintBadge(p, c.badgeRect, c.badgeLines);
}

void placeCallouts(Diagram &d)
{
    Obstacles taken;
    const double g = kCalloutClearance;
    for (const NodeVisual &n : d.nodes)
        taken.add(nodeRect(n.center, n.scale).adjusted(-g, -g, g, g));
    for (const ClusterVisual &c : d.clusters)
        taken.add(QRectF(
            c.box.left(), c.box.top(), clusterTitleWidth(c.organization), kClusterTitle + g));

    for (EdgeVisual &e : d.edges) {
        e.leaderFrom.reset();
        if (e.label.isEmpty() && e.assets.isEmpty())
            continue;
        const QSizeF size = calloutRect(e).size();
        const QSizeF padded = size + QSizeF(2 * g, 2 * g);
        const auto freeAt = [&](const QPointF &c) { return !taken.meets(centredOn(c, padded)); };
        const QPointF home = e.labelPos;
        std::optional<QPointF> spot;
        if (freeAt(home))
            spot = home;
        // On the line, then beside it (above, below, left, right).
        const QPointF offsets[]
            = { { 0.0, 0.0 }, { 0.0, -(size.height() / 2.0 + g) }, { 0.0, size.height() / 2.0 + g },
                  { -(size.width() / 2.0 + g), 0.0 }, { size.width() / 2.0 + g, 0.0 } };
        for (double t : kAlong) {
            if (spot)
                break;
            const QPointF on = e.path.pointAtPercent(t);
            for (const QPointF &offset : offsets) {
                if (freeAt(on + offset)) {
                    spot = on + offset;
                    break;
                }
            }
        }
        double radius = 0.0;
        for (int ring = 1; !spot && ring <= kMaxRings; ++ring) {
            radius = ring <= kEvenRings ? radius + kRingStep : radius * 1.1;
            const int steps
                = std::clamp(int(2.0 * std::numbers::pi * radius / kRingStep), 8, kMaxRingSpots);
            for (int k = 0; k < steps; ++k) {
                const double a = 2.0 * std::numbers::pi * k / steps;
                const QPointF c = home + QPointF(std::cos(a), std::sin(a)) * radius;
                if (freeAt(c)) {
                    spot = c;
                    e.leaderFrom = home;
                    break;
                }
            }
        }
        e.labelPos = spot.value_or(home);
        taken.add(centredOn(e.labelPos, size).adjusted(-g, -g, g, g));
    }
}

} // namespace wl::render
