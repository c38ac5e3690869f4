// Plain geometry on layout results, without Graphviz: boxes and bounds,
// organisation frames from their members, and overlap removal.
#include "layout/layoutinternal.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace wl::layout {

namespace {

// Graphviz's default gap between nodes (sep), kept by separateOverlaps().
constexpr double kNodeGap = 4.0;
// separateOverlaps() gives up after this many rounds; what sfdp leaves it
// settles in far fewer.
constexpr int kMaxSeparationRounds = 200;
// Graphviz's default cluster margin, used for the boxes it does not report.
constexpr double kClusterMargin = 8.0;

} // namespace

QRectF nodeBox(QPointF center)
{
    return QRectF(
        center.x() - kNodeWidth / 2, center.y() - kNodeHeight / 2, kNodeWidth, kNodeHeight);
}

QRectF boundsOf(const LayoutResult &r)
{
    QRectF bounds;
    for (const QPointF &c : r.nodeCenters)
        bounds |= nodeBox(c);
    for (const ClusterBox &c : r.clusters)
        bounds |= c.box;
    for (const EdgeRoute &e : r.edges) {
        bounds |= boxAround(e.points);
        if (e.labelPos)
            bounds |= QRectF(*e.labelPos, QSizeF(0, 0));
    }
    return bounds;
}

void translate(LayoutResult &r, QPointF by)
{
    for (QPointF &c : r.nodeCenters)
        c += by;
    for (EdgeRoute &e : r.edges) {
        for (QPointF &p : e.points)
            p += by;
        if (e.labelPos)
            *e.labelPos += by;
    }
    for (ClusterBox &c : r.clusters)
        c.box.translate(by);
    r.bounds.translate(by);
}

QRectF boxAround(const QVector<QPointF> &points)
{
    if (points.isEmpty())
        return QRectF();
    double left = points.constFirst().x(), right = left;
    double top = points.constFirst().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

Clusters clustersOf(const Model &model)
{
    Clusters c;
    QHash<QString, int> index;
    c.ofNode.reserve(model.nodes().size());
    for (const Node &n : model.nodes()) {
        int i = -1;
        if (!n.organization.isEmpty()) {
            const auto it = index.constFind(n.organization);
            if (it != index.constEnd()) {
                i = *it;
            } else {
                i = int(c.organizations.size());
                index.insert(n.organization, i);
                c.organizations << n.organization;
            }
        }
        c.ofNode << i;
    }
    return c;
}

void frameMissingClusters(const Clusters &clusters, LayoutResult &r)
{
    QVector<QRectF> boxes(clusters.organizations.size());
    for (int i = 0; i < clusters.ofNode.size(); ++i) {
        const int c = clusters.ofNode.at(i);
        if (c >= 0)
            boxes[c] |= nodeBox(r.nodeCenters.at(i));
    }
    QSet<QString> reported;
    for (const ClusterBox &c : r.clusters)
        reported.insert(c.organization);
    for (int c = 0; c < boxes.size(); ++c) {
        if (reported.contains(clusters.organizations.at(c)) || boxes.at(c).isNull())
            continue;
        r.clusters << ClusterBox { clusters.organizations.at(c),
            boxes.at(c).adjusted(
                -kClusterMargin, -kClusterMargin - kClusterTitle, kClusterMargin, kClusterMargin) };
    }
}

void sortClusters(const Clusters &clusters, LayoutResult &r)
{
    QHash<QString, int> rank;
    for (int c = 0; c < clusters.organizations.size(); ++c)
        rank.insert(clusters.organizations.at(c), c);
    std::sort(
        r.clusters.begin(), r.clusters.end(), [&rank](const ClusterBox &x, const ClusterBox &y) {
            return rank.value(x.organization) < rank.value(y.organization);
        });
}

bool pushApart(QPointF &a, QPointF &b, QSizeF reach, double slack)
{
    const QPointF d = b - a;
    const double px = reach.width() - std::abs(d.x());
    const double py = reach.height() - std::abs(d.y());
    if (px <= slack || py <= slack)
        return false;
    const QPointF push
        = px < py ? QPointF(d.x() < 0 ? -px : px, 0) : QPointF(0, d.y() < 0 ? -py : py);
    a -= push / 2;
    b += push / 2;
    return true;
}

// Pushes overlapping node boxes apart, pair by pair along the axis where they
// overlap least, until none overlaps. What sfdp's shortened prism leaves is
// a few dozen pairs among thousands of nodes (92 of 5,000 on layout-5k, at
// most 45 points deep), which this settles in a few rounds. Edges at moved
// nodes lose their route and are drawn straight, as sfdp draws them anyway.
void separateOverlaps(const Model &model, LayoutResult &r)
{
    const double w = kNodeWidth + kNodeGap;
    const double h = kNodeHeight + kNodeGap;
    // Pushes stop a hair short of touching; this keeps rounding from
    // counting the pair again.
    constexpr double kSlack = 1e-6;
    QVector<QPointF> &centers = r.nodeCenters;
    QVector<bool> moved(centers.size(), false);
    bool anyMoved = false;
    for (int round = 0; round < kMaxSeparationRounds; ++round) {
        // Boxes that overlap lie in neighbouring cells of a w × h grid.
        QHash<QPair<qint64, qint64>, QVector<int>> grid;
        const auto cellOf = [&](QPointF c) {
            return qMakePair(qint64(std::floor(c.x() / w)), qint64(std::floor(c.y() / h)));
        };
        for (int i = 0; i < centers.size(); ++i)
            grid[cellOf(centers.at(i))] << i;
        bool overlapped = false;
        for (int i = 0; i < centers.size(); ++i) {
            const auto [cx, cy] = cellOf(centers.at(i));
            for (qint64 gx = cx - 1; gx <= cx + 1; ++gx) {
                for (qint64 gy = cy - 1; gy <= cy + 1; ++gy) {
                    const auto cell = grid.constFind(qMakePair(gx, gy));
                    if (cell == grid.constEnd())
                        continue;
                    for (const int j : *cell) {
                        if (j <= i)
                            continue;
                        if (!pushApart(centers[i], centers[j], QSizeF(w, h), kSlack))
                            continue;
                        overlapped = true;
                        moved[i] = moved[j] = true;
                    }
                }
            }
        }
        anyMoved = anyMoved || overlapped;
        if (!overlapped)
            break;
    }
    if (!anyMoved)
        return;
    for (int k = 0; k < model.edges().size(); ++k) {
        const Edge &e = model.edges().at(k);
        if (moved.at(model.nodeIndex(e.source)) || moved.at(model.nodeIndex(e.target)))
            r.edges[k] = EdgeRoute();
    }
    const Clusters clusters = clustersOf(model);
    r.clusters.clear();
    frameMissingClusters(clusters, r);
    sortClusters(clusters, r);
    r.bounds = boundsOf(r);
}

} // namespace wl::layout
