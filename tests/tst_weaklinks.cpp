// The Weak links panel: both rankings shown in the right order on models
// whose answer is known by construction, sorted as numbers, filtered by id
// or name; a row selects its node; figures marked stale when (and only
// when) a change of the model can change them; the what-if comparison with
// its deltas on SIMULATION.md §6 example 5 (severance) and on hardening
// examples computed exactly by hand; cancel within a second while the GUI
// keeps ticking.
#include "docks/weaklinks/nodefiguremodel.h"
#include "docks/weaklinksdock.h"
#include "tolerance.h"
#include "widgetharness.h"

#include "commands/commands.h"
#include "simulation/whatif.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace wl;

class TestWeakLinks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void severanceWorkedExample_data();
    void severanceWorkedExample();
    void hardeningExact_data();
    void hardeningExact();
    void hardeningWithCommonRandomNumbers();
    void whatIfRejectsBadInput();
    void rankingsInTheRightOrder();
    void fourthPartyConcentration();
    void sortingIsNumericAndFilterFindsNames();
    void nodeFigureModelShowsNamesOfTheCurrentModel();
    void rowSelectsNodeAndFollowsSelection();
    void staleOnlyWhenFiguresCanChange();
    void modelChangedDuringRunIsStale();
    void whatIfThroughTheDock();
    void hardenThroughTheDock();
    void badSettingsAreExplained();
    void cancelRankingsIsPromptAndGuiStaysResponsive();
    void cancelWhatIf();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Builder {
    Model m;
    Builder &node(const QString &id, double likelihood = 0.0, const QString &name = {})
    {
        Node n;
        n.id = id;
        n.name = name.isEmpty() ? id : name;
        n.breachLikelihood = likelihood;
        m.appendNode(n);
        return *this;
    }
    Builder &edge(const QString &src, const QString &dst, double forward)
    {
        Edge e;
        e.id = QStringLiteral("e%1").arg(m.edges().size());
        e.source = src;
        e.target = dst;
        e.pForward = forward;
        e.pBackward = 0.0;
        m.appendEdge(e);
        return *this;
    }
    Builder &asset(const QString &id, const QString &owner, qint64 records, const QString &category)
    {
        DataAsset a;
        a.id = id;
        a.name = id;
        a.owner = owner;
        a.records = records;
        a.category = category;
        m.appendDataAsset(a);
        return *this;
    }
};

// SIMULATION.md §6 example 1 plus an asset held by C alone (1,000 records),
// so that its exposure is C's compromise: seeded with A, p(B) = 0.5,
// p(C) = 0.2.
Model chainModel()
{
    return Builder()
        .node(s("A"))
        .node(s("B"))
        .node(s("C"))
        .asset(s("x"), s("C"), 1000, s("customer_pii"))
        .edge(s("A"), s("B"), 0.5)
        .edge(s("B"), s("C"), 0.4)
        .m;
}

sim::Scenario seededA(int trials)
{
    sim::Scenario sc;
    sc.mode = sim::Mode::Seeded;
    sc.seeds = { { s("A"), 0.0 } };
    sc.trials = trials;
    return sc;
}

// Deterministic (every probability 0 or 1), so every figure is exact: C is
// breached every year and takes A, then D; E is alone. X (100 records of
// customer PII) is A's, Y (10 credentials) is C's.
Model certainModel()
{
    return Builder()
        .node(s("C"), 1.0)
        .node(s("A"))
        .node(s("D"))
        .node(s("E"))
        .asset(s("X"), s("A"), 100, s("customer_pii"))
        .asset(s("Y"), s("C"), 10, s("credentials"))
        .edge(s("C"), s("A"), 1.0)
        .edge(s("A"), s("D"), 1.0)
        .m;
}

// A chain N0 → N1 → … → N11, every arc certain, 1,000 records held by each
// node, only N0 breached directly (every year). By construction: seeding Ni
// compromises the 11 − i nodes after it and exposes 1,000 × (12 − i)
// records; hardening Ni saves Ni and every node after it: 1,000 × (12 − i).
// Nodes are added in a shuffled order, so that model order is none of the
// orders the table is checked in, and the figures 11 vs 2 and 12,000 vs
// 9,000 sort differently as text and as numbers.
constexpr int kChain = 12;
const int kShuffled[kChain] = { 5, 0, 11, 3, 8, 1, 10, 2, 7, 4, 9, 6 };

QString chainId(int i)
{
    return QStringLiteral("N%1").arg(i);
}

Model longChain()
{
    Builder b;
    for (int i : kShuffled)
        b.node(chainId(i), i == 0 ? 1.0 : 0.0, QStringLiteral("Vendor %1").arg(QChar(u'a' + i)));
    for (int i : kShuffled)
        b.asset(QStringLiteral("d%1").arg(i), chainId(i), 1000, s("other"));
    for (int i = 0; i + 1 < kChain; ++i)
        b.edge(chainId(i), chainId(i + 1), 1.0);
    return b.m;
}

// A ring with chords, every arc likely: a trial reaches most of the 3,000
// nodes, so the rankings take minutes.
Model bigModel()
{
    constexpr int n = 3000;
    Builder b;
    for (int i = 0; i < n; ++i)
        b.node(QStringLiteral("n%1").arg(i), 0.01);
    for (int i = 0; i < n; ++i) {
        b.edge(QStringLiteral("n%1").arg(i), QStringLiteral("n%1").arg((i + 1) % n), 0.9);
        b.edge(QStringLiteral("n%1").arg(i), QStringLiteral("n%1").arg((i * 7 + 13) % n), 0.5);
    }
    return b.m;
}

// Five standard errors without slack (tests/support/tolerance.h).
constexpr auto tolerance = wl::test::fiveSigma;

sim::WhatIfResult whatIfOrFail(const Model &m, const sim::Scenario &sc, const sim::WhatIf &w)
{
    sim::WhatIfOutcome out = sim::runWhatIf(m, sim::compile(m), sc, w);
    if (!out.result)
        qFatal("what-if failed: %s", qPrintable(out.error));
    return *out.result;
}

QStringList idsOf(const Model &m, const std::vector<int> &nodes)
{
    QStringList out;
    for (int v : nodes)
        out << m.nodes()[v].id;
    return out;
}

// A dock on its own window, shown and active so that focus and clicks behave
// as in the app.
struct Harness {
    explicit Harness(Model m)
        : doc(std::move(m))
        , simulation(&doc)
        , rankingRunner(&simulation)
        , whatIfRunner(&simulation)
        , dock(std::make_unique<WeakLinksDock>(&simulation, &rankingRunner, &whatIfRunner))
    {
        dock->resize(1300, 560);
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
        QVERIFY2(w->isVisible() && w->isEnabled(), name);
        QTest::mouseClick(w, Qt::LeftButton);
    }
    void type(const char *name, const QString &text) const
    {
        auto *edit = child<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    bool computeAndWait(const char *button = "computeRankings") const
    {
        QSignalSpy finished(dock->rankingRunner(), &RankingRunner::finished);
        click(button);
        return finished.wait(60000) && !dock->rankingRunner()->isRunning();
    }
    bool whatIfAndWait(const char *button) const
    {
        QSignalSpy finished(dock->whatIfRunner(), &WhatIfRunner::finished);
        click(button);
        return finished.wait(60000);
    }
    QTableView *table() const { return dock->rankingTable(); }

    Document doc;
    SimulationContext simulation;
    RankingRunner rankingRunner;
    WhatIfRunner whatIfRunner;
    std::unique_ptr<WeakLinksDock> dock;
};

QStringList column(QTableView *view, int column)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data(WeakLinksDock::SortRole).toString();
    return out;
}

QVector<double> numbers(QTableView *view, int column)
{
    QVector<double> out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data(WeakLinksDock::SortRole).toDouble();
    return out;
}

// Clicks a column header of the view.
void clickHeader(QTableView *view, int column)
{
    QHeaderView *h = view->horizontalHeader();
    const QPoint at(
        h->sectionViewportPosition(column) + h->sectionSize(column) / 2, h->height() / 2);
    QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, at);
}

// The row of `id` through the view's proxy, -1 if not shown.
int rowOf(QTableView *view, const QString &id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(WeakLinksDock::SortRole).toString() == id)
            return r;
    return -1;
}

// The summary's raw value: `row` 0 is the total, then one per category,
// the last the compromised nodes.
double summary(const Harness &h, int row, int column)
{
    return h.dock->whatIfSummary()->item(row, column)->data(WeakLinksDock::SortRole).toDouble();
}

} // namespace

void TestWeakLinks::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWeakLinks::severanceWorkedExample_data()
{
    QTest::addColumn<double>("severAt");
    QTest::addColumn<double>("deltaB"); // expected Δp(B) as a fraction of p_baseline(B); 0 or -1
    QTest::addColumn<double>("deltaC"); // likewise for C

    // §6.5: A → B arrives at 24 ≤ 30, allowed; B → C would arrive at 48 > 30:
    // p(C) drops from 0.2 to 0 and nothing else changes.
    QTest::newRow("B at 30 h (§6.5)") << 30.0 << 0.0 << -1.0;
    // At 0 even A → B (arriving at 24) is cut.
    QTest::newRow("B at 0 h") << 0.0 << -1.0 << -1.0;
    // B → C arrives at 48 ≤ 48: allowed, nothing changes.
    QTest::newRow("B at 48 h") << 48.0 << 0.0 << 0.0;
    QTest::newRow("B at 47.5 h") << 47.5 << 0.0 << -1.0;
}

void TestWeakLinks::severanceWorkedExample()
{
    QFETCH(double, severAt);
    QFETCH(double, deltaB);
    QFETCH(double, deltaC);
    constexpr int trials = 20000;
    const Model m = chainModel();
    const auto r = whatIfOrFail(m, seededA(trials), { sim::WhatIf::Kind::Sever, s("B"), severAt });

    // Baseline: the worked example itself.
    const double pB = r.baseline.pCompromised(1);
    const double pC = r.baseline.pCompromised(2);
    QVERIFY(std::abs(pB - 0.5) < tolerance(0.5, trials));
    QVERIFY(std::abs(pC - 0.2) < tolerance(0.2, trials));
    QCOMPARE(r.changed.scenario.sever, (QVector<sim::TimedNode> { { s("B"), severAt } }));

    // Same draws in both runs: the what-if loses exactly the baseline's
    // compromises the severance cuts, no more, no less.
    QCOMPARE(r.deltaP[0], 0.0);
    QCOMPARE(r.deltaP[1], deltaB * pB);
    QCOMPARE(r.deltaP[2], deltaC * pC);
    QCOMPARE(r.deltaCompromised(), deltaB * pB + deltaC * pC);
    QCOMPARE(r.deltaExposedTotal(), deltaC * pC * 1000.0);
    QCOMPARE(r.deltaExposed(0), deltaC * pC * 1000.0);
    if (severAt == 30.0) // "drops by 0.2 up to noise"
        QVERIFY(std::abs(r.deltaCompromised() + 0.2) < tolerance(0.2, trials));

    // B falls more often than C, so its change is the larger.
    QStringList changed;
    if (deltaB != 0.0)
        changed << s("B");
    if (deltaC != 0.0)
        changed << s("C");
    QCOMPARE(idsOf(m, r.nodesByChange()), changed);
}

void TestWeakLinks::hardeningExact_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<double>("deltaTotal");
    QTest::addColumn<double>("deltaPii");
    QTest::addColumn<double>("deltaCredentials");
    QTest::addColumn<double>("deltaCompromised");
    QTest::addColumn<QStringList>("changed");

    // Baseline: C, A, D fall every year: 110 records, 3 nodes.
    // Hardening C: nothing falls.
    QTest::newRow("C") << s("C") << -110.0 << -100.0 << -10.0 << -3.0
                       << QStringList { s("C"), s("A"), s("D") };
    // Hardening A: A and D are safe, X with them; C still leaks Y.
    QTest::newRow("A") << s("A") << -100.0 << -100.0 << 0.0 << -2.0
                       << QStringList { s("A"), s("D") };
    // D holds nothing: one node fewer, no records saved.
    QTest::newRow("D") << s("D") << 0.0 << 0.0 << 0.0 << -1.0 << QStringList { s("D") };
    QTest::newRow("E") << s("E") << 0.0 << 0.0 << 0.0 << 0.0 << QStringList {};
}

void TestWeakLinks::hardeningExact()
{
    QFETCH(QString, node);
    QFETCH(double, deltaTotal);
    QFETCH(double, deltaPii);
    QFETCH(double, deltaCredentials);
    QFETCH(double, deltaCompromised);
    QFETCH(QStringList, changed);
    const Model m = certainModel();
    sim::Scenario annual;
    annual.trials = 100;
    const auto r = whatIfOrFail(m, annual, { sim::WhatIf::Kind::Harden, node, 0.0 });

    QCOMPARE(r.baseline.expectedExposedTotal, 110.0);
    QCOMPARE(r.baseline.meanCompromisedCount(), 3.0);
    QCOMPARE(r.deltaExposedTotal(), deltaTotal);
    QCOMPARE(sim::compile(m).categories, (QStringList { s("customer_pii"), s("credentials") }));
    QCOMPARE(r.deltaExposed(0), deltaPii);
    QCOMPARE(r.deltaExposed(1), deltaCredentials);
    QCOMPARE(r.deltaCompromised(), deltaCompromised);
    // Every changed node went from certain to never; ties keep model order.
    QCOMPARE(idsOf(m, r.nodesByChange()), changed);
    for (int v : r.nodesByChange())
        QCOMPARE(r.deltaP[v], -1.0);
    // The baseline is the scenario as given; hardening is on a copy.
    QVERIFY(r.changed.scenario.sever.isEmpty());
    QCOMPARE(m.node(node)->controlStrength, 0.0);
}

void TestWeakLinks::hardeningWithCommonRandomNumbers()
{
    // Chain seeded with A: hardening B removes exactly the baseline trials
    // in which B (and through it C) fell.
    constexpr int trials = 20000;
    const Model m = chainModel();
    const auto r = whatIfOrFail(m, seededA(trials), { sim::WhatIf::Kind::Harden, s("B"), 0.0 });
    const double pB = r.baseline.pCompromised(1);
    const double pC = r.baseline.pCompromised(2);
    QCOMPARE(r.changed.pCompromised(1), 0.0);
    QCOMPARE(r.changed.pCompromised(2), 0.0);
    QCOMPARE(r.deltaCompromised(), -(pB + pC));
    QCOMPARE(r.deltaExposedTotal(), -1000.0 * pC);
    QVERIFY(std::abs(r.deltaCompromised() + 0.7) < 5.0 * std::sqrt(0.41 / trials));
}

void TestWeakLinks::whatIfRejectsBadInput()
{
    const Model m = chainModel();
    const sim::CompiledModel c = sim::compile(m);
    const auto error = [&](const sim::Scenario &sc, const sim::WhatIf &w) {
        return sim::runWhatIf(m, c, sc, w).error;
    };
    QCOMPARE(
        error(seededA(10), { sim::WhatIf::Kind::Harden, s("Z"), 0.0 }), s("unknown node id \"Z\""));
    QCOMPARE(error(seededA(10), { sim::WhatIf::Kind::Sever, s("B"), -1.0 }),
        s("the sever time must be a finite number of hours >= 0"));
    QCOMPARE(error(seededA(10), { sim::WhatIf::Kind::Sever, s("B"), std::nan("") }),
        s("the sever time must be a finite number of hours >= 0"));
    sim::Scenario unknownSeed = seededA(10);
    unknownSeed.seeds = { { s("Q"), 0.0 } };
    QVERIFY(error(unknownSeed, { sim::WhatIf::Kind::Harden, s("B"), 0.0 }).contains(s("Q")));
}

void TestWeakLinks::rankingsInTheRightOrder()
{
    Harness h(certainModel());
    QVERIFY(h.show());
    QCOMPARE(h.dock->trials(), 2000);
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::None);
    h.dock->setRankingSettings(50, 3);
    QVERIFY(h.computeAndWait());
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Current);
    QCOMPARE(h.dock->rankings()->trials, 50);
    QCOMPARE(h.dock->rankings()->rngSeed, quint64(3));

    // Default order: hardening gain, largest first; D and E tie (0) and keep
    // model order. From C: A and D fall, X and Y leak; from A: D falls, X
    // leaks; hardening C saves 110, hardening A 100 (Y still leaks).
    QCOMPARE(
        column(h.table(), WeakLinksDock::RankId), (QStringList { s("C"), s("A"), s("D"), s("E") }));
    QCOMPARE(
        numbers(h.table(), WeakLinksDock::RankHardeningGain), (QVector<double> { 110, 100, 0, 0 }));
    QCOMPARE(
        numbers(h.table(), WeakLinksDock::RankOtherCompromised), (QVector<double> { 2, 1, 0, 0 }));
    QCOMPARE(numbers(h.table(), WeakLinksDock::RankExposedRecords),
        (QVector<double> { 110, 100, 0, 0 }));
    QCOMPARE(h.table()->model()->index(0, WeakLinksDock::RankOtherCompromised).data().toString(),
        s("2.00"));
    QCOMPARE(
        h.table()->model()->index(0, WeakLinksDock::RankHardeningGain).data().toString(), s("110"));
}

// tst_cli's hand-made model (rankByConcentration): app is ours, v1–v3 our
// vendors; host sits under all three, v2 under v1 and v3 (through host),
// mid and cdn under one each. With p = 1 on v1 -> host and host -> v2 only,
// the blast radius of host is its 1000 records plus v2's 10 (host -> v2
// always fires), of v1 the same 1010 (v1 -> host -> v2), of v2 its own 10,
// of the rest 0. mid and cdn tie (1, 0) and keep model order.
void TestWeakLinks::fourthPartyConcentration()
{
    Builder b;
    b.node(s("app")).node(s("v1")).node(s("v2")).node(s("v3"));
    b.node(s("host"), 0.0, s("Hosting Co")).node(s("mid")).node(s("cdn")).node(s("orphan"));
    Model m = b.asset(s("H"), s("host"), 1000, s("customer_pii"))
                  .asset(s("V"), s("v2"), 10, s("telemetry"))
                  .edge(s("app"), s("v1"), 0.0)
                  .edge(s("app"), s("v2"), 0.0)
                  .edge(s("app"), s("v3"), 0.0)
                  .edge(s("v1"), s("host"), 1.0)
                  .edge(s("v1"), s("cdn"), 0.0)
                  .edge(s("v2"), s("host"), 0.0)
                  .edge(s("v3"), s("mid"), 0.0)
                  .edge(s("mid"), s("host"), 0.0)
                  .edge(s("host"), s("v2"), 1.0)
                  .m;
    m.setValue(ElementType::Node, 0, int(NodeField::Kind), s("internal_service"));
    Harness h(m);
    QVERIFY(h.show());
    h.dock->setRankingSettings(20, 5);
    QVERIFY(h.computeAndWait());
    QTableView *table = h.dock->concentrationTable();
    QCOMPARE(column(table, WeakLinksDock::ConcentrationId),
        (QStringList { s("host"), s("v2"), s("mid"), s("cdn"), s("v1"), s("v3") }));
    QCOMPARE(numbers(table, WeakLinksDock::ConcentrationDependents),
        (QVector<double> { 3, 2, 1, 1, 0, 0 }));
    // The same blast radius as the other table.
    QCOMPARE(numbers(table, WeakLinksDock::ConcentrationRecords),
        (QVector<double> { 1010, 10, 0, 0, 1010, 0 }));
    QCOMPARE(table->model()->index(0, WeakLinksDock::ConcentrationName).data().toString(),
        s("Hosting Co"));
    QCOMPARE(
        table->model()->index(0, WeakLinksDock::ConcentrationDependents).data().toString(), s("3"));

    // The filter applies here too; a click chooses the node.
    QSignalSpy activated(h.dock.get(), &WeakLinksDock::nodeActivated);
    h.type("rankingFilter", s("Hosting"));
    QCOMPARE(table->model()->rowCount(), 1);
    h.dock->findChild<QTabWidget *>(s("rankingTabs"))->setCurrentIndex(1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), s("host"));
}

void TestWeakLinks::nodeFigureModelShowsNamesOfTheCurrentModel()
{
    Document doc(Builder().node(s("A"), 0.0, s("Alpha")).node(s("B")).m);
    NodeFigureModel model(
        &doc, { { s("Figure"), s("A figure"), [](double v) { return QString::number(v); } } });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ s("A"), s("gone") }, { { 1.5, 2.0 } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowOf(s("gone")), 1);
    QCOMPARE(model.index(0, 1).data().toString(), s("Alpha"));
    QCOMPARE(model.index(0, 2).data().toString(), s("1.5"));
    QCOMPARE(model.index(0, 2).data(NodeFigureModel::SortRole).toDouble(), 1.5);
    QCOMPARE(model.index(0, 0).data(NodeFigureModel::FilterRole).toString(), s("A Alpha"));
    QVERIFY(!model.index(1, 1).data(Qt::ToolTipRole).toString().isEmpty());

    // A rename shows at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(commands::pushSetValue(&doc, ElementType::Node, 0, int(NodeField::Name), s("Apex")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), s("Apex"));
}

void TestWeakLinks::sortingIsNumericAndFilterFindsNames()
{
    Harness h(longChain());
    QVERIFY(h.show());
    h.dock->setRankingSettings(20, 1);
    QVERIFY(h.computeAndWait());

    QStringList down;
    QStringList up;
    QVector<double> gains;
    for (int i = 0; i < kChain; ++i) {
        down << chainId(i);
        up.prepend(chainId(i));
        gains << 1000.0 * (kChain - i);
    }
    // Hardening gain, largest first: N0 (12,000) … N11 (1,000); as text
    // "9,000" would come before "12,000".
    QCOMPARE(column(h.table(), WeakLinksDock::RankId), down);
    QCOMPARE(numbers(h.table(), WeakLinksDock::RankHardeningGain), gains);

    // Blast radius in nodes: a click sorts ascending (0 … 11: N11 first);
    // as text "11.00" would come before "2.00".
    clickHeader(h.table(), WeakLinksDock::RankOtherCompromised);
    QCOMPARE(h.table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(column(h.table(), WeakLinksDock::RankId), up);
    QVector<double> others;
    for (int i = kChain - 1; i >= 0; --i)
        others << double(kChain - 1 - i);
    QCOMPARE(numbers(h.table(), WeakLinksDock::RankOtherCompromised), others);
    clickHeader(h.table(), WeakLinksDock::RankOtherCompromised);
    QCOMPARE(column(h.table(), WeakLinksDock::RankId), down);
    clickHeader(h.table(), WeakLinksDock::RankExposedRecords);
    QCOMPARE(column(h.table(), WeakLinksDock::RankId), up);

    // Names sort as text: "Vendor a" (N0) … "Vendor l" (N11).
    clickHeader(h.table(), WeakLinksDock::RankName);
    QCOMPARE(column(h.table(), WeakLinksDock::RankId), down);

    // The filter finds ids and names.
    h.type("rankingFilter", s("n1"));
    QCOMPARE(
        column(h.table(), WeakLinksDock::RankId), (QStringList { s("N1"), s("N10"), s("N11") }));
    h.type("rankingFilter", s("vendor c"));
    QCOMPARE(column(h.table(), WeakLinksDock::RankId), QStringList { s("N2") });
    h.type("rankingFilter", QString());
    QCOMPARE(h.table()->model()->rowCount(), kChain);
}

void TestWeakLinks::rowSelectsNodeAndFollowsSelection()
{
    Harness h(certainModel());
    QVERIFY(h.show());
    h.dock->setRankingSettings(10, 1);
    QVERIFY(h.computeAndWait());
    QSignalSpy activated(h.dock.get(), &WeakLinksDock::nodeActivated);

    // A click on A's row (second: hardening gain 100) selects A.
    QTableView *view = h.table();
    const QRect rect = view->visualRect(view->model()->index(1, WeakLinksDock::RankName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), s("A"));
    QCOMPARE(h.dock->currentNode(), s("A"));
    QVERIFY(h.child<QLabel>("whatIfTarget")->text().contains(s("A")));
    QVERIFY(h.child<QPushButton>("hardenVendor")->isEnabled());

    // Keyboard: Down moves to D.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toString(), s("D"));

    // The app's selection moves the table's without echoing back.
    h.dock->setCurrentNode(s("E"));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(
        view->selectionModel()->selectedRows().first().data(WeakLinksDock::SortRole).toString(),
        s("E"));
    h.dock->setCurrentNode(QString());
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!h.child<QPushButton>("hardenVendor")->isEnabled());
    QVERIFY(!h.child<QPushButton>("severVendor")->isEnabled());
    QCOMPARE(activated.size(), 2);
}

void TestWeakLinks::staleOnlyWhenFiguresCanChange()
{
    Harness h(certainModel());
    QVERIFY(h.show());
    h.dock->setRankingSettings(10, 1);
    QVERIFY(h.computeAndWait());
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Current);
    QVERIFY(!h.child<QPushButton>("recomputeRankings")->isVisible());

    // Moving or renaming a node cannot change a figure.
    QVERIFY(commands::pushSetValue(&h.doc, ElementType::Node, 1, int(NodeField::X), 40.0));
    QVERIFY(commands::pushSetValue(&h.doc, ElementType::Node, 1, int(NodeField::Name), s("Apex")));
    QTest::qWait(300);
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Current);
    // The table shows the new name at once.
    QCOMPARE(h.table()->model()->index(1, WeakLinksDock::RankName).data().toString(), s("Apex"));

    // A breach likelihood can.
    QVERIFY(commands::pushSetValue(
        &h.doc, ElementType::Node, 3, int(NodeField::BreachLikelihood), 0.5));
    QTRY_COMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Stale);
    QVERIFY(h.dock->rankingStatusText().startsWith(s("Stale")));
    QVERIFY(h.child<QPushButton>("recomputeRankings")->isVisible());

    // Undone, the figures describe the model again.
    h.doc.undoStack()->undo();
    QTRY_COMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Current);
    h.doc.undoStack()->redo();
    QTRY_COMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Stale);

    // Recompute: E (likelihood 0.5 now, holding nothing) gains nothing, but
    // the figures are current again.
    QVERIFY(h.computeAndWait("recomputeRankings"));
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Current);
    QVERIFY(!h.child<QPushButton>("recomputeRankings")->isVisible());

    // A node removed since: its row stays, its name says so.
    auto remove = commands::removeElements(&h.doc, { s("E") }, {}, {});
    QVERIFY(remove);
    h.doc.undoStack()->push(remove.release());
    QTRY_COMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Stale);
    const int row = rowOf(h.table(), s("E"));
    QVERIFY(row >= 0);
    QCOMPARE(h.table()->model()->index(row, WeakLinksDock::RankName).data().toString(), s("—"));
}

void TestWeakLinks::modelChangedDuringRunIsStale()
{
    Harness h(certainModel());
    QVERIFY(h.show());
    h.dock->setRankingSettings(10, 1);
    QSignalSpy finished(h.dock->rankingRunner(), &RankingRunner::finished);
    h.click("computeRankings");
    // The run works on the model as it was when it started; its end is
    // delivered through the event loop, so this change comes first.
    QVERIFY(commands::pushSetValue(&h.doc, ElementType::Edge, 0, int(EdgeField::PForward), 0.5));
    QVERIFY(finished.wait(10000));
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Stale);
    // Figures of the model as it was: C took A and D with certainty.
    QCOMPARE(numbers(h.table(), WeakLinksDock::RankOtherCompromised).first(), 2.0);
}

void TestWeakLinks::whatIfThroughTheDock()
{
    constexpr int trials = 20000;
    Harness h(chainModel());
    QVERIFY(h.show());
    h.dock->setScenario(s("Chain"), seededA(trials));
    QVERIFY(h.child<QLabel>("whatIfBaseline")->text().contains(s("Chain")));
    QVERIFY(!h.child<QPushButton>("severVendor")->isEnabled()); // no node yet
    h.dock->setCurrentNode(s("B"));
    h.type("severHours", s("30"));
    QVERIFY(h.whatIfAndWait("severVendor"));
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Current);

    const WhatIfRunner::Report *report = h.dock->whatIf();
    QVERIFY(report && report->result);
    QCOMPARE(report->change, (sim::WhatIf { sim::WhatIf::Kind::Sever, s("B"), 30.0 }));
    const double pB = report->result->baseline.pCompromised(1);
    const double pC = report->result->baseline.pCompromised(2);

    // Rows: total, customer_pii, compromised nodes.
    QCOMPARE(h.dock->whatIfSummary()->rowCount(), 3);
    QCOMPARE(summary(h, 2, WeakLinksDock::SummaryDelta), -pC);
    QCOMPARE(summary(h, 2, WeakLinksDock::SummaryBaseline), 1.0 + pB + pC);
    QCOMPARE(summary(h, 2, WeakLinksDock::SummaryWhatIf), 1.0 + pB);
    QVERIFY(std::abs(summary(h, 2, WeakLinksDock::SummaryDelta) + 0.2) < tolerance(0.2, trials));
    QCOMPARE(summary(h, 0, WeakLinksDock::SummaryDelta), -1000.0 * pC);
    QCOMPARE(summary(h, 1, WeakLinksDock::SummaryDelta), -1000.0 * pC);
    QCOMPARE(summary(h, 0, WeakLinksDock::SummaryWhatIf), 0.0);
    QVERIFY(h.dock->whatIfSummary()
                ->item(2, WeakLinksDock::SummaryDelta)
                ->text()
                .startsWith(QChar(0x2212)));

    // The only node that changed: C, from p(C) to 0.
    QTableView *nodes = h.dock->whatIfNodes();
    QCOMPARE(column(nodes, WeakLinksDock::ChangeId), QStringList { s("C") });
    QCOMPARE(numbers(nodes, WeakLinksDock::ChangeDelta), QVector<double> { -pC });

    // A click on it selects C in the app.
    QSignalSpy activated(h.dock.get(), &WeakLinksDock::nodeActivated);
    QTest::mouseClick(nodes->viewport(), Qt::LeftButton, {},
        nodes->visualRect(nodes->model()->index(0, 1)).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), s("C"));

    // Another scenario at hand makes the comparison stale.
    h.dock->setScenario(s("Chain"), seededA(trials / 2));
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Stale);
    h.dock->setScenario(s("Chain"), seededA(trials));
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Current);
    QVERIFY(commands::pushSetValue(&h.doc, ElementType::Edge, 1, int(EdgeField::PForward), 0.3));
    QTRY_COMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Stale);
}

void TestWeakLinks::hardenThroughTheDock()
{
    Harness h(certainModel());
    QVERIFY(h.show());
    QCOMPARE(h.dock->scenarioName(), s("Annual"));
    QCOMPARE(h.dock->scenario().mode, sim::Mode::Annual);
    h.dock->setCurrentNode(s("A"));
    QVERIFY(h.whatIfAndWait("hardenVendor"));
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Current);
    // Rows: total, customer_pii, credentials, compromised nodes.
    QCOMPARE(h.dock->whatIfSummary()->rowCount(), 4);
    const double expected[4][3]
        = { { 110, 10, -100 }, { 100, 0, -100 }, { 10, 10, 0 }, { 3, 1, -2 } };
    for (int row = 0; row < 4; ++row)
        for (int c = 0; c < 3; ++c)
            QCOMPARE(summary(h, row, c), expected[row][c]);
    QCOMPARE(h.dock->whatIfSummary()->item(0, WeakLinksDock::SummaryDelta)->text(),
        QString(QChar(0x2212)) + s("100"));
    QCOMPARE(h.dock->whatIfSummary()->item(2, WeakLinksDock::SummaryDelta)->text(), s("±0"));
    QCOMPARE(
        column(h.dock->whatIfNodes(), WeakLinksDock::ChangeId), (QStringList { s("A"), s("D") }));
    // The document is untouched.
    QCOMPARE(h.doc.model().node(s("A"))->controlStrength, 0.0);
    QCOMPARE(h.doc.undoStack()->count(), 0);
}

void TestWeakLinks::badSettingsAreExplained()
{
    Harness h(chainModel());
    QVERIFY(h.show());
    h.type("rankingRngSeed", s("abc"));
    QVERIFY(!h.dock->computeRankings());
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Problem);
    QVERIFY(h.dock->rankingStatusText().contains(s("seed")));
    QVERIFY(!h.dock->rankingRunner()->isRunning());

    h.dock->setCurrentNode(s("B"));
    h.type("severHours", s("-3"));
    QVERIFY(!h.dock->severCurrentNode());
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Problem);
    QVERIFY(h.dock->whatIfStatusText().contains(s("hours")));

    sim::Scenario broken = seededA(10);
    broken.seeds = { { s("gone"), 0.0 } };
    h.dock->setScenario(s("Broken"), broken);
    QVERIFY(!h.dock->hardenCurrentNode());
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Problem);
    QVERIFY(h.dock->whatIfStatusText().contains(s("gone")));
    QVERIFY(!h.dock->whatIfRunner()->isRunning());
}

void TestWeakLinks::cancelRankingsIsPromptAndGuiStaysResponsive()
{
    Harness h(bigModel());
    QVERIFY(h.show());
    h.dock->setRankingSettings(100000, 1);

    // The GUI thread ticks every 10 ms; the longest gap shows a stall.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });

    QSignalSpy finished(h.dock->rankingRunner(), &RankingRunner::finished);
    clock.start();
    ticker.start();
    h.click("computeRankings");
    QVERIFY(h.dock->rankingRunner()->isRunning());
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Running);
    QVERIFY(h.child<QPushButton>("cancelRankings")->isVisible());
    QVERIFY(h.child<QProgressBar>("rankingProgress")->isVisible());
    QVERIFY(!h.child<QSpinBox>("rankingTrials")->isEnabled());
    QTest::qWait(500);
    // The rest of the panel works meanwhile.
    h.type("rankingFilter", s("n1"));
    QCOMPARE(h.child<QLineEdit>("rankingFilter")->text(), s("n1"));

    QElapsedTimer cancelClock;
    cancelClock.start();
    h.click("cancelRankings");
    QVERIFY(finished.wait(5000));
    const qint64 cancelMs = cancelClock.elapsed();
    QTest::qWait(50);
    ticker.stop();

    // Generous bounds: a busy CI machine must not fail them, a frozen GUI
    // or a cancel that waits for the whole run would.
    QVERIFY2(cancelMs < 3000, qPrintable(QStringLiteral("cancel took %1 ms").arg(cancelMs)));
    QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("GUI stalled %1 ms").arg(longestGap)));
    QVERIFY(finished.first().first().value<RankingRunner::Report>().cancelled);
    QCOMPARE(h.dock->rankingStatus(), WeakLinksDock::Status::Cancelled);
    QCOMPARE(h.dock->rankings(), nullptr);
    QCOMPARE(h.table()->model()->rowCount(), 0);
    QVERIFY(h.child<QPushButton>("computeRankings")->isVisible());
    QVERIFY(!h.child<QProgressBar>("rankingProgress")->isVisible());
}

void TestWeakLinks::cancelWhatIf()
{
    Harness h(bigModel());
    QVERIFY(h.show());
    sim::Scenario annual;
    annual.trials = 1'000'000;
    h.dock->setScenario(s("Long"), annual);
    h.dock->setCurrentNode(s("n0"));
    QSignalSpy progress(h.dock->whatIfRunner(), &WhatIfRunner::progress);
    QSignalSpy finished(h.dock->whatIfRunner(), &WhatIfRunner::finished);
    h.click("hardenVendor");
    QVERIFY(h.child<QPushButton>("cancelWhatIf")->isVisible());
    QVERIFY(!h.child<QPushButton>("hardenVendor")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(h.child<QProgressBar>("whatIfProgress")->value() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 2, 20000);
    QElapsedTimer cancelClock;
    cancelClock.start();
    h.click("cancelWhatIf");
    QVERIFY(finished.wait(5000));
    QVERIFY(cancelClock.elapsed() < 3000);
    QVERIFY(finished.first().first().value<WhatIfRunner::Report>().cancelled);
    QCOMPARE(h.dock->whatIfStatus(), WeakLinksDock::Status::Cancelled);
    QCOMPARE(h.dock->whatIf(), nullptr);
    QVERIFY(h.child<QPushButton>("hardenVendor")->isEnabled());
}

QTEST_MAIN(TestWeakLinks)
#include "tst_weaklinks.moc"
