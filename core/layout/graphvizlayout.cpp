// The only file that sees Graphviz. Everything it does with Graphviz happens
// inside a GraphvizSession, which holds the process-wide mutex: Graphviz 2.42
// keeps global state (error handler, layout globals, string pools) and
// crashes when two threads use it, even with a context each.
//
// Graphs are built through the cgraph API, never by generating DOT text and
// parsing it, so that no id, name or number can be misread. Known crashers of
// 2.42 are never emitted: concentrate, splines=ortho, newrank, edge weights.
#include "layout/layoutinternal.h"

#include <QHash>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>

// The layout plugins are linked in and registered from this list instead of
// being found through the system plugin registry (config6a), which an
// installed copy of the app cannot rely on.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
}

namespace wl::layout {

namespace {

// Fixed positions further out than this are refused before Graphviz sees
// them: fdp crashed with pins at ±10^11 points, neato returned NaN at
// ±10^50. A million points (350 m) is beyond any real diagram.
constexpr double kMaxFixedCoordinate = 1e6;
// Graphviz keeps a pinned position through an inch conversion (pos / 72,
// later × 72) and, in neato, single-precision arithmetic: a pin at 10^6
// points came back 0.04 points off. Within this relative tolerance a pin
// counts as kept and is put back exactly.
constexpr double kPinRelativeTolerance = 1e-6;

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Filled by Graphviz's error callback; only touched under graphvizMutex().
QByteArray &messageBuffer()
{
    static QByteArray buffer;
    return buffer;
}

int collectMessage(char *text)
{
    messageBuffer().append(text);
    return 0;
}

// Holds the mutex and captures Graphviz's messages for as long as it lives.
// Declare it before any Graphviz handle, so that the handles are released
// while the lock is still held.
class GraphvizSession {
public:
    GraphvizSession()
        : m_lock(graphvizMutex())
    {
        messageBuffer().clear();
        m_previousHandler = agseterrf(collectMessage);
        m_previousLevel = agseterr(AGWARN);
        agreseterrors();
    }
    ~GraphvizSession()
    {
        agseterr(m_previousLevel);
        agseterrf(m_previousHandler);
    }
    GraphvizSession(const GraphvizSession &) = delete;
    GraphvizSession &operator=(const GraphvizSession &) = delete;

    bool hadError() const { return agerrors() > 0; }
    // Everything Graphviz said, on one line.
    QString text() const { return QString::fromUtf8(messageBuffer()).simplified(); }

    QStringList warnings() const { return messages(Level::Warning); }
    QString errorText() const
    {
        const QStringList errors = messages(Level::Error);
        return errors.isEmpty() ? QStringLiteral("Graphviz failed without a message")
                                : errors.join(QStringLiteral("; "));
    }

private:
    enum class Level { Warning, Error };

    // Graphviz prefixes each message with "Error: " or "Warning: " and may
    // continue one over several lines.
    static QStringList messages(Level wanted)
    {
        QStringList out;
        std::optional<Level> current;
        for (const QByteArray &raw : messageBuffer().split('\n')) {
            QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith("Error:")) {
                current = Level::Error;
                line = line.mid(6).trimmed();
            } else if (line.startsWith("Warning:")) {
                current = Level::Warning;
                line = line.mid(8).trimmed();
            } else if (current == wanted && !out.isEmpty()) {
                out.last() += u' ' + QString::fromUtf8(line);
                continue;
            } else if (!current) {
                current = Level::Warning;
            } else {
                continue;
            }
            if (current == wanted)
                out << QString::fromUtf8(line);
        }
        return out;
    }

    std::unique_lock<std::mutex> m_lock;
    agusererrf m_previousHandler = nullptr;
    agerrlevel_t m_previousLevel = AGWARN;
};

struct ContextDeleter {
    void operator()(GVC_t *gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter {
    void operator()(Agraph_t *g) const { agclose(g); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextDeleter>;
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// The layout data Graphviz attaches to a graph, freed before the graph.
class LayoutGuard {
public:
    LayoutGuard(GVC_t *gvc, Agraph_t *g)
        : m_gvc(gvc)
        , m_graph(g)
    {
    }
    ~LayoutGuard() { gvFreeLayout(m_gvc, m_graph); }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
};

ContextPtr newContext()
{
    static const lt_symlist_t builtins[] = {
        { "gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library },
        { "gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library },
        { nullptr, nullptr },
    };
    return ContextPtr(gvContextPlugins(builtins, 0));
}

// Graphviz's y axis points up, ours down. Every coordinate crosses between
// the two through this one function, in both directions.
double flipY(double y)
{
    return -y;
}

QPointF fromGraphviz(pointf p)
{
    return QPointF(p.x, flipY(p.y));
}

// Numbers for Graphviz attributes, always in the C locale.
QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QByteArray posValue(QPointF scenePos, bool pinned)
{
    QByteArray v = number(scenePos.x()) + ',' + number(flipY(scenePos.y()));
    if (pinned)
        v += '!';
    return v;
}

// Every string Weaklink gives Graphviz: names, ids, keys, labels and other
// values alike. DOT has no way to quote a single backslash before a quote,
// a line break or the closing quote (its reader takes "\\" as two
// backslashes and "\" + line break as a continuation), so every backslash
// is doubled: labels then show one (Graphviz expands escapes such as \n and
// \N in labels, and \\ to \), and ids stay distinct, with each backslash
// doubled for a reader of the file. A NUL, which would end the string,
// becomes "\0".
QByteArray dotString(const QString &text)
{
    QByteArray v = text.toUtf8();
    v.replace('\\', "\\\\");
    v.replace('\0', "\\0");
    return v;
}

// cgraph takes char * for names and values it does not modify.
char *mut(const char *s)
{
    return const_cast<char *>(s);
}

Agsym_t *declare(Agraph_t *g, int kind, const char *name, const QByteArray &defaultValue)
{
    return agattr(g, kind, mut(name), mut(defaultValue.constData()));
}

void set(void *object, Agsym_t *sym, QByteArray value)
{
    agxset(object, sym, value.data());
}

enum class Purpose {
    Layout, // what the engines need, nothing more
    Export, // also what a reader of the DOT file wants: kinds, edge labels
};

// Which stored positions go to Graphviz.
enum class Positions {
    None, // a fresh layout
    Pinned, // pinned nodes, fixed
    AllFixed, // every node that has a position, fixed (edge routing)
    AsAttributes, // every position, fixed where pinned (DOT export)
};

struct BuiltGraph {
    GraphPtr graph;
    QVector<Agnode_t *> nodes; // model order
    QVector<Agedge_t *> edges; // model order
    Clusters clusters;
    QVector<Agraph_t *> subgraphs; // one per organisation
    bool hasFixedNodes = false;
};

// DOT export writes through this instead of a FILE.
int appendToByteArray(void *chan, const char *str)
{
    static_cast<QByteArray *>(chan)->append(str);
    return 0;
}

int noFlush(void *)
{
    return 0;
}

// cgraph's default ids for named objects are the addresses of their
// interned names, and agwrite lists subgraphs in id order: the clusters of
// a DOT export would come out in a different order from run to run. These
// ids count up in order of creation instead. Even ids are named objects,
// odd ones anonymous, as in cgraph's own discipline.
struct SequentialIds {
    QHash<QByteArray, IDTYPE> ids;
    std::deque<QByteArray> names; // names[id / 2 - 1]
    IDTYPE nextAnonymous = 1;
};

void *openIds(Agraph_t *, Agdisc_t *)
{
    return new SequentialIds;
}

long mapId(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *ids = static_cast<SequentialIds *>(state);
    if (!name) {
        *id = ids->nextAnonymous;
        ids->nextAnonymous += 2;
        return 1;
    }
    const QByteArray key(name);
    if (const auto it = ids->ids.constFind(key); it != ids->ids.constEnd()) {
        *id = *it;
        return 1;
    }
    if (!create)
        return 0;
    ids->names.push_back(key);
    *id = IDTYPE(2 * ids->names.size());
    ids->ids.insert(key, *id);
    return 1;
}

long allocId(void *, int, IDTYPE)
{
    return 0;
}

void freeId(void *, int, IDTYPE)
{
}

char *printId(void *state, int, IDTYPE id)
{
    auto *ids = static_cast<SequentialIds *>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size())
        return nullptr;
    return ids->names[size_t(id / 2 - 1)].data();
}

void closeIds(void *state)
{
    delete static_cast<SequentialIds *>(state);
}

void registerId(void *, int, void *)
{
}

Agiddisc_t sequentialIdDisc = { openIds, mapId, allocId, freeId, printId, closeIds, registerId };
Agiodisc_t byteArrayIo = { nullptr, appendToByteArray, noFlush };
Agdisc_t graphDisc = { &AgMemDisc, &sequentialIdDisc, &byteArrayIo };

bool isFixed(const Node &n, Positions positions)
{
    switch (positions) {
    case Positions::None: return false;
    case Positions::Pinned:
    case Positions::AsAttributes: return n.pinned && n.pos;
    case Positions::AllFixed: return n.pos.has_value();
    }
    return false;
}

// Objects are created in the order in which agwrite lists them and `dot`
// reads them back (clusters with their nodes, then the other nodes, then
// edges by tail), so that a DOT export lays out like the graph built here.
// A label of exactly `size` points and nothing in it: an HTML table of
// fixed size, the one way to give Graphviz a label's size instead of text it
// would measure with its own fonts.
void setLabelSize(Agedge_t *edge, Agsym_t *label, QSizeF size)
{
    const QByteArray html = QByteArrayLiteral("<TABLE FIXEDSIZE=\"TRUE\" WIDTH=\"")
        + QByteArray::number(std::clamp(qCeil(size.width()), 1, 65535))
        + QByteArrayLiteral("\" HEIGHT=\"")
        + QByteArray::number(std::clamp(qCeil(size.height()), 1, 65535))
        + QByteArrayLiteral("\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                            "CELLPADDING=\"0\"><TR><TD></TD></TR></TABLE>");
    Agraph_t *g = agraphof(edge);
    char *value = agstrdup_html(g, const_cast<char *>(html.constData()));
    agxset(edge, label, value);
    agstrfree(g, value);
}

// `labelSizes` (model order, empty sizes for edges without a label) gives
// dot room for each edge's label, which it then places beside the edge.
BuiltGraph buildGraph(const Model &model, Purpose purpose, Positions positions,
    bool withClusters = true, const QVector<QSizeF> &labelSizes = {},
    const QVector<double> &nodeScales = {})
{
    BuiltGraph b;
    const QByteArray name = model.name.isEmpty() ? QByteArray("weaklink") : dotString(model.name);
    b.graph.reset(agopen(mut(name.constData()), Agdirected, &graphDisc));
    Agraph_t *g = b.graph.get();

    bool anyPosition = false;
    for (const Node &n : model.nodes()) {
        if (positions == Positions::AsAttributes ? n.pos.has_value() : isFixed(n, positions)) {
            anyPosition = true;
            b.hasFixedNodes = b.hasFixedNodes || isFixed(n, positions);
        }
    }
    if (anyPosition) {
        // Positions in points, as everywhere else in Weaklink, not inches.
        declare(g, AGRAPH, "inputscale", number(kPointsPerInch));
    }
    if (b.hasFixedNodes && positions != Positions::AsAttributes) {
        // Otherwise neato moves the whole drawing to the origin.
        declare(g, AGRAPH, "notranslate", "true");
    }

    declare(g, AGRAPH, "ranksep", number(kRankSeparation));
    declare(g, AGNODE, "shape", "box");
    declare(g, AGNODE, "fixedsize", "true");
    Agsym_t *width = declare(g, AGNODE, "width", number(kNodeWidth / kPointsPerInch));
    Agsym_t *height = declare(g, AGNODE, "height", number(kNodeHeight / kPointsPerInch));
    // Fixed-size boxes do not depend on their text; the layout need not
    // measure it (Graphviz would warn about every name too long to fit).
    const bool forExport = purpose == Purpose::Export;
    Agsym_t *label = declare(g, AGNODE, "label", forExport ? "\\N" : "");
    Agsym_t *pos = anyPosition ? declare(g, AGNODE, "pos", "") : nullptr;
    Agsym_t *kind = forExport ? declare(g, AGNODE, "kind", "") : nullptr;
    Agsym_t *clusterLabel = declare(g, AGRAPH, "label", "");
    const bool sizedLabels = !forExport && labelSizes.size() == model.edges().size()
        && std::any_of(labelSizes.cbegin(), labelSizes.cend(),
            [](const QSizeF &size) { return !size.isEmpty(); });
    Agsym_t *edgeLabel = forExport || sizedLabels ? declare(g, AGEDGE, "label", "") : nullptr;

    b.clusters = clustersOf(model);
    const qsizetype subgraphCount = withClusters ? b.clusters.organizations.size() : 0;
    b.subgraphs.reserve(subgraphCount);
    for (int c = 0; c < subgraphCount; ++c) {
        QByteArray subName = "cluster_" + QByteArray::number(c);
        Agraph_t *sub = agsubg(g, subName.data(), 1);
        set(sub, clusterLabel, dotString(b.clusters.organizations.at(c)));
        b.subgraphs << sub;
    }

    const qsizetype nodeCount = model.nodes().size();
    QVector<int> creationOrder(nodeCount);
    std::iota(creationOrder.begin(), creationOrder.end(), 0);
    const auto clusterRank = [&b](int node) {
        const int c = b.clusters.ofNode.at(node);
        return c >= 0 ? c : std::numeric_limits<int>::max();
    };
    std::stable_sort(creationOrder.begin(), creationOrder.end(),
        [&](int x, int y) { return clusterRank(x) < clusterRank(y); });
    QVector<int> createdAs(nodeCount);
    b.nodes.resize(nodeCount);
    for (int k = 0; k < nodeCount; ++k) {
        const int i = creationOrder.at(k);
        createdAs[i] = k;
        const Node &n = model.nodes().at(i);
        QByteArray id = dotString(n.id);
        const int c = b.clusters.ofNode.at(i);
        Agnode_t *node = agnode(c >= 0 && withClusters ? b.subgraphs.at(c) : g, id.data(), 1);
        if (forExport)
            set(node, label, dotString(n.name));
        if (const double scale = nodeScales.value(i, 1.0); scale != 1.0) {
            set(node, width, number(kNodeWidth * scale / kPointsPerInch));
            set(node, height, number(kNodeHeight * scale / kPointsPerInch));
        }
        if (kind)
            set(node, kind, dotString(n.kind));
        if (pos && n.pos && (positions == Positions::AsAttributes || isFixed(n, positions)))
            set(node, pos, posValue(*n.pos, isFixed(n, positions)));
        b.nodes[i] = node;
    }

    const qsizetype edgeCount = model.edges().size();
    QVector<int> tails(edgeCount);
    for (int j = 0; j < edgeCount; ++j)
        tails[j] = createdAs.at(model.nodeIndex(model.edges().at(j).source));
    QVector<int> edgeOrder(edgeCount);
    std::iota(edgeOrder.begin(), edgeOrder.end(), 0);
    std::stable_sort(edgeOrder.begin(), edgeOrder.end(),
        [&tails](int x, int y) { return tails.at(x) < tails.at(y); });
    b.edges.resize(edgeCount);
    for (const int j : edgeOrder) {
        const Edge &e = model.edges().at(j);
        QByteArray key = dotString(e.id);
        Agedge_t *edge = agedge(g, b.nodes.at(model.nodeIndex(e.source)),
            b.nodes.at(model.nodeIndex(e.target)), key.data(), 1);
        if (sizedLabels) {
            if (!labelSizes.at(j).isEmpty())
                setLabelSize(edge, edgeLabel, labelSizes.at(j));
        } else if (edgeLabel && !e.label.isEmpty()) {
            set(edge, edgeLabel, dotString(e.label));
        }
        b.edges[j] = edge;
    }
    return b;
}

void setGraphAttribute(Agraph_t *g, const char *name, const char *value)
{
    agattr(g, AGRAPH, mut(name), mut(value));
}

// Appends a straight stretch from the path's end to `to` as one cubic
// segment, keeping the path in Graphviz's 3n + 1 form.
void appendStraight(QVector<QPointF> &path, QPointF to)
{
    const QPointF from = path.constLast();
    path << from + (to - from) / 3.0 << from + (to - from) * (2.0 / 3.0) << to;
}

QVector<QPointF> routeOf(Agedge_t *e)
{
    QVector<QPointF> path;
    const splines *spl = ED_spl(e);
    if (!spl)
        return path;
    for (int i = 0; i < spl->size; ++i) {
        const bezier &bz = spl->list[i];
        if (bz.size < 1)
            continue;
        // Arrowheads are cut off the curve; the path runs on to their tips,
        // which lie on the node boundaries.
        if (path.isEmpty())
            path << (bz.sflag ? fromGraphviz(bz.sp) : fromGraphviz(bz.list[0]));
        if (path.constLast() != fromGraphviz(bz.list[0]))
            appendStraight(path, fromGraphviz(bz.list[0]));
        for (int k = 1; k < bz.size; ++k)
            path << fromGraphviz(bz.list[k]);
        if (bz.eflag)
            appendStraight(path, fromGraphviz(bz.ep));
    }
    if ((path.size() - 1) % 3 != 0)
        path.clear();
    return path;
}

// Reads the laid-out graph back into plain geometry.
LayoutResult readBack(const BuiltGraph &b, const QString &engine)
{
    LayoutResult r;
    r.engine = engine;
    r.nodeCenters.reserve(b.nodes.size());
    for (Agnode_t *n : b.nodes)
        r.nodeCenters << fromGraphviz(ND_coord(n));

    r.edges.reserve(b.edges.size());
    for (Agedge_t *e : b.edges) {
        EdgeRoute route;
        route.points = routeOf(e);
        if (const textlabel_t *l = ED_label(e); l && l->set)
            route.labelPos = fromGraphviz(l->pos);
        r.edges << route;
    }

    Agraph_t *g = b.graph.get();
    QHash<Agraph_t *, int> clusterIndex;
    for (int c = 0; c < b.subgraphs.size(); ++c)
        clusterIndex.insert(b.subgraphs.at(c), c);
    // GD_clust is 1-based.
    for (int i = 1; i <= GD_n_cluster(g); ++i) {
        Agraph_t *sub = GD_clust(g)[i];
        const int c = clusterIndex.value(sub, -1);
        if (c < 0)
            continue;
        const boxf bb = GD_bb(sub);
        r.clusters << ClusterBox { b.clusters.organizations.at(c),
            QRectF(fromGraphviz(bb.LL), fromGraphviz(bb.UR)).normalized() };
    }
    frameMissingClusters(b.clusters, r);
    sortClusters(b.clusters, r);
    r.bounds = boundsOf(r);
    return r;
}

bool isFinite(const LayoutResult &r)
{
    const auto finite = [](QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
    if (!std::all_of(r.nodeCenters.cbegin(), r.nodeCenters.cend(), finite))
        return false;
    for (const EdgeRoute &e : r.edges)
        if (!std::all_of(e.points.cbegin(), e.points.cend(), finite))
            return false;
    return std::isfinite(r.bounds.width()) && std::isfinite(r.bounds.height());
}

// Pinned nodes end where they started: the drawing is moved by however far
// Graphviz shifted them, and the inch round trip is undone. A pin Graphviz
// did not keep is reported rather than hidden.
void settlePins(const Model &model, Positions positions, LayoutResult &r)
{
    QPointF shift;
    bool haveShift = false;
    for (int i = 0; i < model.nodes().size(); ++i) {
        const Node &n = model.nodes().at(i);
        if (!isFixed(n, positions))
            continue;
        shift = *n.pos - r.nodeCenters.at(i);
        haveShift = true;
        break;
    }
    if (!haveShift)
        return;
    translate(r, shift);
    for (int i = 0; i < model.nodes().size(); ++i) {
        const Node &n = model.nodes().at(i);
        if (!isFixed(n, positions))
            continue;
        const QPointF off = r.nodeCenters.at(i) - *n.pos;
        const double tolerance
            = kPinRelativeTolerance * std::max({ 1.0, std::abs(n.pos->x()), std::abs(n.pos->y()) });
        if (std::abs(off.x()) <= tolerance && std::abs(off.y()) <= tolerance)
            r.nodeCenters[i] = *n.pos;
        else
            r.messages << QStringLiteral("%1 moved the fixed node \"%2\"").arg(r.engine, n.id);
    }
}

// Box nodes are much wider than the force-directed engines' ideal edge
// length; without overlap removal they pile up. Measured on the example
// model: prism (overlap=false) leaves no overlaps for neato, sfdp, circo and
// twopi but moves pinned nodes; fdp's own default leaves none and keeps pins.
// Edge routing and pinned neato layouts must not move anything. For sfdp,
// whose models are the large ones, prism is most of the work (`sfdp -Tplain`
// on layout-5k: 1.7 s without it, 5.7 s with it, 2.3 s with prism20): it is
// cut short and separateOverlaps() finishes the job.
const char *overlapMode(Engine engine, bool fixedNodes)
{
    switch (engine) {
    case Engine::Dot:
    case Engine::Fdp: return nullptr;
    case Engine::Neato: return fixedNodes ? nullptr : "false";
    case Engine::Sfdp: return "prism20";
    case Engine::Circo:
    case Engine::Twopi: return "false";
    }
    return nullptr;
}

// fdp lays out each cluster on its own and then places the clusters: it
// keeps pins only if all pinned nodes share a cluster, or none is in one
// (measured with 2.42; pins in two places came back moved).
bool pinsInSeveralPlaces(const Model &model)
{
    const Clusters clusters = clustersOf(model);
    std::optional<int> place;
    for (int i = 0; i < model.nodes().size(); ++i) {
        if (!isFixed(model.nodes().at(i), Positions::Pinned))
            continue;
        if (place && *place != clusters.ofNode.at(i))
            return true;
        place = clusters.ofNode.at(i);
    }
    return false;
}

bool withinGraphvizRange(QPointF p)
{
    return std::abs(p.x()) <= kMaxFixedCoordinate && std::abs(p.y()) <= kMaxFixedCoordinate;
}

// Empty if every position given to Graphviz is one it can work with.
QString checkFixedPositions(const Model &model, Positions positions, const QString &engine)
{
    for (const Node &n : model.nodes()) {
        if (isFixed(n, positions) && !withinGraphvizRange(*n.pos))
            return QStringLiteral("node \"%1\" is fixed at (%2, %3), beyond the ±%4 points %5 "
                                  "can work with")
                .arg(n.id)
                .arg(n.pos->x())
                .arg(n.pos->y())
                .arg(kMaxFixedCoordinate, 0, 'g', 10)
                .arg(engine);
    }
    return QString();
}

LayoutOutcome runLayout(const Model &model, Engine engine, Positions positions, bool routeSplines,
    const std::atomic_bool *cancel, const QVector<QSizeF> &labelSizes = {},
    const QVector<double> &nodeScales = {})
{
    LayoutOutcome outcome;
    if (cancelled(cancel)) {
        outcome.cancelled = true;
        return outcome;
    }
    const QString name = engineName(engine);
    if (const QString error = checkFixedPositions(model, positions, name); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    const bool withClusters
        = !(engine == Engine::Fdp && positions == Positions::Pinned && pinsInSeveralPlaces(model));
    LayoutResult result;
    bool pinsGiven = false;
    {
        GraphvizSession session;
        // Another layout may have held the lock for a long time.
        if (cancelled(cancel)) {
            outcome.cancelled = true;
            return outcome;
        }
        ContextPtr gvc = newContext();
        if (!gvc) {
            outcome.error = QStringLiteral("cannot start Graphviz");
            return outcome;
        }
        // Only dot makes room for labels; the other engines would merely
        // report a position at each edge's middle.
        BuiltGraph b = buildGraph(model, Purpose::Layout, positions, withClusters,
            engine == Engine::Dot ? labelSizes : QVector<QSizeF>(), nodeScales);
        Agraph_t *g = b.graph.get();
        if (const char *overlap = overlapMode(engine, b.hasFixedNodes))
            setGraphAttribute(g, "overlap", overlap);
        if (routeSplines)
            setGraphAttribute(g, "splines", "true");
        const QByteArray engineBytes = name.toUtf8();
        if (gvLayout(gvc.get(), g, engineBytes.constData()) != 0) {
            outcome.error = session.errorText();
            return outcome;
        }
        LayoutGuard guard(gvc.get(), g);
        if (session.hadError()) {
            outcome.error = session.errorText();
            return outcome;
        }
        result = readBack(b, name);
        if (!isFinite(result)) {
            // A second guard behind checkFixedPositions(): neato returned
            // NaN, without a message, for pins beyond its range.
            outcome.error = QStringLiteral("%1 produced no usable positions (infinite or NaN); "
                                           "are fixed positions out of range?")
                                .arg(name);
            return outcome;
        }
        result.messages = session.warnings();
        if (engine == Engine::Neato && positions == Positions::Pinned && b.hasFixedNodes)
            result.messages << QStringLiteral(
                "neato keeps pinned nodes in place only without removing overlaps; fdp does both");
        if (!withClusters)
            result.messages << QStringLiteral(
                "fdp keeps pinned nodes in place only if they share one organisation, so the "
                "organisations were not kept together");
        pinsGiven = b.hasFixedNodes;
    }
    if (cancelled(cancel)) {
        outcome.cancelled = true;
        return outcome;
    }
    if (engine == Engine::Sfdp)
        separateOverlaps(model, result);
    if (pinsGiven)
        settlePins(model, positions, result);
    else
        translate(result, -result.bounds.topLeft());
    outcome.result = std::move(result);
    return outcome;
}

} // namespace

LayoutOutcome layOutWithEngine(const Model &model, Engine engine, const std::atomic_bool *cancel,
    const QVector<QSizeF> &labelSizes)
{
    return runLayout(model, engine, Positions::None, false, cancel, labelSizes);
}

BoxLayout layOutBoxes(const QVector<QSizeF> &sizes, double gap,
    const QVector<QPair<int, int>> &links, const QVector<int> &minLength, Engine engine,
    const std::atomic_bool *cancel)
{
    BoxLayout out;
    if (cancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    GraphvizSession session;
    if (cancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    ContextPtr gvc = newContext();
    if (!gvc) {
        out.error = QStringLiteral("cannot start Graphviz");
        return out;
    }
    GraphPtr graph(agopen(mut("blocks"), Agdirected, &graphDisc));
    Agraph_t *g = graph.get();
    declare(g, AGRAPH, "ranksep", number(kRankSeparation));
    // dot keeps nodes on a rank nodesep apart; the other engines keep the
    // boxes, enlarged by the gap, from overlapping.
    const bool dot = engine == Engine::Dot;
    if (dot)
        declare(g, AGRAPH, "nodesep", number(gap / kPointsPerInch));
    else
        declare(g, AGRAPH, "overlap", "false");
    const double margin = dot ? 0.0 : gap;
    // Only the positions are used: no edges are routed.
    declare(g, AGRAPH, "splines", "");
    declare(g, AGNODE, "shape", "box");
    declare(g, AGNODE, "fixedsize", "true");
    declare(g, AGNODE, "label", "");
    Agsym_t *width = declare(g, AGNODE, "width", "");
    Agsym_t *height = declare(g, AGNODE, "height", "");
    Agsym_t *minlen = minLength.isEmpty() ? nullptr : declare(g, AGEDGE, "minlen", "1");
    QVector<Agnode_t *> nodes;
    nodes.reserve(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        QByteArray name = QByteArray::number(i);
        Agnode_t *node = agnode(g, name.data(), 1);
        set(node, width, number((sizes.at(i).width() + margin) / kPointsPerInch));
        set(node, height, number((sizes.at(i).height() + margin) / kPointsPerInch));
        nodes << node;
    }
    for (qsizetype k = 0; k < links.size(); ++k) {
        Agedge_t *edge
            = agedge(g, nodes.at(links.at(k).first), nodes.at(links.at(k).second), nullptr, 1);
        if (minlen)
            set(edge, minlen, QByteArray::number(minLength.at(k)));
    }
    const QByteArray engineBytes = engineName(engine).toUtf8();
    if (gvLayout(gvc.get(), g, engineBytes.constData()) != 0) {
        out.error = session.errorText();
        return out;
    }
    LayoutGuard guard(gvc.get(), g);
    if (session.hadError()) {
        out.error = session.errorText();
        return out;
    }
    for (Agnode_t *node : nodes) {
        const QPointF c = fromGraphviz(ND_coord(node));
        if (!std::isfinite(c.x()) || !std::isfinite(c.y())) {
            out.error = QStringLiteral("%1 produced no usable positions for the organisations")
                            .arg(engineName(engine));
            out.centers.clear();
            return out;
        }
        out.centers << c;
    }
    out.messages = session.warnings();
    return out;
}

namespace {

// With pins to keep, the engine lays out the whole model with one cluster
// per organisation, as before issue 11: pins win over organisation blocks.
bool keepsPins(const Model &model, const LayoutOptions &options)
{
    return options.keepPinned && engineHonoursPins(options.engine)
        && std::any_of(model.nodes().cbegin(), model.nodes().cend(),
            [](const Node &n) { return isFixed(n, Positions::Pinned); });
}

bool allPlaced(const Model &model)
{
    return std::all_of(model.nodes().cbegin(), model.nodes().cend(),
        [](const Node &n) { return n.pos.has_value(); });
}

} // namespace

int largestGraphvizRun(const Model &model, const LayoutOptions &options, bool routeOnly)
{
    const int n = int(model.nodes().size());
    if (routeOnly)
        return !allPlaced(model) || n <= kMaxSplineRoutedNodes ? n : 0;
    if (keepsPins(model, options))
        return n;
    return largestOrganisationRun(model, options.nodeScales);
}

LayoutOutcome computeLayout(
    const Model &model, const LayoutOptions &options, const std::atomic_bool *cancel)
{
    if (keepsPins(model, options))
        return runLayout(
            model, options.engine, Positions::Pinned, false, cancel, options.labelSizes);
    return layOutByOrganisation(
        model, options.engine, cancel, options.labelSizes, options.nodeScales);
}

LayoutOutcome routeEdges(const Model &model, const QVector<double> &nodeScales)
{
    const bool placed = allPlaced(model);
    const bool inRange = std::all_of(model.nodes().cbegin(), model.nodes().cend(),
        [](const Node &n) { return !n.pos || withinGraphvizRange(*n.pos); });
    const bool small = model.nodes().size() <= kMaxSplineRoutedNodes;
    LayoutOutcome outcome;
    if (!placed || (small && inRange)) {
        outcome
            = runLayout(model, Engine::Neato, Positions::AllFixed, small, nullptr, {}, nodeScales);
    } else {
        // Nothing for Graphviz to do, or nothing it could do safely: the
        // edges stay straight (see kMaxSplineRoutedNodes, kMaxFixedCoordinate).
        LayoutResult r;
        r.engine = engineName(Engine::Neato);
        r.nodeCenters.reserve(model.nodes().size());
        for (const Node &n : model.nodes())
            r.nodeCenters << *n.pos;
        r.edges.resize(model.edges().size());
        outcome.result = std::move(r);
    }
    if (outcome.result) {
        // See layout.h: the drawing frames the organisations.
        outcome.result->clusters.clear();
        outcome.result->bounds = boundsOf(*outcome.result);
    }
    return outcome;
}

QByteArray writeDot(const Model &model, QString *error)
{
    QByteArray dot;
    GraphvizSession session;
    const BuiltGraph b = buildGraph(model, Purpose::Export, Positions::AsAttributes);
    if (agwrite(b.graph.get(), &dot) != 0 || session.hadError()) {
        if (error)
            *error = QStringLiteral("cannot write DOT: %1").arg(session.errorText());
        return QByteArray();
    }
    return dot;
}

namespace {

QString attribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? QString::fromUtf8(value) : QString();
}

bool isHtml(void *object, const char *name)
{
    char *value = agget(object, const_cast<char *>(name));
    return value && aghtmlstr(value);
}

// Records, for every node of each cluster below `g`, the clusters it sits
// in; the deepest path wins. At most 256 levels are followed.
void collectClusters(Agraph_t *g, const QVector<DotGraph::Cluster> &path,
    QHash<QString, QVector<DotGraph::Cluster>> *clusters)
{
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        QVector<DotGraph::Cluster> inner = path;
        const QString name = QString::fromUtf8(agnameof(sub));
        if (name.startsWith(u"cluster", Qt::CaseInsensitive)) {
            const QString label = attribute(sub, "label");
            const bool own = label != attribute(agparent(sub), "label");
            inner.append({ name, own ? label : QString(), own && isHtml(sub, "label") });
            for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n)) {
                QVector<DotGraph::Cluster> &of = (*clusters)[QString::fromUtf8(agnameof(n))];
                if (of.size() < inner.size())
                    of = inner;
            }
        }
        if (inner.size() <= 256)
            collectClusters(sub, inner, clusters);
    }
}

} // namespace

std::optional<DotGraph> parseDot(const QByteArray &dot, QString *error)
{
    GraphvizSession session;
    const GraphPtr g(agmemread(dot.constData()));
    if (!g) {
        *error = session.text();
        return std::nullopt;
    }
    DotGraph graph;
    graph.name = QString::fromUtf8(agnameof(g.get()));
    graph.label = attribute(g.get(), "label");
    graph.htmlLabel = isHtml(g.get(), "label");
    graph.directed = agisdirected(g.get());
    graph.inputScale = attribute(g.get(), "inputscale");
    QHash<QString, QVector<DotGraph::Cluster>> clusters;
    collectClusters(g.get(), {}, &clusters);
    for (Agnode_t *n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        const QString name = QString::fromUtf8(agnameof(n));
        graph.nodes.append({ name, attribute(n, "label"), isHtml(n, "label"), attribute(n, "kind"),
            attribute(n, "pos"), clusters.value(name) });
        for (Agedge_t *e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
            graph.edges.append({ name, QString::fromUtf8(agnameof(aghead(e))),
                attribute(e, "label"), isHtml(e, "label") });
    }
    return graph;
}

} // namespace wl::layout
