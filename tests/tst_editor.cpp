// The graph canvas end to end, with real mouse and key events on the
// offscreen platform: adding from the palette (click and drop), connecting by
// dragging, moving by dragging, deleting, copy and paste, undo and redo of
// each, automatic layout (pins, one undo step, cancel, edits made while it
// runs, the shown-only first layout), search, zoom and save-and-reopen. Expected values come from
// the example file (read by hand, see the comments) or from the geometry of the gesture itself.
#include "dialogs/exportoptionsdialog.h"
#include "docks/propertiesdock.h"
#include "documentcontroller.h"
#include "editor/diagrameditor.h"
#include "editor/diagramexporter.h"
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/edgeitem.h"
#include "editor/kindpalette.h"
#include "editor/layoutcontroller.h"
#include "editor/nodeitem.h"
#include "editor/nodesearch.h"
#include "mainwindow.h"
#include "pdfpages.h"
#include "selection.h"
#include "settingswriter.h"
#include "tables/elementtablewidget.h"
#include "tables/elementtabs.h"

#include "io/modeljson.h"
#include "storage/storage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace wl;

namespace {

const QString kExample = QStringLiteral(WEAKLINK_EXAMPLE);
constexpr int kLayoutTimeoutMs = 60000;

// A main window whose dialogs are answered by the test.
struct Harness {
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
    QString savePathAnswer;
    QStringList errors;

    Harness()
    {
        DocumentController::Prompts &p = window->documentController()->prompts();
        p.confirmDiscard = [](const QString &) { return QMessageBox::Discard; };
        p.openPath = [] { return QString(); };
        p.savePath = [this](const QString &) { return savePathAnswer; };
        p.exportPath = [this](const QString &) { return savePathAnswer; };
        p.error = [this](const QString &title, const QString &, const QString &reason) {
            errors << title + QLatin1Char('|') + reason;
        };
    }

    Document *doc() const { return window->document(); }
    const Model &model() const { return window->document()->model(); }
    QUndoStack *stack() const { return window->document()->undoStack(); }
    DiagramScene *scene() const { return window->diagramScene(); }
    DiagramView *view() const { return window->diagramView(); }
    QWidget *viewport() const { return window->diagramView()->viewport(); }
    DiagramEditor *editor() const { return window->diagramEditor(); }
    LayoutController *layout() const { return window->layoutController(); }
    Selection *selection() const { return window->selection(); }
    QString statusMessage() const { return window->statusBar()->currentMessage(); }

    bool showAndActivate()
    {
        window->show();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }

    // Opens the example, shows the window and waits for the first layout.
    bool openExample()
    {
        if (!window->documentController()->openExample() || !showAndActivate())
            return false;
        return waitForLayout();
    }

    bool waitForLayout()
    {
        if (!QTest::qWaitFor([this] { return !layout()->isBusy(); }, kLayoutTimeoutMs))
            return false;
        scene()->updateNow();
        return true;
    }

    // Zoom 1: one pixel is one point, so gestures translate exactly.
    void zoomOneCenteredOn(const QPointF &scenePos)
    {
        view()->setTransform(QTransform());
        view()->centerOn(scenePos);
        QCoreApplication::processEvents();
    }

    QPoint toViewport(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }
    QPointF nodeCenter(const QString &id) const { return *scene()->nodeCenter(id); }
};

// QTest::mouseMove carries no buttons in Qt 6: drags send their own moves.
void drag(
    QWidget *target, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(target, Qt::LeftButton, modifiers, from);
    constexpr int kSteps = 6;
    for (int i = 1; i <= kSteps; ++i) {
        const QPoint p = from + (to - from) * i / kSteps;
        QMouseEvent move(QEvent::MouseMove, QPointF(p), QPointF(target->mapToGlobal(p)),
            Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(target, &move);
    }
    QTest::mouseRelease(target, Qt::LeftButton, modifiers, to);
}

Model exampleModel()
{
    const ReadResult r = io::readModelJsonFile(kExample);
    return r.ok() ? *r.model : Model();
}

// Five nodes on a diagonal, joined in a path, with stored positions.
Model pinnedRow()
{
    Model m;
    m.name = QStringLiteral("Pinned row");
    for (int i = 0; i < 5; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.name = n.id;
        n.kind = i == 0 ? QStringLiteral("internal_service") : QStringLiteral("other");
        n.pos = QPointF(100.0 * i, 40.0 * i);
        m.appendNode(n);
    }
    for (int i = 0; i + 1 < 5; ++i) {
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.source = QStringLiteral("n%1").arg(i);
        e.target = QStringLiteral("n%1").arg(i + 1);
        m.appendEdge(e);
    }
    return m;
}

} // namespace

class TestEditor : public QObject {
    Q_OBJECT

private slots:
    void viewsLeaveDocumentUnmodified();
    void doubleClickExpandsOrganisation();
    void initTestCase();
    void init();

    void firstLayoutIsShownNotStored();
    void addNodeFromPalette();
    void dropKindOnCanvas();
    void connectByDragging_data();
    void connectByDragging();
    void connectToItselfIsRefused();
    void connectByClickingTwice();
    void moveByDragging();
    void dragBeyondTheDrawingKeepsTheView();
    void moveSelectionTogether();
    void deleteWithKey();
    void clickAndRubberBandSelect();
    void tablesFollowSelection();
    void copyPaste();
    void layoutIsOneUndoStep();
    void neatoKeepsPinnedNode();
    void cancelLayout();
    void escapeCancelsLayout();
    void layoutKeepsEditsMadeWhileItRuns_data();
    void layoutKeepsEditsMadeWhileItRuns();
    void undoingALayoutRestoresThePicture();
    void saveAndReopenEquals();
    void searchCentresNode();
    void zoomKeys();
    void exportPng();
    void exportPdfAsksForThePaper();
    void printIsThePdfExport();
    void arrowKeysWalkTheCanvas();
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Weaklink"));
    QApplication::setApplicationName(QStringLiteral("WeaklinkEditorTest"));
    QVERIFY(QFileInfo::exists(kExample));
}

void TestEditor::init()
{
    settings::waitForWrites();
    QSettings().clear();
}

void TestEditor::firstLayoutIsShownNotStored()
{
    Harness h;
    QVERIFY(h.openExample());
    // The example stores no positions; opening lays it out for the eye only.
    QVERIFY(h.scene()->hasLayout());
    QCOMPARE(h.model(), exampleModel());
    QVERIFY(!h.doc()->isModified());
    QCOMPARE(h.stack()->count(), 0);

    // 23 nodes, 27 edges, 14 organisations in the file.
    const render::Diagram &d = h.scene()->diagram();
    QCOMPARE(d.nodes.size(), 23);
    QCOMPARE(d.edges.size(), 27);
    QCOMPARE(d.clusters.size(), 14);
    // Laid out: no two node boxes overlap, and some edges are splines
    // (a straight edge is one moveTo and one lineTo).
    for (int i = 0; i < d.nodes.size(); ++i)
        for (int j = i + 1; j < d.nodes.size(); ++j)
            QVERIFY2(!render::nodeRect(d.nodes[i].center)
                          .intersects(render::nodeRect(d.nodes[j].center)),
                qPrintable(d.nodes[i].id + QStringLiteral(" / ") + d.nodes[j].id));
    const bool anySpline = std::any_of(d.edges.cbegin(), d.edges.cend(),
        [](const render::EdgeVisual &e) { return e.path.elementCount() > 2; });
    QVERIFY(anySpline);
    // The items show the same.
    QCOMPARE(h.scene()->nodeItem(QStringLiteral("northwind"))->pos(),
        d.nodes[h.model().nodeIndex(QStringLiteral("northwind"))].center);
}

void TestEditor::addNodeFromPalette()
{
    Harness h;
    QVERIFY(h.openExample());
    const Model before = h.model();
    const QHash<QString, std::optional<QPointF>> shown = h.scene()->unstoredPositions();
    QCOMPARE(shown.size(), 23);

    KindPalette *palette = h.window->kindPalette();
    // The fourth known kind is analytics (FORMAT.md order).
    QListWidgetItem *item = palette->item(3);
    QCOMPARE(item->text(), QStringLiteral("Analytics"));
    QTest::mouseClick(
        palette->viewport(), Qt::LeftButton, {}, palette->visualItemRect(item).center());

    QCOMPARE(h.model().nodes().size(), 24);
    const Node &added = h.model().nodes().last();
    QCOMPARE(added.kind, QStringLiteral("analytics"));
    QCOMPARE(added.id, QStringLiteral("analytics"));
    QCOMPARE(added.name, QStringLiteral("Analytics"));
    QVERIFY(added.pos);
    QVERIFY(h.view()->visibleSceneRect().contains(*added.pos));
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(h.selection()->ids(ElementType::Node), QStringList { QStringLiteral("analytics") });
    h.scene()->updateNow();
    QVERIFY(h.scene()->nodeItem(QStringLiteral("analytics")));
    // The other nodes now store where they were shown, so nothing jumps.
    for (const Node &n : before.nodes()) {
        const Node *now = h.model().node(n.id);
        QVERIFY(now->pos);
        QCOMPARE(*now->pos, *shown.value(n.id));
    }

    h.stack()->undo();
    QCOMPARE(h.model(), before);
    QVERIFY(!h.scene()->nodeItem(QStringLiteral("analytics")));
    h.stack()->redo();
    QCOMPARE(h.model().nodes().size(), 24);
    QCOMPARE(h.model().nodes().last().kind, QStringLiteral("analytics"));

    // More clicks: each new node on a free spot in view, overlapping none.
    for (int i = 0; i < 5; ++i)
        QTest::mouseClick(
            palette->viewport(), Qt::LeftButton, {}, palette->visualItemRect(item).center());
    h.scene()->updateNow();
    QCOMPARE(h.model().nodes().size(), 29);
    const QVector<Node> &all = h.model().nodes();
    for (int a = 23; a < all.size(); ++a) {
        const QRectF box = render::nodeRect(*all[a].pos);
        QVERIFY(h.view()->visibleSceneRect().contains(*all[a].pos));
        for (int b = 0; b < all.size(); ++b)
            QVERIFY2(a == b || !box.intersects(render::nodeRect(h.nodeCenter(all[b].id))),
                qPrintable(all[a].id + u' ' + all[b].id));
    }
}

void TestEditor::dropKindOnCanvas()
{
    Harness h;
    QVERIFY(h.openExample());
    h.zoomOneCenteredOn(QPointF(0, 0));
    const QPoint dropAt = h.viewport()->rect().center() + QPoint(30, -20);
    const QPointF expected = h.view()->mapToScene(dropAt);

    QMimeData data;
    data.setData(KindPalette::mimeType(), QByteArrayLiteral("vector_database"));
    QDragEnterEvent enter(dropAt, Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(h.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(dropAt), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(h.viewport(), &drop);

    QCOMPARE(h.model().nodes().size(), 24);
    const Node &added = h.model().nodes().last();
    QCOMPARE(added.kind, QStringLiteral("vector_database"));
    QCOMPARE(*added.pos, expected);
}

void TestEditor::connectByDragging_data()
{
    QTest::addColumn<bool>("connectMode");
    QTest::newRow("shift drag") << false;
    QTest::newRow("connect mode") << true;
}

void TestEditor::connectByDragging()
{
    QFETCH(bool, connectMode);
    Harness h;
    QVERIFY(h.openExample());
    const Model before = h.model();
    // keyward and tokenizer_pkg are not connected in the example.
    const QString source = QStringLiteral("keyward");
    const QString target = QStringLiteral("tokenizer_pkg");
    h.view()->fitToWindow();
    h.window->diagramEditor()->connectModeAction()->setChecked(connectMode);

    drag(h.viewport(), h.toViewport(h.nodeCenter(source)), h.toViewport(h.nodeCenter(target)),
        connectMode ? Qt::NoModifier : Qt::ShiftModifier);

    QCOMPARE(h.model().edges().size(), 28);
    const Edge &e = h.model().edges().last();
    QCOMPARE(e.source, source);
    QCOMPARE(e.target, target);
    // A new connection is an API call with FORMAT.md's defaults for it.
    QCOMPARE(e.integration, QStringLiteral("api_call"));
    QCOMPARE(e.pForward, 0.10);
    QCOMPARE(e.pBackward, 0.02);
    QCOMPARE(e.delayHours, 24.0);
    QCOMPARE(e.id, QStringLiteral("e27"));
    // Nodes did not move: connecting stores no positions.
    QVERIFY(!h.model().node(source)->pos);
    QCOMPARE(h.stack()->count(), 1);
    QVERIFY(h.scene()->edgeItem(QStringLiteral("e27")));
    QCOMPARE(h.selection()->ids(ElementType::Edge), QStringList { QStringLiteral("e27") });

    h.stack()->undo();
    QCOMPARE(h.model(), before);
    QVERIFY(!h.scene()->edgeItem(QStringLiteral("e27")));
    h.stack()->redo();
    QCOMPARE(h.model().edges().size(), 28);
    QCOMPARE(h.model().edges().last().target, target);
}

void TestEditor::connectToItselfIsRefused()
{
    Harness h;
    QVERIFY(h.openExample());
    const QPoint p = h.toViewport(h.nodeCenter(QStringLiteral("lumen")));
    drag(h.viewport(), p, p + QPoint(10, 5), Qt::ShiftModifier);
    QCOMPARE(h.model().edges().size(), 27);
    QCOMPARE(h.stack()->count(), 0);
    QVERIFY2(h.statusMessage().contains(QStringLiteral("itself")), qPrintable(h.statusMessage()));
}

// In Connect Mode a click on the source and a click on the target connect
// them; the status bar says what to do next, and Escape first drops the
// chosen source, then leaves the mode.
void TestEditor::connectByClickingTwice()
{
    Harness h;
    QVERIFY(h.openExample());
    QVERIFY(h.showAndActivate());
    h.view()->fitToWindow();
    auto *hint = h.window->findChild<QLabel *>(QStringLiteral("editorHint"));
    QVERIFY(hint);
    QVERIFY(hint->text().isEmpty());
    QAction *mode = h.window->diagramEditor()->connectModeAction();
    mode->setChecked(true);
    QVERIFY2(hint->text().contains(QStringLiteral("click")), qPrintable(hint->text()));
    QVERIFY(hint->isVisibleTo(h.window.get()));

    const QString source = QStringLiteral("keyward");
    const QString target = QStringLiteral("tokenizer_pkg");
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(source)));
    QCOMPARE(h.model().edges().size(), 27);
    QVERIFY2(hint->text().contains(QStringLiteral("Keyward Identity")), qPrintable(hint->text()));
    QVERIFY(!h.statusMessage().contains(QStringLiteral("itself")));

    // Escape drops the source; the mode stays.
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    QVERIFY(mode->isChecked());
    QVERIFY(!hint->text().contains(QStringLiteral("Keyward Identity")));
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(target)));
    QCOMPARE(h.model().edges().size(), 27);

    // Source chosen (tokenizer_pkg): a click on empty canvas drops it, so
    // choose again and connect.
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(h.model().edges().size(), 27);
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(source)));
    QTest::mouseMove(h.viewport(), h.toViewport(h.nodeCenter(target)));
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(target)));
    QCOMPARE(h.model().edges().size(), 28);
    QCOMPARE(h.model().edges().last().source, source);
    QCOMPARE(h.model().edges().last().target, target);
    QCOMPARE(h.stack()->count(), 1);

    // Escape with no source chosen leaves Connect Mode.
    QTest::keyClick(h.view(), Qt::Key_Escape);
    QVERIFY(!mode->isChecked());
    QVERIFY(hint->text().isEmpty());
}

// A node dragged out beyond the drawing lands where it is released: the
// drawing's bounds change, the view does not move.
void TestEditor::dragBeyondTheDrawingKeepsTheView()
{
    Harness h;
    QVERIFY(h.openExample());
    QVERIFY(h.showAndActivate());
    QVERIFY(h.waitForLayout());
    // Zoomed out beyond the fit: the whole scene rect is smaller than the
    // view.
    h.view()->fitToWindow();
    h.view()->zoomOut();
    h.view()->zoomOut();
    QCoreApplication::processEvents();
    // The node at the drawing's left edge, dragged further left by a third
    // of the view, and one at its bottom dragged down.
    for (const bool left : { true, false }) {
        QString id;
        double extreme = left ? 1e9 : -1e9;
        for (const Node &n : h.model().nodes()) {
            const QPointF c = h.nodeCenter(n.id);
            if (left ? c.x() < extreme : c.y() > extreme) {
                extreme = left ? c.x() : c.y();
                id = n.id;
            }
        }
        const QPoint from = h.toViewport(h.nodeCenter(id));
        const QPoint by
            = left ? QPoint(-h.viewport()->width() / 6, 0) : QPoint(0, h.viewport()->height() / 6);
        drag(h.viewport(), from, from + by);
        h.scene()->updateNow();
        QCoreApplication::processEvents();
        const QPoint landed = h.toViewport(h.nodeCenter(id));
        QVERIFY2((landed - (from + by)).manhattanLength() <= 3,
            qPrintable(QStringLiteral("%1 landed at %2,%3, released at %4,%5")
                           .arg(id)
                           .arg(landed.x())
                           .arg(landed.y())
                           .arg((from + by).x())
                           .arg((from + by).y())));
        // The drawing's bounds, which the Overview shows, take the node in.
        QVERIFY(h.scene()->diagram().bounds.contains(render::nodeRect(h.nodeCenter(id))));
    }
}

void TestEditor::moveByDragging()
{
    Harness h;
    QVERIFY(h.openExample());
    const Model before = h.model();
    const QString id = QStringLiteral("payflow");
    const QPointF start = h.nodeCenter(id);
    const QPointF otherStart = h.nodeCenter(QStringLiteral("billing"));
    h.zoomOneCenteredOn(start);

    const QPoint from = h.toViewport(start);
    drag(h.viewport(), from, from + QPoint(60, 40));

    // At zoom 1 the node moves by the dragged pixels, in points.
    QCOMPARE(*h.model().node(id)->pos, start + QPointF(60, 40));
    QCOMPARE(h.scene()->nodeItem(id)->pos(), start + QPointF(60, 40));
    // Everything else stays where it was shown, now stored.
    QCOMPARE(*h.model().node(QStringLiteral("billing"))->pos, otherStart);
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(h.stack()->text(0), QStringLiteral("Move node \"payflow\""));

    // The edge billing -> payflow now runs straight to the new place: its
    // arrow ends on payflow's box.
    const render::EdgeVisual &edge
        = h.scene()->edgeItem(QStringLiteral("billing->payflow"))->visual();
    const QRectF box = render::nodeRect(start + QPointF(60, 40)).adjusted(-1, -1, 1, 1);
    QVERIFY(box.contains(edge.arrowTip));

    h.stack()->undo();
    QCOMPARE(h.model(), before);
    QCOMPARE(h.scene()->nodeItem(id)->pos(), start);
    h.stack()->redo();
    QCOMPARE(*h.model().node(id)->pos, start + QPointF(60, 40));
}

void TestEditor::moveSelectionTogether()
{
    Harness h;
    QVERIFY(h.openExample());
    const QString a = QStringLiteral("tagwise");
    const QString b = QStringLiteral("crowdforce");
    const QPointF startA = h.nodeCenter(a);
    const QPointF startB = h.nodeCenter(b);
    h.zoomOneCenteredOn((startA + startB) / 2);

    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(startA));
    QTest::mouseClick(h.viewport(), Qt::LeftButton, Qt::ControlModifier, h.toViewport(startB));
    QCOMPARE(h.selection()->ids(ElementType::Node), (QStringList { a, b }));
    const QPoint from = h.toViewport(startB);
    drag(h.viewport(), from, from + QPoint(-25, 70));

    QCOMPARE(*h.model().node(a)->pos, startA + QPointF(-25, 70));
    QCOMPARE(*h.model().node(b)->pos, startB + QPointF(-25, 70));
    QCOMPARE(h.stack()->count(), 1);
    h.stack()->undo();
    QVERIFY(!h.model().node(a)->pos);
    QVERIFY(!h.model().node(b)->pos);
}

void TestEditor::deleteWithKey()
{
    Harness h;
    QVERIFY(h.openExample());
    const Model before = h.model();
    const QString id = QStringLiteral("northwind");
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(id)));
    QCOMPARE(h.selection()->ids(ElementType::Node), QStringList { id });

    QTest::keyClick(h.view(), Qt::Key_Delete);

    // northwind has two edges (web_dashboard->northwind, northwind->cumulus)
    // and owns no data asset.
    QVERIFY(!h.model().node(id));
    QCOMPARE(h.model().nodes().size(), 22);
    QCOMPARE(h.model().edges().size(), 25);
    QCOMPARE(h.model().data().size(), 10);
    QVERIFY(!h.model().edge(QStringLiteral("web_dashboard->northwind")));
    QVERIFY(!h.model().edge(QStringLiteral("northwind->cumulus")));
    QVERIFY(!h.scene()->nodeItem(id));
    QVERIFY(!h.scene()->edgeItem(QStringLiteral("northwind->cumulus")));
    QVERIFY(h.selection()->isEmpty());
    QCOMPARE(h.stack()->count(), 1);

    h.stack()->undo();
    QCOMPARE(h.model(), before);
    QVERIFY(h.scene()->nodeItem(id));
    QVERIFY(h.scene()->edgeItem(QStringLiteral("northwind->cumulus")));
    h.stack()->redo();
    QCOMPARE(h.model().nodes().size(), 22);
    QCOMPARE(h.model().edges().size(), 25);

    // An edge alone.
    h.stack()->undo();
    const QString edge = QStringLiteral("billing->postbox");
    h.selection()->set({ { ElementType::Edge, edge } });
    QVERIFY(h.scene()->edgeItem(edge)->isSelected());
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_Delete);
    QVERIFY(!h.model().edge(edge));
    QCOMPARE(h.model().nodes().size(), 23);
    QCOMPARE(h.model().edges().size(), 26);
}

void TestEditor::clickAndRubberBandSelect()
{
    Harness h;
    QVERIFY(h.openExample());
    // Selecting in the shared selection shows on the canvas, and back.
    h.selection()->set({ { ElementType::Node, QStringLiteral("vectra") } });
    QVERIFY(h.scene()->nodeItem(QStringLiteral("vectra"))->isSelected());
    QTest::mouseClick(
        h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(QStringLiteral("keyward"))));
    QVERIFY(!h.scene()->nodeItem(QStringLiteral("vectra"))->isSelected());
    QCOMPARE(h.selection()->ids(ElementType::Node), QStringList { QStringLiteral("keyward") });

    // A rubber band around tagwise and crowdforce (and whatever lies between
    // them) selects both.
    const QPointF a = h.nodeCenter(QStringLiteral("tagwise"));
    const QPointF b = h.nodeCenter(QStringLiteral("crowdforce"));
    const QRectF band = (render::nodeRect(a) | render::nodeRect(b)).adjusted(-30, -30, 30, 30);
    h.view()->fitToWindow();
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QVERIFY(h.selection()->isEmpty());
    drag(h.viewport(), h.toViewport(band.topLeft()), h.toViewport(band.bottomRight()));
    const QStringList nodes = h.selection()->ids(ElementType::Node);
    QVERIFY2(
        nodes.contains(QStringLiteral("tagwise")) && nodes.contains(QStringLiteral("crowdforce")),
        qPrintable(nodes.join(u',')));
    QCOMPARE(h.stack()->count(), 0);
}

void TestEditor::tablesFollowSelection()
{
    Harness h;
    QVERIFY(h.openExample());
    // northwind is the 11th node: the canvas selects its table row.
    QTest::mouseClick(
        h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(QStringLiteral("northwind"))));
    QTableView *nodes = h.window->tables()->table(ElementType::Node)->tableView();
    const QModelIndexList rows = nodes->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 10);

    // A row picked in the edges table selects that edge on the canvas;
    // billing->postbox is the 18th edge.
    h.window->tables()->showTable(ElementType::Edge);
    QTableView *edges = h.window->tables()->table(ElementType::Edge)->tableView();
    edges->setFocus();
    const QModelIndex cell = edges->model()->index(17, 1);
    QTest::mouseClick(edges->viewport(), Qt::LeftButton, {}, edges->visualRect(cell).center());
    QCOMPARE(
        h.selection()->ids(ElementType::Edge), QStringList { QStringLiteral("billing->postbox") });
    QVERIFY(h.scene()->edgeItem(QStringLiteral("billing->postbox"))->isSelected());
    QVERIFY(!h.scene()->nodeItem(QStringLiteral("northwind"))->isSelected());
    QVERIFY(nodes->selectionModel()->selectedRows().isEmpty());
}

void TestEditor::copyPaste()
{
    Harness h;
    QVERIFY(h.openExample());
    // billing owns payment_data, which flows over billing->payflow.
    const QPointF billing = h.nodeCenter(QStringLiteral("billing"));
    const QPointF payflow = h.nodeCenter(QStringLiteral("payflow"));
    h.zoomOneCenteredOn((billing + payflow) / 2);
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(billing));
    QTest::mouseClick(h.viewport(), Qt::LeftButton, Qt::ControlModifier, h.toViewport(payflow));
    QTest::keyClick(h.view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(DiagramEditor::fragmentMimeType()));
    QTest::keyClick(h.view(), Qt::Key_V, Qt::ControlModifier);

    // Both nodes, the asset billing owns and the edge between them come
    // along under fresh ids.
    QCOMPARE(h.model().nodes().size(), 25);
    const Node &billingCopy = h.model().nodes()[23];
    const Node &payflowCopy = h.model().nodes()[24];
    QCOMPARE(billingCopy.id, QStringLiteral("billing-2"));
    QCOMPARE(payflowCopy.id, QStringLiteral("payflow-2"));
    QCOMPARE(billingCopy.name, h.model().node(QStringLiteral("billing"))->name);
    QCOMPARE(payflowCopy.kind, QStringLiteral("payments"));
    QCOMPARE(*billingCopy.pos, billing + QPointF(32, 32));
    QCOMPARE(*payflowCopy.pos, payflow + QPointF(32, 32));
    QCOMPARE(h.model().data().size(), 11);
    QCOMPARE(h.model().data().last().id, QStringLiteral("payment_data-2"));
    QCOMPARE(h.model().data().last().owner, QStringLiteral("billing-2"));
    QCOMPARE(h.model().edges().size(), 28);
    const Edge &edgeCopy = h.model().edges().last();
    QCOMPARE(edgeCopy.source, QStringLiteral("billing-2"));
    QCOMPARE(edgeCopy.target, QStringLiteral("payflow-2"));
    QCOMPARE(edgeCopy.data, QStringList { QStringLiteral("payment_data-2") });
    QCOMPARE(h.selection()->ids(ElementType::Node),
        (QStringList { QStringLiteral("billing-2"), QStringLiteral("payflow-2") }));
    QCOMPARE(h.stack()->count(), 1);

    // A second paste cascades further.
    QTest::keyClick(h.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(h.model().nodes().last().id, QStringLiteral("payflow-3"));
    QCOMPARE(*h.model().nodes().last().pos, payflow + QPointF(64, 64));

    h.stack()->undo();
    h.stack()->undo();
    QCOMPARE(h.model(), exampleModel());

    // Cut takes the nodes away, and paste brings them back beside.
    h.selection()->set({ { ElementType::Node, QStringLiteral("payflow") } });
    QTest::keyClick(h.view(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!h.model().node(QStringLiteral("payflow")));
    QCOMPARE(h.stack()->text(h.stack()->count() - 1), QStringLiteral("Cut 1 node"));
    QTest::keyClick(h.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(h.model().nodes().last().id, QStringLiteral("payflow"));
}

void TestEditor::layoutIsOneUndoStep()
{
    Harness h;
    QVERIFY(h.openExample());
    const Model before = h.model();
    h.layout()->layOut();
    QVERIFY(h.layout()->isBusy());
    QVERIFY(h.waitForLayout());

    // dot for 23 nodes; every node now stores its place.
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(h.stack()->text(0), QStringLiteral("Layout (dot)"));
    for (const Node &n : h.model().nodes())
        QVERIFY2(n.pos, qPrintable(n.id));
    QVERIFY(h.doc()->isModified());
    const render::Diagram &d = h.scene()->diagram();
    for (int i = 0; i < d.nodes.size(); ++i)
        QCOMPARE(d.nodes[i].center, *h.model().nodes()[i].pos);

    h.stack()->undo();
    QCOMPARE(h.model(), before);
    h.stack()->redo();
    QCOMPARE(h.model().nodes().first().pos, d.nodes.first().center);
}

void TestEditor::neatoKeepsPinnedNode()
{
    Harness h;
    h.doc()->resetModel(pinnedRow());
    QVERIFY(h.showAndActivate());
    QVERIFY(h.waitForLayout());
    QCOMPARE(h.stack()->count(), 0); // routing edges on open changes nothing
    // Pinned through the editor, as the user would.
    h.selection()->set({ { ElementType::Node, QStringLiteral("n2") } });
    QVERIFY(h.editor()->setSelectionPinned(true));
    QVERIFY(h.model().node(QStringLiteral("n2"))->pinned);
    const Model before = h.model();
    h.stack()->clear();

    h.layout()->setEngineChoice(layout::Engine::Neato);
    h.layout()->layOut();
    QVERIFY(h.waitForLayout());
    QCOMPARE(h.stack()->count(), 1);
    QCOMPARE(h.stack()->text(0), QStringLiteral("Layout (neato)"));
    QCOMPARE(*h.model().node(QStringLiteral("n2"))->pos, QPointF(200, 80));
    // The others moved (the row is not what neato makes of a path).
    int moved = 0;
    for (const Node &n : h.model().nodes())
        moved += *n.pos != *before.node(n.id)->pos;
    QVERIFY(moved > 0);

    h.stack()->undo();
    QCOMPARE(h.model(), before);
}

void TestEditor::cancelLayout()
{
    Harness h;
    QVERIFY(h.openExample());
    h.layout()->layOut();
    QVERIFY(h.layout()->isBusy());
    h.layout()->cancel();
    QVERIFY(!h.layout()->isBusy());
    QCOMPARE(h.statusMessage(), QStringLiteral("Layout cancelled."));
    // The dropped result never arrives.
    QTest::qWait(500);
    QCOMPARE(h.stack()->count(), 0);
    QCOMPARE(h.model(), exampleModel());
}

// Escape cancels a running layout wherever the focus is in the window, as
// the status bar's Cancel does.
void TestEditor::escapeCancelsLayout()
{
    Harness h;
    QVERIFY(h.openExample());
    QVERIFY(h.showAndActivate());
    QVERIFY(h.waitForLayout());
    for (QWidget *focus : { static_cast<QWidget *>(h.view()),
             static_cast<QWidget *>(h.window->tables()->table(ElementType::Node)->tableView()) }) {
        focus->setFocus();
        h.layout()->layOut();
        QVERIFY(h.layout()->isBusy());
        QTest::keyClick(focus, Qt::Key_Escape);
        QVERIFY2(!h.layout()->isBusy(), focus->metaObject()->className());
        QCOMPARE(h.statusMessage(), QStringLiteral("Layout cancelled."));
    }
    QTest::qWait(300);
    QCOMPARE(h.stack()->count(), 0);
}

void TestEditor::layoutKeepsEditsMadeWhileItRuns_data()
{
    QTest::addColumn<bool>("stored");
    // The first move then stores where every node is shown; only the node
    // moved counts as moved.
    QTest::newRow("shown positions") << false;
    QTest::newRow("stored positions") << true;
}

void TestEditor::layoutKeepsEditsMadeWhileItRuns()
{
    QFETCH(bool, stored);
    Harness h;
    if (stored) {
        // The example on a grid of stored positions.
        Model grid = exampleModel();
        for (int i = 0; i < grid.nodes().size(); ++i)
            grid.setPosition(i, QPointF(200.0 * (i % 6), 120.0 * (i / 6)));
        h.doc()->resetModel(grid);
        QVERIFY(h.showAndActivate());
        QVERIFY(h.waitForLayout()); // only routes the edges
    } else {
        QVERIFY(h.openExample());
    }
    const QString moved = QStringLiteral("payflow");
    const QString pinned = QStringLiteral("billing");
    const QString removed = QStringLiteral("northwind");
    const Model snapshot = h.model();
    QHash<QString, QPointF> shown;
    for (const Node &n : snapshot.nodes())
        shown.insert(n.id, h.nodeCenter(n.id));
    const QPointF start = shown[moved];
    h.zoomOneCenteredOn(start);

    // What twopi (which repeats its results exactly, and differs from the
    // dot layout shown on open) makes of the model as it is when the layout
    // starts.
    layout::LayoutOptions options;
    options.engine = layout::Engine::Twopi;
    options.keepPinned = true;
    const layout::LayoutOutcome expected = layout::computeLayout(snapshot, options);
    QVERIFY(expected.result);

    h.layout()->setEngineChoice(layout::Engine::Twopi);
    h.layout()->layOut();
    QVERIFY(h.layout()->isBusy());
    // Its result lands through the event loop, so these edits, which do not
    // turn it, all come first: a drag, a pin, a delete and a new node.
    const QPoint from = h.toViewport(start);
    drag(h.viewport(), from, from + QPoint(60, 40));
    QCOMPARE(*h.model().node(moved)->pos, start + QPointF(60, 40));
    h.selection()->set({ { ElementType::Node, pinned } });
    QVERIFY(h.editor()->setSelectionPinned(true));
    QTest::mouseClick(h.viewport(), Qt::LeftButton, {}, h.toViewport(h.nodeCenter(removed)));
    QTest::keyClick(h.view(), Qt::Key_Delete);
    QVERIFY(!h.model().node(removed));
    h.editor()->addNode(QStringLiteral("dataset"), QPointF(-300.5, 125.25));
    const QString added = h.model().nodes().last().id;
    QVERIFY(!snapshot.node(added));
    const int edits = h.stack()->count();
    QVERIFY(h.layout()->isBusy());
    QVERIFY(h.waitForLayout());

    // Every node the user left alone is where twopi put it; the others are
    // where the user put them, and the deleted one is not back.
    QCOMPARE(h.stack()->count(), edits + 1);
    QCOMPARE(h.stack()->text(edits), QStringLiteral("Layout (twopi)"));
    QCOMPARE(*h.model().node(moved)->pos, start + QPointF(60, 40));
    QCOMPARE(*h.model().node(pinned)->pos, shown[pinned]);
    QVERIFY(h.model().node(pinned)->pinned);
    QVERIFY(!h.model().node(removed));
    QCOMPARE(*h.model().node(added)->pos, QPointF(-300.5, 125.25));
    int laidOut = 0;
    for (int i = 0; i < snapshot.nodes().size(); ++i) {
        const QString &id = snapshot.nodes()[i].id;
        if (id == moved || id == pinned || id == removed)
            continue;
        QCOMPARE(*h.model().node(id)->pos, expected.result->nodeCenters[i]);
        laidOut += expected.result->nodeCenters[i] != shown[id];
    }
    QVERIFY(laidOut > 0);
    QVERIFY2(h.statusMessage().contains(QStringLiteral("2 node(s) moved or pinned meanwhile")),
        qPrintable(h.statusMessage()));

    // The layout is one step of its own: undone, the edits stay.
    h.stack()->undo();
    QCOMPARE(*h.model().node(moved)->pos, start + QPointF(60, 40));
    for (const Node &n : h.model().nodes())
        if (n.id != moved && n.id != added)
            QCOMPARE(*n.pos, shown[n.id]);
}

// Issue 11, item 2: undo and redo of a layout move every item back and
// forth, not only the stored positions.
void TestEditor::undoingALayoutRestoresThePicture()
{
    Harness h;
    QVERIFY(h.openExample()); // shown with dot, nothing stored
    const auto itemPositions = [&h] {
        h.scene()->updateNow();
        QHash<QString, QPointF> out;
        for (const Node &n : h.model().nodes())
            out.insert(n.id, h.scene()->nodeItem(n.id)->pos());
        return out;
    };
    const QHash<QString, QPointF> shown = itemPositions();

    h.layout()->setEngineChoice(layout::Engine::Circo);
    h.layout()->layOut();
    QVERIFY(h.waitForLayout());
    QCOMPARE(h.stack()->count(), 1);
    const QHash<QString, QPointF> circo = itemPositions();
    int differ = 0;
    for (const Node &n : h.model().nodes()) {
        QCOMPARE(circo[n.id], *n.pos);
        differ += circo[n.id] != shown[n.id];
    }
    QVERIFY(differ > 10);

    h.stack()->undo();
    QVERIFY(!h.doc()->isModified());
    for (const Node &n : h.model().nodes())
        QVERIFY(!n.pos);
    QCOMPARE(itemPositions(), shown);

    h.stack()->redo();
    QCOMPARE(itemPositions(), circo);
    for (const Node &n : h.model().nodes())
        QCOMPARE(*n.pos, circo[n.id]);
}

void TestEditor::saveAndReopenEquals()
{
    Harness h;
    QVERIFY(h.openExample());
    QTemporaryDir dir;
    h.editor()->addNode(QStringLiteral("dataset"), QPointF(-300.5, 125.25));
    h.zoomOneCenteredOn(h.nodeCenter(QStringLiteral("cumulus")));
    const QPoint from = h.toViewport(h.nodeCenter(QStringLiteral("cumulus")));
    drag(h.viewport(), from, from + QPoint(15, -35));
    QCOMPARE(h.stack()->count(), 2);

    h.savePathAnswer = dir.filePath(QStringLiteral("edited.weaklink"));
    QVERIFY(h.window->documentController()->save());
    QVERIFY(h.errors.isEmpty());
    QVERIFY(!h.doc()->isModified());
    const ReadResult reread = storage::load(h.savePathAnswer);
    QVERIFY2(reread.ok(), qPrintable(reread.message()));
    QCOMPARE(*reread.model, h.model());
    QCOMPARE(*reread.model->node(QStringLiteral("dataset"))->pos, QPointF(-300.5, 125.25));

    // Reopened, it is drawn where it was: positions are stored now, so
    // Graphviz only routes the edges around them, and the document stays
    // unmodified.
    const render::Diagram shown = h.scene()->diagram();
    Harness again;
    QVERIFY(again.window->documentController()->openFile(h.savePathAnswer));
    QVERIFY(again.waitForLayout());
    QCOMPARE(again.model(), h.model());
    QVERIFY(!again.doc()->isModified());
    QVERIFY(again.scene()->hasLayout());
    const render::Diagram reopened = again.scene()->diagram();
    for (int i = 0; i < shown.nodes.size(); ++i)
        QCOMPARE(reopened.nodes[i].center, shown.nodes[i].center);
    // 24 nodes: few enough for neato to route splines.
    const bool anySpline = std::any_of(reopened.edges.cbegin(), reopened.edges.cend(),
        [](const render::EdgeVisual &e) { return e.path.elementCount() > 2; });
    QVERIFY(anySpline);
}

void TestEditor::searchCentresNode()
{
    Harness h;
    QVERIFY(h.openExample());
    h.zoomOneCenteredOn(h.nodeCenter(QStringLiteral("web_dashboard")));
    NodeSearch *search = h.window->nodeSearch();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("crowd"));
    QTest::keyClick(search, Qt::Key_Return);
    QCoreApplication::processEvents();

    QCOMPARE(h.selection()->ids(ElementType::Node), QStringList { QStringLiteral("crowdforce") });
    const QPointF shownAt = h.toViewport(h.nodeCenter(QStringLiteral("crowdforce")));
    const QPointF middle = QRectF(h.viewport()->rect()).center();
    QVERIFY2(QLineF(shownAt, middle).length() < 3.0,
        qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                       .arg(shownAt.x())
                       .arg(shownAt.y())
                       .arg(middle.x())
                       .arg(middle.y())));

    QCOMPARE(search->resolve(QStringLiteral("Payflow")), QStringLiteral("payflow"));
    QCOMPARE(search->resolve(QStringLiteral("no such node")), QString());
}

void TestEditor::zoomKeys()
{
    Harness h;
    QVERIFY(h.openExample());
    h.view()->setFocus();
    h.view()->setTransform(QTransform::fromScale(0.5, 0.5));
    QTest::keyClick(h.view(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(h.view()->zoom(), 0.625);
    QTest::keyClick(h.view(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(h.view()->zoom(), 0.5);
    // The wheel zooms around the cursor: the point under it stays put.
    const QPoint cursor(100, 80);
    const QPointF under = h.view()->mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(h.viewport()->mapToGlobal(cursor)), QPoint(),
        QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(h.viewport(), &wheel);
    QCOMPARE(h.view()->zoom(), 0.625);
    QVERIFY(QLineF(h.view()->mapFromScene(under), cursor).length() < 1.5);

    QTest::keyClick(h.view(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(h.view()->visibleSceneRect().contains(h.scene()->diagram().bounds));
}

void TestEditor::exportPng()
{
    Harness h;
    QVERIFY(h.openExample());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.png"));
    DiagramExporter *exporter = h.window->diagramExporter();
    exporter->prompts().path = [&](render::ExportFormat, const QString &) { return path; };
    exporter->prompts().options = [](render::ExportFormat, const render::ExportOptions &last) {
        render::ExportOptions o = last;
        o.pngScale = 2.0;
        return std::optional<render::ExportOptions>(o);
    };
    QVERIFY(exporter->exportAs(render::ExportFormat::Png));
    const QImage image(path);
    QVERIFY(!image.isNull());
    // The page with legend at 2 pixels per point.
    const QRectF page = render::diagramPageRect(h.scene()->diagram(), true);
    QVERIFY(qAbs(image.width() - 2.0 * page.width()) <= 2.0);
    QVERIFY(qAbs(image.height() - 2.0 * page.height()) <= 2.0);
}

// File ▸ Export ▸ PDF asks for the paper in its own dialog (whose title is
// never cut), and the next export starts from the last answer.
void TestEditor::exportPdfAsksForThePaper()
{
    Harness h;
    QVERIFY(h.openExample());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.pdf"));
    DiagramExporter *exporter = h.window->diagramExporter();
    exporter->prompts().path = [&](render::ExportFormat, const QString &) { return path; };
    QString title;
    int width = 0;
    bool fitted = false;
    const auto answer = [&](bool change) {
        QTimer::singleShot(0, h.window.get(), [&, change] {
            auto *dialog = qobject_cast<ExportOptionsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            width = dialog->width();
            auto *paper = dialog->findChild<QComboBox *>();
            auto *fit = dialog->findChild<QCheckBox *>();
            fitted = fit->isChecked();
            if (change) {
                paper->setCurrentIndex(paper->findText(QStringLiteral("US Letter")));
                for (QRadioButton *radio : dialog->findChildren<QRadioButton *>())
                    if (radio->text().remove(u'&') == u"Portrait")
                        QTest::mouseClick(radio, Qt::LeftButton);
            }
            QTest::keyClick(dialog, Qt::Key_Return);
        });
    };
    answer(true);
    QVERIFY(exporter->exportAs(render::ExportFormat::Pdf));
    QCOMPARE(title, QStringLiteral("Export Diagram as PDF"));
    QVERIFY(width >= QFontMetrics(QApplication::font()).horizontalAdvance(title));
    QVERIFY(fitted);
    QCOMPARE(test::pdfMediaBoxesOfFile(path), QStringList { QStringLiteral("612x792") });

    answer(false); // the dialog now starts at Letter portrait
    QVERIFY(exporter->exportAs(render::ExportFormat::Pdf));
    QCOMPARE(test::pdfMediaBoxesOfFile(path), QStringList { QStringLiteral("612x792") });
}

// File ▸ Print… draws exactly what the PDF export writes: printed to a PDF
// file through QPrinter, the pages have the export's paper and text.
void TestEditor::printIsThePdfExport()
{
    Harness h;
    QVERIFY(h.openExample());
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    DiagramExporter *exporter = h.window->diagramExporter();
    QString error;
    QVERIFY2(
        exporter->exportTo(exported, render::ExportFormat::Pdf, {}, &error), qPrintable(error));
    QString paperShown;
    exporter->prompts().print
        = [&](QPrinter *printer, const std::function<void(QPrinter *)> &paint) {
              paperShown = printer->pageLayout().pageSize().name();
              printer->setOutputFormat(QPrinter::PdfFormat);
              printer->setOutputFileName(printed);
              paint(printer);
              return true;
          };
    auto *action = h.window->findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
    action->trigger();
    // Automatic: the example would shrink below 2/3 on A4, so A3, as the export.
    QCOMPARE(paperShown, QStringLiteral("A3"));
    QCOMPARE(test::pdfMediaBoxesOfFile(printed), test::pdfMediaBoxesOfFile(exported));
    QCOMPARE(test::pdfMediaBoxesOfFile(printed), QStringList { QStringLiteral("1191x842") });
    const auto text = [](const QString &pdf) {
        QProcess p;
        p.start(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    };
    const QByteArray words = text(exported);
    QVERIFY(words.contains("Northwind"));
    QCOMPARE(text(printed), words);
}

// The canvas by keyboard: the arrow keys move the selection to the nearest
// node that way (sideways distance counting double), Enter shows its
// properties with the keyboard in the first field.
void TestEditor::arrowKeysWalkTheCanvas()
{
    Harness h;
    Model m;
    const auto add = [&](const QString &id, double x, double y) {
        Node n;
        n.id = id;
        n.pos = QPointF(x, y);
        m.appendNode(n);
    };
    add(QStringLiteral("a"), 0, 0);
    add(QStringLiteral("b"), 300, 0);
    add(QStringLiteral("c"), 300, 200);
    add(QStringLiteral("d"), 0, 200);
    add(QStringLiteral("e"), 600, 10);
    h.doc()->resetModel(m);
    QVERIFY(h.showAndActivate());
    QVERIFY(h.waitForLayout());
    h.view()->setFocus();
    const auto selected = [&] {
        const auto one = h.selection()->single();
        return one ? one->id : QString();
    };
    h.selection()->set({ { ElementType::Node, QStringLiteral("a") } });
    // Right from a: b (300) before e (600 + 2 × 10) and c (300 + 2 × 200).
    QTest::keyClick(h.view(), Qt::Key_Right);
    QCOMPARE(selected(), QStringLiteral("b"));
    QTest::keyClick(h.view(), Qt::Key_Right);
    QCOMPARE(selected(), QStringLiteral("e"));
    QTest::keyClick(h.view(), Qt::Key_Right); // nothing further: stays
    QCOMPARE(selected(), QStringLiteral("e"));
    // Down from e: c (190 + 2 × 300 = 790) is the only node below.
    QTest::keyClick(h.view(), Qt::Key_Down);
    QCOMPARE(selected(), QStringLiteral("c"));
    QTest::keyClick(h.view(), Qt::Key_Left);
    QCOMPARE(selected(), QStringLiteral("d"));
    QTest::keyClick(h.view(), Qt::Key_Up);
    QCOMPARE(selected(), QStringLiteral("a"));

    QTest::keyClick(h.view(), Qt::Key_Return);
    auto *properties = h.window->findChild<PropertiesDock *>();
    QVERIFY(properties && properties->isVisible());
    QTRY_VERIFY(properties->isAncestorOf(QApplication::focusWidget()));
}

// Switching views and exporting one is not an edit (issue 11 item 18).
void TestEditor::viewsLeaveDocumentUnmodified()
{
    Harness h;
    QVERIFY(h.openExample());
    const int commands = h.stack()->count();
    render::ViewSpec organisations;
    organisations.kind = render::ViewKind::Organisations;
    h.scene()->setView(organisations);
    QCOMPARE(h.scene()->diagram().nodes.size(), 14);
    QVERIFY(h.scene()->nodeItem(QStringLiteral("Acme AI")));
    QVERIFY(!h.scene()->nodeItem(QStringLiteral("web_dashboard")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(h.window->diagramExporter()->exportTo(
                 dir.filePath(QStringLiteral("view.svg")), render::ExportFormat::Svg, {}, &error),
        qPrintable(error));
    QFile svg(dir.filePath(QStringLiteral("view.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("14 nodes"));

    render::ViewSpec near;
    near.kind = render::ViewKind::Neighbourhood;
    near.centre = QStringLiteral("northwind");
    h.scene()->setView(near);
    QCOMPARE(h.scene()->diagram().nodes.size(), 3);
    h.scene()->setView({});
    QCOMPARE(h.scene()->diagram().nodes.size(), 23);
    QVERIFY(!h.doc()->isModified());
    QCOMPARE(h.stack()->count(), commands);
}

void TestEditor::doubleClickExpandsOrganisation()
{
    Harness h;
    QVERIFY(h.openExample());
    render::ViewSpec organisations;
    organisations.kind = render::ViewKind::Organisations;
    h.scene()->setView(organisations);
    const NodeItem *acme = h.scene()->nodeItem(QStringLiteral("Acme AI"));
    QVERIFY(acme);
    const QPointF center = acme->pos();
    h.zoomOneCenteredOn(center);
    QTest::mouseDClick(
        h.viewport(), Qt::LeftButton, Qt::NoModifier, h.view()->mapFromScene(center));
    h.scene()->updateNow();
    QVERIFY(!h.scene()->nodeItem(QStringLiteral("Acme AI")));
    for (const Node &n : h.model().nodes())
        if (n.organization == u"Acme AI")
            QVERIFY2(h.scene()->nodeItem(n.id), qPrintable(n.id));
    QCOMPARE(h.scene()->diagram().nodes.size(), 23);
    QVERIFY(!h.doc()->isModified());
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
