// The Snapshots dock's panel, driven with QTest events on the offscreen
// platform: Take Snapshot… runs the annual baseline off the GUI thread and
// adds the snapshot as one undoable step, its figure the same as the
// engine's for the same trials and seed; a name the document has is refused
// before anything runs; Cancel stops the run and adds nothing; Open shows
// the model as it was, read-only, whatever changed since; Delete is
// undoable; Compare shows what changed since, on the map (the diff
// overlay) and in words.
#include "widgetharness.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "snapshots/comparewindow.h"
#include "snapshots/snapshotspanel.h"
#include "snapshots/snapshotwindow.h"

#include "commands/commands.h"
#include "format/format.h"
#include "io/modeljson.h"
#include "jobs/simulationsnapshot.h"
#include "model/document.h"
#include "simulation/compiledmodel.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace wl;
using namespace Qt::StringLiterals;

class TestSnapshotsPanel : public QObject {
    Q_OBJECT
private slots:
    void takeOpenAndDelete();
    void takenNameIsRefusedBeforeTheRun();
    void cancelAddsNothing();
    void compareShowsWhatChanged();
};

namespace {

Model example()
{
    const ReadResult r = io::readModelJsonFile(QStringLiteral(WEAKLINK_EXAMPLE));
    return r.ok() ? *r.model : Model();
}

analysis::SnapshotRequest request(const QString &name, int trials = 500)
{
    analysis::SnapshotRequest r;
    r.name = name;
    r.note = u"before the new vendors"_s;
    r.takenAt = QDateTime(QDate(2026, 9, 30), QTime(12, 0), QTimeZone::utc());
    r.trials = trials;
    r.rngSeed = 4;
    return r;
}

struct Harness {
    Harness()
        : doc(example())
        , simulation(&doc)
        , panel(&simulation)
    {
        panel.resize(800, 400);
        test::testItemModels(&panel);
    }
    Document doc;
    SimulationContext simulation;
    SnapshotsPanel panel;
};

} // namespace

void TestSnapshotsPanel::takeOpenAndDelete()
{
    Harness h;
    QVERIFY(test::showActive(&h.panel));
    h.panel.askRequest = [] { return std::optional(request(u"Q3"_s)); };
    QSignalSpy messages(&h.panel, &SnapshotsPanel::message);
    QTest::mouseClick(h.panel.takeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.panel.isTaking(), 30000);
    QCOMPARE(h.doc.snapshots().size(), 1);
    QCOMPARE(h.doc.undoStack()->count(), 1);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(u"Q3"_s));

    // The table's figure is the engine's for the same trials and seed.
    sim::Scenario annual;
    annual.mode = sim::Mode::Annual;
    annual.trials = 500;
    annual.rngSeed = 4;
    const sim::RunOutcome run = sim::run(h.doc.model(), sim::compile(h.doc.model()), annual);
    QVERIFY(run.result);
    const double total = run.result->expectedExposedTotal;
    QTableView *table = h.panel.table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"Q3"_s);
    QCOMPARE(table->model()->index(0, 2).data().toString(), format::records(total));
    QCOMPARE(table->model()->index(0, 3).data().toString(), u"before the new vendors"_s);

    // Open shows the model as it was; the document's model moves on.
    const QString firstId = h.doc.model().nodes().first().id;
    const QString firstName = h.doc.model().nodes().first().name;
    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Node, 0, int(NodeField::Name), u"Renamed since"_s));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    auto *window = h.panel.window()->findChild<SnapshotWindow *>(u"snapshotWindow"_s);
    QVERIFY(window);
    QPointer<SnapshotWindow> guard(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->document()->model().nodes().first().id, firstId);
    QCOMPARE(window->document()->model().nodes().first().name, firstName);
    QVERIFY(!window->view()->isInteractive());
    QVERIFY(window->windowTitle().contains(u"Q3"_s));
    window->close();
    QTRY_VERIFY(guard.isNull());

    // Delete, then undo.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    auto *remove = h.panel.findChild<QPushButton *>(u"deleteSnapshot"_s);
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(h.doc.snapshots().isEmpty());
    QCOMPARE(table->model()->rowCount(), 0);
    h.doc.undoStack()->undo();
    QCOMPARE(h.doc.snapshots().size(), 1);
    QCOMPARE(h.doc.snapshots()[0].name, u"Q3"_s);
}

void TestSnapshotsPanel::takenNameIsRefusedBeforeTheRun()
{
    Harness h;
    QVERIFY(h.panel.takeSnapshot(request(u"Q3"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!h.panel.isTaking(), 30000);
    QString error;
    QVERIFY(!h.panel.takeSnapshot(request(u"Q3"_s), &error));
    QCOMPARE(error, u"there is already a snapshot named \"Q3\""_s);
    QVERIFY(!h.panel.isTaking());
    QVERIFY(!h.panel.takeSnapshot(request(u"   "_s), &error));
    QCOMPARE(error, u"a snapshot needs a name"_s);
    QCOMPARE(h.doc.snapshots().size(), 1);
}

void TestSnapshotsPanel::cancelAddsNothing()
{
    Harness h;
    QVERIFY(test::showActive(&h.panel));
    QVERIFY(h.panel.takeSnapshot(request(u"Long"_s, 50'000'000)));
    QVERIFY(h.panel.isTaking());
    auto *cancel = h.panel.findChild<QPushButton *>(u"cancelSnapshot"_s);
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.panel.isTaking(), 10000);
    QVERIFY(h.doc.snapshots().isEmpty());
    QCOMPARE(h.doc.undoStack()->count(), 0);
}

void TestSnapshotsPanel::compareShowsWhatChanged()
{
    Harness h;
    QVERIFY(test::showActive(&h.panel));
    QVERIFY(h.panel.takeSnapshot(request(u"Q3"_s, 300)));
    QTRY_VERIFY_WITH_TIMEOUT(!h.panel.isTaking(), 30000);

    // Since the snapshot: northwind's likelihood up, tokenizer_pkg gone with
    // its edge, a new vendor that receives the chat prompts.
    const int northwind = h.doc.model().nodeIndex(u"northwind"_s);
    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Node, northwind, int(NodeField::BreachLikelihood), 0.5));
    auto remove = commands::removeElements(&h.doc, { u"tokenizer_pkg"_s }, {}, {});
    QVERIFY(remove);
    h.doc.undoStack()->push(remove.release());
    QString why;
    Node gleam;
    gleam.id = u"gleam"_s;
    gleam.name = u"Gleam Metrics"_s;
    gleam.organization = u"Gleam Metrics Inc."_s;
    auto add = commands::addNode(&h.doc, gleam, &why);
    QVERIFY2(add, qPrintable(why));
    h.doc.undoStack()->push(add.release());
    Edge e;
    e.id = u"chat_app->gleam"_s;
    e.source = u"chat_app"_s;
    e.target = u"gleam"_s;
    e.data = { u"chat_prompts"_s };
    auto addEdge = commands::addEdge(&h.doc, e, &why);
    QVERIFY2(addEdge, qPrintable(why));
    h.doc.undoStack()->push(addEdge.release());

    QTableView *table = h.panel.table();
    auto *compare = h.panel.findChild<QPushButton *>(u"compareSnapshot"_s);
    QVERIFY(compare);
    QVERIFY(!compare->isEnabled()); // nothing chosen yet
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    QVERIFY(compare->isEnabled());
    QSignalSpy opened(&h.panel, &SnapshotsPanel::compareWindowOpened);
    QTest::mouseClick(compare, Qt::LeftButton);
    QVERIFY(h.panel.isComparing());
    QVERIFY(!compare->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
    auto *window = opened.at(0).at(0).value<CompareWindow *>();
    QVERIFY(window);
    QPointer<CompareWindow> guard(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Every element of either model is drawn once: the model now, then the
    // ghost of what went.
    const Model &drawn = window->document()->model();
    QCOMPARE(drawn.nodes().size(), h.doc.model().nodes().size() + 1);
    QCOMPARE(drawn.nodes().last().id, u"tokenizer_pkg"_s);
    QCOMPARE(drawn.edges().size(), h.doc.model().edges().size() + 1);
    const render::Overlay &o = window->scene()->overlay();
    QVERIFY(o.diff);
    QCOMPARE(o.nodeDiff.size(), 3);
    QCOMPARE(o.nodeDiff.value(u"gleam"_s), render::DiffMark::Added);
    QCOMPARE(o.nodeDiff.value(u"tokenizer_pkg"_s), render::DiffMark::Removed);
    QCOMPARE(o.nodeDiff.value(u"northwind"_s), render::DiffMark::Changed);
    QCOMPARE(o.edgeDiff.value(u"chat_app->gleam"_s), render::DiffMark::Added);
    QCOMPARE(o.edgeDiff.value(u"ci_cd->tokenizer_pkg"_s), render::DiffMark::Removed);
    // The legend counts nodes and edges: added gleam and its edge; removed
    // tokenizer_pkg and its edge; changed northwind.
    // The diagram (and the legend with it) is built on a worker.
    QTRY_VERIFY_WITH_TIMEOUT(window->scene()->overlayLegend(), 30000);
    const auto counts = window->scene()->overlayLegend()->diffCounts;
    QCOMPARE(counts[0], 2);
    QCOMPARE(counts[1], 2);
    QCOMPARE(counts[2], 1);
    // The fill is each node's change in risk, the same as the diff's, with
    // the snapshot's trials and seed.
    const Model before = *analysis::readSnapshotModel(h.doc.snapshots()[0]).model;
    analysis::MetricsDiffOptions options;
    options.trials = 300;
    options.rngSeed = 4;
    const auto metrics = analysis::diffMetrics(before, h.doc.model(), options);
    QVERIFY(metrics.diff);
    const auto &risk = metrics.diff->metrics[int(sim::Metric::Risk)].changes;
    QVERIFY(!risk.isEmpty());
    for (const analysis::MetricChange &c : risk)
        QCOMPARE(o.nodeValues.value(c.node), c.delta());
    QVERIFY(o.heat);
    QCOMPARE(o.heat->title, u"Change in risk"_s);

    const QString text = window->text()->toPlainText();
    QVERIFY2(text.contains(u"Nodes: 1 added, 1 removed, 1 changed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"breach_likelihood 0.08 → 0.5"_s), qPrintable(text));
    QVERIFY2(
        text.contains(u"now reaches 1 more organisation: Gleam Metrics Inc."_s), qPrintable(text));
    QVERIFY(!window->view()->isInteractive());
    window->close();
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestSnapshotsPanel)
#include "tst_snapshotspanel.moc"
