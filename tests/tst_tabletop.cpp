// The tabletop exercise: the timeline shows exactly the engine's probability
// of compromise by t (the same run as sim::run with the same grid, and —
// independently — SIMULATION.md §6 example 1: B 0.5 from 24 h, C 0.2 from
// 48 h); a response "sever B at 30 h" makes C 0 at every t (§6 example 5);
// the exercise and its decision log are undoable, survive save and reopen,
// and a schema 2 file opens with an empty log; the after-action exports are
// valid, and the PDF reads as a report (the diagram, the diagram exports'
// typeface, no clipped cell, no internal document named); the presenter view
// steps the clock and leaves on Esc, and at 1920 × 1080 fits the map with
// readable names, keeps the legend clear of the nodes and shows the
// facilitator's panel. GUI parts are driven with QTest events on the
// offscreen platform.
#include "chainmodel.h"
#include "tabletop/afteraction.h"
#include "tabletop/clocksmodel.h"
#include "tabletop/decisionlogmodel.h"
#include "tabletop/exercisesettingsform.h"
#include "tabletop/presenterview.h"
#include "tabletop/responsespage.h"
#include "tabletop/tabletopoverlay.h"
#include "tabletop/tabletoppanel.h"
#include "tabletop/tabletopsession.h"
#include "tabletop/timelinemodels.h"
#include "tolerance.h"
#include "widgetharness.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "selection.h"

#include "commands/commands.h"
#include "commands/exercisecommands.h"
#include "format/format.h"
#include "io/modeljson.h"
#include "render/diagram.h"
#include "render/export.h"
#include "simulation/compiledmodel.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace wl;
using namespace wl::tabletop;

class TestTabletop : public QObject {
    Q_OBJECT

private slots:
    void timeline();
    void timelineMatchesEngine_data();
    void timelineMatchesEngine();
    void chainExampleThroughThePanel();
    void severanceThroughThePanel();
    void scrubbingWithKeysAndButtons();
    void decisionLogUndoRedo();
    void decisionLogModelRowsFollowUndoAndRedo();
    void commandsRefuseBadInput();
    void renamingANodeRenamesTheVendor();
    void survivesSaveAndReopen();
    void schema2FileOpensWithAnEmptyLog();
    void exports();
    void afterActionPdfIsAReport();
    void presenterView();
    void presenterViewForTheRoom();
    void presenterViewShowsWhatMattersOfALargeMap();
    void staleAndRecomputedOnModelChange();
    void seedTypedInThePanel();
    void closingThePanelDropsAnUnfinishedEdit();
    void decisionLogStopsAClockInThePanel();
    void presenterShowsTheNextThreeDeadlines();
};

namespace {

constexpr int kTrials = 20000;
constexpr qint64 kRecords = test::kChainRecords; // of the asset C holds

using test::node;
// Seeded with A: p(B) = 0.5, p(C) = 0.2 (tests/support/chainmodel.h).
constexpr auto chainModel = test::chainWithRecordsOfC;

ExerciseSettings chainExercise()
{
    ExerciseSettings s;
    s.vendor = QStringLiteral("A");
    s.start = QDateTime(QDate(2025, 11, 24), QTime(9, 0), Qt::OffsetFromUTC, 3600);
    s.lengthHours = 72.0;
    s.stepHours = 1.0;
    s.trials = kTrials;
    return s;
}

// The chain and an exercise on it, as a document holds them.
struct ChainExercise {
    Model model = chainModel();
    Exercise exercise;

    DocumentState state() const { return { {}, exercise, {} }; }
};

ChainExercise chainWithExercise()
{
    ChainExercise m;
    m.exercise.settings = chainExercise();
    return m;
}

// Five standard errors without slack (tests/support/tolerance.h).
constexpr auto tolerance = wl::test::fiveSigma;

// Waits for the session's next projection (and the end of its run).
bool waitForProjection(TabletopSession &session)
{
    if (session.projection() && !session.isRunning() && !session.isStale())
        return true;
    QSignalSpy finished(&session, &TabletopSession::projectionChanged);
    return finished.wait(20000) && session.projection();
}

// The probability of node `row` (model order) as the nodes table shows it.
double tableProbability(QTableView *table, const QString &name)
{
    const QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, NodeTimelineModel::Name).data().toString() == name)
            return m->index(r, NodeTimelineModel::Probability).data(kSortRole).toDouble();
    return -1.0;
}

// SIMULATION.md §6, examples 1 and 5, by hand: B falls at 24 h with
// probability 0.5; C at 48 h with 0.5 × 0.4 = 0.2, unless B is severed at
// 30 h (B → C would arrive at 48 > 30: cut).
double exactChain(const QString &id, double t, bool severB)
{
    if (id == u"A")
        return 1.0;
    if (id == u"B")
        return t >= 24.0 ? 0.5 : 0.0;
    return t >= 48.0 && !severB ? 0.2 : 0.0;
}

struct PanelHarness {
    explicit PanelHarness(const ChainExercise &m)
        : doc(m.model, m.state())
        , simulation(&doc)
        , session(&simulation)
        , panel(&session)
    {
        panel.resize(900, 700);
        test::testItemModels(&panel);
        panel.show();
    }
    Document doc;
    SimulationContext simulation;
    TabletopSession session;
    TabletopPanel panel;
};

} // namespace

void TestTabletop::timeline()
{
    ExerciseSettings s;
    s.lengthHours = 10.0;
    s.stepHours = 4.0;
    s.responses = { { QStringLiteral("x"), 5.5 }, { QStringLiteral("y"), 8.0 },
        { QStringLiteral("z"), 11.0 } };
    // The regular points, the end, the responses within the exercise.
    QCOMPARE(exercise::timeline(s), (std::vector<double> { 0.0, 4.0, 5.5, 8.0, 10.0 }));
    s.stepHours = 1.0;
    s.lengthHours = 168.0;
    s.responses.clear();
    QCOMPARE(exercise::timeline(s).size(), size_t(169));
    QCOMPARE(exercise::timeline(s).back(), 168.0);
    s.stepHours = 0.01;
    s.lengthHours = 1000.0;
    QVERIFY(exercise::checkSettings(s).contains(QStringLiteral("5000")));
    QVERIFY(exercise::timeline(s).empty());

    const sim::Scenario sc = exercise::scenario(chainExercise());
    QCOMPARE(sc.mode, sim::Mode::Seeded);
    QCOMPARE(sc.seeds, (QVector<sim::TimedNode> { { QStringLiteral("A"), 0.0 } }));
    QCOMPARE(sc.horizonHours, std::optional<double>(72.0));
    QCOMPARE(sc.trials, kTrials);
    QCOMPARE(exercise::clockText(chainExercise(), 36.0),
        QLocale().toString(QDateTime(QDate(2025, 11, 25), QTime(21, 0), Qt::OffsetFromUTC, 3600),
            QStringLiteral("ddd yyyy-MM-dd HH:mm")));
}

void TestTabletop::timelineMatchesEngine_data()
{
    QTest::addColumn<bool>("severB");
    QTest::newRow("no response") << false;
    QTest::newRow("sever B at 30 h") << true;
}

void TestTabletop::timelineMatchesEngine()
{
    QFETCH(bool, severB);
    ChainExercise m = chainWithExercise();
    if (severB)
        m.exercise.settings.responses = { { QStringLiteral("B"), 30.0 } };
    Document doc(m.model, m.state());
    SimulationContext simulation(&doc);
    TabletopSession session(&simulation);
    QVERIFY(waitForProjection(session));
    const auto p = session.projection();

    // The same run by hand: the session is the engine, count for count.
    sim::RunOptions options;
    options.timeGrid = exercise::timeline(m.exercise.settings);
    const sim::RunOutcome direct = sim::run(
        m.model, sim::compile(m.model), exercise::scenario(m.exercise.settings), options);
    QVERIFY(direct.result);
    QCOMPARE(p->timeline(), options.timeGrid);
    QCOMPARE(p->result.compromisedBy, direct.result->compromisedBy);
    QCOMPARE(p->result.exposedBy, direct.result->exposedBy);

    const QStringList ids { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
    for (int k = 0; k < int(p->timeline().size()); ++k) {
        session.setTimeIndex(k);
        const double t = session.currentHours();
        QCOMPARE(t, options.timeGrid[size_t(k)]);
        const std::vector<std::optional<double>> shown = session.nodeProbabilities();
        QCOMPARE(shown.size(), size_t(3));
        for (int v = 0; v < 3; ++v) {
            QVERIFY(shown[size_t(v)].has_value());
            QCOMPARE(*shown[size_t(v)], direct.result->pCompromisedBy(v, k));
            const double exact = exactChain(ids[v], t, severB);
            QVERIFY2(std::abs(*shown[size_t(v)] - exact) <= tolerance(exact, kTrials) + 1e-12,
                qPrintable(QStringLiteral("%1 at %2 h: %3, expected %4")
                               .arg(ids[v])
                               .arg(t)
                               .arg(*shown[size_t(v)])
                               .arg(exact)));
            // Zero is zero: nothing reaches a node before its first arrival.
            if (exact == 0.0)
                QCOMPARE(*shown[size_t(v)], 0.0);
        }
        // The asset is held by C alone.
        QCOMPARE(p->pAsset(0, k), p->pNode(2, k));
        QCOMPARE(p->expectedRecords(k), p->pNode(2, k) * double(kRecords));
    }
    // Reachable from: B at 24 h, C at 48 h (or never, severed).
    QCOMPARE(p->timeline()[size_t(p->firstReached[1])], 24.0);
    if (severB)
        QCOMPARE(p->firstReached[2], -1);
    else
        QCOMPARE(p->timeline()[size_t(p->firstReached[2])], 48.0);
}

void TestTabletop::chainExampleThroughThePanel()
{
    // Set up by hand in the panel: pick the vendor from the combo box.
    PanelHarness h(ChainExercise {});
    QVERIFY(QTest::qWaitForWindowExposed(&h.panel));
    QTRY_VERIFY(h.session.problem().contains(QStringLiteral("Choose")));
    QCOMPARE(h.panel.statusLabel()->text(), h.session.problem());
    h.panel.settingsForm()->trialsBox()->setValue(kTrials);
    emit h.panel.settingsForm()->trialsBox()->editingFinished();
    h.panel.settingsForm()->lengthBox()->setValue(72.0);
    emit h.panel.settingsForm()->lengthBox()->editingFinished();
    QComboBox *vendor = h.panel.settingsForm()->vendorBox();
    vendor->setFocus();
    QCOMPARE(vendor->currentIndex(), -1);
    // Down on the closed combo box picks the first node, as a user would.
    QTest::keyClick(vendor, Qt::Key_Down);
    QCOMPARE(h.doc.exercise().settings.vendor, QStringLiteral("A"));
    QVERIFY(h.doc.exercise().settings.start.isValid());
    QVERIFY(waitForProjection(h.session));
    QCOMPARE(h.panel.slider()->maximum(), 72);

    // Drag t with the slider's keys: End, then back to 23 h and 24 h.
    QSlider *slider = h.panel.slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(h.session.currentHours(), 0.0);
    for (int i = 0; i < 23; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(h.session.currentHours(), 23.0);
    QCOMPARE(tableProbability(h.panel.nodeTable(), QStringLiteral("Node B")), 0.0);
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(h.session.currentHours(), 24.0);
    const double b = tableProbability(h.panel.nodeTable(), QStringLiteral("Node B"));
    QVERIFY(std::abs(b - 0.5) <= tolerance(0.5, kTrials));
    QCOMPARE(b, h.session.projection()->pNode(1, 24));
    QCOMPARE(tableProbability(h.panel.nodeTable(), QStringLiteral("Node C")), 0.0);
    QCOMPARE(h.panel.timeLabel()->text(), QStringLiteral("t = %1").arg(exercise::formatHours(24)));
    QCOMPARE(h.panel.clockLabel()->text(), exercise::clockText(h.doc.exercise().settings, 24));
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(h.session.currentHours(), 72.0);
    const double c = tableProbability(h.panel.nodeTable(), QStringLiteral("Node C"));
    QVERIFY(std::abs(c - 0.2) <= tolerance(0.2, kTrials));
    // Sorted by probability, most likely first: A, B, C.
    const QAbstractItemModel *shown = h.panel.nodeTable()->model();
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Node A"));
    QCOMPARE(shown->index(2, 0).data().toString(), QStringLiteral("Node C"));
    // The asset table: exposure of C's records.
    const QAbstractItemModel *assets = h.panel.assetTable()->model();
    QCOMPARE(assets->index(0, AssetTimelineModel::Probability).data(kSortRole).toDouble(), c);
    QCOMPARE(
        assets->index(0, AssetTimelineModel::ExpectedRecords).data(kSortRole).toDouble(), c * 1000);
}

void TestTabletop::severanceThroughThePanel()
{
    PanelHarness h(chainWithExercise());
    QVERIFY(waitForProjection(h.session));
    // Go to t = 30 h; the response's time follows t.
    h.session.setCurrentHours(30.0);
    QCOMPARE(h.panel.responsesPage()->timeBox()->value(), 30.0);
    const auto before = h.session.projection();
    QVERIFY(before->pNode(2, 72) > 0.15);

    h.panel.responsesPage()->nodeBox()->setCurrentIndex(
        h.panel.responsesPage()->nodeBox()->findData(QStringLiteral("B")));
    QTest::mouseClick(h.panel.responsesPage()->addButton(), Qt::LeftButton);
    QCOMPARE(h.doc.exercise().settings.responses,
        (QVector<sim::TimedNode> { { QStringLiteral("B"), 30.0 } }));
    QCOMPARE(h.panel.responsesPage()->list()->count(), 1);
    QVERIFY(h.session.isStale());
    QVERIFY(waitForProjection(h.session));
    const auto after = h.session.projection();
    QVERIFY(after != before);
    // t stays where the facilitator was.
    QCOMPARE(h.session.currentHours(), 30.0);
    for (int k = 0; k < int(after->timeline().size()); ++k) {
        QCOMPARE(after->pNode(2, k), 0.0);
        QCOMPARE(after->pAsset(0, k), 0.0);
        // B is untouched: A → B arrives at 24 ≤ 30. Same draws, same count.
        QCOMPARE(after->pNode(1, k), before->pNode(1, k));
    }
    h.session.setCurrentHours(72.0);
    QCOMPARE(tableProbability(h.panel.nodeTable(), QStringLiteral("Node C")), 0.0);

    // Undo brings C back; redo removes it again.
    h.doc.undoStack()->undo();
    QVERIFY(h.doc.exercise().settings.responses.isEmpty());
    QVERIFY(waitForProjection(h.session));
    QCOMPARE(h.session.projection()->pNode(2, 72), before->pNode(2, 72));
    h.doc.undoStack()->redo();
    QVERIFY(waitForProjection(h.session));
    QCOMPARE(h.session.projection()->pNode(2, 72), 0.0);

    // Removing the response through the panel.
    h.panel.responsesPage()->list()->setCurrentRow(0);
    QTest::mouseClick(h.panel.responsesPage()->removeButton(), Qt::LeftButton);
    QVERIFY(h.doc.exercise().settings.responses.isEmpty());
    QVERIFY(waitForProjection(h.session));
    QCOMPARE(h.session.projection()->pNode(2, 72), before->pNode(2, 72));
}

void TestTabletop::scrubbingWithKeysAndButtons()
{
    PanelHarness h(chainWithExercise());
    QVERIFY(waitForProjection(h.session));
    QSignalSpy frames(&h.session, &TabletopSession::frameChanged);
    QTest::mouseClick(h.panel.stepForwardButton(), Qt::LeftButton);
    QCOMPARE(h.session.currentHours(), 1.0);
    QCOMPARE(h.panel.slider()->value(), 1);
    QTest::mouseClick(h.panel.stepForwardButton(), Qt::LeftButton);
    QTest::mouseClick(h.panel.stepBackButton(), Qt::LeftButton);
    QCOMPARE(h.session.currentHours(), 1.0);
    QCOMPARE(frames.count(), 3);
    // Back at 0 the back button is disabled; stepping below 0 does nothing.
    QTest::mouseClick(h.panel.stepBackButton(), Qt::LeftButton);
    QVERIFY(!h.panel.stepBackButton()->isEnabled());
    h.session.stepBack();
    QCOMPARE(h.session.timeIndex(), 0);
    // The canvas values follow t.
    h.session.setCurrentHours(47.5);
    QCOMPARE(h.session.currentHours(), 47.0);
    QCOMPARE(*h.session.nodeProbabilities()[2], 0.0);
    h.session.stepForward();
    QVERIFY(*h.session.nodeProbabilities()[2] > 0.15);
}

void TestTabletop::decisionLogUndoRedo()
{
    PanelHarness h(chainWithExercise());
    QVERIFY(waitForProjection(h.session));
    h.session.setCurrentHours(30.0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::keyClicks(h.panel.logEdit(), QStringLiteral("Call the vendor's CISO"));
    QTest::keyClick(h.panel.logEdit(), Qt::Key_Return);
    QCOMPARE(h.panel.logEdit()->text(), QString());
    h.session.setCurrentHours(31.0);
    QTest::keyClicks(h.panel.logEdit(), QStringLiteral("Sever B"));
    QTest::mouseClick(h.panel.logButton(), Qt::LeftButton);
    // Empty text is refused and logs nothing.
    QSignalSpy messages(&h.panel, &TabletopPanel::message);
    QTest::keyClick(h.panel.logEdit(), Qt::Key_Return);
    QCOMPARE(messages.count(), 1);

    const QVector<DecisionLogEntry> &log = h.doc.exercise().log;
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].text, QStringLiteral("Call the vendor's CISO"));
    QCOMPARE(log[0].exerciseHours, 30.0);
    QCOMPARE(log[1].exerciseHours, 31.0);
    QVERIFY(log[0].wallClock >= before.addMSecs(-1));
    QVERIFY(log[1].wallClock <= QDateTime::currentDateTimeUtc());
    QCOMPARE(h.panel.logTable()->model()->rowCount(), 2);
    QCOMPARE(h.panel.logTable()->model()->index(1, DecisionLogModel::Entry).data().toString(),
        QStringLiteral("Sever B"));

    // Edit in place, then undo and redo each step.
    QVERIFY(h.panel.logTable()->model()->setData(
        h.panel.logTable()->model()->index(1, DecisionLogModel::Entry),
        QStringLiteral("Sever B (approved by CISO)")));
    QCOMPARE(log[1].text, QStringLiteral("Sever B (approved by CISO)"));
    QVERIFY(h.doc.isModified());
    QUndoStack *stack = h.doc.undoStack();
    stack->undo();
    QCOMPARE(h.doc.exercise().log[1].text, QStringLiteral("Sever B"));
    stack->undo();
    QCOMPARE(h.doc.exercise().log.size(), 1);
    QCOMPARE(h.panel.logTable()->model()->rowCount(), 1);
    stack->undo();
    QVERIFY(h.doc.exercise().log.isEmpty());
    QCOMPARE(h.panel.logTable()->model()->rowCount(), 0);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(h.doc.exercise().log.size(), 2);
    QCOMPARE(h.doc.exercise().log[1].text, QStringLiteral("Sever B (approved by CISO)"));
    QCOMPARE(h.doc.exercise().log[1].exerciseHours, 31.0);

    // Delete through the panel; undo brings it back at its place.
    h.panel.logTable()->setCurrentIndex(h.panel.logTable()->model()->index(0, 0));
    const QDateTime firstClock = h.doc.exercise().log[0].wallClock;
    std::unique_ptr<QUndoCommand> command = commands::removeLogEntry(&h.doc, 0);
    QVERIFY(command);
    stack->push(command.release());
    QCOMPARE(h.doc.exercise().log.size(), 1);
    QCOMPARE(h.doc.exercise().log[0].text, QStringLiteral("Sever B (approved by CISO)"));
    stack->undo();
    QCOMPARE(h.doc.exercise().log[0].wallClock, firstClock);
    QCOMPARE(h.panel.logTable()->model()->rowCount(), 2);
}

void TestTabletop::decisionLogModelRowsFollowUndoAndRedo()
{
    ChainExercise m = chainWithExercise();
    Document doc(m.model, m.state());
    DecisionLogModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto entries = [&model] {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, DecisionLogModel::Entry).data().toString();
        return texts;
    };

    const QStringList logged { QStringLiteral("Call the vendor's CISO"), QStringLiteral("Sever B"),
        QStringLiteral("Notify the DPO") };
    QString error;
    for (int i = 0; i < int(logged.size()); ++i) {
        const DecisionLogEntry entry { QDateTime::currentDateTimeUtc(), 24.0 + i, logged[i], {} };
        std::unique_ptr<QUndoCommand> add = commands::addLogEntry(&doc, entry, &error);
        QVERIFY2(add, qPrintable(error));
        doc.undoStack()->push(add.release());
        QCOMPARE(model.rowCount(), i + 1);
        QCOMPARE(entries(), logged.mid(0, i + 1));
    }

    // The entry in the middle: the rows on either side stay, in order.
    std::unique_ptr<QUndoCommand> remove = commands::removeLogEntry(&doc, 1);
    QVERIFY(remove);
    doc.undoStack()->push(remove.release());
    const QStringList withoutMiddle { logged[0], logged[2] };
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(entries(), withoutMiddle);

    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(entries(), logged);

    doc.undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(entries(), withoutMiddle);
}

void TestTabletop::commandsRefuseBadInput()
{
    Document doc(chainModel());
    QString error;
    QVERIFY(!commands::addResponse(&doc, QStringLiteral("nobody"), 1.0, &error));
    QVERIFY(error.contains(QStringLiteral("nobody")));
    QVERIFY(!commands::addResponse(&doc, QStringLiteral("B"), -1.0, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!commands::addResponse(&doc, QStringLiteral("B"), qInf(), &error));
    ExerciseSettings s = chainExercise();
    s.stepHours = 0.0;
    QVERIFY(!commands::setExerciseSettings(&doc, s, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("step")));
    s = chainExercise();
    s.trials = 0;
    QVERIFY(!commands::setExerciseSettings(&doc, s, QString(), &error));
    // Nothing to change is no command and no error.
    QVERIFY(!commands::setExerciseSettings(&doc, doc.exercise().settings, QString(), &error));
    QVERIFY(error.isEmpty());
    DecisionLogEntry e { QDateTime::currentDateTimeUtc(), 1.0, QStringLiteral("  "), {} };
    QVERIFY(!commands::addLogEntry(&doc, e, &error));
    e.text = QStringLiteral("ok");
    e.exerciseHours = qQNaN();
    QVERIFY(!commands::addLogEntry(&doc, e, &error));
    e.exerciseHours = 1.0;
    e.wallClock = {};
    QVERIFY(!commands::addLogEntry(&doc, e, &error));
    QVERIFY(!commands::removeLogEntry(&doc, 0));
    QVERIFY(!commands::editLogEntry(&doc, 0, QStringLiteral("x"), &error));
    QVERIFY(!commands::removeResponse(&doc, 0));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestTabletop::renamingANodeRenamesTheVendor()
{
    ChainExercise m = chainWithExercise();
    m.exercise.settings.responses = { { QStringLiteral("B"), 30.0 } };
    Document doc(m.model, m.state());
    QString error;
    std::unique_ptr<QUndoCommand> rename = commands::setValue(
        &doc, ElementType::Node, 0, int(NodeField::Id), QStringLiteral("vendor"), &error);
    QVERIFY2(rename, qPrintable(error));
    doc.undoStack()->push(rename.release());
    QCOMPARE(doc.exercise().settings.vendor, QStringLiteral("vendor"));
    std::unique_ptr<QUndoCommand> renameB = commands::setValue(
        &doc, ElementType::Node, 1, int(NodeField::Id), QStringLiteral("bee"), &error);
    QVERIFY2(renameB, qPrintable(error));
    doc.undoStack()->push(renameB.release());
    QCOMPARE(doc.exercise().settings.responses[0].node, QStringLiteral("bee"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.exercise().settings.vendor, QStringLiteral("A"));
    QCOMPARE(doc.exercise().settings.responses[0].node, QStringLiteral("B"));
}

void TestTabletop::survivesSaveAndReopen()
{
    PanelHarness h(chainWithExercise());
    QVERIFY(waitForProjection(h.session));
    h.session.setCurrentHours(30.0);
    QVERIFY(h.panel.logDecision(QStringLiteral("Sever B – approved")));
    h.panel.responsesPage()->nodeBox()->setCurrentIndex(
        h.panel.responsesPage()->nodeBox()->findData(QStringLiteral("B")));
    QTest::mouseClick(h.panel.responsesPage()->addButton(), Qt::LeftButton);
    h.session.setCurrentHours(48.0);
    QVERIFY(h.panel.logDecision(QStringLiteral("Notify the DPO\nwithin 72 h")));
    const Exercise saved = h.doc.exercise();
    QCOMPARE(saved.log.size(), 2);
    QCOMPARE(saved.settings.responses.size(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exercise.weaklink"));
    QString error;
    QVERIFY2(storage::save(h.doc.model(), h.doc.state(), path, &error), qPrintable(error));
    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.state.exercise == saved);
    QCOMPARE(r.state.exercise.settings.start, chainExercise().start);

    // Reopened into the same panel: the log table and settings show it.
    h.doc.resetModel(*r.model, r.state);
    QCOMPARE(h.panel.logTable()->model()->rowCount(), 2);
    QCOMPARE(h.panel.responsesPage()->list()->count(), 1);
    QCOMPARE(h.panel.settingsForm()->vendorBox()->currentData().toString(), QStringLiteral("A"));
    QCOMPARE(h.panel.settingsForm()->lengthBox()->value(), 72.0);
    QVERIFY(waitForProjection(h.session));
    QCOMPARE(h.session.projection()->pNode(2, 72), 0.0);
}

void TestTabletop::schema2FileOpensWithAnEmptyLog()
{
    const ReadResult r
        = storage::load(QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v2.weaklink"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.migrated);
    QVERIFY(r.state.exercise.log.isEmpty());
    QVERIFY(r.state.exercise.settings == ExerciseSettings {});
    PanelHarness h(chainWithExercise());
    h.doc.resetModel(*r.model, r.state);
    QCOMPARE(h.panel.logTable()->model()->rowCount(), 0);
    QCOMPARE(h.panel.responsesPage()->list()->count(), 0);
    QCOMPARE(h.panel.settingsForm()->vendorBox()->currentIndex(), -1);
    QVERIFY(h.session.projection() == nullptr);
    QTRY_VERIFY(h.session.problem().contains(QStringLiteral("Choose")));
}

void TestTabletop::exports()
{
    ChainExercise m = chainWithExercise();
    m.exercise.settings.responses = { { QStringLiteral("B"), 30.0 } };
    m.exercise.log = {
        { QDateTime(QDate(2025, 11, 24), QTime(8, 5), Qt::UTC), 0.0,
            QStringLiteral("Vendor A confirms the breach"), {} },
        { QDateTime(QDate(2025, 11, 24), QTime(8, 40), Qt::UTC), 30.0,
            QStringLiteral("Sever B | cut *all* tokens"), {} },
    };
    PanelHarness h(m);
    QVERIFY(waitForProjection(h.session));
    const auto p = h.session.projection();

    // Snapshots: every 24 h, at the response, at the end.
    const std::vector<SnapshotTime> times = snapshotTimes(*p, m.exercise.settings.responses, 24.0);
    std::vector<double> hours;
    for (const SnapshotTime &t : times)
        hours.push_back(t.hours);
    QCOMPARE(hours, (std::vector<double> { 24.0, 30.0, 48.0, 72.0 }));
    QCOMPARE(times.back().reasons.size(), 2); // every 24 h, and the end

    QTemporaryDir dir;
    QString error;
    const QString md = dir.filePath(QStringLiteral("record.md"));
    QVERIFY2(h.panel.exportRecord(md, &error), qPrintable(error));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("# After-action record: Chain")));
    QVERIFY(text.contains(QStringLiteral("Vendor A confirms the breach")));
    // User text is escaped, not read as table or emphasis markup.
    QVERIFY(text.contains(QStringLiteral("Sever B \\| cut \\*all\\* tokens")));
    QVERIFY(text.contains(QStringLiteral("## Responses")));
    QVERIFY(text.contains(QStringLiteral("Node B (`B`)")));
    for (const double t : hours)
        QVERIFY2(text.contains(QStringLiteral("### t = %1").arg(exercise::formatHours(t))),
            qPrintable(text));
    // At 72 h, B is compromised with p(B) as computed, C never (severed).
    QVERIFY(text.contains(
        QStringLiteral("| Node B (`B`) | %1 |").arg(format::percent(p->pNode(1, 72)))));
    QVERIFY(!text.contains(QStringLiteral("| Node C (`C`) |")));
    QVERIFY(text.contains(QStringLiteral("No data asset exposed.")));

    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY(QFile::copy(md, pdf)); // an old file to be replaced
    QVERIFY2(h.panel.exportRecord(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 5000, qPrintable(QString::number(bytes.size())));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    // Unknown extension and an unwritable place: refused, nothing left.
    QVERIFY(!h.panel.exportRecord(dir.filePath(QStringLiteral("record.txt")), &error));
    QVERIFY(error.contains(QStringLiteral(".md")));
    QVERIFY(!h.panel.exportRecord(dir.filePath(QStringLiteral("no/such/dir/record.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("record.pdf")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // Without a projection: settings and log, and a note instead of a timeline.
    Exercise plain;
    plain.log = m.exercise.log;
    const QString none = afterActionMarkdown(chainModel(), plain, nullptr, nullptr, false, {});
    QVERIFY(none.contains(QStringLiteral("No projection was computed.")));
    QVERIFY(none.contains(QStringLiteral("Vendor A confirms the breach")));
    QVERIFY(none.contains(QStringLiteral("No responses.")));
}

namespace {

// Why a table cell of `doc` (laid out) does not show all of its text: a
// word wider than the cell's lines, or a line wider than its cell. Empty
// if every cell shows all.
QString clippedCell(QTextDocument &doc)
{
    doc.documentLayout()->documentSize(); // lays the whole document out
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        const auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r)
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextBlock block = doc.findBlock(cell.firstPosition());
                     block.isValid() && block.position() <= cell.lastPosition();
                     block = block.next()) {
                    const QTextLayout *layout = block.layout();
                    for (int i = 0; i < layout->lineCount(); ++i) {
                        const QTextLine line = layout->lineAt(i);
                        if (line.naturalTextWidth() > line.width() + 0.01)
                            return block.text();
                    }
                    const double width = layout->lineCount() ? layout->lineAt(0).width() : 0.0;
                    for (auto it = block.begin(); !it.atEnd(); ++it) {
                        const QTextFragment f = it.fragment();
                        const QFontMetricsF fm(f.charFormat().font().resolve(doc.defaultFont()));
                        for (const QString &word : f.text().split(
                                 QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                            if (fm.horizontalAdvance(word) > width + 0.01)
                                return QStringLiteral("%1 (%2 > %3)")
                                    .arg(word)
                                    .arg(fm.horizontalAdvance(word))
                                    .arg(width);
                    }
                }
            }
    }
    return {};
}

} // namespace

void TestTabletop::afterActionPdfIsAReport()
{
    // Long names beside a short category, in a table of five columns: the
    // category's column must still hold "customer_pii" whole.
    ChainExercise m = chainWithExercise();
    DataAsset asset = m.model.takeDataAsset(0);
    asset.name = QStringLiteral("Support transcripts with personal data, payment card references "
                                "and the full history of every customer conversation since 2019");
    m.model.appendDataAsset(asset);
    m.exercise.log = { { QDateTime(QDate(2025, 11, 24), QTime(8, 5), Qt::UTC), 0.0,
        QStringLiteral("Vendor A confirms the breach; legal, the DPO and the customer_pii owners "
                       "are told, and the on-call lead opens a bridge for the rest of the day"),
        {} } };
    PanelHarness h(m);
    QVERIFY(waitForProjection(h.session));
    h.session.setCurrentHours(60.0);
    const auto p = h.session.projection();
    AfterActionOptions options;
    options.diagramHours = 60.0;
    const QString md
        = afterActionMarkdown(h.doc.model(), h.doc.exercise(), nullptr, p.get(), false, options);
    QVERIFY(md.contains(QStringLiteral("customer\\_pii")));
    render::Diagram diagram = render::buildDiagram(h.doc.model());
    render::applyOverlay(diagram, frameOverlay(h.session, render::ScaleKind::Linear));
    const std::unique_ptr<QTextDocument> doc = afterActionDocument(md, &diagram);

    // No reference to the project's own documents.
    for (const QString &text : { md, doc->toPlainText(),
             afterActionMarkdown(h.doc.model(), h.doc.exercise(), nullptr, p.get(), false, {}) })
        for (const char *file : { "SIMULATION.md", "FORMAT.md", ".md" })
            QVERIFY2(!text.contains(QLatin1String(file)), file);

    // The diagram at 60 h, drawn as the diagram export draws it with the
    // tabletop's heatmap, as wide as the text.
    QVERIFY(doc->toPlainText().contains(
        QStringLiteral("The supply chain at t = %1").arg(format::hours(60))));
    QTextImageFormat image;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                image = it.fragment().charFormat().toImageFormat();
    QVERIFY(!image.name().isEmpty());
    const QImage shown
        = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, render::diagramImage(diagram, 3.0, true));
    QVERIFY(std::abs(image.width() - doc->pageSize().width()) < 0.5
        || image.height() < doc->pageSize().height());

    // The typeface of the diagram export: its SVG names the family of each
    // text in the group around it.
    QTemporaryDir dir;
    QString error;
    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY2(render::exportDiagram(diagram, svg, render::ExportFormat::Svg, {}, &error),
        qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    const QString beforeText = svgText.left(svgText.indexOf(QStringLiteral("<text")));
    const QString attribute = QStringLiteral("font-family=\"");
    const qsizetype at = beforeText.lastIndexOf(attribute) + attribute.size();
    QVERIFY(at >= attribute.size());
    QCOMPARE(doc->defaultFont().family(), beforeText.mid(at, beforeText.indexOf(u'"', at) - at));

    // Every table cell shows all of its text (customer_pii included), and
    // no table is wider than the page (frameBoundingRect() puts a table's
    // left at its border and padding, its width is the whole table's).
    const QString clipped = clippedCell(*doc);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
    int tables = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames())
        if (qobject_cast<QTextTable *>(frame)) {
            ++tables;
            QVERIFY(doc->documentLayout()->frameBoundingRect(frame).width()
                <= doc->pageSize().width() + 0.5);
        }
    QVERIFY(tables >= 5);
    // The check sees a column squeezed under its word.
    QTextDocument squeezed;
    squeezed.setPageSize(doc->pageSize());
    squeezed.setMarkdown(QStringLiteral("| Category |\n|---|\n| customer_pii |\n"));
    auto *table = qobject_cast<QTextTable *>(squeezed.rootFrame()->childFrames().value(0));
    QVERIFY(table);
    QTextTableFormat narrow = table->format();
    narrow.setColumnWidthConstraints({ QTextLength(QTextLength::FixedLength, 20.0) });
    table->setFormat(narrow);
    QVERIFY(!clippedCell(squeezed).isEmpty());

    // The PDF embeds the diagram as an image.
    Selection selection(&h.doc);
    DiagramScene scene(&h.doc, &selection);
    h.panel.setDiagramScene(&scene);
    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY2(h.panel.exportRecord(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Subtype /Image"));
    if (const QString out = qEnvironmentVariable("WEAKLINK_SCREENSHOTS"); !out.isEmpty())
        QFile::copy(pdf, QDir(out).filePath(QStringLiteral("record.pdf")));
}

void TestTabletop::presenterView()
{
    PanelHarness h(chainWithExercise());
    QVERIFY(waitForProjection(h.session));
    Selection selection(&h.doc);
    DiagramScene scene(&h.doc, &selection);
    QVERIFY(!h.panel.openPresenterView());
    h.panel.setDiagramScene(&scene);
    QPointer<PresenterView> view = h.panel.openPresenterView();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(view->view()->scene(), &scene);
    QVERIFY(view->isFullScreen());
    h.session.setCurrentHours(24.0);
    QCOMPARE(view->timeText(), QStringLiteral("t = %1").arg(exercise::formatHours(24)));
    QCOMPARE(view->clockText(), exercise::clockText(h.doc.exercise().settings, 24));
    QTest::keyClick(view->view(), Qt::Key_Right);
    QCOMPARE(h.session.currentHours(), 25.0);
    QTest::keyClick(view->view(), Qt::Key_Left);
    QTest::keyClick(view->view(), Qt::Key_Left);
    QCOMPARE(h.session.currentHours(), 23.0);
    QCOMPARE(view->clockText(), exercise::clockText(h.doc.exercise().settings, 23));
    QTest::keyClick(view->view(), Qt::Key_End);
    QCOMPARE(h.session.currentHours(), 72.0);
    QSignalSpy closed(view.data(), &PresenterView::closed);
    QTest::keyClick(view->view(), Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QTRY_VERIFY(view.isNull()); // deleted on close
}

namespace {

// The rows of one of the facilitator panel's tables, "text | number".
QStringList panelRows(const PresenterView &view, const char *name)
{
    const auto *table = view.findChild<QTableWidget *>(QString::fromLatin1(name));
    QStringList rows;
    for (int r = 0; table && r < table->rowCount(); ++r) {
        const QTableWidgetItem *number = table->item(r, 1);
        rows << table->item(r, 0)->text() + QStringLiteral(" | ")
                + (number ? number->text() : QString());
    }
    return rows;
}

// The presenter at 1920 × 1080 on an exercise, as a window of that size,
// with the scene showing the tabletop's heatmap at t (as the main window
// does); open() waits for the projection and moves t to 48 h.
struct RoomPresenter {
    explicit RoomPresenter(const ChainExercise &m)
        : h(m)
        , selection(&h.doc)
        , scene(&h.doc, &selection)
    {
    }
    ~RoomPresenter() { delete view; }

    bool open()
    {
        if (!waitForProjection(h.session))
            return false;
        view = new PresenterView(&scene, &h.session);
        const auto showFrame
            = [this] { scene.setOverlay(frameOverlay(h.session, render::ScaleKind::Linear)); };
        QObject::connect(&h.session, &TabletopSession::frameChanged, view, showFrame);
        showFrame();
        view->resize(1920, 1080);
        view->show();
        if (!QTest::qWaitForWindowExposed(view))
            return false;
        h.session.setCurrentHours(48.0);
        return true;
    }

    PanelHarness h;
    Selection selection;
    DiagramScene scene;
    QPointer<PresenterView> view;
};

} // namespace

void TestTabletop::presenterViewForTheRoom()
{
    ChainExercise m = chainWithExercise();
    m.exercise.settings.responses = { { QStringLiteral("C"), 60.0 } };
    RoomPresenter room(m);
    QVERIFY(room.open());
    PanelHarness &h = room.h;
    DiagramScene &scene = room.scene;
    const QPointer<PresenterView> &view = room.view;
    QCOMPARE(view->size(), QSize(1920, 1080));

    // The whole map, fitted, with names readable from the back of the room.
    const QRectF bounds = scene.diagram().bounds;
    QTRY_COMPARE(view->mapFocus(), bounds);
    QVERIFY(view->showsWholeMap());
    QVERIFY(view->view()->visibleSceneRect().contains(bounds));
    // Fitted: it fills its part of the screen in one direction at least.
    const QRectF shown = view->view()->mapFromScene(bounds).boundingRect();
    const QRect area = view->view()->viewport()->rect();
    QVERIFY2(shown.width() >= 0.8 * area.width() || shown.height() >= 0.8 * area.height()
            || view->view()->zoom() >= 3.0 - 1e-9,
        qPrintable(QStringLiteral("%1 × %2").arg(shown.width()).arg(shown.height())));
    QVERIFY2(view->namePixelSize() >= 14.0, qPrintable(QString::number(view->namePixelSize())));
    QCOMPARE(view->namePixelSize(), view->view()->zoom() * render::smallestNamePixelSize());

    // The heatmap legend: shown, inside the window, over no node.
    const auto *legend = view->findChild<QWidget *>(QStringLiteral("presenterLegend"));
    QVERIFY(legend);
    QVERIFY(legend->isVisible());
    const QRect legendRect(legend->mapTo(view, QPoint(0, 0)), legend->size());
    QVERIFY2(view->rect().contains(legendRect),
        qPrintable(QStringLiteral("%1,%2 %3×%4")
                       .arg(legendRect.x())
                       .arg(legendRect.y())
                       .arg(legendRect.width())
                       .arg(legendRect.height())));
    for (const render::NodeVisual &n : scene.diagram().nodes) {
        const QRect node = view->view()
                               ->mapFromScene(render::nodeRect(n.center))
                               .boundingRect()
                               .translated(view->view()->viewport()->mapTo(view, QPoint(0, 0)));
        QVERIFY2(!node.intersects(legendRect), qPrintable(n.id));
    }

    // The clock and t.
    const ExerciseSettings &s = h.doc.exercise().settings;
    QCOMPARE(view->clockText(), exercise::clockText(s, 48));
    QCOMPARE(view->timeText(), QStringLiteral("t = %1").arg(exercise::formatHours(48)));

    // Who is next, against the projection: every node not certainly
    // compromised yet, most likely first — B (0.5) then C (0.2).
    const auto p = h.session.projection();
    const int k = h.session.timeIndex();
    QCOMPARE(p->timeline()[size_t(k)], 48.0);
    QStringList next;
    for (const int v : { 1, 2 })
        next << QStringLiteral("%1 | %2").arg(
            p->model->nodes()[v].name, format::percent(p->pNode(v, k)));
    QCOMPARE(panelRows(*view, "whoIsNext"), next);
    QVERIFY(std::abs(p->pNode(1, k) - 0.5) <= tolerance(0.5, kTrials));
    QVERIFY(std::abs(p->pNode(2, k) - 0.2) <= tolerance(0.2, kTrials));
    // The records of C, by their category.
    QCOMPARE(panelRows(*view, "recordsByCategory"),
        QStringList { QStringLiteral("customer_pii | %1")
                          .arg(format::records(p->pAsset(0, k) * double(kRecords))) });
    QCOMPARE(panelRows(*view, "responsesInForce"), QStringList { QStringLiteral("None | ") });

    // At the end: C severed at 60 h is in force; A is never next.
    QTest::keyClick(view->view(), Qt::Key_End);
    QCOMPARE(h.session.currentHours(), 72.0);
    QCOMPARE(panelRows(*view, "responsesInForce"),
        QStringList { QStringLiteral("Sever Node C | since %1").arg(format::hours(60)) });
    QVERIFY(!panelRows(*view, "whoIsNext").join(u'\n').contains(QStringLiteral("Node A")));
    QTest::keyClick(view->view(), Qt::Key_Home);
    QCOMPARE(h.session.currentHours(), 0.0);
    QCOMPARE(panelRows(*view, "whoIsNext"), QStringList { QStringLiteral("No one yet | ") });

    // A picture, for looking at.
    if (const QString dir = qEnvironmentVariable("WEAKLINK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("presenter-chain.png"))));
    QTest::keyClick(view->view(), Qt::Key_Escape);
    QTRY_VERIFY(view.isNull());
}

void TestTabletop::presenterViewShowsWhatMattersOfALargeMap()
{
    // Twenty nodes in a row, each falling to the one before: far too wide
    // to show whole with readable names.
    ChainExercise m;
    m.model = Model();
    for (int i = 0; i < 20; ++i) {
        Node n = node(QStringLiteral("N%1").arg(i));
        n.pos = QPointF(i * 240.0, 0.0);
        m.model.appendNode(n);
        if (i > 0)
            m.model.appendEdge(test::edge(
                QStringLiteral("e%1").arg(i), QStringLiteral("N%1").arg(i - 1), n.id, 0.9));
    }
    m.exercise.settings = chainExercise();
    m.exercise.settings.vendor = QStringLiteral("N0");
    m.exercise.settings.trials = 2000;
    RoomPresenter room(m);
    QVERIFY(room.open());
    DiagramScene &scene = room.scene;
    const QPointer<PresenterView> &view = room.view;

    // The breached vendor and who is next, at a zoom that keeps names at 14
    // pixels; not the whole map.
    QTRY_VERIFY(!view->showsWholeMap());
    QVERIFY2(view->namePixelSize() >= 14.0, qPrintable(QString::number(view->namePixelSize())));
    const QRectF focus = view->mapFocus();
    QVERIFY(focus.contains(render::nodeRect(*scene.nodeCenter(QStringLiteral("N0")))));
    QVERIFY(focus.contains(render::nodeRect(*scene.nodeCenter(QStringLiteral("N1")))));
    QVERIFY(!focus.contains(render::nodeRect(*scene.nodeCenter(QStringLiteral("N19")))));
    const QRectF visible = view->view()->visibleSceneRect();
    QVERIFY(visible.contains(focus) || focus.contains(visible));
    QVERIFY(!visible.contains(scene.diagram().bounds));
    view->close();
    QTRY_VERIFY(view.isNull());
}

void TestTabletop::staleAndRecomputedOnModelChange()
{
    PanelHarness h(chainWithExercise());
    QVERIFY(waitForProjection(h.session));
    QVERIFY(!h.session.isStale());
    // Changing the clock only relabels: no new run.
    ExerciseSettings s = h.doc.exercise().settings;
    s.start = s.start.addDays(1);
    QString error;
    auto command = commands::setExerciseSettings(&h.doc, s, QString(), &error);
    QVERIFY(command);
    h.doc.undoStack()->push(command.release());
    QVERIFY(!h.session.isStale());
    QVERIFY(!h.session.isRunning());
    // B's defences at 1: C can no longer be reached; the projection follows.
    auto harden = commands::setValue(
        &h.doc, ElementType::Node, 1, int(NodeField::ControlStrength), 1.0, &error);
    QVERIFY2(harden, qPrintable(error));
    h.doc.undoStack()->push(harden.release());
    QVERIFY(h.session.isStale());
    QVERIFY(waitForProjection(h.session));
    QCOMPARE(h.session.projection()->pNode(1, 72), 0.0);
    // A node added since the projection has no value for the canvas.
    auto add = commands::addNode(&h.doc, node(QStringLiteral("D")), &error);
    QVERIFY2(add, qPrintable(error));
    h.session.setActive(false);
    h.doc.undoStack()->push(add.release());
    const std::vector<std::optional<double>> values = h.session.nodeProbabilities();
    QCOMPARE(values.size(), size_t(4));
    QVERIFY(values[0].has_value());
    QVERIFY(!values[3].has_value());
    QTest::qWait(300);
    QVERIFY(!h.session.isRunning()); // inactive: nothing computed
    h.session.setActive(true);
    QVERIFY(waitForProjection(h.session));
    QVERIFY(h.session.nodeProbabilities()[3].has_value());
}

void TestTabletop::seedTypedInThePanel()
{
    PanelHarness h(ChainExercise {});
    QVERIFY(QTest::qWaitForWindowExposed(&h.panel));
    QLineEdit *seed = h.panel.settingsForm()->seedEdit();
    QCOMPARE(seed->text(), QStringLiteral("1"));
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("18446744073709551615")); // 2^64 - 1
    QTest::keyClick(seed, Qt::Key_Return);
    QCOMPARE(h.doc.exercise().settings.rngSeed, quint64(18446744073709551615ULL));
    // Letters do not get in; a number over 2^64 - 1 goes back to the seed.
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("x99999999999999999999"));
    QCOMPARE(seed->text(), QStringLiteral("99999999999999999999"));
    QTest::keyClick(seed, Qt::Key_Return);
    QCOMPARE(h.doc.exercise().settings.rngSeed, quint64(18446744073709551615ULL));
    QCOMPARE(seed->text(), QStringLiteral("18446744073709551615"));
    // One undoable step.
    h.doc.undoStack()->undo();
    QCOMPARE(h.doc.exercise().settings.rngSeed, quint64(1));
    QTRY_COMPARE(seed->text(), QStringLiteral("1"));
}

void TestTabletop::closingThePanelDropsAnUnfinishedEdit()
{
    // Destroying the panel moves the focus away from a seed being typed:
    // its editingFinished must not reach the half-destroyed panel (issue 9;
    // UBSan saw "member access within ... TabletopPanel"), and the
    // unfinished edit goes with the panel.
    Document doc(chainModel());
    SimulationContext simulation(&doc);
    TabletopSession session(&simulation);
    auto panel = std::make_unique<TabletopPanel>(&session);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QLineEdit *seed = panel->settingsForm()->seedEdit();
    panel->activateWindow();
    seed->setFocus();
    QTRY_VERIFY(seed->hasFocus());
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("77"));
    QCOMPARE(seed->text(), QStringLiteral("77"));
    const int steps = doc.undoStack()->count();
    panel.reset();
    QCOMPARE(doc.undoStack()->count(), steps);
    QCOMPARE(doc.exercise().settings.rngSeed, quint64(1));
}

QTEST_MAIN(TestTabletop)
namespace {

// tests/tst_obligations.cpp's chain: acme (controller) -> northwind
// (processor, told within 48 h) -> cumulus (sub-processor, tells within
// 24 h), all in Germany, carrying acme's personal "profiles"; the exercise
// breaches cumulus at t = 0, with no start (times read "+N h"), for 168 h.
// Breached at cumulus: northwind aware at 24 h, acme at 72 h, acme's GDPR
// 33(1) due 144 h; 34(1) and the two 33(2) have no number.
ChainExercise obligationChain()
{
    ChainExercise m;
    m.model = Model();
    const auto party = [&m](const char *id, const char *role) {
        Node n = node(QString::fromLatin1(id));
        n.name = QString::fromLatin1(id);
        n.gdprRole = QString::fromLatin1(role);
        n.jurisdiction = QStringLiteral("DE");
        m.model.appendNode(n);
    };
    party("acme", "controller");
    party("northwind", "processor");
    party("cumulus", "subprocessor");
    DataAsset profiles;
    profiles.id = QStringLiteral("profiles");
    profiles.name = QStringLiteral("Profiles");
    profiles.owner = QStringLiteral("acme");
    profiles.personal = true;
    m.model.appendDataAsset(profiles);
    const auto flow = [&m](const char *source, const char *target, double sla) {
        Edge e
            = test::edge(QStringLiteral("%1->%2").arg(QLatin1String(source), QLatin1String(target)),
                QString::fromLatin1(source), QString::fromLatin1(target), 0.5, 0.5);
        e.data = { QStringLiteral("profiles") };
        e.contract.notificationSlaHours = sla;
        m.model.appendEdge(e);
    };
    flow("acme", "northwind", 48.0);
    flow("northwind", "cumulus", 24.0);
    m.exercise.settings.vendor = QStringLiteral("cumulus");
    m.exercise.settings.lengthHours = 168.0;
    m.exercise.settings.trials = 200;
    return m;
}

// Row `row` of the clocks table, column by column, "|" between.
QString clockRow(const TabletopPanel &panel, int row)
{
    const QAbstractItemModel *m = panel.clocksTable()->model();
    QStringList cells;
    for (int c = 0; c < m->columnCount(); ++c)
        cells << m->index(row, c).data().toString();
    return cells.join(u'|');
}

} // namespace

// The timeline's clocks on the chain: a countdown per obligation; "notified
// northwind -> acme" logged at 30 h makes acme aware then, so its 72-hour
// GDPR clock is due at 102 h instead of 144 h; overdue at 110 h until acme's
// own notification is logged; that one at 100 h reads met; undo takes both
// back. The after-action record lists every obligation with its outcome.
void TestTabletop::decisionLogStopsAClockInThePanel()
{
    PanelHarness h(obligationChain());
    QVERIFY(waitForProjection(h.session));
    TabletopPanel &panel = h.panel;
    panel.tabs()->setCurrentWidget(panel.clocksTable()->parentWidget());
    const QString gdpr331 = QStringLiteral("Regulation (EU) 2016/679, Art. 33(1)");
    const QString gdpr332 = QStringLiteral("Regulation (EU) 2016/679, Art. 33(2)");
    QCOMPARE(panel.clocksTable()->model()->rowCount(), 4);

    h.session.setCurrentHours(130.0);
    QCOMPARE(clockRow(panel, 0),
        QStringLiteral("acme|EU GDPR|supervisory authority|t + 144 h|14 h left|") + gdpr331);
    const QString processorDuty = QStringLiteral("The processor shall notify the controller "
                                                 "without undue delay after becoming aware of a "
                                                 "personal data breach.");
    QCOMPARE(clockRow(panel, 3),
        QStringLiteral("northwind|EU GDPR|controller: acme|—|no fixed deadline|") + gdpr332);
    QVERIFY(panel.clocksTable()
                ->model()
                ->index(3, ClocksTableModel::Due)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(processorDuty));
    QCOMPARE(panel.deadlineLabel()->text(),
        QStringLiteral(
            "Next deadline: acme to notify supervisory authority (EU GDPR) by t + 144 h, "
            "14 h left."));
    h.session.setCurrentHours(20.0);
    QCOMPARE(panel.clocksTable()->model()->index(0, ClocksTableModel::Clock).data().toString(),
        QStringLiteral("starts in 2 d 4 h")); // acme aware at 72 h

    // northwind tells acme at 30 h.
    h.session.setCurrentHours(30.0);
    QVERIFY(!panel.markNotifiedButton()->isEnabled());
    QTest::mouseClick(panel.clocksTable()->viewport(), Qt::LeftButton, {},
        panel.clocksTable()->visualRect(panel.clocksTable()->model()->index(3, 0)).center());
    QVERIFY(panel.markNotifiedButton()->isEnabled());
    QTest::mouseClick(panel.markNotifiedButton(), Qt::LeftButton);
    const QVector<DecisionLogEntry> &log = h.doc.exercise().log;
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].exerciseHours, 30.0);
    QCOMPARE(log[0].text,
        QStringLiteral("northwind notified controller: acme (EU GDPR, %1)").arg(gdpr332));
    QCOMPARE(log[0].notified,
        (std::optional<NotificationMark>(
            { QStringLiteral("northwind"), QStringLiteral("gdpr-33-2"), QStringLiteral("acme") })));
    QTRY_COMPARE(clockRow(panel, 0),
        QStringLiteral("acme|EU GDPR|supervisory authority|t + 102 h|3 d left|") + gdpr331);
    QCOMPARE(panel.clocksTable()->model()->index(3, ClocksTableModel::Clock).data().toString(),
        QStringLiteral("met at t + 30 h"));
    QVERIFY(!panel.markNotifiedButton()->isEnabled()); // the reset cleared the selection
    QVERIFY(!panel.markNotified(3)); // once is enough
    QVERIFY(panel.logTable()
                ->model()
                ->index(0, DecisionLogModel::Entry)
                .data(Qt::DecorationRole)
                .isValid());

    // Overdue at 110 h.
    h.session.setCurrentHours(110.0);
    QCOMPARE(panel.clocksTable()->model()->index(0, ClocksTableModel::Clock).data().toString(),
        QStringLiteral("overdue by 8 h"));
    QCOMPARE(panel.clocksTable()
                 ->model()
                 ->index(0, ClocksTableModel::Clock)
                 .data(Qt::ForegroundRole)
                 .value<QBrush>()
                 .color(),
        QColor(kOverdueColor));
    QVERIFY(panel.overdueLabel()->isVisible());
    QCOMPARE(panel.overdueLabel()->text(), QStringLiteral("1 obligation(s) overdue."));
    QVERIFY(
        panel.tabs()->tabText(panel.tabs()->currentIndex()).contains(QStringLiteral("overdue")));

    // acme tells its authority at 100 h: met, with 2 h to spare.
    h.session.setCurrentHours(100.0);
    const QRect acme = panel.clocksTable()->visualRect(panel.clocksTable()->model()->index(0, 0));
    QTest::mouseClick(panel.clocksTable()->viewport(), Qt::LeftButton, {}, acme.center());
    QTest::mouseDClick(panel.clocksTable()->viewport(), Qt::LeftButton, {}, acme.center());
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[1].notified->rule, QStringLiteral("gdpr-33-1"));
    h.session.setCurrentHours(110.0);
    QTRY_COMPARE(panel.clocksTable()->model()->index(0, ClocksTableModel::Clock).data().toString(),
        QStringLiteral("met at t + 100 h"));
    QCOMPARE(panel.deadlineLabel()->text(), QStringLiteral("No deadline ahead."));
    QVERIFY(panel.overdueLabel()->isHidden());
    QCOMPARE(panel.tabs()->tabText(panel.tabs()->currentIndex()), QStringLiteral("Clocks"));
    h.session.setCurrentHours(99.0);
    QCOMPARE(panel.clocksTable()->model()->index(0, ClocksTableModel::Clock).data().toString(),
        QStringLiteral("3 h left"));

    // The after-action record: every obligation and its outcome at 168 h.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.md"));
    QString error;
    QVERIFY2(panel.exportRecord(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    QVERIFY2(md.contains(QStringLiteral("| acme | EU GDPR | supervisory authority | t = 102 h "
                                        "(+102 h) | **met** at t = 100 h (+100 h) | %1 |")
                             .arg(gdpr331)),
        qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("| northwind | EU GDPR | controller: acme | %1 | **met** "
                                       "at t = 30 h (+30 h) | %2 |")
                            .arg(processorDuty, gdpr332)));
    QVERIFY(md.contains(QStringLiteral("Met: 2 · met late: 0 · missed: 0 · open: 2.")));
    QVERIFY(md.contains(QStringLiteral("*Decision support, not legal advice.*")));
    // Six columns on an A4 page, and no cell clipped.
    const std::unique_ptr<QTextDocument> pdf = afterActionDocument(md, nullptr);
    QCOMPARE(clippedCell(*pdf), QString());

    // Undo both: acme learns at 72 h again, due 144 h; by 168 h missed.
    h.doc.undoStack()->undo();
    h.doc.undoStack()->undo();
    QVERIFY(log.isEmpty());
    QTRY_COMPARE(clockRow(panel, 0).section(u'|', 3, 3), QStringLiteral("t + 144 h"));
    const QString silent = afterActionMarkdown(h.doc.model(), h.doc.exercise(), &h.session.clocks(),
        h.session.projection().get(), false, {});
    QVERIFY(silent.contains(QStringLiteral("| **missed** |")));
    QVERIFY(silent.contains(QStringLiteral("Met: 0 · met late: 0 · missed: 1 · open: 3.")));

    // The contract says 24 h instead of 48: acme learns at 24 + 24 = 48 h,
    // due 120 h. Moving a node changes nothing.
    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Edge, 0, int(EdgeField::ContractNotificationSlaHours), 24.0));
    QTRY_COMPARE(clockRow(panel, 0).section(u'|', 3, 3), QStringLiteral("t + 120 h"));
    QSignalSpy clocksChanged(&h.session, &TabletopSession::clocksChanged);
    QVERIFY(commands::pushSetValue(&h.doc, ElementType::Node, 0, int(NodeField::X), 400.0));
    QTest::qWait(20);
    QCOMPARE(clocksChanged.count(), 0);
}

// The bundled example breached at Northwind at 2025-11-09 09:00 UTC: the
// API platform dashboard (US, with EU and Californian data subjects) learns
// after the contract's 96 h, so its possibly applicable clocks are GDPR
// 33(1) 96 + 72 = 168 h, Cal. Civ. Code 1798.82(f) 96 + 360 = 456 h and
// 1798.82(a) 96 + 720 = 816 h. At t = 100 h: 68 h, 356 h and 716 h left.
void TestTabletop::presenterShowsTheNextThreeDeadlines()
{
    const ReadResult example = io::readModelJsonFile(QStringLiteral(
        WEAKLINK_TESTS_DIR "/../resources/examples/ai-platform-analytics-breach.json"));
    QVERIFY2(example.ok(), qPrintable(example.message()));
    ChainExercise m;
    m.model = *example.model;
    m.exercise.settings.vendor = QStringLiteral("northwind");
    m.exercise.settings.start = QDateTime(QDate(2025, 11, 9), QTime(9, 0), Qt::UTC);
    m.exercise.settings.lengthHours = 240.0;
    m.exercise.settings.trials = 200;
    RoomPresenter room(m);
    QVERIFY(room.open());
    PanelHarness &h = room.h;
    PresenterView &view = *room.view;
    h.session.setCurrentHours(100.0);
    const QString dashboard = QStringLiteral("API platform dashboard\n→ ");
    QCOMPARE(panelRows(view, "nextDeadlines"),
        (QStringList { dashboard + QStringLiteral("supervisory authority | 2 d 20 h left"),
            dashboard + QStringLiteral("regulator | 14 d 20 h left"),
            dashboard + QStringLiteral("data subjects | 29 d 20 h left") }));
    const auto *overdue = view.findChild<QLabel *>(QStringLiteral("overdueDeadlines"));
    QVERIFY(overdue);
    QVERIFY(overdue->isHidden());

    // Past the first due time: two ahead, one overdue (456 - 169 = 287 h,
    // 816 - 169 = 647 h).
    h.session.setCurrentHours(169.0);
    const QStringList later { dashboard + QStringLiteral("regulator | 11 d 23 h left"),
        dashboard + QStringLiteral("data subjects | 26 d 23 h left") };
    QCOMPARE(panelRows(view, "nextDeadlines"), later);
    QVERIFY(overdue->isVisible());
    QCOMPARE(overdue->text(), QStringLiteral("1 overdue, not notified"));
    // Every line of the panel shows whole at 1920 × 1080, legend included.
    const auto *panel = view.findChild<QWidget *>(QStringLiteral("facilitatorPanel"));
    QVERIFY(panel);
    QVERIFY2(panel->sizeHint().height() <= view.height(),
        qPrintable(QString::number(panel->sizeHint().height())));
    if (const QString dir = qEnvironmentVariable("WEAKLINK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("presenter-deadlines.png"))));

    // The dashboard told its authority at 100 h: it leaves the list.
    h.session.setCurrentHours(100.0);
    QVERIFY(h.panel.markNotified(0));
    QCOMPARE(h.doc.exercise().log.constLast().notified->node, QStringLiteral("web_dashboard"));
    QTRY_COMPARE(panelRows(view, "nextDeadlines").size(), 2);
    h.session.setCurrentHours(169.0);
    QCOMPARE(panelRows(view, "nextDeadlines"), later);
    QVERIFY(overdue->isHidden());
}

#include "tst_tabletop.moc"
