// The Scenario dock with real key and mouse events: a scenario is defined
// and run through the dock, the results table shows the engine's figures,
// the result is stored in the document with the digest of its model and is
// marked stale when the model or the scenario changes, every edit is
// undoable, a long run can be cancelled at once while the GUI keeps
// ticking, and scenarios with their result survive a save and reopen.
// Expected values are SIMULATION.md §6, example 1 (the chain A → B → C),
// worked out by hand there.
#include "chainmodel.h"
#include "docks/resultsview.h"
#include "docks/scenario/scenariolistmodel.h"
#include "docks/scenariodock.h"
#include "selection.h"
#include "testmodels.h"
#include "tolerance.h"
#include "widgetharness.h"

#include "commands/commands.h"
#include "commands/scenariocommands.h"
#include "io/modeljson.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace wl;

namespace {

constexpr int kDefaultTrials = 10000;
constexpr qint64 kRecords = test::kChainRecords; // of the asset C holds

using test::edge;
using test::node;
// Seeded with A: p(B) = 0.5, p(C) = 0.2 (tests/support/chainmodel.h).
constexpr auto chainModel = test::chainWithRecordsOfC;

// A ring with chords, every arc likely: a trial reaches most of the 3,000
// nodes, so millions of trials take minutes.
Model bigModel()
{
    constexpr int n = 3000;
    Model m;
    for (int i = 0; i < n; ++i)
        m.appendNode(node(QStringLiteral("n%1").arg(i)));
    const auto id = [](int i) { return QStringLiteral("n%1").arg(i); };
    for (int i = 0; i < n; ++i) {
        m.appendEdge(edge(QStringLiteral("r%1").arg(i), id(i), id((i + 1) % n), 0.9, 0.9));
        m.appendEdge(edge(QStringLiteral("c%1").arg(i), id(i), id((i * 7 + 13) % n), 0.5, 0.5));
    }
    return m;
}

SavedScenario seeded(const QString &name, const QString &seed, int trials = kDefaultTrials)
{
    SavedScenario s;
    s.name = name;
    s.scenario.mode = sim::Mode::Seeded;
    s.scenario.seeds = { { seed, 0.0 } };
    s.scenario.trials = trials;
    return s;
}

// Five standard errors without slack (tests/support/tolerance.h).
constexpr auto tolerance = wl::test::fiveSigma;

// A dock on its own window, shown and active so that focus and inline
// editors behave as in the app.
struct Harness {
    explicit Harness(Model m = chainModel(), QVector<SavedScenario> scenarios = {})
        : doc(std::move(m), DocumentState { std::move(scenarios), {}, {} })
        , selection(&doc)
        , simulation(&doc)
        , runner(&simulation)
        , dock(std::make_unique<ScenarioDock>(&doc, &selection, &runner))
    {
        dock->resize(1200, 520);
        test::testItemModels(dock.get());
    }

    bool show() { return test::showActive(dock.get()); }

    template<typename T> T *child(const char *name) const
    {
        return dock->findChild<T *>(QString::fromLatin1(name));
    }
    void click(const char *name) const
    {
        QWidget *w = child<QWidget>(name);
        QVERIFY2(w, name);
        QTest::mouseClick(w, Qt::LeftButton);
    }
    // Types into a line edit and finishes with Return.
    void type(const char *name, const QString &text) const
    {
        auto *edit = child<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void addSeed(const char *list, const QString &nodeId, const QString &hours = {}) const
    {
        const QByteArray prefix(list);
        auto *picker = child<QComboBox>((prefix + "Node").constData());
        QVERIFY(picker);
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), nodeId);
        auto *time = child<QLineEdit>((prefix + "Hours").constData());
        time->clear();
        QTest::keyClicks(time, hours);
        click((prefix + "Add").constData());
    }

    // Runs the current scenario with the Run button and waits for the end.
    bool runAndWait() const
    {
        QSignalSpy finished(dock->runner(), &ScenarioRunner::finished);
        click("run");
        return finished.wait(60000);
    }

    ResultsView *results() const { return dock->resultsView(); }
    QTableView *nodes() const { return results()->nodeTable(); }
    QTableView *assets() const { return results()->assetTable(); }
    const SavedScenario &scenario(int i) const { return doc.scenarios().at(i); }

    Document doc;
    Selection selection;
    SimulationContext simulation;
    ScenarioRunner runner;
    std::unique_ptr<ScenarioDock> dock;
};

// Types over the text of the inline editor that has the focus (a scenario
// name in the list). Enter commits through a queued call, so the edit lands
// on the next turn of the event loop.
bool typeInFocusedEditor(const QString &text)
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    return true;
}

// The raw value of `column` in the row of `id`, through the view's proxy;
// invalid if there is no such row.
QVariant cell(QTableView *view, const QString &id, int column)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(ResultsView::SortRole).toString() == id)
            return m->index(r, column).data(column == 1 ? Qt::DisplayRole : ResultsView::SortRole);
    return {};
}

QStringList column(QTableView *view, int column)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data(ResultsView::SortRole).toString();
    return out;
}

// Every figure of both tables, by id, for comparing two views of one result.
QMap<QString, QVariantList> figures(const Harness &h)
{
    QMap<QString, QVariantList> out;
    for (QTableView *view : { h.nodes(), h.assets() }) {
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            QVariantList row;
            for (int c = 2; c < m->columnCount(); ++c)
                row << m->index(r, c).data(ResultsView::SortRole);
            out.insert(m->index(r, 0).data(ResultsView::SortRole).toString(), row);
        }
    }
    return out;
}

} // namespace

class TestScenarioDock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void defineAndRunThroughTheDock();
    void resultMarkedStaleWhenTheModelChanges();
    void resultMarkedStaleWhenTheScenarioChanges();
    void scenarioEditsAreUndoable();
    void rejectedEditsChangeNothing();
    void renameDuplicateDelete();
    void scenarioListModelFollowsTheDocument();
    void breachSelectedNode();
    void tablesSortNumericallyAndFilter();
    void keyFiguresFitANarrowDock();
    void runErrorIsShown();
    void validationFollowsTheModelLive();
    void cancelIsPromptAndGuiStaysResponsive();
    void modelChangedDuringRunIsNotStored();
    void saveAndReopenKeepsScenariosAndResult();
    void storedResultOfAnotherModelJoinsOnIds();
};

void TestScenarioDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScenarioDock::defineAndRunThroughTheDock()
{
    Harness h;
    QVERIFY(h.show());
    QCOMPARE(h.results()->status(), ResultsView::Status::None);
    QVERIFY(!h.child<QPushButton>("run")->isEnabled());

    // Add: a new scenario, its name open for editing.
    h.click("addScenario");
    QCOMPARE(h.doc.scenarios().size(), 1);
    QVERIFY(typeInFocusedEditor(QStringLiteral("Chain from A")));
    QCOMPARE(h.scenario(0).name, QStringLiteral("Chain from A"));
    QCOMPARE(h.child<QListView>("scenarioList")->model()->index(0, 0).data().toString(),
        QStringLiteral("Chain from A"));

    // Defaults of FORMAT.md §2.
    QCOMPARE(h.scenario(0).scenario.mode, sim::Mode::Annual);
    QCOMPARE(h.child<QLineEdit>("trials")->text(), QStringLiteral("10000"));
    QCOMPARE(h.child<QLineEdit>("rngSeed")->text(), QStringLiteral("1"));
    QCOMPARE(h.child<QLineEdit>("horizon")->text(), QString());

    h.click("seededMode");
    QCOMPARE(h.scenario(0).scenario.mode, sim::Mode::Seeded);
    h.addSeed("seeds", QStringLiteral("A"));
    QCOMPARE(
        h.scenario(0).scenario.seeds, (QVector<sim::TimedNode> { { QStringLiteral("A"), 0.0 } }));
    QCOMPARE(h.child<QTableWidget>("seedsTable")->rowCount(), 1);
    QCOMPARE(h.child<QTableWidget>("seedsTable")->item(0, 0)->text(), QStringLiteral("Node A (A)"));

    const int commands = h.doc.undoStack()->count();
    QVERIFY(h.runAndWait());

    // SIMULATION.md §6.1.
    const int n = kDefaultTrials;
    const double pA = cell(h.nodes(), QStringLiteral("A"), ResultsView::NodeProbability).toDouble();
    const double pB = cell(h.nodes(), QStringLiteral("B"), ResultsView::NodeProbability).toDouble();
    const double pC = cell(h.nodes(), QStringLiteral("C"), ResultsView::NodeProbability).toDouble();
    QCOMPARE(pA, 1.0);
    QVERIFY2(std::abs(pB - 0.5) <= tolerance(0.5, n), qPrintable(QString::number(pB)));
    QVERIFY2(std::abs(pC - 0.2) <= tolerance(0.2, n), qPrintable(QString::number(pC)));
    QCOMPARE(cell(h.nodes(), QStringLiteral("A"), ResultsView::NodeMeanHours).toDouble(), 0.0);
    QCOMPARE(cell(h.nodes(), QStringLiteral("B"), ResultsView::NodeMeanHours).toDouble(), 24.0);
    QCOMPARE(cell(h.nodes(), QStringLiteral("C"), ResultsView::NodeMeanHours).toDouble(), 48.0);
    QCOMPARE(cell(h.nodes(), QStringLiteral("B"), ResultsView::NodeName).toString(),
        QStringLiteral("Node B"));
    // The interval holds the estimate.
    const double low = cell(h.nodes(), QStringLiteral("B"), ResultsView::NodeInterval).toDouble();
    QVERIFY(low < pB && low > pB - 0.02);

    // x is exposed exactly when C falls.
    const double pX
        = cell(h.assets(), QStringLiteral("x"), ResultsView::AssetProbability).toDouble();
    QCOMPARE(pX, pC);
    QCOMPARE(
        cell(h.assets(), QStringLiteral("x"), ResultsView::AssetRecords).toLongLong(), kRecords);
    QCOMPARE(cell(h.assets(), QStringLiteral("x"), ResultsView::AssetExpectedRecords).toDouble(),
        double(kRecords) * pC);
    QCOMPARE(cell(h.assets(), QStringLiteral("x"), ResultsView::AssetCategory).toString(),
        QStringLiteral("customer_pii"));
    QCOMPARE(h.results()->result()->meanCompromised, pA + pB + pC);
    QVERIFY(
        h.child<QLabel>("summary")->text().contains(QStringLiteral("Expected exposed records")));

    // Stored in the document with the digest of its model, without a
    // command, but the document needs saving.
    QVERIFY(!h.scenario(0).resultJson.isEmpty());
    QCOMPARE(h.scenario(0).resultModelDigest, sim::simulationDigest(h.doc.model()));
    QCOMPARE(h.doc.undoStack()->count(), commands);
    QVERIFY(h.doc.isModified());
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
    QVERIFY2(h.results()->statusText().startsWith(QStringLiteral("Result from ")),
        qPrintable(h.results()->statusText()));
    QVERIFY(h.results()->statusText().endsWith(
        QLocale().toString(kDefaultTrials) + QStringLiteral(" trials")));

    // Deleting the scenario takes its result along, and undo brings both.
    const QByteArray json = h.scenario(0).resultJson;
    h.click("deleteScenario");
    QVERIFY(h.doc.scenarios().isEmpty());
    QTRY_COMPARE(h.results()->result(), nullptr);
    h.doc.undoStack()->undo();
    QCOMPARE(h.scenario(0).resultJson, json);
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Current);
}

// Issue 11, item 4: deleting a seed and undoing the delete update the
// problem shown, and the mark in the seed list, without a run.
void TestScenarioDock::validationFollowsTheModelLive()
{
    Harness h;
    QString error;
    h.doc.undoStack()->push(commands::insertScenario(
        &h.doc, 0, seeded(QStringLiteral("Chain"), QStringLiteral("C")), &error)
                                .release());
    QVERIFY(h.show());
    QVERIFY(h.runAndWait());
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
    auto *table = h.child<QTableWidget>("seedsTable");

    h.doc.undoStack()->push(
        commands::removeElements(&h.doc, { QStringLiteral("C") }, {}, {}).release());
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Problem);
    QVERIFY2(h.results()->statusText().contains(QStringLiteral("unknown node id \"C\"")),
        qPrintable(h.results()->statusText()));
    QVERIFY(table->item(0, 0)->toolTip().contains(QStringLiteral("not a node")));

    h.doc.undoStack()->undo();
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Current);
    QVERIFY(!table->item(0, 0)->toolTip().contains(QStringLiteral("not a node")));
}

void TestScenarioDock::resultMarkedStaleWhenTheModelChanges()
{
    Harness h;
    QString error;
    h.doc.undoStack()->push(commands::insertScenario(
        &h.doc, 0, seeded(QStringLiteral("Chain"), QStringLiteral("A")), &error)
                                .release());
    QVERIFY(h.show());
    QVERIFY(h.runAndWait());
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
    const auto before = figures(h);

    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Node, 1, int(NodeField::ControlStrength), 0.5, &error));
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Stale);
    QCOMPARE(
        h.results()->statusText(), QStringLiteral("Stale: the model changed since this result"));
    // Still shown as it was: stale, not gone.
    QCOMPARE(figures(h), before);
    QVERIFY(h.scenario(0).resultModelDigest != sim::simulationDigest(h.doc.model()));

    // The digest decides, so undoing the edit makes the result current again.
    h.doc.undoStack()->undo();
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Current);

    // A rename shows in the table at once: names come from the model.
    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Node, 1, int(NodeField::Name), QStringLiteral("Vendor B"), &error));
    QTRY_COMPARE(cell(h.nodes(), QStringLiteral("B"), ResultsView::NodeName).toString(),
        QStringLiteral("Vendor B"));
    // Neither the rename nor moving and pinning a node changes what the
    // result depends on: it stays current.
    QVERIFY(commands::pushSetValue(&h.doc, ElementType::Node, 1, int(NodeField::X), 500.0, &error));
    QVERIFY(
        commands::pushSetValue(&h.doc, ElementType::Node, 1, int(NodeField::Pinned), true, &error));
    QTest::qWait(50);
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
}

void TestScenarioDock::resultMarkedStaleWhenTheScenarioChanges()
{
    Harness h;
    QString error;
    h.doc.undoStack()->push(commands::insertScenario(
        &h.doc, 0, seeded(QStringLiteral("Chain"), QStringLiteral("A")), &error)
                                .release());
    QVERIFY(h.show());
    h.type("trials", QStringLiteral("2000"));
    QCOMPARE(h.scenario(0).scenario.trials, 2000);
    QVERIFY(h.runAndWait());
    const QByteArray json = h.scenario(0).resultJson;
    QVERIFY(!json.isEmpty());
    QCOMPARE(h.results()->result()->trials, 2000);

    // Undoing the edit that came before the run keeps the newer result,
    // which no longer matches the settings.
    h.doc.undoStack()->undo();
    QCOMPARE(h.scenario(0).scenario.trials, kDefaultTrials);
    QCOMPARE(h.scenario(0).resultJson, json);
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Stale);
    QCOMPARE(
        h.results()->statusText(), QStringLiteral("Stale: the scenario changed since this result"));
    h.doc.undoStack()->redo();
    QTRY_COMPARE(h.results()->status(), ResultsView::Status::Current);

    // A seed given twice is merged by the engine: the same scenario as run.
    sim::Scenario twice = h.scenario(0).scenario;
    twice.seeds.append({ QStringLiteral("A"), 5.0 });
    h.doc.undoStack()->push(
        commands::replaceScenario(&h.doc, 0, QStringLiteral("Chain"), twice, {}, &error).release());
    QTRY_COMPARE(h.child<QTableWidget>("seedsTable")->rowCount(), 2);
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
}

void TestScenarioDock::scenarioEditsAreUndoable()
{
    Harness h;
    QVERIFY(h.show());
    QUndoStack *stack = h.doc.undoStack();

    h.click("addScenario");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    h.click("seededMode");
    h.addSeed("seeds", QStringLiteral("A"));
    h.addSeed("seeds", QStringLiteral("Node B (B)"), QStringLiteral("12.5"));
    h.addSeed("sever", QStringLiteral("C"), QStringLiteral("30"));
    h.type("trials", QStringLiteral("500"));
    h.type("rngSeed", QStringLiteral("18446744073709551615"));
    h.type("horizon", QStringLiteral("72"));
    QCOMPARE(stack->count(), 8);

    SavedScenario expected;
    expected.name = QStringLiteral("Scenario");
    expected.scenario.mode = sim::Mode::Seeded;
    expected.scenario.seeds = { { QStringLiteral("A"), 0.0 }, { QStringLiteral("B"), 12.5 } };
    expected.scenario.sever = { { QStringLiteral("C"), 30.0 } };
    expected.scenario.trials = 500;
    expected.scenario.rngSeed = 18446744073709551615ull;
    expected.scenario.horizonHours = 72.0;
    QCOMPARE(h.scenario(0), expected);

    // Each undo takes back one edit, and the editor follows.
    stack->undo();
    QVERIFY(!h.scenario(0).scenario.horizonHours);
    QTRY_COMPARE(h.child<QLineEdit>("horizon")->text(), QString());
    stack->undo();
    QCOMPARE(h.scenario(0).scenario.rngSeed, quint64(1));
    stack->undo();
    QCOMPARE(h.scenario(0).scenario.trials, kDefaultTrials);
    QTRY_COMPARE(h.child<QLineEdit>("trials")->text(), QStringLiteral("10000"));
    stack->undo();
    QVERIFY(h.scenario(0).scenario.sever.isEmpty());
    QTRY_COMPARE(h.child<QTableWidget>("severTable")->rowCount(), 0);
    stack->undo();
    stack->undo();
    QVERIFY(h.scenario(0).scenario.seeds.isEmpty());
    stack->undo();
    QCOMPARE(h.scenario(0).scenario.mode, sim::Mode::Annual);
    QTRY_VERIFY(h.child<QRadioButton>("annualMode")->isChecked());
    stack->undo();
    QVERIFY(h.doc.scenarios().isEmpty());
    QTRY_VERIFY(!h.child<QWidget>("scenarioEditor")->isEnabled());

    while (stack->canRedo())
        stack->redo();
    QCOMPARE(h.scenario(0), expected);
    QTRY_COMPARE(h.child<QLineEdit>("horizon")->text(), QStringLiteral("72"));
    QCOMPARE(h.child<QTableWidget>("seedsTable")->item(1, 1)->text(), QStringLiteral("12.5"));

    // Annual mode drops the seeds in the same step; undo brings them back.
    h.click("annualMode");
    QVERIFY(h.scenario(0).scenario.seeds.isEmpty());
    QVERIFY(!h.child<QWidget>("seeds")->isEnabled());
    stack->undo();
    QCOMPARE(h.scenario(0), expected);

    // A time edited in the table, and a row removed.
    auto *table = h.child<QTableWidget>("seedsTable");
    QTRY_COMPARE(table->rowCount(), 2);
    table->item(0, 1)->setText(QStringLiteral("6"));
    QCOMPARE(h.scenario(0).scenario.seeds[0].atHours, 6.0);
    table->selectRow(0);
    h.click("seedsRemove");
    QCOMPARE(
        h.scenario(0).scenario.seeds, (QVector<sim::TimedNode> { { QStringLiteral("B"), 12.5 } }));
    stack->undo();
    stack->undo();
    QCOMPARE(h.scenario(0), expected);
}

void TestScenarioDock::rejectedEditsChangeNothing()
{
    Harness h;
    QString error;
    h.doc.undoStack()->push(commands::insertScenario(
        &h.doc, 0, seeded(QStringLiteral("Chain"), QStringLiteral("A")), &error)
                                .release());
    QVERIFY(h.show());
    const int count = h.doc.undoStack()->count();
    const SavedScenario before = h.scenario(0);
    auto *message = h.child<QLabel>("error");

    struct Case {
        const char *field;
        QString text;
    };
    for (const Case &c :
        { Case { "trials", QStringLiteral("0") }, Case { "trials", QStringLiteral("many") },
            Case { "rngSeed", QStringLiteral("-1") }, Case { "horizon", QStringLiteral("-5") } }) {
        h.type(c.field, c.text);
        QVERIFY2(message->isVisible(), c.field);
        QCOMPARE(h.scenario(0), before);
        QCOMPARE(h.doc.undoStack()->count(), count);
    }
    QCOMPARE(h.child<QLineEdit>("trials")->text(), QStringLiteral("10000"));

    h.addSeed("seeds", QStringLiteral("nobody"));
    QVERIFY(message->text().contains(QStringLiteral("nobody")));
    h.addSeed("sever", QStringLiteral("B"), QStringLiteral("soon"));
    QCOMPARE(h.scenario(0), before);
    auto *table = h.child<QTableWidget>("seedsTable");
    table->item(0, 1)->setText(QStringLiteral("-1"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0"));
    QCOMPARE(h.scenario(0), before);
    QCOMPARE(h.doc.undoStack()->count(), count);

    // A good edit clears the message.
    h.type("trials", QStringLiteral("20000"));
    QVERIFY(message->isHidden());
    QCOMPARE(h.scenario(0).scenario.trials, 20000);
}

void TestScenarioDock::renameDuplicateDelete()
{
    Harness h;
    QString error;
    h.doc.undoStack()->push(commands::insertScenario(
        &h.doc, 0, seeded(QStringLiteral("Chain"), QStringLiteral("A")), &error)
                                .release());
    QVERIFY(h.show());
    auto *list = h.child<QListView>("scenarioList");
    const auto name = [list](int row) { return list->model()->index(row, 0).data().toString(); };

    h.click("duplicateScenario");
    QCOMPARE(h.doc.scenarios().size(), 2);
    QCOMPARE(h.scenario(1).name, QStringLiteral("Chain copy"));
    QCOMPARE(h.scenario(1).scenario, h.scenario(0).scenario);
    QCOMPARE(h.dock->currentScenario(), 1);
    h.click("duplicateScenario");
    QCOMPARE(h.scenario(2).name, QStringLiteral("Chain copy copy"));

    // Rename to a taken name: refused, the list shows the old name.
    h.click("renameScenario");
    QVERIFY(typeInFocusedEditor(QStringLiteral("Chain")));
    QCOMPARE(h.scenario(2).name, QStringLiteral("Chain copy copy"));
    QTRY_COMPARE(name(2), QStringLiteral("Chain copy copy"));
    QVERIFY(h.child<QLabel>("error")->text().contains(QStringLiteral("already")));

    h.click("renameScenario");
    QVERIFY(typeInFocusedEditor(QStringLiteral("  Variant  ")));
    QCOMPARE(h.scenario(2).name, QStringLiteral("Variant"));

    list->setCurrentIndex(list->model()->index(1, 0));
    h.click("deleteScenario");
    QCOMPARE(h.doc.scenarios().size(), 2);
    QCOMPARE(h.scenario(1).name, QStringLiteral("Variant"));
    QCOMPARE(h.dock->currentScenario(), 1);

    h.doc.undoStack()->undo();
    QCOMPARE(h.scenario(1).name, QStringLiteral("Chain copy"));
    h.doc.undoStack()->undo();
    QCOMPARE(h.scenario(2).name, QStringLiteral("Chain copy copy"));
    QTRY_COMPARE(list->model()->rowCount(), 3);
    QCOMPARE(name(2), QStringLiteral("Chain copy copy"));
}

void TestScenarioDock::scenarioListModelFollowsTheDocument()
{
    Document doc(chainModel());
    ScenarioListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto name = [&model](int row) { return model.index(row).data().toString(); };
    QString error;
    doc.undoStack()->push(commands::insertScenario(
        &doc, 0, seeded(QStringLiteral("One"), QStringLiteral("A")), &error)
                              .release());
    doc.undoStack()->push(commands::insertScenario(
        &doc, 0, seeded(QStringLiteral("Two"), QStringLiteral("B")), &error)
                              .release());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(name(0), QStringLiteral("Two"));
    QCOMPARE(name(1), QStringLiteral("One"));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Seeded")));

    // A rename is an undoable command; a taken name is refused with a reason.
    QSignalSpy tried(&model, &ScenarioListModel::renameTried);
    QVERIFY(model.setData(model.index(1), QStringLiteral("  Three  ")));
    QCOMPARE(doc.scenarios()[1].name, QStringLiteral("Three"));
    QCOMPARE(tried.takeLast().at(0).toString(), QString());
    QVERIFY(!model.setData(model.index(1), QStringLiteral("Two")));
    QVERIFY(tried.takeLast().at(0).toString().contains(QStringLiteral("already")));
    QCOMPARE(name(1), QStringLiteral("Three"));

    doc.undoStack()->undo();
    QCOMPARE(name(1), QStringLiteral("One"));
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(name(0), QStringLiteral("One"));
    doc.resetModel(chainModel());
    QCOMPARE(model.rowCount(), 0);
}

void TestScenarioDock::breachSelectedNode()
{
    Harness h;
    QVERIFY(h.show());
    auto *breach = h.child<QPushButton>("breachSelected");
    QVERIFY(!breach->isEnabled());
    h.selection.set({ { ElementType::Node, QStringLiteral("B") } });
    QVERIFY(breach->isEnabled());
    // The pickers offer the selected node.
    QCOMPARE(h.child<QComboBox>("seedsNode")->currentData().toString(), QStringLiteral("B"));

    QSignalSpy finished(h.dock->runner(), &ScenarioRunner::finished);
    QTest::mouseClick(breach, Qt::LeftButton);
    QCOMPARE(h.scenario(0).name, QStringLiteral("Breach of B"));
    QCOMPARE(
        h.scenario(0).scenario.seeds, (QVector<sim::TimedNode> { { QStringLiteral("B"), 0.0 } }));
    QVERIFY(finished.wait(60000));
    const double pC = cell(h.nodes(), QStringLiteral("C"), ResultsView::NodeProbability).toDouble();
    QVERIFY2(std::abs(pC - 0.4) <= tolerance(0.4, kDefaultTrials), qPrintable(QString::number(pC)));
    QCOMPARE(cell(h.nodes(), QStringLiteral("A"), ResultsView::NodeProbability).toDouble(), 0.0);
    QCOMPARE(cell(h.nodes(), QStringLiteral("A"), ResultsView::NodeMeanHours).toDouble(),
        std::numeric_limits<double>::infinity());

    // Again on the same node: the scenario is updated, not duplicated; its
    // other settings stay.
    h.type("trials", QStringLiteral("3000"));
    h.addSeed("seeds", QStringLiteral("A"));
    QTest::mouseClick(breach, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(h.doc.scenarios().size(), 1);
    QCOMPARE(
        h.scenario(0).scenario.seeds, (QVector<sim::TimedNode> { { QStringLiteral("B"), 0.0 } }));
    QCOMPARE(h.scenario(0).scenario.trials, 3000);
    QCOMPARE(h.results()->result()->trials, 3000);

    h.selection.set(
        { { ElementType::Node, QStringLiteral("A") }, { ElementType::Node, QStringLiteral("B") } });
    QVERIFY(!breach->isEnabled());
}

void TestScenarioDock::tablesSortNumericallyAndFilter()
{
    // Ten nodes in a chain, so that a sort by text ("10 %" < "9 %") and a
    // sort by number differ.
    Model m;
    for (int i = 0; i < 10; ++i)
        m.appendNode(node(QStringLiteral("n%1").arg(i)));
    for (int i = 0; i + 1 < 10; ++i)
        m.appendEdge(edge(QStringLiteral("e%1").arg(i), QStringLiteral("n%1").arg(i),
            QStringLiteral("n%1").arg(i + 1), 0.7));
    QVector<SavedScenario> scenarios;
    scenarios.append(seeded(QStringLiteral("Chain"), QStringLiteral("n0")));
    Harness h(m, scenarios);
    QVERIFY(h.show());
    QVERIFY(h.runAndWait());

    QTableView *view = h.nodes();
    QCOMPARE(view->model()->rowCount(), 10);
    for (int col : { int(ResultsView::NodeProbability), int(ResultsView::NodeMeanHours) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            view->sortByColumn(col, order);
            QVector<double> values;
            for (int r = 0; r < 10; ++r)
                values << view->model()->index(r, col).data(ResultsView::SortRole).toDouble();
            QVERIFY(order == Qt::AscendingOrder ? std::is_sorted(values.begin(), values.end())
                                                : std::is_sorted(values.rbegin(), values.rend()));
        }
    }
    // Along the chain, probability falls and time grows: one order.
    view->sortByColumn(ResultsView::NodeMeanHours, Qt::AscendingOrder);
    QStringList chain;
    for (int i = 0; i < 10; ++i)
        chain << QStringLiteral("n%1").arg(i);
    QCOMPARE(column(view, ResultsView::NodeId), chain);

    // By id or name, in both tables.
    auto *filter = h.child<QLineEdit>("filter");
    QTest::keyClicks(filter, QStringLiteral("node N7"));
    QCOMPARE(column(view, ResultsView::NodeId), QStringList { QStringLiteral("n7") });
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 10);
}

void TestScenarioDock::keyFiguresFitANarrowDock()
{
    // The example's ids and names, in the dock as wide as it is below the
    // canvas of a 1400-pixel window (960 pixels; the results pane gets about
    // 380): the figure each table is sorted by shows whole, header
    // included, without scrolling.
    const ReadResult r = io::readModelJsonFile(test::examplePath());
    QVERIFY(r.model);
    Harness h(*r.model, { seeded(QStringLiteral("Analytics"), QStringLiteral("northwind")) });
    h.dock->resize(960, 340);
    QVERIFY(h.show());
    QVERIFY(h.runAndWait());
    auto *tabs = h.child<QTabWidget>("resultTabs");
    const QPair<QTableView *, int> keys[] = { { h.nodes(), ResultsView::NodeProbability },
        { h.assets(), ResultsView::AssetExpectedRecords } };
    for (int tab = 0; tab < 2; ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const auto [view, key] = keys[tab];
        const int left = view->columnViewportPosition(key);
        const int right = left + view->columnWidth(key);
        const QString header = view->model()->headerData(key, Qt::Horizontal).toString();
        QVERIFY2(left >= 0 && right <= view->viewport()->width(),
            qPrintable(QStringLiteral("%1: %2–%3 of %4")
                           .arg(header)
                           .arg(left)
                           .arg(right)
                           .arg(view->viewport()->width())));
        QVERIFY(view->columnWidth(key) >= view->fontMetrics().horizontalAdvance(header));
    }
    // A name cut short is whole in its tooltip, with the id the table shows
    // last.
    const QModelIndex first = h.nodes()->model()->index(0, ResultsView::NodeName);
    const QString id = first.siblingAtColumn(ResultsView::NodeId).data().toString();
    QCOMPARE(first.data(Qt::ToolTipRole).toString(),
        QStringLiteral("%1 (%2)").arg(r.model->node(id)->name, id));
}

void TestScenarioDock::runErrorIsShown()
{
    Model m = chainModel();
    QVector<SavedScenario> scenarios;
    scenarios.append(seeded(QStringLiteral("Gone"), QStringLiteral("ghost")));
    scenarios.append(seeded(QStringLiteral("Empty"), QStringLiteral("A")));
    scenarios.last().scenario.seeds.clear();
    Harness h(m, scenarios);
    QVERIFY(h.show());
    // A seed that is not a node is marked in the list.
    auto *table = h.child<QTableWidget>("seedsTable");
    QVERIFY(table->item(0, 0)->toolTip().contains(QStringLiteral("not a node")));

    QVERIFY(h.runAndWait());
    QCOMPARE(h.results()->status(), ResultsView::Status::Problem);
    QVERIFY2(h.results()->statusText().contains(QStringLiteral("unknown node id \"ghost\"")),
        qPrintable(h.results()->statusText()));
    QVERIFY(h.scenario(0).resultJson.isEmpty());

    h.dock->setCurrentScenario(1);
    QVERIFY(h.runAndWait());
    QVERIFY(h.results()->statusText().contains(QStringLiteral("at least one seed")));
}

void TestScenarioDock::cancelIsPromptAndGuiStaysResponsive()
{
    Model m = bigModel();
    QVector<SavedScenario> scenarios;
    scenarios.append(seeded(QStringLiteral("Long"), QStringLiteral("n0"), 5'000'000));
    Harness h(m, scenarios);
    QVERIFY(h.show());
    const int commands = h.doc.undoStack()->count();

    // Both checks count events and work, not milliseconds, so that they
    // hold in any build (a sanitizer build runs several times slower).
    // Responsive: the GUI thread handles its 10 ms ticker between any two
    // progress reports, which the engine sends at least 100 ms apart; a
    // stall shows as two reports handled back to back.
    int ticksSinceReport = 0;
    int reportsBackToBack = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticksSinceReport; });
    // The trials done at each report, for the engine's speed in this build.
    QElapsedTimer clock;
    QVector<QPair<qint64, qint64>> reports; // (ms, trials done)
    connect(h.dock->runner(), &ScenarioRunner::progress, this, [&](qint64 done) {
        if (!reports.isEmpty() && ticksSinceReport == 0)
            ++reportsBackToBack;
        ticksSinceReport = 0;
        reports.append({ clock.elapsed(), done });
    });

    QSignalSpy progress(h.dock->runner(), &ScenarioRunner::progress);
    QSignalSpy finished(h.dock->runner(), &ScenarioRunner::finished);
    clock.start();
    ticker.start();
    h.click("run");
    QVERIFY(h.dock->runner()->isRunning());
    QVERIFY(h.child<QPushButton>("cancel")->isVisible());
    QVERIFY(!h.child<QPushButton>("run")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 10000);
    QVERIFY(h.child<QProgressBar>("progress")->value() > 0);
    QVERIFY(finished.isEmpty());

    QElapsedTimer cancelClock;
    cancelClock.start();
    h.click("cancel");
    QVERIFY(finished.wait(5000));
    const qint64 cancelMs = cancelClock.elapsed();
    QTest::qWait(50); // a few ticks after the end, too
    ticker.stop();

    // Prompt: the engine stops once the blocks in flight (one per thread)
    // are done. The limit is what twice those blocks take at the speed the
    // reports showed, plus a second for the rest.
    QVERIFY(reports.size() >= 3);
    const double trialsPerMs = double(reports.constLast().second - reports.constFirst().second)
        / double(std::max<qint64>(1, reports.constLast().first - reports.constFirst().first));
    QVERIFY(trialsPerMs > 0.0);
    const double inFlight = double(sim::kBlockTrials) * std::max(1, QThread::idealThreadCount());
    const double limitMs = 1000.0 + 2.0 * inFlight / trialsPerMs;
    QVERIFY2(double(cancelMs) < limitMs,
        qPrintable(QStringLiteral("cancel took %1 ms, more than %2 ms (%3 trials/ms)")
                       .arg(cancelMs)
                       .arg(limitMs)
                       .arg(trialsPerMs)));
    QVERIFY2(reportsBackToBack == 0,
        qPrintable(QStringLiteral("the GUI handled %1 of %2 progress reports without a tick "
                                  "between them")
                       .arg(reportsBackToBack)
                       .arg(reports.size())));
    const auto report = finished.first().first().value<ScenarioRunner::Report>();
    QVERIFY(report.cancelled);
    QVERIFY(!report.result);
    QVERIFY(!h.dock->runner()->isRunning());
    QVERIFY(h.scenario(0).resultJson.isEmpty());
    QVERIFY(h.scenario(0).resultModelDigest.isEmpty());
    QCOMPARE(h.doc.undoStack()->count(), commands);
    QVERIFY(!h.doc.isModified());
    QCOMPARE(h.results()->statusText(), QStringLiteral("Run cancelled."));
    QVERIFY(h.child<QPushButton>("run")->isVisible());
}

void TestScenarioDock::modelChangedDuringRunIsNotStored()
{
    Model m = bigModel();
    QVector<SavedScenario> scenarios;
    scenarios.append(seeded(QStringLiteral("Long"), QStringLiteral("n0"), 2000));
    Harness h(m, scenarios);
    QVERIFY(h.show());
    QSignalSpy finished(h.dock->runner(), &ScenarioRunner::finished);
    h.click("run");
    QString error;
    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Node, 5, int(NodeField::ControlStrength), 1.0, &error));
    QVERIFY(finished.wait(60000));

    // Shown, as computed, but stale and not stored.
    const auto report = finished.first().first().value<ScenarioRunner::Report>();
    QVERIFY(report.result);
    QVERIFY(!report.stored);
    QVERIFY(h.scenario(0).resultJson.isEmpty());
    QCOMPARE(h.results()->status(), ResultsView::Status::Stale);
    QVERIFY(h.results()->statusText().contains(QStringLiteral("not stored")));
    QCOMPARE(h.nodes()->model()->rowCount(), 3000);

    // Undone before the next run: the model is the one the run saw again,
    // so the next result is stored.
    h.doc.undoStack()->undo();
    QVERIFY(h.runAndWait());
    QVERIFY(!h.scenario(0).resultJson.isEmpty());
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
}

void TestScenarioDock::saveAndReopenKeepsScenariosAndResult()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chain.weaklink"));

    QMap<QString, QVariantList> shown;
    DocumentState saved;
    {
        Model m = chainModel();
        QVector<SavedScenario> scenarios;
        scenarios.append(seeded(QStringLiteral("Chain"), QStringLiteral("A")));
        scenarios.last().scenario.sever = { { QStringLiteral("B"), 30.0 } };
        scenarios.last().scenario.horizonHours = 100.0;
        scenarios.append(seeded(QStringLiteral("Not run"), QStringLiteral("B")));
        Harness h(m, scenarios);
        QVERIFY(h.show());
        QVERIFY(h.runAndWait());
        shown = figures(h);
        // SIMULATION.md §6.5: C cut off.
        QCOMPARE(
            cell(h.nodes(), QStringLiteral("C"), ResultsView::NodeProbability).toDouble(), 0.0);
        QString error;
        QVERIFY2(storage::save(h.doc.model(), h.doc.state(), path, &error), qPrintable(error));
        saved = h.doc.state();
    }

    ReadResult read = storage::load(path);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read.state.scenarios, saved.scenarios);

    Harness h(*read.model, read.state.scenarios);
    QVERIFY(h.show());
    QCOMPARE(h.child<QListView>("scenarioList")->model()->rowCount(), 2);
    QCOMPARE(h.child<QLineEdit>("horizon")->text(), QStringLiteral("100"));
    QCOMPARE(h.child<QTableWidget>("severTable")->item(0, 1)->text(), QStringLiteral("30"));
    // Read back from the stored JSON: the same figures, bit for bit.
    QCOMPARE(h.results()->status(), ResultsView::Status::Current);
    QCOMPARE(h.results()->statusText(),
        QStringLiteral("Saved result, %1 trials").arg(QLocale().toString(kDefaultTrials)));
    QCOMPARE(figures(h), shown);

    h.dock->setCurrentScenario(1);
    QCOMPARE(h.results()->result(), nullptr);
    QCOMPARE(h.results()->statusText(), QStringLiteral("Not run yet."));
}

void TestScenarioDock::storedResultOfAnotherModelJoinsOnIds()
{
    // A result computed on the chain, stored with a model where C is gone
    // and D is new (as after edits in a file saved without re-running).
    QByteArray json;
    {
        Model m = chainModel();
        QVector<SavedScenario> scenarios;
        scenarios.append(seeded(QStringLiteral("Chain"), QStringLiteral("A")));
        Harness h(m, scenarios);
        QVERIFY(h.show());
        QVERIFY(h.runAndWait());
        json = h.scenario(0).resultJson;
    }
    Model other;
    for (const char *id : { "A", "B", "D" })
        other.appendNode(node(QString::fromLatin1(id)));
    SavedScenario s = seeded(QStringLiteral("Chain"), QStringLiteral("A"));
    s.resultJson = json;
    s.resultModelDigest = sim::simulationDigest(chainModel());
    QVector<SavedScenario> scenarios { s, s };
    scenarios.last().name = QStringLiteral("Broken");
    scenarios.last().resultJson = "{ not json";

    Harness h(other, scenarios);
    QVERIFY(h.show());
    QCOMPARE(h.results()->status(), ResultsView::Status::Stale);
    QCOMPARE(column(h.nodes(), ResultsView::NodeId).size(), 3);
    QVERIFY(cell(h.nodes(), QStringLiteral("C"), ResultsView::NodeProbability).isValid());
    QCOMPARE(cell(h.nodes(), QStringLiteral("C"), ResultsView::NodeName).toString(),
        QStringLiteral("—"));
    QVERIFY(!cell(h.nodes(), QStringLiteral("D"), ResultsView::NodeProbability).isValid());
    QCOMPARE(cell(h.nodes(), QStringLiteral("A"), ResultsView::NodeName).toString(),
        QStringLiteral("Node A"));

    h.dock->setCurrentScenario(1);
    QCOMPARE(h.results()->status(), ResultsView::Status::Problem);
    QCOMPARE(h.results()->result(), nullptr);
}

QTEST_MAIN(TestScenarioDock)
#include "tst_scenariodock.moc"
