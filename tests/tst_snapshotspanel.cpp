// The Snapshots dock's panel, driven with QTest events on the offscreen
// platform: Take Snapshot… runs the annual baseline off the GUI thread and
// adds the snapshot as one undoable step, its figure the same as the
// engine's for the same trials and seed; a name the document has is refused
// before anything runs; Cancel stops the run and adds nothing; Open shows
// the model as it was, read-only, whatever changed since; Delete is
// undoable.
#include "widgetharness.h"

#include "editor/diagramview.h"
#include "snapshots/snapshotspanel.h"
#include "snapshots/snapshotwindow.h"

#include "commands/commands.h"
#include "format/format.h"
#include "io/modeljson.h"
#include "jobs/simulationsnapshot.h"
#include "model/document.h"
#include "simulation/compiledmodel.h"

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

QTEST_MAIN(TestSnapshotsPanel)
#include "tst_snapshotspanel.moc"
