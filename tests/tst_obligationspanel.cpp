// The Obligations dock's panel (issue 13 item 4, docs/OBLIGATIONS.md) on
// FORMAT.md §5's chain, with values worked out by hand: acme (controller)
// -> northwind (processor, SLA 48 h to acme) -> cumulus (sub-processor, SLA
// 24 h to northwind), all in Germany, acme's personal "profiles" on both
// edges. cumulus is breached at 0: northwind learns at 24, acme at 72, and
// acme's GDPR Art. 33(1) notice is due 72 + 72 = 144 h after the breach.
#include "obligations/chainview.h"
#include "obligations/obligationsmodels.h"
#include "obligations/obligationspanel.h"

#include "commands/scenariocommands.h"
#include "io/modeljson.h"
#include "model/document.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace wl;

namespace {

const char *const kChain = R"({
  "format": "weaklink-model", "version": 1, "name": "Chain",
  "nodes": [
    {"id": "acme", "name": "Acme", "gdpr_role": "controller", "jurisdiction": "DE"},
    {"id": "northwind", "name": "Northwind", "gdpr_role": "processor", "jurisdiction": "DE"},
    {"id": "cumulus", "name": "Cumulus", "gdpr_role": "subprocessor", "jurisdiction": "DE"}
  ],
  "data": [{"id": "profiles", "owner": "acme", "personal": true}],
  "edges": [
    {"id": "e0", "source": "acme", "target": "northwind", "data": ["profiles"],
     "contract": {"dpa": true, "notification_sla_hours": 48}},
    {"id": "e1", "source": "northwind", "target": "cumulus", "data": ["profiles"],
     "contract": {"dpa": true, "notification_sla_hours": 24}}
  ]
})";

DocumentState breachOf(const QString &node, sim::Mode mode = sim::Mode::Seeded)
{
    SavedScenario s;
    s.name = QStringLiteral("Cloud breach");
    s.scenario.mode = mode;
    if (mode == sim::Mode::Seeded)
        s.scenario.seeds = { { node, 0.0 } };
    DocumentState state;
    state.scenarios.append(s);
    return state;
}

Model chain()
{
    const ReadResult r = io::readModelJson(QByteArray(kChain));
    return r.ok() ? *r.model : Model();
}

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

} // namespace

class TestObligationsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void obligationsOfTheScenario();
    void toldAtIsAnUndoableEdit();
    void datesFromTheExerciseClock();
    void annualScenarioExplains();
    void hiddenPanelWaitsUntilShown();
};

void TestObligationsPanel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(!chain().nodes().isEmpty());
}

void TestObligationsPanel::obligationsOfTheScenario()
{
    Document doc(chain(), breachOf(QStringLiteral("cumulus")));
    ObligationsPanel panel(&doc, nullptr);
    QVERIFY(!panel.result());
    panel.setScenario(0);
    panel.refreshNow();
    QVERIFY(panel.result());
    QVERIFY(panel.problem().isEmpty());

    QAbstractItemModel *table = panel.obligationsTable()->model();
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using C = ObligationsTableModel::Column;
    // Earliest first: acme's 33(1), then the rules without a number.
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(cell(table, 0, C::Party), QStringLiteral("Acme"));
    QCOMPARE(cell(table, 0, C::Regime), QStringLiteral("EU GDPR"));
    QCOMPARE(cell(table, 0, C::Notify), QStringLiteral("supervisory authority"));
    QCOMPARE(cell(table, 0, C::ClockStarts), QStringLiteral("t + 72 h"));
    QCOMPARE(cell(table, 0, C::Due), QStringLiteral("t + 144 h"));
    QCOMPARE(cell(table, 0, C::TimeLeft), QStringLiteral("6 d left"));
    QCOMPARE(cell(table, 0, C::Citation), QStringLiteral("Regulation (EU) 2016/679, Art. 33(1)"));
    const QString tip = table->index(0, C::Due).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("not legal advice")), qPrintable(tip));
    // Each processor owes its notice to the party upstream of it.
    QStringList owed;
    for (int row = 0; row < table->rowCount(); ++row)
        owed << cell(table, row, C::Party) + u'>' + cell(table, row, C::Notify);
    QVERIFY(owed.contains(QStringLiteral("Cumulus>controller: Northwind")));
    QVERIFY(owed.contains(QStringLiteral("Northwind>controller: Acme")));

    QAbstractItemModel *parties = panel.partiesTable()->model();
    using P = PartiesTableModel::Column;
    QCOMPARE(parties->rowCount(), 3);
    QCOMPARE(cell(parties, 0, P::Party), QStringLiteral("Cumulus"));
    QCOMPARE(cell(parties, 0, P::ToldBy), QStringLiteral("(breached)"));
    QCOMPARE(cell(parties, 1, P::LearntAt), QStringLiteral("t + 24 h"));
    QCOMPARE(cell(parties, 1, P::ToldBy), QStringLiteral("Cumulus"));
    QCOMPARE(cell(parties, 2, P::Party), QStringLiteral("Acme"));
    QCOMPARE(cell(parties, 2, P::LearntAt), QStringLiteral("t + 72 h"));
    QCOMPARE(cell(parties, 2, P::ToldBy), QStringLiteral("Northwind"));

    // The chain: 24 h then 48 h, neither as long as acme's 72 h clock;
    // northwind's notice has no number, so no clock to use up.
    const QVector<ChainView::Hop> &hops = panel.chainView()->hops();
    QCOMPARE(hops.size(), 2);
    QCOMPARE(hops[0].from, QStringLiteral("cumulus"));
    QCOMPARE(hops[0].lagHours, 24.0);
    QVERIFY(!hops[0].shortestClockHours);
    QCOMPARE(hops[1].to, QStringLiteral("acme"));
    QCOMPARE(hops[1].lagHours, 48.0);
    QCOMPARE(hops[1].shortestClockHours, std::optional<double>(72.0));
    QVERIFY(!hops[1].usesUpClock());
    QVERIFY(panel.chainView()->width() >= panel.chainView()->sizeHint().width());

    // The liability view: the owner, who held the data, each hop's contract.
    QAbstractItemModel *liability = panel.liabilityTree()->model();
    QAbstractItemModelTester liabilityTester(
        liability, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(liability->rowCount(), 1);
    const QModelIndex profiles = liability->index(0, 0);
    QCOMPARE(profiles.data().toString(),
        QStringLiteral("profiles — owner Acme (controller); held by Northwind (processor), "
                       "Cumulus (subprocessor)"));
    QCOMPARE(liability->rowCount(profiles), 2);
    const auto hop = [&](int row, int column) {
        return liability->index(row, column, profiles).data().toString();
    };
    QCOMPARE(hop(0, 0), QStringLiteral("Acme (controller) → Northwind (processor)"));
    QCOMPARE(hop(0, 1), QStringLiteral("yes"));
    QCOMPARE(hop(0, 2), QStringLiteral("48 h"));
    QCOMPARE(hop(0, 3), QStringLiteral("not stated"));
    QCOMPARE(hop(0, 4), QStringLiteral("no"));
    QCOMPARE(hop(0, 5), QStringLiteral("not stated"));
    QCOMPARE(hop(1, 2), QStringLiteral("24 h"));
}

void TestObligationsPanel::toldAtIsAnUndoableEdit()
{
    Document doc(chain(), breachOf(QStringLiteral("cumulus")));
    ObligationsPanel panel(&doc, nullptr);
    panel.setScenario(0);
    panel.refreshNow();
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Acme says it was told 16 days after the breach, as a user types it.
    QTableView *parties = panel.partiesTable();
    const QModelIndex told = parties->model()->index(2, PartiesTableModel::ToldAt);
    parties->setCurrentIndex(told);
    parties->setFocus();
    QTest::keyClick(parties, Qt::Key_F2);
    auto *editor = parties->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("384"));
    // Enter commits on the next turn of the event loop.
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc.scenarios()[0].awareness,
        (QVector<sim::TimedNode> { { QStringLiteral("acme"), 384.0 } }));
    QCOMPARE(doc.undoStack()->count(), 1);

    // 33(1) runs from acme's awareness: 384 + 72 = 456; the hop from
    // northwind (aware at 24) took 360 h, which uses up the 72 h clock.
    QTRY_COMPARE(cell(panel.obligationsTable()->model(), 0, ObligationsTableModel::Due),
        QStringLiteral("t + 456 h"));
    QCOMPARE(cell(parties->model(), 2, PartiesTableModel::ToldBy), QStringLiteral("Northwind"));
    QCOMPARE(cell(parties->model(), 2, PartiesTableModel::ToldAt), QStringLiteral("384 h"));
    QCOMPARE(panel.chainView()->hops()[1].lagHours, 360.0);
    QVERIFY(panel.chainView()->hops()[1].usesUpClock());

    // Not a number: refused, with the reason, and nothing changes.
    QSignalSpy messages(&panel, &ObligationsPanel::message);
    QVERIFY(!parties->model()->setData(told, QStringLiteral("soon")));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0][0].toString(), QStringLiteral("“soon” is not a number of hours"));
    QCOMPARE(doc.undoStack()->count(), 1);

    doc.undoStack()->undo();
    QVERIFY(doc.scenarios()[0].awareness.isEmpty());
    QTRY_COMPARE(cell(panel.obligationsTable()->model(), 0, ObligationsTableModel::Due),
        QStringLiteral("t + 144 h"));

    // An empty cell follows the chain again.
    doc.undoStack()->redo();
    panel.refreshNow();
    QVERIFY(parties->model()->setData(told, QString()));
    QVERIFY(doc.scenarios()[0].awareness.isEmpty());
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestObligationsPanel::datesFromTheExerciseClock()
{
    Document doc(chain(), breachOf(QStringLiteral("cumulus")));
    ExerciseSettings settings = doc.exercise().settings;
    // A Sunday: 144 h later is Saturday 15 November.
    settings.start = QDateTime(QDate(2025, 11, 9), QTime(9, 0), Qt::UTC);
    doc.setExerciseSettings(settings);
    ObligationsPanel panel(&doc, nullptr);
    panel.setScenario(0);
    panel.refreshNow();
    QAbstractItemModel *table = panel.obligationsTable()->model();
    QCOMPARE(cell(table, 0, ObligationsTableModel::ClockStarts),
        QStringLiteral("Wed 2025-11-12 09:00 UTC"));
    QCOMPARE(
        cell(table, 0, ObligationsTableModel::Due), QStringLiteral("Sat 2025-11-15 09:00 UTC"));
}

void TestObligationsPanel::annualScenarioExplains()
{
    Document doc(chain(), breachOf(QString(), sim::Mode::Annual));
    ObligationsPanel panel(&doc, nullptr);
    panel.refreshNow();
    QVERIFY(panel.problem().startsWith(QStringLiteral("Choose a scenario")));
    panel.setScenario(0);
    panel.refreshNow();
    QVERIFY(!panel.result());
    QVERIFY2(panel.problem().contains(QStringLiteral("simulates a year of breaches")),
        qPrintable(panel.problem()));
    QCOMPARE(panel.obligationsTable()->model()->rowCount(), 0);
    QVERIFY(panel.chainView()->hops().isEmpty());
}

// A hidden dock computes nothing on a change (a large model's every edit
// would pay for it); shown again, it catches up.
void TestObligationsPanel::hiddenPanelWaitsUntilShown()
{
    Document doc(chain(), breachOf(QStringLiteral("cumulus")));
    ObligationsPanel panel(&doc, nullptr);
    panel.setScenario(0);
    QTest::qWait(20);
    QVERIFY(!panel.result());
    panel.show();
    QTRY_VERIFY(panel.result());
    QCOMPARE(panel.result()->parties.size(), 3);

    panel.hide();
    doc.undoStack()->push(
        commands::setScenarioAwareness(&doc, 0, { { QStringLiteral("acme"), 384.0 } }, nullptr)
            .release());
    QTest::qWait(20);
    QCOMPARE(panel.result()->parties.last().awareHours, 72.0);
    panel.show();
    QTRY_COMPARE(panel.result()->parties.last().awareHours, 384.0);
}

QTEST_MAIN(TestObligationsPanel)
#include "tst_obligationspanel.moc"
