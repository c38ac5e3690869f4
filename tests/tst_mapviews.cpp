// The Map menu's views in the app (issue 11, item 18): the filter view
// chosen in its dialog, and a check mark that always names the view shown;
// and the Overview, the map in miniature, following a dragged node (item 9).
#include "dialogs/filterviewdialog.h"
#include "documentcontroller.h"
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/layoutcontroller.h"
#include "editor/nodeitem.h"
#include "editor/overviewwidget.h"
#include "mainwindow.h"
#include "selection.h"
#include "settingswriter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace wl;

namespace {

constexpr int kLayoutTimeoutMs = 60000;

struct Harness {
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();

    Harness()
    {
        DocumentController::Prompts &p = window->documentController()->prompts();
        p.confirmDiscard = [](const QString &) { return QMessageBox::Discard; };
    }

    DiagramScene *scene() const { return window->diagramScene(); }
    const Model &model() const { return window->document()->model(); }

    bool openExample()
    {
        if (!window->documentController()->openExample())
            return false;
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        if (!QTest::qWaitFor(
                [this] { return !window->layoutController()->isBusy(); }, kLayoutTimeoutMs))
            return false;
        scene()->updateNow();
        return true;
    }

    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }

    // The name of the one checked view action.
    QString checkedView() const
    {
        QStringList checked;
        for (const char *name : { "viewWholeMap", "viewOrganisations", "viewNeighbourhood1",
                 "viewNeighbourhood2", "viewNeighbourhood3", "viewNeighbourhood4", "viewFilter" })
            if (QAction *a = action(name); a && a->isChecked())
                checked << QString::fromLatin1(name);
        return checked.join(u',');
    }

    // Triggers Map ▸ Filter… and answers its dialog with `field` and the
    // value whose data is `value` (Cancel if `value` is empty).
    void filter(render::FilterField field, const QString &value)
    {
        QTimer::singleShot(0, [field, value] {
            auto *dialog = qobject_cast<FilterViewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *fields = dialog->findChild<QComboBox *>(QStringLiteral("filterField"));
            fields->setCurrentIndex(fields->findData(int(field)));
            auto *values = dialog->findChild<QComboBox *>(QStringLiteral("filterValue"));
            if (value.isEmpty()) {
                dialog->reject();
                return;
            }
            QVERIFY2(values->findData(value) >= 0, qPrintable(value));
            values->setCurrentIndex(values->findData(value));
            dialog->accept();
        });
        action("viewFilter")->trigger();
    }
};

} // namespace

class TestMapViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkMarkFollowsTheView();
    void filterDialogOffersTheModelsValues();
    void filterShowsTheMatchingNodes();
    void overviewFollowsADraggedNode();
    void largerOrganisationNodeIsLargerOnTheCanvas();
};

void TestMapViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Weaklink"));
    QApplication::setApplicationName(QStringLiteral("WeaklinkMapViewsTest"));
    settings::waitForWrites();
    QSettings().clear();
}

void TestMapViews::checkMarkFollowsTheView()
{
    Harness h;
    QVERIFY(h.openExample());
    QCOMPARE(h.checkedView(), QStringLiteral("viewWholeMap"));

    // Set from elsewhere than the menu (a double-click that expands an
    // organisation, the presenter): the mark moves with it.
    render::ViewSpec spec;
    spec.kind = render::ViewKind::Organisations;
    h.scene()->setView(spec);
    QCOMPARE(h.checkedView(), QStringLiteral("viewOrganisations"));
    spec.expanded.insert(QStringLiteral("Acme AI"));
    h.scene()->setView(spec);
    QCOMPARE(h.checkedView(), QStringLiteral("viewOrganisations"));
    spec = {};
    spec.kind = render::ViewKind::Neighbourhood;
    spec.centre = QStringLiteral("northwind");
    spec.hops = 3;
    h.scene()->setView(spec);
    QCOMPARE(h.checkedView(), QStringLiteral("viewNeighbourhood3"));

    // A neighbourhood with nothing selected changes nothing, mark included.
    h.window->selection()->clear();
    h.action("viewNeighbourhood1")->trigger();
    QCOMPARE(h.scene()->view().hops, 3);
    QCOMPARE(h.checkedView(), QStringLiteral("viewNeighbourhood3"));

    h.action("viewWholeMap")->trigger();
    QCOMPARE(h.scene()->view().kind, render::ViewKind::Whole);
    QCOMPARE(h.checkedView(), QStringLiteral("viewWholeMap"));
}

void TestMapViews::filterDialogOffersTheModelsValues()
{
    Harness h;
    QVERIFY(h.openExample());
    FilterViewDialog dialog(h.model(), {}, h.window.get());
    auto *fields = dialog.findChild<QComboBox *>(QStringLiteral("filterField"));
    auto *values = dialog.findChild<QComboBox *>(QStringLiteral("filterValue"));
    QCOMPARE(fields->currentData().toInt(), int(render::FilterField::Kind));
    // 12 kinds in the example, by their display names, with their counts.
    QCOMPARE(values->count(), 12);
    const int internal = values->findData(QStringLiteral("internal_service"));
    QCOMPARE(values->itemText(internal), QStringLiteral("Internal service (10)"));
    fields->setCurrentIndex(fields->findData(int(render::FilterField::Jurisdiction)));
    QStringList jurisdictions;
    for (int i = 0; i < values->count(); ++i)
        jurisdictions << values->itemText(i);
    QCOMPARE(jurisdictions,
        QStringList({ QStringLiteral("DE (2)"), QStringLiteral("IE (1)"), QStringLiteral("IN (1)"),
            QStringLiteral("KE (1)"), QStringLiteral("US (17)") }));
    fields->setCurrentIndex(fields->findData(int(render::FilterField::Tier)));
    QCOMPARE(values->itemText(0), QStringLiteral("Tier 0 (10)"));
    values->setCurrentIndex(values->findData(QStringLiteral("1")));
    const render::ViewSpec spec = dialog.spec();
    QCOMPARE(spec.kind, render::ViewKind::Filter);
    QCOMPARE(spec.field, render::FilterField::Tier);
    QCOMPARE(spec.value, QStringLiteral("1"));
}

void TestMapViews::filterShowsTheMatchingNodes()
{
    Harness h;
    QVERIFY(h.openExample());
    const int commands = h.window->document()->undoStack()->count();

    h.filter(render::FilterField::Jurisdiction, QStringLiteral("DE"));
    h.scene()->updateNow();
    QStringList shown;
    for (const render::NodeVisual &n : h.scene()->diagram().nodes)
        shown << n.id;
    QStringList german;
    for (const Node &n : h.model().nodes())
        if (n.jurisdiction == u"DE")
            german << n.id;
    QCOMPARE(shown, german);
    QCOMPARE(h.checkedView(), QStringLiteral("viewFilter"));
    QVERIFY(h.scene()->diagram().summary.startsWith(QStringLiteral("Filter: jurisdiction = DE")));

    // Cancel keeps the filter shown, and its mark.
    h.filter(render::FilterField::Kind, QString());
    QCOMPARE(h.scene()->view().value, QStringLiteral("DE"));
    QCOMPARE(h.checkedView(), QStringLiteral("viewFilter"));
    QVERIFY(!h.window->document()->isModified());
    QCOMPARE(h.window->document()->undoStack()->count(), commands);
}

// While a node is dragged beyond the drawing, before it is dropped (and
// reaches the document), the Overview already shows it.
void TestMapViews::overviewFollowsADraggedNode()
{
    Harness h;
    QVERIFY(h.openExample());
    auto *overview = h.window->findChild<OverviewWidget *>(QStringLiteral("overview"));
    QVERIFY(overview);
    DiagramView *view = h.window->diagramView();
    view->fitToWindow();
    view->zoomOut();
    QCoreApplication::processEvents();
    QString leftmost;
    double left = 1e9;
    for (const Node &n : h.model().nodes())
        if (const double x = h.scene()->nodeItem(n.id)->pos().x(); x < left) {
            left = x;
            leftmost = n.id;
        }
    const NodeItem *item = h.scene()->nodeItem(leftmost);
    QWidget *viewport = view->viewport();
    const QPoint from = view->mapFromScene(item->pos());
    const QPoint to = from - QPoint(viewport->width() / 4, 0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i) {
        const QPoint p = from + (to - from) * i / 6;
        QMouseEvent move(QEvent::MouseMove, QPointF(p), QPointF(viewport->mapToGlobal(p)),
            Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
    }
    QVERIFY(item->pos().x() < left - 10.0); // dragging, not yet dropped
    QVERIFY(!h.scene()->diagram().bounds.contains(render::nodeRect(item->pos())));
    QTRY_VERIFY(overview->shownSceneRect().contains(render::nodeRect(item->pos())));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// Acme AI (10 members) is drawn 1.5 times the standard size in the
// organisations view: a double-click on the part that only the larger box
// covers still expands it.
void TestMapViews::largerOrganisationNodeIsLargerOnTheCanvas()
{
    Harness h;
    QVERIFY(h.openExample());
    h.action("viewOrganisations")->trigger();
    h.scene()->updateNow();
    const NodeItem *acme = h.scene()->nodeItem(QStringLiteral("Acme AI"));
    QVERIFY(acme);
    QCOMPARE(acme->visual().scale, 1.5);
    QVERIFY(acme->boundingRect().width() >= 1.5 * render::kNodeWidth);
    const QPointF beyondStandard = acme->pos() + QPointF(render::kNodeWidth / 2.0 * 1.4, 0.0);
    DiagramView *view = h.window->diagramView();
    view->setTransform(QTransform());
    view->centerOn(beyondStandard);
    QCoreApplication::processEvents();
    QTest::mouseDClick(
        view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(beyondStandard));
    h.scene()->updateNow();
    QVERIFY(!h.scene()->nodeItem(QStringLiteral("Acme AI")));
    QVERIFY(h.scene()->view().expanded.contains(QStringLiteral("Acme AI")));
    QVERIFY(h.scene()->nodeItem(QStringLiteral("public_api")));
}

QTEST_MAIN(TestMapViews)
#include "tst_mapviews.moc"
