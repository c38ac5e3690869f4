#include "diagramscene.h"

#include "clusteritem.h"
#include "diagramview.h"
#include "edgeitem.h"
#include "nodeitem.h"
#include "selection.h"

#include "jobs/backgroundthreads.h"
#include "layout/layout.h"
#include "model/document.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QScopedValueRollback>

#include <algorithm>
#include <utility>

namespace wl {

namespace {

// Stacking: clusters below edges below nodes (the connection being dragged
// is above everything: diagramsceneinput.cpp).
constexpr double kClusterZ = -2.0;
constexpr double kEdgeZ = -1.0;

// A change of positions of up to this many nodes (a drop, an undo) shows at
// once on a large map (startFollowing()); a larger one (a layout) waits for
// the rebuild rather than straighten every edge on a worker beside it.
constexpr int kMostFollowed = 1000;

// How long one turn of the event loop may spend making or updating the
// items of a large diagram.
constexpr int kItemSliceMs = 25;

// Room to scroll beyond the diagram, so that nodes can be dragged outwards.
constexpr double kMinSceneMargin = 200.0;
const QRectF kEmptySceneRect(-400.0, -300.0, 800.0, 600.0);

QRectF routeBounds(const layout::EdgeRoute &route)
{
    if (route.points.isEmpty())
        return {};
    double left = route.points.first().x();
    double right = left;
    double top = route.points.first().y();
    double bottom = top;
    for (const QPointF &p : route.points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// The whole map of `m`, following the layout `memo` was made for where it
// still fits. Touches nothing else: it runs on a worker for large maps.
render::Diagram wholeDiagram(const Model &m, const DiagramScene::LayoutMemo *layout)
{
    if (!layout)
        return render::buildDiagram(m);

    const DiagramScene::LayoutMemo &memo = *layout;
    const QVector<QPointF> &centers = memo.result.nodeCenters;
    const auto layoutIndex = [&memo](const QString &id) { return memo.nodeIndex.value(id, -1); };

    // Nodes without a stored position stand where the layout put them.
    Model filled;
    const Model *source = &m;
    for (int i = 0; i < m.nodes().size(); ++i) {
        const Node &n = m.nodes()[i];
        const int k = layoutIndex(n.id);
        if (n.pos || k < 0)
            continue;
        if (source == &m) {
            filled = m;
            source = &filled;
        }
        filled.setPosition(i, centers[k]);
    }

    // Routes and boxes are only meaningful once every node has a place.
    QVector<QPointF> placed;
    placed.reserve(source->nodes().size());
    for (const Node &n : source->nodes()) {
        if (!n.pos)
            return render::buildDiagram(*source);
        placed.append(*n.pos);
    }

    layout::LayoutResult aligned;
    aligned.engine = memo.result.engine;
    aligned.nodeCenters = placed;
    QRectF bounds;
    for (const QPointF &c : placed)
        bounds |= render::nodeRect(c);

    const auto unmoved = [&](const QString &id) {
        const int k = layoutIndex(id);
        return k >= 0 && centers[k] == placed[m.nodeIndex(id)];
    };
    aligned.edges.resize(m.edges().size());
    for (int i = 0; i < m.edges().size(); ++i) {
        const Edge &e = m.edges()[i];
        const int k = memo.edgeIndex.value(e.id, -1);
        if (k < 0 || k >= memo.result.edges.size()
            || memo.edgeEnds[k] != qMakePair(e.source, e.target) || !unmoved(e.source)
            || !unmoved(e.target))
            continue;
        aligned.edges[i] = memo.result.edges[k];
        bounds |= routeBounds(aligned.edges[i]);
    }

    // An organisation keeps its box while its members are the ones the
    // layout saw, where it put them.
    QHash<QString, int> members;
    QSet<QString> changed;
    for (int i = 0; i < m.nodes().size(); ++i) {
        const Node &n = m.nodes()[i];
        if (n.organization.isEmpty())
            continue;
        ++members[n.organization];
        const int k = layoutIndex(n.id);
        if (k < 0 || memo.nodeOrganization[k] != n.organization || centers[k] != placed[i])
            changed.insert(n.organization);
    }
    for (const layout::ClusterBox &c : memo.result.clusters) {
        if (changed.contains(c.organization)
            || members.value(c.organization) != memo.organizationSize.value(c.organization))
            continue;
        aligned.clusters.append(c);
        bounds |= c.box;
    }
    aligned.bounds = bounds;
    return render::buildDiagram(*source, &aligned);
}

// Whether a slice of work of `ms` milliseconds (-1: no limit) is used up,
// asked with the count of items done: the clock is read every few hundred
// items, as a read per item costs more than the item.
class SliceBudget {
public:
    explicit SliceBudget(int ms)
        : m_ms(ms)
    {
        m_clock.start();
    }
    bool spent(qsizetype done) const
    {
        return m_ms >= 0 && done % 256 == 255 && m_clock.elapsed() >= m_ms;
    }

private:
    int m_ms;
    QElapsedTimer m_clock;
};

// The parent of every node item or every edge item, which carries their
// stacking order: Qt sorts a scene's top-level items by it before painting
// after any was added, which took a fifth of a second at 350,000 items,
// twice for each slice of items made; the children of one parent, all at
// the same height, stay in the order they were added.
class StackLayer : public QGraphicsItem {
public:
    explicit StackLayer(double z)
    {
        setZValue(z);
        setFlag(ItemHasNoContents);
    }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }
};

} // namespace

DiagramScene::DiagramScene(Document *document, Selection *selection, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_selection(selection)
{
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &DiagramScene::onUpdateTimer);
    connect(
        &m_build, &QFutureWatcher<render::Diagram>::finished, this, &DiagramScene::onBuildFinished);
    connect(&m_restyle, &QFutureWatcher<render::Diagram>::finished, this,
        &DiagramScene::onRestyleFinished);
    connect(&m_follow, &QFutureWatcher<render::Diagram>::finished, this,
        &DiagramScene::onFollowFinished);

    connect(document, &Document::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Reset) {
            m_layout.reset();
            m_replaced = true;
        }
        scheduleUpdate();
        if (e.kind == ChangeEvent::Kind::PositionsChanged && buildsInBackground())
            startFollowing();
    });
    connect(selection, &Selection::changed, this, [this] {
        // A pending update applies the selection to the items it makes.
        if (!m_dirty && !m_itemsStale)
            applySelection();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::publishSelection);

    m_replaced = true;
    scheduleUpdate();
}

DiagramScene::~DiagramScene()
{
    dropAndWait(m_build);
    dropAndWait(m_restyle);
    dropAndWait(m_follow);
    // Items go while this object is whole: deleting selected items emits
    // selectionChanged, which must not reach a half-destroyed scene.
    m_syncing = true;
    clear();
}

const render::Diagram &DiagramScene::diagram()
{
    updateNow();
    return m_diagram;
}

NodeItem *DiagramScene::nodeItem(const QString &id)
{
    updateNow();
    return m_nodeItems.value(id);
}

EdgeItem *DiagramScene::edgeItem(const QString &id)
{
    updateNow();
    return m_edgeItems.value(id);
}

NodeItem *DiagramScene::nodeItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits
        = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits)
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    return nullptr;
}

std::optional<QPointF> DiagramScene::nodeCenter(const QString &id)
{
    updateNow();
    const render::Diagram &whole = inView() ? m_whole : m_diagram;
    const int index = m_document->model().nodeIndex(id);
    if (index < 0 || index >= whole.nodes.size())
        return std::nullopt;
    return whole.nodes[index].center;
}

QHash<QString, std::optional<QPointF>> DiagramScene::unstoredPositions()
{
    updateNow();
    const render::Diagram &whole = inView() ? m_whole : m_diagram;
    QHash<QString, std::optional<QPointF>> out;
    const QVector<Node> &nodes = m_document->model().nodes();
    for (int i = 0; i < nodes.size() && i < whole.nodes.size(); ++i)
        if (!nodes[i].pos)
            out.insert(nodes[i].id, whole.nodes[i].center);
    return out;
}

void DiagramScene::setLayout(const layout::LayoutResult &result, const Model &snapshot)
{
    if (std::shared_ptr<const LayoutMemo> memo = memoOf(result, snapshot))
        restoreLayout(std::move(memo));
}

std::shared_ptr<const DiagramScene::LayoutMemo> DiagramScene::memoOf(
    const layout::LayoutResult &result, const Model &snapshot)
{
    if (result.nodeCenters.size() != snapshot.nodes().size())
        return nullptr;
    auto memo = std::make_shared<LayoutMemo>();
    memo->result = result;
    const QVector<Node> &nodes = snapshot.nodes();
    memo->nodeIndex.reserve(nodes.size());
    memo->nodeOrganization.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        memo->nodeIndex.insert(nodes[i].id, i);
        memo->nodeOrganization.append(nodes[i].organization);
        if (!nodes[i].organization.isEmpty())
            ++memo->organizationSize[nodes[i].organization];
    }
    const QVector<Edge> &edges = snapshot.edges();
    memo->edgeIndex.reserve(edges.size());
    for (int i = 0; i < edges.size(); ++i) {
        memo->edgeIndex.insert(edges[i].id, i);
        memo->edgeEnds.append({ edges[i].source, edges[i].target });
    }
    return memo;
}

void DiagramScene::restoreLayout(std::shared_ptr<const LayoutMemo> memo)
{
    m_layout = std::move(memo);
    m_replaced = true;
    scheduleUpdate();
}

void DiagramScene::updateNow()
{
    builtDiagram();
    if (m_itemsStale)
        updateItems();
    if (m_looks.pending)
        updateLooks(-1);
}

const render::Diagram &DiagramScene::builtDiagram()
{
    if (m_buildPending) {
        m_build.waitForFinished();
        m_buildPending = false;
        if (!m_dirty)
            adoptDiagram(m_build.future().takeResult(), m_buildLook);
    }
    if (m_dirty)
        buildDiagram();
    // At most twice: a restyle that ends behind the look starts the next.
    while (m_restylePending) {
        m_restyle.waitForFinished();
        takeRestyle();
    }
    return m_diagram;
}

void DiagramScene::scheduleUpdate()
{
    m_dirty = true;
    m_updateTimer.start();
}

void DiagramScene::onUpdateTimer()
{
    if (m_dirty) {
        if (buildsInBackground()) {
            startBuild();
            return;
        }
        buildDiagram();
        // A large diagram updates its items on the next turn of the event
        // loop, so that input and timers get a turn in between.
        if (isLarge(m_diagram)) {
            m_updateTimer.start();
            return;
        }
    }
    if (m_itemsStale && !updateItems(kItemSliceMs))
        m_updateTimer.start();
    else if (!m_itemsStale && m_looks.pending && !updateLooks(kItemSliceMs))
        m_updateTimer.start();
}

bool DiagramScene::awaitsFirstDiagram() const
{
    return m_diagram.nodes.isEmpty() && !isCurrent() && buildsInBackground();
}

bool DiagramScene::buildsInBackground() const
{
    const Model &m = m_document->model();
    return !inView() && m.nodes().size() + m.edges().size() > kLargeDiagram;
}

void DiagramScene::startBuild()
{
    // One build at a time: the one running calls again when it ends.
    if (m_build.isRunning())
        return;
    m_dirty = false;
    m_buildPending = true;
    m_buildLook = m_lookRevision;
    m_build.setFuture(
        runInBackground([model = m_document->model(), layout = m_layout, overlay = m_overlay,
                            nodes = m_pathNodes, edges = m_pathEdges] {
            render::Diagram d = wholeDiagram(model, layout.get());
            applyLook(d, overlay, nodes, edges);
            return d;
        }));
}

void DiagramScene::onBuildFinished()
{
    if (!m_buildPending || m_dirty) {
        // Taken by updateNow(), or overtaken by a change: build again if
        // the document changed since.
        m_buildPending = false;
        if (m_dirty)
            m_updateTimer.start();
        return;
    }
    m_buildPending = false;
    adoptDiagram(m_build.future().takeResult(), m_buildLook);
    m_updateTimer.start();
}

void DiagramScene::setView(const render::ViewSpec &spec)
{
    if (spec == m_viewSpec)
        return;
    m_viewSpec = spec;
    m_replaced = true;
    scheduleUpdate();
    emit viewChanged();
}

void DiagramScene::buildDiagram()
{
    m_dirty = false;
    adoptDiagram(inView() ? buildView() : wholeDiagram(m_document->model(), m_layout.get()));
}

void DiagramScene::adoptDiagram(render::Diagram d, std::optional<quint64> look)
{
    destroyInBackground(std::exchange(m_diagram, std::move(d)));
    ++m_diagramGeneration;
    // Items part-way matched to the diagram before start over.
    m_reconciling.nextNode = 0;
    m_reconciling.nextEdge = 0;
    m_looks = Looks();
    if (look) {
        m_diagramLook = *look;
    } else {
        applyLook(m_diagram, inView() ? render::viewOverlay(m_overlay, m_shownView) : m_overlay,
            m_pathNodes, m_pathEdges);
        m_diagramLook = m_lookRevision;
    }
    // The overlay changed while a worker built the diagram.
    if (m_diagramLook != m_lookRevision)
        startRestyle();
    m_itemsStale = true;
    updateItemPainting();
    // Before the items: a view that fits the new picture decides how they
    // are painted.
    if (m_replaced) {
        m_replaced = false;
        emit diagramReplaced();
    }
}

void DiagramScene::updateItemPainting(const QGraphicsView *leaving)
{
    int viewCount = 0;
    bool everyOnePass = true;
    bool allDiagramViews = true;
    QRectF shown;
    for (const QGraphicsView *v : views()) {
        if (v == leaving)
            continue;
        ++viewCount;
        const auto *view = qobject_cast<const DiagramView *>(v);
        if (!view) {
            allDiagramViews = false;
            everyOnePass = false;
            continue;
        }
        everyOnePass = everyOnePass && view->wantsOnePass(m_diagram);
        shown |= view->visibleSceneRect();
    }
    const bool onePass = viewCount > 0 && everyOnePass;
    const bool windowed = isLarge(m_diagram) && viewCount > 0 && allDiagramViews;
    QRectF window;
    if (!onePass && windowed && !shown.isEmpty()) {
        // Half a view more on every side, so that a pan changes the window
        // once a view's width or so; made anew when it no longer covers the
        // views or is far larger than they are (zoomed in).
        window = m_paintWindow;
        if (window.isNull() || !window.contains(shown) || window.width() > 3.0 * shown.width()
            || window.height() > 3.0 * shown.height()) {
            const double dx = shown.width() / 2.0;
            const double dy = shown.height() / 2.0;
            window = shown.adjusted(-dx, -dy, dx, dy);
        }
    }
    if (!m_paintingStale && onePass == m_onePassByZoom && window == m_paintWindow)
        return;
    m_onePassByZoom = onePass;
    m_paintWindow = window;
    if (m_itemsStale) {
        // Items still being made follow the new window; all are decided
        // again once they are made (updateItems).
        m_itemsPainted = !onePass;
        m_paintingStale = true;
        return;
    }
    m_paintingStale = false;
    bool painted = !onePass;
    QVector<QGraphicsItem *> wanted;
    if (painted && !window.isNull()) {
        // Crowded (long edges across the view, mostly): the views paint the
        // diagram in one pass instead, as far out.
        for (const auto &[box, item] : std::as_const(m_nodeExtents))
            if (box.intersects(window) && wanted.size() <= kMostItemsPainting)
                wanted.append(item);
        for (const auto &[extent, item] : std::as_const(m_edgeExtents))
            if (wanted.size() <= kMostItemsPainting && extent.mayShowIn(window))
                wanted.append(item);
        painted = wanted.size() <= kMostItemsPainting;
        if (!painted)
            wanted.clear();
    }
    m_itemsPainted = painted;
    const bool all = painted && window.isNull();
    const auto apply = [](QGraphicsItem *item, bool paints) {
        if (item->flags().testFlag(QGraphicsItem::ItemHasNoContents) == paints)
            item->setFlag(QGraphicsItem::ItemHasNoContents, !paints);
    };
    const auto applyToAll = [this, &apply](bool paints) {
        for (NodeItem *item : std::as_const(m_nodeItems))
            apply(item, paints);
        for (EdgeItem *item : std::as_const(m_edgeItems))
            apply(item, paints);
    };
    // Those that paint stop, then those that should start.
    if (m_paintingAll && !all)
        applyToAll(false);
    for (QGraphicsItem *item : std::as_const(m_painting))
        apply(item, false);
    if (all && !m_paintingAll)
        applyToAll(true);
    for (QGraphicsItem *item : std::as_const(wanted))
        apply(item, true);
    m_painting = std::move(wanted);
    m_paintingAll = all;
    if (m_clusterLayer)
        apply(m_clusterLayer, painted);
    // The views, not the scene: the picture is the same (QGraphicsScene::
    // changed would have the overview paint the whole map again).
    repaintViews();
}

void DiagramScene::repaintViews()
{
    for (QGraphicsView *v : views())
        v->viewport()->update();
}

void DiagramScene::setPainting(QGraphicsItem *item, bool paints)
{
    item->setFlag(QGraphicsItem::ItemHasNoContents, !paints);
    if (paints && !m_paintWindow.isNull())
        m_painting.append(item);
}

void DiagramScene::setOverlay(const render::Overlay &overlay)
{
    m_overlay = overlay;
    applyOverlayLook();
}

void DiagramScene::setPathHighlight(const QStringList &nodeIds, const QStringList &edgeIds)
{
    m_pathNodes = QSet<QString>(nodeIds.cbegin(), nodeIds.cend());
    m_pathEdges = QSet<QString>(edgeIds.cbegin(), edgeIds.cend());
    applyOverlayLook();
}

void DiagramScene::applyLook(render::Diagram &d, const render::Overlay &overlay,
    const QSet<QString> &pathNodes, const QSet<QString> &pathEdges)
{
    render::applyOverlay(d, overlay);
    render::applyEmphasis(d, pathNodes, pathEdges);
}

void DiagramScene::applyOverlayLook()
{
    ++m_lookRevision;
    // A diagram still to be built takes the overlay when it is.
    if (!m_dirty && !m_buildPending) {
        if (buildsInBackground()) {
            startRestyle();
        } else {
            ++m_diagramGeneration;
            applyLook(m_diagram, inView() ? render::viewOverlay(m_overlay, m_shownView) : m_overlay,
                m_pathNodes, m_pathEdges);
            m_diagramLook = m_lookRevision;
            restyleItems();
        }
    }
    emit overlayChanged();
}

void DiagramScene::restyleItems()
{
    // Items still to be matched to m_diagram take the look from there when
    // they are; then all take it, at once or a slice per turn of the event
    // loop on a large map (a third of a second at 350,000 items).
    m_looks = Looks { 0, 0, true };
    if (m_itemsStale || isLarge(m_diagram))
        m_updateTimer.start();
    else
        updateLooks(-1);
}

void DiagramScene::startRestyle()
{
    // One at a time: the one running starts the next when it ends.
    if (m_restyle.isRunning())
        return;
    m_restylePending = true;
    m_restyleFor = m_diagramGeneration;
    m_restyleLook = m_lookRevision;
    m_restyle.setFuture(runInBackground(
        [d = m_diagram, overlay = m_overlay, nodes = m_pathNodes, edges = m_pathEdges]() mutable {
            applyLook(d, overlay, nodes, edges);
            return d;
        }));
}

void DiagramScene::startFollowing()
{
    // One at a time: the one running looks at the model again when it ends.
    if (m_follow.isRunning()) {
        m_followAgain = true;
        return;
    }
    m_followAgain = false;
    m_followFor = m_diagramGeneration;
    m_follow.setFuture(runInBackground([d = m_diagram, model = m_document->model()]() mutable {
        return render::followPositions(d, model, kMostFollowed) > 0 ? d : render::Diagram();
    }));
}

void DiagramScene::onFollowFinished()
{
    render::Diagram d = m_follow.future().takeResult();
    const bool replaced = m_followFor != m_diagramGeneration;
    // Unless nothing moved, or a diagram was built (or restyled) meanwhile:
    // a restyled one, still to be rebuilt, is followed again.
    if (!replaced && !d.nodes.isEmpty()) {
        destroyInBackground(std::exchange(m_diagram, std::move(d)));
        ++m_diagramGeneration;
        // Views that paint the diagram in one pass take the new one.
        repaintViews();
    } else {
        destroyInBackground(std::move(d));
    }
    if (m_followAgain || (replaced && (m_dirty || m_buildPending)))
        startFollowing();
}

void DiagramScene::onRestyleFinished()
{
    // Unless updateNow() took it already.
    if (m_restylePending)
        takeRestyle();
}

void DiagramScene::takeRestyle()
{
    m_restylePending = false;
    render::Diagram d = m_restyle.future().takeResult();
    if (m_restyleFor != m_diagramGeneration || m_dirty || m_buildPending) {
        // The diagram it restyled was replaced meanwhile: the new one took
        // the look (or asks for it) itself.
        destroyInBackground(std::move(d));
        return;
    }
    destroyInBackground(std::exchange(m_diagram, std::move(d)));
    ++m_diagramGeneration;
    m_diagramLook = m_restyleLook;
    repaintViews();
    restyleItems();
    if (m_diagramLook != m_lookRevision)
        startRestyle();
    emit overlayChanged();
}

bool DiagramScene::updateLooks(int budgetMs)
{
    const SliceBudget budget(budgetMs);
    for (; m_looks.nextNode < m_nodeExtents.size(); ++m_looks.nextNode) {
        if (budget.spent(m_looks.nextNode))
            return false;
        const render::NodeVisual &v = m_diagram.nodes.at(m_looks.nextNode);
        NodeItem *item = m_nodeExtents.at(m_looks.nextNode).second;
        // Only the look: the item stays where it is (it may be being
        // dragged).
        render::NodeVisual look = item->visual();
        look.heat = v.heat;
        look.emphasis = v.emphasis;
        look.diff = v.diff;
        look.center = item->pos();
        item->setVisual(look);
    }
    for (; m_looks.nextEdge < m_edgeExtents.size(); ++m_looks.nextEdge) {
        if (budget.spent(m_looks.nextEdge))
            return false;
        const render::EdgeVisual &v = m_diagram.edges.at(m_looks.nextEdge);
        EdgeItem *item = m_edgeExtents.at(m_looks.nextEdge).second;
        render::EdgeVisual look = item->visual();
        look.flow = v.flow;
        look.emphasis = v.emphasis;
        look.diff = v.diff;
        item->setVisual(look);
    }
    m_looks.pending = false;
    return true;
}

bool DiagramScene::updateItems(int budgetMs)
{
    if (budgetMs < 0)
        m_updateTimer.stop();
    updateSceneRect();
    if (!reconcileItems(budgetMs))
        return false;
    m_itemsStale = false;
    // A look that came while they were matched (restyleItems()).
    if (m_looks.pending && budgetMs >= 0)
        m_updateTimer.start();
    // Items moved: what is crowded and what paints is decided anew.
    m_paintingStale = true;
    updateItemPainting();
    applySelection();
    emit diagramUpdated();
    return true;
}

render::Diagram DiagramScene::buildView()
{
    m_whole = wholeDiagram(m_document->model(), m_layout.get());
    m_shownView = render::makeView(m_document->model(), m_viewSpec);
    Model &shown = m_shownView.model;
    if (m_viewSpec.kind == render::ViewKind::Organisations) {
        QStringList layoutFor;
        layoutFor.reserve(shown.nodes().size() + shown.edges().size());
        const QVector<double> scales = render::viewNodeScales(m_shownView);
        for (int i = 0; i < shown.nodes().size(); ++i)
            layoutFor << shown.nodes().at(i).id + u' ' + QString::number(scales.at(i));
        for (const Edge &e : shown.edges())
            layoutFor << e.source + u'>' + e.target;
        if (layoutFor != m_viewLayoutFor || !m_viewLayout) {
            m_viewLayout = layout::computeLayout(shown,
                { layout::defaultEngine(int(shown.nodes().size())), false,
                    render::calloutSizes(shown), scales })
                               .result;
            m_viewLayoutFor = layoutFor;
        }
        return render::buildViewDiagram(m_shownView, m_viewLayout ? &*m_viewLayout : nullptr);
    }
    for (const render::NodeVisual &n : std::as_const(m_whole.nodes))
        if (const int i = shown.nodeIndex(n.id); i >= 0)
            shown.setPosition(i, n.center);
    return render::buildViewDiagram(m_shownView);
}

bool DiagramScene::reconcileItems(int budgetMs)
{
    const SliceBudget budget(budgetMs);
    Reconciling &r = m_reconciling;
    const QScopedValueRollback syncing(m_syncing, true);

    if (!m_clusterLayer) {
        m_clusterLayer = new ClusterLayer;
        m_clusterLayer->setZValue(kClusterZ);
        m_clusterLayer->setFlag(QGraphicsItem::ItemHasNoContents, !m_itemsPainted);
        addItem(m_clusterLayer);
        m_edgeLayer = new StackLayer(kEdgeZ);
        addItem(m_edgeLayer);
        m_nodeLayer = new StackLayer(0.0);
        addItem(m_nodeLayer);
    }
    if (r.nextNode == 0 && r.nextEdge == 0) {
        // A fresh start, or a newer diagram than the one being matched:
        // every item made so far is up for matching again.
        m_clusterLayer->setClusters(m_diagram.clusters);
        r.oldNodes.insert(m_nodeItems);
        r.oldEdges.insert(m_edgeItems);
        m_nodeItems.clear();
        m_edgeItems.clear();
        m_nodeItems.reserve(m_diagram.nodes.size());
        m_edgeItems.reserve(m_diagram.edges.size());
        m_nodeExtents.resize(m_diagram.nodes.size());
        m_edgeExtents.resize(m_diagram.edges.size());
        m_painting.clear();
    }
    for (; r.nextNode < m_diagram.nodes.size(); ++r.nextNode) {
        if (budget.spent(r.nextNode))
            return false;
        const render::NodeVisual &v = m_diagram.nodes.at(r.nextNode);
        NodeItem *item = r.oldNodes.take(v.id);
        if (item) {
            item->setVisual(v);
        } else {
            item = new NodeItem(v);
            item->setParentItem(m_nodeLayer);
        }
        item->setFlag(QGraphicsItem::ItemIsMovable, !inView());
        m_nodeItems.insert(v.id, item);
        const QRectF box = item->boundingRect().translated(item->pos());
        m_nodeExtents[r.nextNode] = { box, item };
        setPainting(item, paints(box.intersects(m_paintWindow)));
    }
    for (; r.nextEdge < m_diagram.edges.size(); ++r.nextEdge) {
        if (budget.spent(r.nextEdge))
            return false;
        const render::EdgeVisual &v = m_diagram.edges.at(r.nextEdge);
        EdgeItem *item = r.oldEdges.take(v.id);
        if (item) {
            item->setVisual(v);
        } else {
            item = new EdgeItem(v);
            item->setParentItem(m_edgeLayer);
        }
        m_edgeItems.insert(v.id, item);
        const render::EdgeExtent extent = render::edgeExtent(v);
        m_edgeExtents[r.nextEdge] = { extent, item };
        setPainting(item, paints(extent.mayShowIn(m_paintWindow)));
    }

    for (NodeItem *gone : std::as_const(r.oldNodes))
        m_dragStart.remove(gone);
    qDeleteAll(r.oldNodes);
    qDeleteAll(r.oldEdges);
    r = Reconciling();
    // Worked out when a node is first dragged.
    m_attachments.reset();
    return true;
}

void DiagramScene::updateSceneRect()
{
    const QRectF bounds = m_diagram.bounds;
    if (bounds.isEmpty()) {
        setSceneRect(kEmptySceneRect);
        return;
    }
    const double margin
        = std::max(kMinSceneMargin, 0.25 * std::max(bounds.width(), bounds.height()));
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

} // namespace wl
