// A large map on the canvas (DiagramScene, DiagramView): the diagram built
// on a worker and its items made in slices, the picture painted in one pass
// far out, the node pickers that list every node, and the background
// threads' priorities. Expected values come from building the same diagram
// on the spot (render::buildDiagram) and from the model itself.
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/edgeitem.h"
#include "editor/nodeitem.h"
#include "jobs/backgroundthreads.h"
#include "nodechoices.h"
#include "selection.h"

#include "commands/commands.h"
#include "layout/layoutresult.h"
#include "model/document.h"
#include "render/diagram.h"
#include "render/heatmap.h"

#include <QComboBox>
#include <QPainterPath>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <cmath>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace wl;

namespace {

// `nodes` nodes without positions (shown on the grid, as an import is) in
// three organisations, and a chain of edges through them.
Model largeModel(int nodes, const QString &prefix = QStringLiteral("n"))
{
    Model m;
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = prefix + QString::number(i);
        n.name = QStringLiteral("Component %1").arg(i);
        n.kind
            = i == 0 ? QStringLiteral("internal_service") : QStringLiteral("open_source_package");
        m.appendNode(n);
    }
    for (int i = 1; i < nodes; ++i) {
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.source = prefix + QString::number(i - 1);
        e.target = prefix + QString::number(i);
        m.appendEdge(e);
    }
    return m;
}

// Counts the paint events of what it filters.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(int *count)
        : m_count(count)
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        *m_count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }

private:
    int *m_count;
};

constexpr int kNodes = 2500; // with its edges, over DiagramScene::kLargeDiagram

struct Canvas {
    Document document;
    Selection selection { &document };
    DiagramScene scene { &document, &selection };
    DiagramView view { &scene };

    Canvas()
    {
        view.resize(800, 600);
        view.show();
    }

    int itemsOf(int type) const
    {
        int n = 0;
        const QList<QGraphicsItem *> all = scene.items();
        for (const QGraphicsItem *item : all)
            n += item->type() == type ? 1 : 0;
        return n;
    }

    bool waitUntilCurrent()
    {
        return QTest::qWaitFor([this] { return scene.isCurrent(); }, 30000);
    }

    // A large model shown whole, far out: whether the view then paints it
    // in one pass.
    bool showFarOut(const Model &m)
    {
        document.resetModel(m);
        if (!waitUntilCurrent())
            return false;
        view.fitToWindow();
        return !scene.itemsPainted();
    }
};

} // namespace

class TestLargeCanvas : public QObject {
    Q_OBJECT

private slots:
    void builtOnAWorkerAsOnTheSpot();
    void saysSoUntilTheFirstDiagram();
    void changeDuringBuildShows();
    void updateNowWaitsForBuild();
    void replacedWhileItemsAreMade();
    void farOutPaintsInOnePass();
    void clickFarOutSelects();
    void onePassPictureShowsNodes();
    void smallMapPaintsItems();
    void zoomedInPaintsNearTheView();
    void crowdedViewPaintsInOnePass();
    void overlayReachesItemsInSlices();
    void overlayChangedWhileWorkersRun();
    void followPositionsMovesNodesAndTheirEdges();
    void movedNodesShowBeforeTheRebuild();
    void destroyedWhileBuilding();
    void nodeChoicesModel();
    void backgroundPriority();
    void destroyedInBackground();
};

void TestLargeCanvas::builtOnAWorkerAsOnTheSpot()
{
    Canvas c;
    const Model m = largeModel(kNodes);
    QSignalSpy updated(&c.scene, &DiagramScene::diagramUpdated);
    c.document.resetModel(m);
    QVERIFY(!c.scene.isCurrent());
    QVERIFY(c.waitUntilCurrent());
    QVERIFY(updated.count() >= 1);

    const render::Diagram expected = render::buildDiagram(m);
    const render::Diagram &shown = c.scene.lastDiagram();
    QCOMPARE(shown.nodes.size(), expected.nodes.size());
    QCOMPARE(shown.edges.size(), expected.edges.size());
    for (qsizetype i = 0; i < expected.nodes.size(); ++i) {
        QCOMPARE(shown.nodes[i].id, expected.nodes[i].id);
        QCOMPARE(shown.nodes[i].center, expected.nodes[i].center);
    }
    QCOMPARE(shown.bounds, expected.bounds);
    // One item per node and per edge, each where the diagram puts it.
    QCOMPARE(c.itemsOf(NodeItem::Type), kNodes);
    QCOMPARE(c.itemsOf(QGraphicsItem::UserType + 2), kNodes - 1);
    for (int i : { 0, kNodes / 2, kNodes - 1 }) {
        const NodeItem *item = c.scene.nodeItem(m.nodes()[i].id);
        QVERIFY(item);
        QCOMPARE(item->pos(), expected.nodes[i].center);
    }
}

// Pixels of the band across the middle of `image` that are not `background`.
int inkAcrossTheMiddle(const QImage &image, QColor background)
{
    int ink = 0;
    for (int y = image.height() * 2 / 5; y < image.height() * 3 / 5; ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixelColor(x, y) != background ? 1 : 0;
    return ink;
}

// While the first diagram of a large model is built on a worker, the
// canvas says what it is drawing instead of standing empty; the words go
// when the diagram comes.
void TestLargeCanvas::saysSoUntilTheFirstDiagram()
{
    Canvas c;
    const QColor background = c.view.backgroundBrush().color();
    QVERIFY(!c.scene.awaitsFirstDiagram());
    QCOMPARE(inkAcrossTheMiddle(c.view.viewport()->grab().toImage(), background), 0);

    c.document.resetModel(largeModel(kNodes));
    QVERIFY(c.scene.awaitsFirstDiagram());
    QVERIFY(inkAcrossTheMiddle(c.view.viewport()->grab().toImage(), background) > 20);

    QVERIFY(c.waitUntilCurrent());
    QVERIFY(!c.scene.awaitsFirstDiagram());
    // Far from every node, the middle of the canvas is empty again.
    c.view.centerOn(-1.0e5, -1.0e5);
    QCOMPARE(inkAcrossTheMiddle(c.view.viewport()->grab().toImage(), background), 0);

    // A small model is drawn on the spot, with nothing said meanwhile.
    Canvas small;
    small.document.resetModel(largeModel(10));
    QVERIFY(!small.scene.awaitsFirstDiagram());
}

void TestLargeCanvas::changeDuringBuildShows()
{
    Canvas c;
    c.document.resetModel(largeModel(kNodes));
    // The scene's timer starts the build; the rename arrives while it runs
    // (or after: either way the picture must end with it).
    QTest::qWait(0);
    QVERIFY(commands::pushSetValue(&c.document, ElementType::Node, 7, int(NodeField::Name),
        QStringLiteral("Renamed while building")));
    QVERIFY(c.waitUntilCurrent());
    QCOMPARE(c.scene.lastDiagram().nodes[7].name, QStringLiteral("Renamed while building"));
    QCOMPARE(c.scene.nodeItem(QStringLiteral("n7"))->visual().name,
        QStringLiteral("Renamed while building"));
}

void TestLargeCanvas::updateNowWaitsForBuild()
{
    Canvas c;
    c.document.resetModel(largeModel(kNodes));
    QTest::qWait(0);
    c.scene.updateNow();
    QVERIFY(c.scene.isCurrent());
    QCOMPARE(c.scene.lastDiagram().nodes.size(), kNodes);
    QCOMPARE(c.itemsOf(NodeItem::Type), kNodes);
    QVERIFY(c.scene.nodeItem(QStringLiteral("n%1").arg(kNodes - 1)));
}

void TestLargeCanvas::replacedWhileItemsAreMade()
{
    Canvas c;
    QSignalSpy replaced(&c.scene, &DiagramScene::diagramReplaced);
    c.document.resetModel(largeModel(kNodes, QStringLiteral("a")));
    // Wait for the first diagram (its items then come in slices), and
    // replace the model before they are all there, or just after.
    QVERIFY(QTest::qWaitFor([&] { return replaced.count() >= 1; }, 30000));
    c.document.resetModel(largeModel(kNodes + 100, QStringLiteral("b")));
    QVERIFY(c.waitUntilCurrent());
    // Only the second model's items, once each.
    QCOMPARE(c.itemsOf(NodeItem::Type), kNodes + 100);
    QVERIFY(!c.scene.nodeItem(QStringLiteral("a0")));
    QVERIFY(c.scene.nodeItem(QStringLiteral("b0")));
    QVERIFY(c.scene.nodeItem(QStringLiteral("b%1").arg(kNodes + 99)));
}

void TestLargeCanvas::farOutPaintsInOnePass()
{
    Canvas c;
    c.document.resetModel(largeModel(kNodes));
    QVERIFY(c.waitUntilCurrent());
    c.view.fitToWindow();
    // The grid of 2,500 nodes fits 800 pixels only with nodes a few
    // pixels wide.
    QVERIFY(c.view.zoom() * layout::kNodeWidth < 12.0);
    QVERIFY(!c.scene.itemsPainted());
    NodeItem *item = c.scene.nodeItem(QStringLiteral("n3"));
    QVERIFY(item->flags().testFlag(QGraphicsItem::ItemHasNoContents));

    c.view.setZoom(1.0);
    QVERIFY(c.view.centerOnNode(QStringLiteral("n3")));
    QVERIFY(c.scene.itemsPainted());
    QVERIFY(!item->flags().testFlag(QGraphicsItem::ItemHasNoContents));

    // Items made while far out paint nothing themselves either.
    c.view.fitToWindow();
    c.document.resetModel(largeModel(kNodes, QStringLiteral("x")));
    QVERIFY(c.waitUntilCurrent());
    c.view.fitToWindow();
    QVERIFY(!c.scene.itemsPainted());
    QVERIFY(
        c.scene.nodeItem(QStringLiteral("x9"))->flags().testFlag(QGraphicsItem::ItemHasNoContents));
}

void TestLargeCanvas::clickFarOutSelects()
{
    Canvas c;
    QVERIFY(c.showFarOut(largeModel(kNodes)));
    const QString id = QStringLiteral("n%1").arg(kNodes / 2);
    const QPoint at = c.view.mapFromScene(c.scene.nodeItem(id)->pos());
    QTest::mouseClick(c.view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(c.selection.items().size(), 1);
    QCOMPARE(c.selection.items().first().id, id);

    // The selection is drawn over the picture: selecting another node
    // (its item paints nothing itself) has the view paint again.
    QTest::qWait(200);
    int paints = 0;
    PaintCounter counter(&paints);
    c.view.viewport()->installEventFilter(&counter);
    c.scene.nodeItem(QStringLiteral("n3"))->setSelected(true);
    QTRY_VERIFY(paints > 0);
}

void TestLargeCanvas::onePassPictureShowsNodes()
{
    Canvas c;
    QVERIFY(c.showFarOut(largeModel(kNodes)));
    // Node n1 is tier 1 (n0, the internal service, is tier 0): its box is
    // filled with tier 1's colour once the picture painted on the worker
    // has arrived.
    const QPoint at = c.view.mapFromScene(c.scene.nodeItem(QStringLiteral("n1"))->pos());
    const QColor tier1 = render::tierColor(1);
    const auto shown = [&] {
        const QImage image = c.view.viewport()->grab().toImage();
        return image.pixelColor(at).rgb() == tier1.rgb();
    };
    QVERIFY(QTest::qWaitFor(shown, 10000));
    // Far from any node there is only the background.
    const QPoint empty(c.view.viewport()->width() - 3, c.view.viewport()->height() - 3);
    QVERIFY(c.view.viewport()->grab().toImage().pixelColor(empty).rgb() != tier1.rgb());
}

void TestLargeCanvas::smallMapPaintsItems()
{
    Canvas c;
    c.document.resetModel(largeModel(50));
    c.scene.updateNow();
    c.view.setZoom(0.01);
    QVERIFY(c.scene.itemsPainted());
}

void TestLargeCanvas::zoomedInPaintsNearTheView()
{
    Canvas c;
    Model m = largeModel(kNodes);
    // One edge across the whole grid, from the first node to the last.
    Edge across;
    across.id = QStringLiteral("across");
    across.source = QStringLiteral("n0");
    across.target = QStringLiteral("n%1").arg(kNodes - 1);
    m.appendEdge(across);
    c.document.resetModel(m);
    QVERIFY(c.waitUntilCurrent());
    c.view.setZoom(1.0);

    // Every item that shows in the view paints itself; none two views or
    // more away does (the work of a repaint stays near what is shown).
    const auto check = [&c] {
        const QRectF shown = c.view.visibleSceneRect();
        const QRectF near = shown.adjusted(
            -2 * shown.width(), -2 * shown.height(), 2 * shown.width(), 2 * shown.height());
        int painting = 0;
        for (int i = 0; i < kNodes; ++i) {
            const NodeItem *item = c.scene.nodeItem(QStringLiteral("n%1").arg(i));
            const QRectF box = item->sceneBoundingRect();
            const bool paints = !item->flags().testFlag(QGraphicsItem::ItemHasNoContents);
            if (box.intersects(shown) && !paints)
                return false;
            if (!box.intersects(near) && paints)
                return false;
            painting += paints ? 1 : 0;
        }
        return painting > 0 && painting < kNodes / 4;
    };
    QVERIFY(c.view.centerOnNode(QStringLiteral("n%1").arg(kNodes / 2)));
    QVERIFY(check());
    // Far away, after scrolling there.
    QVERIFY(c.view.centerOnNode(QStringLiteral("n%1").arg(kNodes - 3)));
    QVERIFY(check());

    // The long edge paints where the view shows its middle, and not where
    // it passes far from the view.
    const QGraphicsItem *edge = c.scene.edgeItem(QStringLiteral("across"));
    const QPointF from = c.scene.nodeItem(QStringLiteral("n0"))->pos();
    const QPointF to = c.scene.nodeItem(across.target)->pos();
    c.view.centerOn((from + to) / 2);
    QVERIFY(!edge->flags().testFlag(QGraphicsItem::ItemHasNoContents));
    // In the corner the edge leaves furthest, zoomed in further, at least
    // three view diagonals from its line (checked, then assumed).
    c.view.setZoom(2.0);
    c.view.centerOn(QPointF(to.x(), from.y()));
    const QRectF shown = c.view.visibleSceneRect();
    const QPointF d = to - from;
    const QPointF centre = shown.center() - from;
    const double distance
        = std::abs(d.x() * centre.y() - d.y() * centre.x()) / std::hypot(d.x(), d.y());
    QVERIFY(distance > 3 * std::hypot(shown.width(), shown.height()));
    QVERIFY(edge->flags().testFlag(QGraphicsItem::ItemHasNoContents));

    // The picture shows a node where the view is (an item that did not
    // paint would leave the canvas's colour there).
    QVERIFY(c.view.centerOnNode(QStringLiteral("n1")));
    const QPoint at = c.view.mapFromScene(c.scene.nodeItem(QStringLiteral("n1"))->pos());
    const QImage shot = c.view.viewport()->grab().toImage();
    QCOMPARE(shot.pixelColor(2, 2).rgb(), render::canvasColor().rgb());
    QVERIFY(shot.pixelColor(at).rgb() != render::canvasColor().rgb());
}

void TestLargeCanvas::crowdedViewPaintsInOnePass()
{
    Canvas c;
    Model m = largeModel(kNodes);
    // Every node of the first half to twelve of the second: long edges, many
    // across the middle of the grid.
    for (int i = 0; i < kNodes / 2; ++i)
        for (int k = 0; k < 12; ++k) {
            Edge e;
            e.id = QStringLiteral("x%1_%2").arg(i).arg(k);
            e.source = QStringLiteral("n%1").arg(i);
            e.target = QStringLiteral("n%1").arg(kNodes / 2 + (i * 7 + k * 311) % (kNodes / 2));
            m.appendEdge(e);
        }
    c.document.resetModel(m);
    QVERIFY(c.waitUntilCurrent());
    c.view.setZoom(0.5);
    const QPointF middle = c.scene.nodeItem(QStringLiteral("n%1").arg(kNodes / 2))->pos();
    c.view.centerOn(middle);

    // The lines that meet the view, counted here: more than the items a
    // view paints one by one.
    const QRectF shown = c.view.visibleSceneRect();
    int crossing = 0;
    for (const Edge &e : m.edges()) {
        const QLineF line(c.scene.nodeItem(e.source)->pos(), c.scene.nodeItem(e.target)->pos());
        QPainterPath path(line.p1());
        path.lineTo(line.p2());
        crossing += path.intersects(shown) ? 1 : 0;
    }
    QVERIFY(crossing > DiagramScene::kMostItemsPainting);
    QVERIFY(!c.scene.itemsPainted());
    // The picture painted in one pass arrives and shows the node there.
    QVERIFY(QTest::qWaitFor([&c] { return c.view.showsCurrentPicture(); }, 10000));
    const QImage shot = c.view.viewport()->grab().toImage();
    QVERIFY(shot.pixelColor(c.view.mapFromScene(middle)).rgb() != render::canvasColor().rgb());

    // Where few lines pass, the items paint themselves again.
    QVERIFY(c.view.centerOnNode(QStringLiteral("n0")));
    c.view.setZoom(4.0);
    QVERIFY(c.view.centerOnNode(QStringLiteral("n0")));
    QVERIFY(c.scene.itemsPainted());
    QVERIFY(!c.scene.nodeItem(QStringLiteral("n0"))
                 ->flags()
                 .testFlag(QGraphicsItem::ItemHasNoContents));
}

namespace {

// A heatmap on every `step`th node of largeModel(), the others without a
// value.
render::Overlay everyNth(int step)
{
    render::Overlay overlay;
    overlay.heat = render::heatScale(sim::Metric::Likelihood, 0.0, 1.0);
    for (int i = 0; i < kNodes; i += step)
        overlay.nodeValues.insert(QStringLiteral("n%1").arg(i), 0.5);
    return overlay;
}

// Whether the diagram and every node item carry exactly everyNth(step).
bool showsEveryNth(DiagramScene &scene, int step)
{
    for (const render::NodeVisual &v : scene.lastDiagram().nodes)
        if (v.heat.hasValue != (v.id.mid(1).toInt() % step == 0))
            return false;
    for (int i = 0; i < kNodes; ++i)
        if (scene.nodeItem(QStringLiteral("n%1").arg(i))->visual().heat.hasValue != (i % step == 0))
            return false;
    return true;
}

} // namespace

void TestLargeCanvas::overlayReachesItemsInSlices()
{
    Canvas c;
    c.document.resetModel(largeModel(kNodes));
    QVERIFY(c.waitUntilCurrent());
    const quint64 before = c.scene.diagramGeneration();
    // When the restyled diagram arrives, the items are still to take it.
    bool itemsStillToCome = false;
    connect(&c.scene, &DiagramScene::overlayChanged, &c.scene, [&] {
        if (c.scene.diagramGeneration() != before)
            itemsStillToCome = !c.scene.isCurrent();
    });
    c.scene.setOverlay(everyNth(2));
    // A worker puts it on a copy of the diagram (what the exporters and the
    // one-pass picture paint): until then the diagram keeps its look.
    QVERIFY(!c.scene.isCurrent());
    QCOMPARE(c.scene.diagramGeneration(), before);
    for (const render::NodeVisual &v : c.scene.lastDiagram().nodes)
        QVERIFY(!v.heat.on);
    QVERIFY(c.waitUntilCurrent());
    QVERIFY(itemsStillToCome);
    QVERIFY(showsEveryNth(c.scene, 2));

    // Off again, at once for updateNow().
    c.scene.setOverlay(render::Overlay());
    c.scene.updateNow();
    QVERIFY(c.scene.isCurrent());
    QVERIFY(!c.scene.nodeItem(QStringLiteral("n0"))->visual().heat.on);
    QVERIFY(!c.scene.lastDiagram().nodes.first().heat.on);
}

void TestLargeCanvas::overlayChangedWhileWorkersRun()
{
    Canvas c;
    c.document.resetModel(largeModel(kNodes));
    QVERIFY(c.waitUntilCurrent());
    // A second overlay while the first is put on the diagram: the second
    // shows in the end.
    c.scene.setOverlay(everyNth(2));
    c.scene.setOverlay(everyNth(3));
    QVERIFY(c.waitUntilCurrent());
    QVERIFY(showsEveryNth(c.scene, 3));

    // An overlay while the diagram of a new model is built on a worker,
    // which took the overlay before it: the new one shows on the new
    // diagram's items.
    c.document.resetModel(largeModel(kNodes));
    QCoreApplication::processEvents(); // the build starts
    QVERIFY(!c.scene.isCurrent());
    c.scene.setOverlay(everyNth(5));
    QVERIFY(c.waitUntilCurrent());
    QVERIFY(showsEveryNth(c.scene, 5));

    // And the same for updateNow(), which waits for both.
    c.document.resetModel(largeModel(kNodes));
    QCoreApplication::processEvents();
    c.scene.setOverlay(everyNth(4));
    c.scene.updateNow();
    QVERIFY(c.scene.isCurrent());
    QVERIFY(showsEveryNth(c.scene, 4));
}

void TestLargeCanvas::followPositionsMovesNodesAndTheirEdges()
{
    // a, b, c placed; d without a position (on the grid); a->b, b->c, a->c.
    Model m;
    for (const auto &[id, pos] :
        { std::pair { "a", QPointF(0, 0) }, { "b", QPointF(300, 0) }, { "c", QPointF(0, 300) } }) {
        Node n;
        n.id = QLatin1String(id);
        n.pos = pos;
        m.appendNode(n);
    }
    Node loose;
    loose.id = QStringLiteral("d");
    m.appendNode(loose);
    for (const auto &[id, from, to] :
        { std::tuple { "ab", "a", "b" }, { "bc", "b", "c" }, { "ac", "a", "c" } }) {
        Edge e;
        e.id = QLatin1String(id);
        e.source = QLatin1String(from);
        e.target = QLatin1String(to);
        e.label = e.id.toUpper();
        m.appendEdge(e);
    }
    const render::Diagram before = render::buildDiagram(m);
    render::Diagram d = before;
    d.edges[0].selected = true;

    Model moved = m;
    moved.setPosition(1, QPointF(600, 100));
    QCOMPARE(render::followPositions(d, moved, 10), 1);
    // Every node where a new build puts it; b's edges drawn as a new build
    // draws them (straight, none parallel here), a->c as it was.
    const render::Diagram rebuilt = render::buildDiagram(moved);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(d.nodes[i].center, rebuilt.nodes[i].center);
    for (const int i : { 0, 1 }) {
        QCOMPARE(d.edges[i].path.elementCount(), 2);
        QCOMPARE(
            QPointF(d.edges[i].path.elementAt(0)), QPointF(rebuilt.edges[i].path.elementAt(0)));
        QCOMPARE(
            QPointF(d.edges[i].path.elementAt(1)), QPointF(rebuilt.edges[i].path.elementAt(1)));
        QCOMPARE(d.edges[i].arrowTip, rebuilt.edges[i].arrowTip);
        QCOMPARE(d.edges[i].arrowAngle, rebuilt.edges[i].arrowAngle);
    }
    QCOMPARE(d.edges[2].path, before.edges[2].path);
    // What the edges say and how they are marked stays.
    QCOMPARE(d.edges[0].id, QStringLiteral("ab"));
    QCOMPARE(d.edges[0].label, QStringLiteral("AB"));
    QVERIFY(d.edges[0].selected);
    QVERIFY(d.bounds.contains(render::nodeRect(QPointF(600, 100))));

    // Nothing moved: nothing to do. Another model's diagram: left alone.
    QCOMPARE(render::followPositions(d, moved, 10), 0);
    Model more = moved;
    more.appendNode(loose);
    more.setPosition(0, QPointF(-500, 0));
    const render::Diagram kept = d;
    QCOMPARE(render::followPositions(d, more, 10), 0);
    QCOMPARE(d.nodes[0].center, kept.nodes[0].center);
    // More nodes moved than asked for: left to the rebuild.
    Model many = moved;
    many.setPosition(0, QPointF(-500, 0));
    many.setPosition(2, QPointF(-500, 500));
    QCOMPARE(render::followPositions(d, many, 1), 0);
    QCOMPARE(d.nodes[0].center, kept.nodes[0].center);
    QCOMPARE(render::followPositions(d, many, 2), 2);
}

void TestLargeCanvas::movedNodesShowBeforeTheRebuild()
{
    Canvas c;
    Model m = largeModel(kNodes);
    for (int i = 0; i < kNodes; ++i)
        m.setPosition(i, QPointF(200.0 * (i % 50), 120.0 * (i / 50)));
    c.document.resetModel(m);
    QVERIFY(c.waitUntilCurrent());
    const auto centerOf = [&](int i) { return c.scene.lastDiagram().nodes[i].center; };

    // A move and at once its undo: whatever the workers finish first, the
    // scene ends with the node where the document has it.
    const QPointF far(-3000.0, -3000.0);
    QHash<QString, std::optional<QPointF>> to { { QStringLiteral("n7"), far } };
    c.document.undoStack()->push(
        commands::moveNodes(&c.document, to, QStringLiteral("Move")).release());
    c.document.undoStack()->undo();
    QVERIFY(c.waitUntilCurrent());
    QCOMPARE(centerOf(7), QPointF(1400.0, 0.0));

    // A move shows, and the rebuilt diagram keeps it.
    c.document.undoStack()->redo();
    QTRY_COMPARE(centerOf(7), far);
    QVERIFY(c.waitUntilCurrent());
    QCOMPARE(centerOf(7), far);
    QCOMPARE(c.scene.nodeItem(QStringLiteral("n7"))->pos(), far);
}

void TestLargeCanvas::destroyedWhileBuilding()
{
    // The scene and the view wait for (or drop) their work when they go:
    // none of it may outlive the application whose fonts it uses.
    for (int i = 0; i < 3; ++i) {
        auto c = std::make_unique<Canvas>();
        c->document.resetModel(largeModel(kNodes));
        QTest::qWait(i);
        c.reset();
    }
    // A finished task's thread goes back to its pool a moment after the
    // future reports it: allow for that, not for a build still running.
    QVERIFY(backgroundPool()->waitForDone(50));
    QVERIFY(paintingPool()->waitForDone(50));
}

void TestLargeCanvas::nodeChoicesModel()
{
    const auto named = [](const QString &second, const QString &third) {
        Model m;
        const QString names[] = { QString(), second, third };
        for (int i = 0; i < 3; ++i) {
            Node n;
            n.id = QStringLiteral("n%1").arg(i);
            n.name = names[i];
            n.kind = QStringLiteral("saas_vendor");
            m.appendNode(n);
        }
        return m;
    };
    const Model m = named(QStringLiteral("Vendor"), QString());
    NodeChoicesModel choices(m);
    QCOMPARE(choices.rowCount(), 3);
    QCOMPARE(choices.data(choices.index(0), Qt::DisplayRole).toString(), QStringLiteral("n0"));
    QCOMPARE(
        choices.data(choices.index(1), Qt::DisplayRole).toString(), QStringLiteral("Vendor (n1)"));
    QCOMPARE(choices.data(choices.index(1), Qt::UserRole).toString(), QStringLiteral("n1"));
    QVERIFY(choices.lists(m));
    const Model renamed = named(QStringLiteral("Vendor"), QStringLiteral("Other"));
    QVERIFY(!choices.lists(renamed));
    QVERIFY(!choices.lists(largeModel(4)));

    // The box keeps the node it showed; one that is gone leaves it empty.
    QComboBox box;
    showNodeChoices(&box, m);
    box.setCurrentIndex(1);
    showNodeChoices(&box, renamed);
    QCOMPARE(box.currentData().toString(), QStringLiteral("n1"));
    QCOMPARE(box.currentText(), QStringLiteral("Vendor (n1)"));
    QCOMPARE(nodeChoiceRow(&box, QStringLiteral("n2")), 2);
    QCOMPARE(nodeChoiceRow(&box, QStringLiteral("n9")), -1);
    QCOMPARE(nodeChoiceRow(&box, QString()), -1);
    showNodeChoices(&box, largeModel(1));
    QCOMPARE(box.currentIndex(), -1);
}

void TestLargeCanvas::backgroundPriority()
{
#ifdef Q_OS_LINUX
    // Long work gives way to the GUI thread; painting does not, since the
    // threads it starts for Qt's raster engine inherit its priority.
    const int gui = getpriority(PRIO_PROCESS, 0);
    // (Polled: waiting would run a task that has not started here.)
    QFuture<int> work = runInBackground([] { return getpriority(PRIO_PROCESS, 0); });
    QFuture<int> painting = paintInBackground([] { return getpriority(PRIO_PROCESS, 0); });
    QVERIFY(QTest::qWaitFor([&] { return work.isFinished() && painting.isFinished(); }));
    QCOMPARE(work.result(), kBackgroundNice);
    QCOMPARE(painting.result(), gui);
    // Waiting for a task that has not started runs it on the waiting
    // thread: the GUI thread's own priority stays.
    QThreadPool *pool = backgroundPool();
    const int busy = pool->maxThreadCount();
    QAtomicInt release = 0;
    QList<QFuture<void>> blockers;
    for (int i = 0; i < busy; ++i)
        blockers << runInBackground([&release] {
            while (!release.loadAcquire())
                QThread::msleep(1);
        });
    QFuture<int> queued = runInBackground([] { return getpriority(PRIO_PROCESS, 0); });
    queued.waitForFinished();
    release.storeRelease(1);
    for (QFuture<void> &b : blockers)
        b.waitForFinished();
    QCOMPARE(queued.result(), gui);
    QCOMPARE(getpriority(PRIO_PROCESS, 0), gui);
#else
    QSKIP("Thread priorities are only lowered on Linux");
#endif
}

QTEST_MAIN(TestLargeCanvas)
void TestLargeCanvas::destroyedInBackground()
{
    // Records the thread it was destroyed on; a moved-from probe records
    // nothing.
    struct Probe {
        std::shared_ptr<std::atomic<QThread *>> destroyedOn
            = std::make_shared<std::atomic<QThread *>>(nullptr);
        Probe() = default;
        Probe(Probe &&other) noexcept
            : destroyedOn(std::move(other.destroyedOn))
        {
        }
        ~Probe()
        {
            if (destroyedOn)
                *destroyedOn = QThread::currentThread();
        }
    };
    Probe probe;
    const auto destroyedOn = probe.destroyedOn;
    destroyInBackground(std::move(probe));
    QVERIFY(backgroundPool()->waitForDone(10000));
    QVERIFY(destroyedOn->load() != nullptr);
    QVERIFY(destroyedOn->load() != QThread::currentThread());
}

#include "tst_largecanvas.moc"
