// "Why is this node affected?" (app/docks/pathsview): the paths of
// core/simulation/paths.h (tested in tst_paths) listed for the selected
// node, a click asking for the path's highlight, and the assets it holds.
#include "docks/pathsview.h"
#include "simtestmodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace wl;
using namespace wl::sim;
using wl::test::ids;
using wl::test::SimModelBuilder;

class TestPathsView : public QObject {
    Q_OBJECT

private slots:
    void viewListsPathsAndHighlights();
    void viewShowsHeldAssets();
};

void TestPathsView::viewListsPathsAndHighlights()
{
    // The slow-route model: D's likelier path is A -> B -> D.
    auto model = std::make_shared<const Model>(test::slowRouteModel());
    auto result = std::make_shared<const SimResult>(
        test::runScenario(*model, test::seededScenario({ { QStringLiteral("A"), 0 } }, 20000)));

    PathsView view;
    view.resize(500, 400);
    QSignalSpy spy(&view, &PathsView::highlightRequested);
    view.setNode(QStringLiteral("D"));
    QVERIFY(view.paths().isEmpty()); // no result yet
    view.setResult(result, model);
    QCOMPARE(view.paths().size(), 2);
    QCOMPARE(view.paths()[0].nodeIds, ids({ "A", "B", "D" }));
    QCOMPARE(view.paths()[1].nodeIds, ids({ "A", "C", "D" }));
    QVERIFY(view.paths()[0].likelihood > view.paths()[1].likelihood);
    QCOMPARE(view.pathList()->topLevelItemCount(), 2);
    QVERIFY(view.pathList()->topLevelItem(0)->text(1).contains(QStringLiteral("A → B → D")));
    QVERIFY(view.summaryText().contains(QStringLiteral("D")));
    QVERIFY(spy.isEmpty());

    // A click on the second path asks for its nodes and edges.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect rect = view.pathList()->visualItemRect(view.pathList()->topLevelItem(1));
    QTest::mouseClick(view.pathList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy[0][0].toStringList(), ids({ "A", "C", "D" }));
    QCOMPARE(spy[0][1].toStringList(), ids({ "e2", "e3" }));
    view.grab().save(QDir::temp().filePath(QStringLiteral("weaklink-pathsview.png")));

    // Another node clears the highlight first; k = 1 lists one path.
    view.setMaxPaths(1);
    QCOMPARE(spy.size(), 2);
    QVERIFY(spy[1][0].toStringList().isEmpty());
    QCOMPARE(view.paths().size(), 1);
    view.activatePath(0);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy[2][1].toStringList(), ids({ "e0", "e1" }));
    view.setNode(QStringLiteral("A"));
    QCOMPARE(spy.size(), 4);
    QCOMPARE(view.paths().size(), 1);
    QVERIFY(view.paths()[0].arcs.isEmpty()); // the seed itself
    view.setNode(QStringLiteral("nobody"));
    QVERIFY(view.paths().isEmpty());
    QCOMPARE(spy.size(), 4); // nothing was highlighted
}

void TestPathsView::viewShowsHeldAssets()
{
    auto model
        = std::make_shared<const Model>(SimModelBuilder()
                                            .node("A")
                                            .node("M")
                                            .asset("X", "A", 1200, "customer_pii", 4)
                                            .asset("Y", "M", 50, "telemetry")
                                            .edge("A", "M", 0.0, 0.0, 24, { QStringLiteral("X") })
                                            .m);
    auto result = std::make_shared<const SimResult>(
        test::runScenario(*model, test::seededScenario({ { QStringLiteral("M"), 0 } }, 100)));
    PathsView view;
    view.setResult(result, model);
    view.setNode(QStringLiteral("M"));
    QTableWidget *t = view.assetTable();
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->item(0, PathsView::AssetName)->text(), QStringLiteral("X"));
    QCOMPARE(t->item(0, PathsView::AssetCategory)->text(), QStringLiteral("customer_pii"));
    QCOMPARE(t->item(0, PathsView::AssetRecords)->data(Qt::UserRole).toLongLong(), 1200);
    QCOMPARE(t->item(0, PathsView::AssetSensitivity)->data(Qt::UserRole).toInt(), 4);
    QCOMPARE(t->item(0, PathsView::AssetExposed)->data(Qt::UserRole).toDouble(), 1.0);
    QCOMPARE(t->item(1, PathsView::AssetName)->text(), QStringLiteral("Y"));

    // A never compromised: no path, but it still holds X, exposed through M.
    view.setNode(QStringLiteral("A"));
    QVERIFY(view.paths().isEmpty());
    QVERIFY(view.summaryText().contains(QStringLiteral("never compromised")));
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->item(0, PathsView::AssetExposed)->data(Qt::UserRole).toDouble(), 1.0);

    view.setResult(nullptr, nullptr);
    QCOMPARE(t->rowCount(), 0);
}

QTEST_MAIN(TestPathsView)
#include "tst_pathsview.moc"
