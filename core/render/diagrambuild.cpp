// From a model and its layout to the Diagram that every painter draws
// (diagram.h: buildDiagram, straightEdge): nodes with their tiers, edges as
// Graphviz routed them or straight, cluster boxes, and a grid for nodes
// nobody placed.
#include "diagramparts.h"

#include "model/tiers.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wl::render {

namespace {

// How far from a point inside a node's box (relative to its centre; the
// box `scale` times the standard size) a ray in direction `dir` leaves it.
double exitDistance(const QPointF &inside, const QPointF &dir, double scale)
{
    const double halfW = kHalfW * scale, halfH = kHalfH * scale;
    double t = std::numeric_limits<double>::infinity();
    if (dir.x() > 1e-12)
        t = std::min(t, (halfW - inside.x()) / dir.x());
    else if (dir.x() < -1e-12)
        t = std::min(t, (-halfW - inside.x()) / dir.x());
    if (dir.y() > 1e-12)
        t = std::min(t, (halfH - inside.y()) / dir.y());
    else if (dir.y() < -1e-12)
        t = std::min(t, (-halfH - inside.y()) / dir.y());
    return std::max(0.0, t);
}

double angleOf(const QPointF &v)
{
    return std::atan2(v.y(), v.x());
}

EdgeVisual routedEdge(const layout::EdgeRoute &route)
{
    EdgeVisual e;
    const QVector<QPointF> &pts = route.points;
    e.path.moveTo(pts.first());
    for (qsizetype i = 1; i + 2 < pts.size(); i += 3)
        e.path.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
    e.arrowTip = pts.last();
    // The last control point can coincide with the tip; look further back.
    for (qsizetype i = pts.size() - 2; i >= 0; --i) {
        const QPointF d = e.arrowTip - pts[i];
        if (std::abs(d.x()) + std::abs(d.y()) > 1e-6) {
            e.arrowAngle = angleOf(d);
            break;
        }
    }
    e.labelPos = route.labelPos ? *route.labelPos : e.path.pointAtPercent(0.5);
    return e;
}

struct Block {
    QString organization;
    QVector<int> members;
    int columns = 1;
    QSizeF size; // with room for the cluster frame
};

// Nodes nobody placed: each organisation as a compact block of its own (so
// its cluster box covers no other node), blocks packed on shelves, tallest
// first, below whatever is already placed.
void placeOnGrid(const Model &model, QVector<NodeVisual> &nodes, const QVector<char> &placed)
{
    QRectF taken;
    QVector<Block> blocks;
    QHash<QString, qsizetype> blockOf;
    Block loose; // no organisation: no frame needed, but packed the same way
    for (int i = 0; i < nodes.size(); ++i) {
        if (placed[i]) {
            taken |= nodeRect(nodes[i].center, nodes[i].scale);
            continue;
        }
        const QString &org = model.nodes()[i].organization;
        if (org.isEmpty()) {
            loose.members.append(i);
            continue;
        }
        auto it = blockOf.find(org);
        if (it == blockOf.end()) {
            it = blockOf.insert(org, blocks.size());
            blocks.append(Block { org, {}, 1, {} });
        }
        blocks[*it].members.append(i);
    }
    if (!loose.members.isEmpty())
        blocks.append(loose);
    if (blocks.isEmpty())
        return;

    double area = 0.0, widest = 0.0;
    for (Block &b : blocks) {
        const double n = double(b.members.size());
        b.columns = std::max(1, int(std::ceil(std::sqrt(n * kGridPitchY / kGridPitchX))));
        const int rows = int(std::ceil(n / b.columns));
        b.size = QSizeF((b.columns - 1) * kGridPitchX + kNodeWidth + 2 * kClusterPad,
            (rows - 1) * kGridPitchY + kNodeHeight + 2 * kClusterPad + kClusterTitle);
        area += (b.size.width() + kGridBlockGap) * (b.size.height() + kGridBlockGap);
        widest = std::max(widest, b.size.width());
    }
    std::stable_sort(blocks.begin(), blocks.end(),
        [](const Block &a, const Block &b) { return a.size.height() > b.size.height(); });
    const double shelfWidth = std::max({ widest, std::sqrt(area) * 1.5, taken.width() });

    const QPointF origin
        = taken.isNull() ? QPointF(0, 0) : QPointF(taken.left(), taken.bottom() + kGridBelowGap);
    double x = 0.0, y = 0.0, shelfHeight = 0.0;
    for (const Block &b : blocks) {
        if (x > 0.0 && x + b.size.width() > shelfWidth) {
            x = 0.0;
            y += shelfHeight + kGridBlockGap;
            shelfHeight = 0.0;
        }
        const QPointF first = origin
            + QPointF(x + kClusterPad + kNodeWidth / 2.0,
                y + kClusterPad + kClusterTitle + kNodeHeight / 2.0);
        for (qsizetype k = 0; k < b.members.size(); ++k) {
            const qsizetype row = k / b.columns, column = k % b.columns;
            nodes[b.members[k]].center
                = first + QPointF(double(column) * kGridPitchX, double(row) * kGridPitchY);
        }
        x += b.size.width() + kGridBlockGap;
        shelfHeight = std::max(shelfHeight, b.size.height());
    }
}

// What an edge's callout says: its label, else its integration, and the
// names of the assets that flow.
void describe(const Model &model, const Edge &edge, EdgeVisual &e)
{
    e.id = edge.id;
    e.label = edge.label.isEmpty() ? vocab::label(edge.integration) : edge.label;
    for (const QString &id : edge.data) {
        const DataAsset *asset = model.dataAsset(id);
        e.assets.append(asset ? asset->name : id);
    }
}

} // namespace

QVector<QSizeF> calloutSizes(const Model &model)
{
    QVector<QSizeF> sizes;
    sizes.reserve(model.edges().size());
    for (const Edge &edge : model.edges()) {
        EdgeVisual e;
        describe(model, edge, e);
        sizes << calloutRect(e).size();
    }
    return sizes;
}

EdgeVisual straightEdge(
    const QPointF &from, const QPointF &to, double offset, double fromScale, double toScale)
{
    EdgeVisual e;
    const QPointF delta = to - from;
    const double length = std::hypot(delta.x(), delta.y());
    if (length < 1e-9) {
        e.path.moveTo(from);
        e.path.lineTo(to);
        e.arrowTip = to;
        e.labelPos = to;
        return e;
    }
    const QPointF dir = delta / length;
    const QPointF shift = QPointF(-dir.y(), dir.x()) * offset;
    const QPointF a = from + shift, b = to + shift;
    const double out = exitDistance(shift, dir, fromScale);
    const double in = exitDistance(shift, -dir, toScale);
    QPointF start = a, end = b;
    // Overlapping boxes leave nothing between them: keep the centre line.
    if (out + in < length) {
        start = a + dir * out;
        end = b - dir * in;
    }
    e.path.moveTo(start);
    e.path.lineTo(end);
    e.arrowTip = end;
    e.arrowAngle = angleOf(dir);
    e.labelPos = (start + end) / 2.0;
    return e;
}

EdgeVisual straightened(const EdgeVisual &e, const QPointF &from, const QPointF &to)
{
    EdgeVisual v = straightEdge(from, to);
    v.id = e.id;
    v.label = e.label;
    v.assets = e.assets;
    v.selected = e.selected;
    v.flow = e.flow;
    v.emphasis = e.emphasis;
    v.diff = e.diff;
    return v;
}

int followPositions(Diagram &d, const Model &model, int mostMoved)
{
    const QVector<Node> &nodes = model.nodes();
    const QVector<Edge> &edges = model.edges();
    if (d.nodes.size() != nodes.size() || d.edges.size() != edges.size())
        return 0;
    QVector<char> moved(nodes.size(), false);
    int count = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id != d.nodes[i].id)
            return 0;
        if (nodes[i].pos && *nodes[i].pos != d.nodes[i].center) {
            moved[i] = true;
            ++count;
        }
    }
    if (count == 0 || count > mostMoved)
        return 0;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        if (moved[i]) {
            d.nodes[i].center = *nodes[i].pos;
            d.bounds |= nodeRect(d.nodes[i].center, d.nodes[i].scale);
        }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const int s = model.nodeIndex(edges[i].source), t = model.nodeIndex(edges[i].target);
        if (s < 0 || t < 0 || !(moved[s] || moved[t]))
            continue;
        d.edges[i] = straightened(d.edges[i], d.nodes[s].center, d.nodes[t].center);
        d.bounds |= edgeBounds(d.edges[i]);
    }
    return count;
}

Diagram buildDiagram(
    const Model &model, const layout::LayoutResult *layout, const QVector<double> &nodeScales)
{
    Diagram d;
    d.title = model.name;
    const QVector<Node> &nodes = model.nodes();
    const qsizetype n = nodes.size();
    const QVector<int> tiers = computeTiers(model);
    QVector<char> fromLayout(n, false), placed(n, false);
    d.nodes.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Node &node = nodes[i];
        NodeVisual &v = d.nodes[i];
        v.id = node.id;
        v.name = node.name;
        v.kind = node.kind;
        v.tier = tiers[i];
        v.scale = i < nodeScales.size() ? nodeScales[i] : 1.0;
        v.pinned = node.pinned;
        if (layout && i < layout->nodeCenters.size()) {
            v.center = layout->nodeCenters[i];
            fromLayout[i] = placed[i] = true;
        } else if (node.pos) {
            v.center = *node.pos;
            placed[i] = true;
        }
    }
    placeOnGrid(model, d.nodes, placed);

    // Straight edges between one pair of nodes fan out side by side; the
    // offset's sign is taken along the pair's lower-to-higher index so that
    // A→B and B→A separate too.
    const auto pairKey = [](int s, int t) {
        return (quint64(quint32(std::min(s, t))) << 32) | quint32(std::max(s, t));
    };
    const QVector<Edge> &edges = model.edges();
    QVector<char> routed(edges.size(), false);
    QHash<quint64, int> pairCount;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const int s = model.nodeIndex(edges[i].source), t = model.nodeIndex(edges[i].target);
        const layout::EdgeRoute *route
            = layout && i < layout->edges.size() ? &layout->edges[i] : nullptr;
        routed[i] = route && route->points.size() >= 4 && (route->points.size() - 1) % 3 == 0
            && fromLayout[s] && fromLayout[t];
        if (!routed[i])
            ++pairCount[pairKey(s, t)];
    }
    QHash<quint64, int> pairSeen;
    d.edges.reserve(edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const Edge &edge = edges[i];
        const int s = model.nodeIndex(edge.source), t = model.nodeIndex(edge.target);
        EdgeVisual e;
        if (routed[i]) {
            e = routedEdge(layout->edges[i]);
        } else {
            const quint64 key = pairKey(s, t);
            const int count = pairCount.value(key);
            const int k = pairSeen[key]++;
            const double step = count > 1 ? std::min(kParallelStep, 36.0 / (count - 1)) : 0.0;
            const double offset = (k - (count - 1) / 2.0) * step * (s < t ? 1.0 : -1.0);
            e = straightEdge(
                d.nodes[s].center, d.nodes[t].center, offset, d.nodes[s].scale, d.nodes[t].scale);
        }
        describe(model, edge, e);
        d.edges.append(std::move(e));
    }

    QHash<QString, QRectF> layoutClusters;
    if (layout)
        for (const layout::ClusterBox &c : layout->clusters)
            layoutClusters.insert(c.organization, c.box);
    QHash<QString, qsizetype> clusterOf;
    for (qsizetype i = 0; i < n; ++i) {
        const QString &org = nodes[i].organization;
        if (org.isEmpty())
            continue;
        const QRectF members = nodeRect(d.nodes[i].center, d.nodes[i].scale);
        auto it = clusterOf.find(org);
        if (it == clusterOf.end()) {
            clusterOf.insert(org, d.clusters.size());
            d.clusters.append(ClusterVisual { org, members });
        } else {
            d.clusters[*it].box |= members;
        }
    }
    // Graphviz's boxes when it just reported them; else (positions stored,
    // moved or placed on the grid) from the members. Either way wide enough
    // for the organisation's whole name: it is widened, never elided.
    for (ClusterVisual &c : d.clusters) {
        const auto fromLayoutBox = layoutClusters.constFind(c.organization);
        c.box = fromLayoutBox != layoutClusters.cend()
            ? *fromLayoutBox
            : c.box.adjusted(-kClusterPad, -kClusterPad - kClusterTitle, kClusterPad, kClusterPad);
        const double missing = clusterTitleWidth(c.organization) - c.box.width();
        if (missing > 0.0)
            c.box.adjust(-missing / 2.0, 0.0, missing / 2.0, 0.0);
    }

    placeCallouts(d);

    QRectF all;
    for (const NodeVisual &v : d.nodes)
        all |= nodeRect(v.center, v.scale)
                   .adjusted(-kNodeOverhang * v.scale, -kNodeOverhang * v.scale,
                       kNodeOverhang * v.scale, kNodeOverhang * v.scale);
    for (const EdgeVisual &e : d.edges)
        all |= edgeBounds(e);
    for (const ClusterVisual &c : d.clusters)
        all |= c.box;
    d.bounds = outwardToWholePoints(
        all.adjusted(-kDiagramMargin, -kDiagramMargin, kDiagramMargin, kDiagramMargin));
    return d;
}

} // namespace wl::render
