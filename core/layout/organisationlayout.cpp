// The organisation-aware layout (docs/LAYOUT.md). Every organisation becomes
// a block, and every node without one a block of its own:
//
// 1. members: those joined by edges inside their organisation are laid out
//    by the engine (one Graphviz run for all organisations, each connected
//    piece taken on its own), the others on a grid; the pieces are packed
//    on shelves and framed with room for the title the drawing puts on top;
// 2. blocks: placed as boxes of their sizes, by the engine on the graph of
//    blocks while it is small, else (or when the engine's result is too
//    elongated) by our own packing: tiers as bands, top to bottom, each
//    band's blocks on shelves in the order of their neighbours above;
// 3. edges: routed by neato between the placed nodes while the model is
//    small (routeEdges), else straight, except those inside an
//    organisation, which keep the engine's route from step 1.
#include "layout/layoutinternal.h"

#include "model/tiers.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace wl::layout {

namespace {

// Between members of one organisation, and between blocks.
constexpr double kMemberGap = 32.0;
constexpr double kBlockGap = 48.0;
// Between the bands of tiers that our own packing stacks.
constexpr double kTierGap = 120.0;
// What a character of an organisation's title is taken to need. The drawing
// measures the title (render::clusterTitleWidth: 10 px semi-bold
// sans-serif, about 6.5 pt a character, 10 at most for a 'W'); the layout
// cannot, as it runs without fonts (weaklink-cli layout). A title longer
// than this allows widens its box by the difference, into the gap between
// blocks.
constexpr double kTitleCharWidth = 7.5;
// The width over height that our packing aims for, and the most elongated
// an engine's block layout may be, either way, before our packing replaces
// it (issue 11: dot's drawing within 1:4).
constexpr double kTargetAspect = 1.6;
constexpr double kMaxAspect = 4.0;
// Above this many blocks, our own packing places them. Measured on the
// shared benchmark models (docs/PERFORMANCE.md): dot took 33 s for
// layout-1k's 302 blocks (its network simplex, on 15,000 virtual nodes for
// the long edges) and 20 ms for layout-200's 62; circo 1.8 s for those 62;
// sfdp 120 s for sim-100k's 30,002.
constexpr int kMaxEngineBlocks = 100;
// How much of the drawing compactAndSeparate() lets the blocks cover at
// most, and in how many steps it gives up on that.
constexpr double kCompactDensity = 0.5;
constexpr int kCompactSteps = 4;
// Pushing apart the blocks an engine left overlapping gives up after this
// many rounds; our packing then places them.
constexpr int kMaxSeparationRounds = 100;

struct Block {
    QString organization; // empty: a node of its own, drawn without a frame
    QVector<int> members; // model indexes
    QSizeF size;
};

// Organisations in order of first appearance, as the drawing lists them;
// a node of its own as large as its scale makes it.
QVector<Block> blocksOf(
    const Model &model, const QVector<double> &nodeScales, QVector<int> &blockOf)
{
    QVector<Block> blocks;
    QHash<QString, int> index;
    blockOf.resize(model.nodes().size());
    for (int i = 0; i < model.nodes().size(); ++i) {
        const QString &org = model.nodes().at(i).organization;
        if (org.isEmpty()) {
            blockOf[i] = int(blocks.size());
            const double scale = nodeScales.value(i, 1.0);
            blocks << Block { QString(), { i }, QSizeF(kNodeWidth * scale, kNodeHeight * scale) };
            continue;
        }
        const auto it = index.constFind(org);
        if (it != index.constEnd()) {
            blockOf[i] = *it;
            blocks[*it].members << i;
            continue;
        }
        blockOf[i] = int(blocks.size());
        index.insert(org, blockOf[i]);
        blocks << Block { org, { i }, QSizeF() };
    }
    return blocks;
}

double titleWidth(const QString &organization)
{
    return kClusterTitleTextLeft + kTitleCharWidth * double(organization.size())
        + kClusterTitleRightPad;
}

struct Shelves {
    QVector<QPointF> topLeft; // one per item
    QSizeF size;
};

// Items left to right in the order given, on a new shelf whenever the next
// would pass `width`; with `centred`, each shelf is centred in the width.
Shelves packOnShelves(const QVector<QSizeF> &sizes, double width, double gap, bool centred)
{
    Shelves s;
    s.topLeft.resize(sizes.size());
    qsizetype shelfStart = 0;
    double x = 0.0, y = 0.0, shelfHeight = 0.0;
    const auto closeShelf = [&](qsizetype end) {
        const double used = x - gap;
        const double shift = centred ? std::max(0.0, (width - used) / 2.0) : 0.0;
        for (qsizetype i = shelfStart; i < end; ++i)
            s.topLeft[i].rx() += shift;
        s.size = QSizeF(std::max({ s.size.width(), used, centred ? width : 0.0 }), y + shelfHeight);
        y += shelfHeight + gap;
        x = shelfHeight = 0.0;
        shelfStart = end;
    };
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (i > shelfStart && x + sizes.at(i).width() > width)
            closeShelf(i);
        s.topLeft[i] = QPointF(x, y);
        x += sizes.at(i).width() + gap;
        shelfHeight = std::max(shelfHeight, sizes.at(i).height());
    }
    if (shelfStart < sizes.size())
        closeShelf(sizes.size());
    return s;
}

// A shelf width for items of this total area (gaps included) that makes
// their packing about `aspect` times as wide as high.
double shelfWidth(double area, double widest, double aspect)
{
    return std::max(widest, std::sqrt(area * aspect));
}

// What step 1 gives each member: its centre relative to its block's centre,
// and for those the engine placed, how far it moved from the engine's place
// (their edges' routes move along).
struct Members {
    QVector<QPointF> offset; // model order
    QVector<QPointF> engineCenter; // model order; for those the engine placed
    QVector<EdgeRoute> routes; // model order; inside an organisation only
    QStringList messages;
};

int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

// The engine's layout of the members joined by edges inside their
// organisation: one Graphviz run on all of them, without clusters (pieces
// of different organisations are not connected, and each is used on its
// own). Fills engineCenter and routes; `piece` gets each member's
// connected piece (a root index), -1 for members on the grid.
LayoutOutcome layOutPieces(const Model &model, const QVector<int> &blockOf, Engine engine,
    const std::atomic_bool *cancel, const QVector<QSizeF> &labelSizes, Members &m,
    QVector<int> &piece)
{
    const qsizetype n = model.nodes().size();
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    QVector<int> inner;
    for (int k = 0; k < model.edges().size(); ++k) {
        const Edge &e = model.edges().at(k);
        const int s = model.nodeIndex(e.source), t = model.nodeIndex(e.target);
        if (s == t || blockOf.at(s) != blockOf.at(t))
            continue;
        inner << k;
        parent[findRoot(parent, s)] = findRoot(parent, t);
    }
    piece.fill(-1, n);
    m.engineCenter.resize(n);
    m.routes.resize(model.edges().size());
    if (inner.isEmpty()) {
        LayoutOutcome nothingToDo;
        nothingToDo.result = LayoutResult();
        return nothingToDo;
    }

    Model sub;
    QVector<int> subIndex(n, -1);
    QVector<QSizeF> subLabelSizes;
    for (const int k : inner) {
        const Edge &e = model.edges().at(k);
        for (const int i : { model.nodeIndex(e.source), model.nodeIndex(e.target) }) {
            if (subIndex.at(i) >= 0)
                continue;
            subIndex[i] = int(sub.nodes().size());
            Node node;
            node.id = model.nodes().at(i).id;
            sub.appendNode(node);
        }
        Edge edge;
        edge.id = e.id;
        edge.source = e.source;
        edge.target = e.target;
        sub.appendEdge(edge);
        if (labelSizes.size() == model.edges().size())
            subLabelSizes << labelSizes.at(k);
    }
    LayoutOutcome o = layOutWithEngine(sub, engine, cancel, subLabelSizes);
    if (!o.result)
        return o;
    for (int i = 0; i < n; ++i) {
        if (subIndex.at(i) < 0)
            continue;
        piece[i] = findRoot(parent, i);
        m.engineCenter[i] = o.result->nodeCenters.at(subIndex.at(i));
    }
    for (int j = 0; j < inner.size(); ++j)
        m.routes[inner.at(j)] = o.result->edges.at(j);
    m.messages << o.result->messages;
    return o;
}

// Step 1 for one organisation: its engine-placed pieces and a grid of the
// rest, packed on shelves, tallest first; the block framed around them.
void arrangeBlock(Block &b, const QVector<int> &piece, Members &m)
{
    if (b.organization.isEmpty()) {
        m.offset[b.members.constFirst()] = QPointF();
        return;
    }
    struct Item {
        QVector<int> nodes;
        QVector<QPointF> centers;
        QRectF box;
    };
    QVector<Item> items;
    QHash<int, qsizetype> itemOfPiece;
    Item grid;
    for (const int i : b.members) {
        if (piece.at(i) < 0) {
            grid.nodes << i;
            continue;
        }
        auto it = itemOfPiece.constFind(piece.at(i));
        if (it == itemOfPiece.constEnd()) {
            it = itemOfPiece.insert(piece.at(i), items.size());
            items.append(Item());
        }
        Item &item = items[*it];
        item.nodes << i;
        item.centers << m.engineCenter.at(i);
        item.box |= nodeBox(m.engineCenter.at(i));
    }
    if (!grid.nodes.isEmpty()) {
        const double pitchX = kNodeWidth + kMemberGap, pitchY = kNodeHeight + kMemberGap;
        const double count = double(grid.nodes.size());
        const int columns = std::max(1, int(std::ceil(std::sqrt(count * pitchY / pitchX))));
        for (qsizetype k = 0; k < grid.nodes.size(); ++k) {
            const QPointF c(double(k % columns) * pitchX, double(k / columns) * pitchY);
            grid.centers << c;
            grid.box |= nodeBox(c);
        }
        items << grid;
    }
    std::stable_sort(items.begin(), items.end(),
        [](const Item &x, const Item &y) { return x.box.height() > y.box.height(); });
    QVector<QSizeF> sizes;
    double area = 0.0, widest = 0.0;
    for (const Item &item : items) {
        sizes << item.box.size();
        area += (item.box.width() + kMemberGap) * (item.box.height() + kMemberGap);
        widest = std::max(widest, item.box.width());
    }
    const Shelves shelves = packOnShelves(sizes, shelfWidth(area, widest, 1.0), kMemberGap, false);
    const QSizeF contents = shelves.size;
    const QSizeF size(std::max(contents.width() + 2 * kClusterPad, titleWidth(b.organization)),
        contents.height() + 2 * kClusterPad + kClusterTitle);
    // The members' extent centred across the block, as the drawing centres
    // a frame it widens for a long title.
    const QPointF center(contents.width() / 2, size.height() / 2 - kClusterPad - kClusterTitle);
    for (qsizetype k = 0; k < items.size(); ++k) {
        const Item &item = items.at(k);
        const QPointF shift = shelves.topLeft.at(k) - item.box.topLeft() - center;
        for (qsizetype j = 0; j < item.nodes.size(); ++j)
            m.offset[item.nodes.at(j)] = item.centers.at(j) + shift;
    }
    b.size = size;
}

// The graph of blocks: one link per ordered pair of blocks that an edge
// joins, in the order of the first such edge.
QVector<QPair<int, int>> blockLinks(const Model &model, const QVector<int> &blockOf)
{
    QVector<QPair<int, int>> links;
    QSet<QPair<int, int>> seen;
    for (const Edge &e : model.edges()) {
        const QPair<int, int> link(
            blockOf.at(model.nodeIndex(e.source)), blockOf.at(model.nodeIndex(e.target)));
        if (link.first != link.second && !seen.contains(link)) {
            seen.insert(link);
            links << link;
        }
    }
    return links;
}

// What Graphviz's `unflatten -l` does: the links from a block to blocks
// linked to nothing else (its leaves) get minimum lengths 1, 2, ..., L in
// turn, so that dot spreads a hub's leaves over L ranks instead of laying
// them side by side on one (84,000 points wide on layout-2k). L makes the
// fan about kTargetAspect times as wide as high.
QVector<int> staggeredLengths(const QVector<QPair<int, int>> &links, const QVector<Block> &blocks)
{
    QVector<int> degree(blocks.size(), 0);
    for (const auto &[s, t] : links) {
        ++degree[s];
        ++degree[t];
    }
    QHash<int, QVector<int>> leafLinks; // hub → indexes into links
    for (int k = 0; k < links.size(); ++k) {
        const auto &[s, t] = links.at(k);
        if (degree.at(t) == 1 && degree.at(s) > 1)
            leafLinks[s] << k;
        else if (degree.at(s) == 1 && degree.at(t) > 1)
            leafLinks[t] << k;
    }
    QVector<int> length(links.size(), 1);
    for (const QVector<int> &fan : std::as_const(leafLinks)) {
        double width = 0.0, height = 0.0;
        for (const int k : fan) {
            const auto &[s, t] = links.at(k);
            const QSizeF leaf = blocks.at(degree.at(s) == 1 ? s : t).size;
            width += leaf.width() + kBlockGap;
            height = std::max(height, leaf.height());
        }
        const double rank = height + kBlockGap + kRankSeparation * kPointsPerInch;
        const int levels = std::clamp(
            int(std::lround(std::sqrt(width / (kTargetAspect * rank)))), 1, int(fan.size()));
        for (qsizetype j = 0; j < fan.size(); ++j)
            length[fan.at(j)] = 1 + int(j % levels);
    }
    return length;
}

QRectF blockRect(const Block &b, QPointF center)
{
    return QRectF(center - QPointF(b.size.width() / 2, b.size.height() / 2), b.size);
}

// Pushes apart blocks closer than half the gap, pair by pair along the axis
// where they overlap least. False if some still were after the last round.
bool separateBlocks(QVector<QPointF> &centers, const QVector<Block> &blocks)
{
    const double gap = kBlockGap / 2;
    for (int round = 0; round < kMaxSeparationRounds; ++round) {
        bool overlapped = false;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            for (qsizetype j = i + 1; j < blocks.size(); ++j) {
                const QSizeF reach = (blocks.at(i).size + blocks.at(j).size) / 2 + QSizeF(gap, gap);
                if (pushApart(centers[i], centers[j], reach))
                    overlapped = true;
            }
        }
        if (!overlapped)
            return true;
    }
    return false;
}

// The engines other than dot spread boxes this large far apart (sfdp drew
// the example three times as wide as dot). The factor by which moving the
// blocks towards each other would make them cover about half of the
// drawing; 1 if they do already.
double densestScale(const QVector<QPointF> &centers, const QVector<Block> &blocks)
{
    QRectF all;
    double area = 0.0;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        all |= blockRect(blocks.at(b), centers.at(b));
        area += (blocks.at(b).size.width() + kBlockGap) * (blocks.at(b).size.height() + kBlockGap);
    }
    return std::min(1.0, std::sqrt(area / (kCompactDensity * all.width() * all.height())));
}

// The engine's positions moved towards each other, all by one factor, from
// `densest` up to 1 in steps, until separateBlocks() settles them: the
// engine's picture with less empty space. False if none settles.
bool compactAndSeparate(QVector<QPointF> &centers, const QVector<Block> &blocks, double densest)
{
    for (int step = 0; step <= kCompactSteps; ++step) {
        const double scale = densest + (1.0 - densest) * step / kCompactSteps;
        QVector<QPointF> tried = centers;
        for (QPointF &c : tried)
            c *= scale;
        if (separateBlocks(tried, blocks)) {
            centers = tried;
            return true;
        }
    }
    return false;
}

bool tooElongated(const QVector<QPointF> &centers, const QVector<Block> &blocks)
{
    QRectF all;
    for (qsizetype b = 0; b < blocks.size(); ++b)
        all |= blockRect(blocks.at(b), centers.at(b));
    const double aspect = all.width() / all.height();
    return aspect > kMaxAspect || aspect < 1.0 / kMaxAspect;
}

// Our own placement of the blocks: one band per tier (DOMAIN.md; a block's
// tier is its members' lowest), top to bottom, unknown tiers last; in each
// band the blocks in the order of where their neighbours in the bands above
// lie, packed on shelves of one width for all bands.
QVector<QPointF> packByTier(
    const Model &model, const QVector<Block> &blocks, const QVector<QPair<int, int>> &links)
{
    const QVector<int> tiers = computeTiers(model);
    QVector<int> tierOf(blocks.size(), std::numeric_limits<int>::max());
    QVector<QVector<int>> neighbours(blocks.size());
    double area = 0.0, widest = 0.0;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (const int i : blocks.at(b).members)
            if (tiers.at(i) != kUnknownTier)
                tierOf[b] = std::min(tierOf.at(b), tiers.at(i));
        const QSizeF size = blocks.at(b).size;
        area += (size.width() + kBlockGap) * (size.height() + kBlockGap);
        widest = std::max(widest, size.width());
    }
    for (const auto &[s, t] : links) {
        neighbours[s] << t;
        neighbours[t] << s;
    }
    QVector<int> order(blocks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](int x, int y) { return tierOf.at(x) < tierOf.at(y); });

    const double width = shelfWidth(area, widest, kTargetAspect);
    QVector<QPointF> centers(blocks.size());
    QVector<char> placed(blocks.size(), false);
    double y = 0.0;
    for (qsizetype start = 0; start < order.size();) {
        qsizetype end = start;
        while (end < order.size() && tierOf.at(order.at(end)) == tierOf.at(order.at(start)))
            ++end;
        QVector<int> band(order.begin() + start, order.begin() + end);
        QHash<int, double> key;
        for (const int b : band) {
            double sum = 0.0;
            int count = 0;
            for (const int other : neighbours.at(b)) {
                if (placed.at(other)) {
                    sum += centers.at(other).x();
                    ++count;
                }
            }
            key.insert(b, count ? sum / count : std::numeric_limits<double>::infinity());
        }
        std::stable_sort(
            band.begin(), band.end(), [&key](int x, int z) { return key.value(x) < key.value(z); });
        QVector<QSizeF> sizes;
        for (const int b : band)
            sizes << blocks.at(b).size;
        const Shelves shelves = packOnShelves(sizes, width, kBlockGap, true);
        for (qsizetype k = 0; k < band.size(); ++k) {
            centers[band.at(k)] = shelves.topLeft.at(k)
                + QPointF(sizes.at(k).width() / 2, y + sizes.at(k).height() / 2);
            placed[band.at(k)] = true;
        }
        y += shelves.size.height() + kTierGap;
        start = end;
    }
    return centers;
}

} // namespace

int largestOrganisationRun(const Model &model, const QVector<double> &nodeScales)
{
    const qsizetype n = model.nodes().size();
    QVector<int> blockOf;
    const QVector<Block> blocks = blocksOf(model, nodeScales, blockOf);
    QVector<bool> inner(n, false);
    for (const Edge &e : model.edges()) {
        const int s = model.nodeIndex(e.source), t = model.nodeIndex(e.target);
        if (s != t && blockOf.at(s) == blockOf.at(t))
            inner[s] = inner[t] = true;
    }
    qsizetype largest = std::count(inner.cbegin(), inner.cend(), true);
    if (blocks.size() <= kMaxEngineBlocks)
        largest = std::max(largest, blocks.size());
    if (n <= kMaxSplineRoutedNodes)
        largest = std::max(largest, n);
    return int(largest);
}

LayoutOutcome layOutByOrganisation(const Model &model, Engine engine,
    const std::atomic_bool *cancel, const QVector<QSizeF> &labelSizes,
    const QVector<double> &nodeScales)
{
    const qsizetype n = model.nodes().size();
    QVector<int> blockOf;
    QVector<Block> blocks = blocksOf(model, nodeScales, blockOf);

    Members m;
    m.offset.resize(n);
    QVector<int> piece;
    LayoutOutcome outcome = layOutPieces(model, blockOf, engine, cancel, labelSizes, m, piece);
    if (!outcome.result)
        return outcome;
    outcome.result.reset();
    for (Block &b : blocks)
        arrangeBlock(b, piece, m);

    const QVector<QPair<int, int>> links = blockLinks(model, blockOf);
    QVector<QPointF> centers;
    if (!blocks.isEmpty() && blocks.size() <= kMaxEngineBlocks) {
        QVector<QSizeF> sizes;
        for (const Block &b : blocks)
            sizes << b.size;
        const BoxLayout placed = layOutBoxes(sizes, kBlockGap, links,
            engine == Engine::Dot ? staggeredLengths(links, blocks) : QVector<int>(), engine,
            cancel);
        if (placed.cancelled || !placed.error.isEmpty()) {
            outcome.cancelled = placed.cancelled;
            outcome.error = placed.error;
            return outcome;
        }
        m.messages << placed.messages;
        centers = placed.centers;
        const double densest = engine == Engine::Dot ? 1.0 : densestScale(centers, blocks);
        if (!compactAndSeparate(centers, blocks, densest) || tooElongated(centers, blocks))
            centers.clear();
    }
    if (centers.size() != blocks.size())
        centers = packByTier(model, blocks, links);
    if (cancelled(cancel)) {
        outcome.cancelled = true;
        return outcome;
    }

    LayoutResult r;
    r.engine = engineName(engine);
    r.nodeCenters.resize(n);
    for (int i = 0; i < n; ++i)
        r.nodeCenters[i] = centers.at(blockOf.at(i)) + m.offset.at(i);
    r.edges = m.routes;
    for (int k = 0; k < r.edges.size(); ++k) {
        EdgeRoute &route = r.edges[k];
        if (route.points.isEmpty())
            continue;
        const int s = model.nodeIndex(model.edges().at(k).source);
        const QPointF shift = r.nodeCenters.at(s) - m.engineCenter.at(s);
        for (QPointF &p : route.points)
            p += shift;
        if (route.labelPos)
            *route.labelPos += shift;
    }
    for (qsizetype b = 0; b < blocks.size(); ++b)
        if (!blocks.at(b).organization.isEmpty())
            r.clusters << ClusterBox { blocks.at(b).organization,
                blockRect(blocks.at(b), centers.at(b)) };

    // Splines around the nodes while neato can route them (routeEdges),
    // except inside an organisation where dot placed a label beside its
    // edge: that route and its label go together.
    Model placed = model;
    for (int i = 0; i < n; ++i)
        placed.setPosition(i, r.nodeCenters.at(i));
    if (const LayoutOutcome routed = routeEdges(placed, nodeScales); routed.result) {
        for (int k = 0; k < r.edges.size(); ++k)
            if (!routed.result->edges.at(k).points.isEmpty() && !r.edges.at(k).labelPos)
                r.edges[k] = routed.result->edges.at(k);
        m.messages << routed.result->messages;
    }
    r.messages = m.messages;
    r.bounds = boundsOf(r);
    translate(r, -r.bounds.topLeft());
    outcome.result = std::move(r);
    return outcome;
}

} // namespace wl::layout
