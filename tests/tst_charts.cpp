// The figures behind the charts (core/analysis/chartdata.h) against values
// worked out by hand and from SIMULATION.md §6, and the time grid. The
// charts drawn from them are tst_chartspanel's.
#include "analysis/chartdata.h"
#include "simtestmodel.h"
#include "tolerance.h"
#include "workedexamples.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace wl;
using namespace wl::analysis;
using wl::test::SimModelBuilder;

namespace {

using wl::test::tolerance;

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void likelihoodBins_data();
    void likelihoodBins();
    void impactBins_data();
    void impactBins();
    void impactScoresCountHoldersOnce();
    void riskMatrixCells();
    void histogramBars();
    void histogramAnnualExample();
    void categoriesOrdered();
    void curvesFromTimeGrid();
    void curvesWithSeverance();
    void suggestedTimeGrid_data();
    void suggestedTimeGrid();
    void lossExceedanceByHand();
    void lossExceedanceFromEngine();
};

void TestCharts::likelihoodBins_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("bin");
    const std::pair<double, int> rows[] = { { 0.0, 1 }, { 0.0099, 1 }, { 0.01, 2 }, { 0.049, 2 },
        { 0.05, 3 }, { 0.1999, 3 }, { 0.2, 4 }, { 0.4999, 4 }, { 0.5, 5 }, { 1.0, 5 } };
    for (const auto &[p, bin] : rows)
        QTest::addRow("%g", p) << p << bin;
}

void TestCharts::likelihoodBins()
{
    QFETCH(double, p);
    QFETCH(int, bin);
    QCOMPARE(likelihoodBin(p), bin);
}

void TestCharts::impactBins_data()
{
    QTest::addColumn<double>("impact");
    QTest::addColumn<int>("bin");
    const std::pair<double, int> rows[] = { { 0.0, 1 }, { 999.0, 1 }, { 1000.0, 2 }, { 99999.0, 2 },
        { 1e5, 3 }, { 9999999.0, 3 }, { 1e7, 4 }, { 1e9, 5 }, { 5e12, 5 } };
    for (const auto &[impact, bin] : rows)
        QTest::addRow("%g", impact) << impact << bin;
}

void TestCharts::impactBins()
{
    QFETCH(double, impact);
    QFETCH(int, bin);
    QCOMPARE(impactBin(impact), bin);
}

void TestCharts::impactScoresCountHoldersOnce()
{
    // X reaches D over two edges: D holds one copy.
    const std::vector<double> s = impactScores(test::matrixModel());
    QCOMPARE(s, std::vector<double>({ 3e6, 0.0, 1e10, 3e6 + 999.0, 1000.0 }));
}

void TestCharts::riskMatrixCells()
{
    const Model m = test::matrixModel();
    const RiskMatrixData d = riskMatrix(m, test::matrixResult());
    QCOMPARE(d.entries.size(), 5);
    const int expected[5][2] = { { 5, 3 }, { 1, 1 }, { 3, 5 }, { 4, 3 }, { 1, 2 } };
    for (int v = 0; v < 5; ++v) {
        QCOMPARE(d.entries[v].id, m.nodes()[v].id);
        QCOMPARE(d.entries[v].likelihoodBin, expected[v][0]);
        QCOMPARE(d.entries[v].impactBin, expected[v][1]);
    }
    int total = 0;
    for (int l = 0; l < 5; ++l)
        for (int i = 0; i < 5; ++i)
            total += int(d.cells[std::size_t(l)][std::size_t(i)].size());
    QCOMPARE(total, 5);
    QCOMPARE(d.cells[4][2], QVector<int>({ 0 }));
    QCOMPARE(d.cells[0][0], QVector<int>({ 1 }));
    QCOMPARE(d.cells[2][4], QVector<int>({ 2 }));

    sim::SimResult wrong = test::matrixResult();
    wrong.compromised.pop_back();
    QVERIFY(riskMatrix(m, wrong).entries.isEmpty());
}

void TestCharts::histogramBars()
{
    // k = 1: 5 trials, k = 3: 3, k = 4: 2 (of 10); k = 2 had none.
    sim::SimResult r;
    r.trials = 10;
    r.histogram = { 0, 5, 0, 3, 2, 0 };
    const QVector<HistogramBar> bars = compromisedHistogram(r);
    QCOMPARE(bars.size(), 4);
    const int trials[] = { 5, 0, 3, 2 };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(bars[i].kFirst, i + 1);
        QCOMPARE(bars[i].kLast, i + 1);
        QCOMPARE(bars[i].trials, std::int64_t(trials[i]));
        QCOMPARE(bars[i].share, trials[i] / 10.0);
    }
    // At most two bars: width 2.
    const QVector<HistogramBar> two = compromisedHistogram(r, 2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].kFirst, 1);
    QCOMPARE(two[0].kLast, 2);
    QCOMPARE(two[0].trials, std::int64_t(5));
    QCOMPARE(two[1].kFirst, 3);
    QCOMPARE(two[1].kLast, 4);
    QCOMPARE(two[1].trials, std::int64_t(5));
    // At most three bars for k = 1..5: width 2, the last bar as wide as
    // the others.
    r.histogram = { 0, 5, 0, 3, 1, 1 };
    const QVector<HistogramBar> three = compromisedHistogram(r, 3);
    QCOMPARE(three.size(), 3);
    QCOMPARE(three[2].kFirst, 5);
    QCOMPARE(three[2].kLast, 6);
    QCOMPARE(three[2].trials, std::int64_t(1));
}

void TestCharts::histogramAnnualExample()
{
    // SIMULATION.md §6.7: P(k = 0) = 0.9 x 0.8, P(1) = 0.1 x 0.8 + 0.9 x 0.2,
    // P(2) = 0.02.
    const Model m = SimModelBuilder().node("A", 0.1).node("B", 0.2).m;
    sim::Scenario sc;
    sc.trials = 40000;
    const sim::SimResult r = test::runScenario(m, sc);
    const QVector<HistogramBar> bars = compromisedHistogram(r);
    QCOMPARE(bars.size(), 3);
    const double exact[] = { 0.72, 0.26, 0.02 };
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(bars[k].kFirst, k);
        QVERIFY2(qAbs(bars[k].share - exact[k]) <= tolerance(exact[k], sc.trials),
            qPrintable(QString::number(bars[k].share)));
    }
}

void TestCharts::categoriesOrdered()
{
    // SIMULATION.md §6.6 with more assets: M is breached, so X (1200
    // customer_pii, carried to M) and Y (50 telemetry, M's) leak in every
    // trial, Z (7 credentials, A's) never.
    const Model m = SimModelBuilder()
                        .node("A")
                        .node("M")
                        .asset("Z", "A", 7, "credentials")
                        .asset("Y", "M", 50, "telemetry")
                        .asset("X", "A", 1200, "customer_pii")
                        .asset("V", "A", 3, "source_code")
                        .edge("A", "M", 0.0, 0.0, 24, { QStringLiteral("X") })
                        .m;
    const sim::SimResult r
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("M"), 0 } }, 200));
    const QVector<CategoryRecords> c = exposedByCategory(m, r);
    QCOMPARE(c.size(), 4);
    QCOMPARE(c[0].category, QStringLiteral("customer_pii"));
    QCOMPARE(c[0].expectedRecords, 1200.0);
    QCOMPARE(c[1].category, QStringLiteral("telemetry"));
    QCOMPARE(c[1].expectedRecords, 50.0);
    // The zeros keep the order of first appearance.
    QCOMPARE(c[2].category, QStringLiteral("credentials"));
    QCOMPARE(c[3].category, QStringLiteral("source_code"));
    QCOMPARE(c[3].expectedRecords, 0.0);
}

void TestCharts::curvesFromTimeGrid()
{
    // SIMULATION.md §6.1: B at 24 h with 0.5, C at 48 h with 0.2.
    const Model m = test::chainModel();
    const int trials = 40000;
    const sim::SimResult r
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("A"), 0 } }, trials),
            { 0, 23.9, 24, 47.9, 48, 100 });
    const QVector<CompromiseCurve> curves = compromiseCurves(
        m, r, { QStringLiteral("C"), QStringLiteral("nobody"), QStringLiteral("B") });
    QCOMPARE(curves.size(), 2);
    QCOMPARE(curves[0].id, QStringLiteral("C"));
    QCOMPARE(curves[1].id, QStringLiteral("B"));
    QCOMPARE(curves[0].hours, QVector<double>({ 0, 23.9, 24, 47.9, 48, 100 }));
    const double pC[] = { 0, 0, 0, 0, 0.2, 0.2 };
    const double pB[] = { 0, 0, 0.5, 0.5, 0.5, 0.5 };
    for (int k = 0; k < 6; ++k) {
        QVERIFY(qAbs(curves[0].probability[k] - pC[k]) <= tolerance(pC[k], trials));
        QVERIFY(qAbs(curves[1].probability[k] - pB[k]) <= tolerance(pB[k], trials));
    }
    QCOMPARE(curves[0].finalProbability, r.pCompromised(2));

    // Without a grid there are no curves.
    const sim::SimResult plain
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("A"), 0 } }, 100));
    QVERIFY(compromiseCurves(m, plain, { QStringLiteral("B") }).isEmpty());
}

void TestCharts::curvesWithSeverance()
{
    // SIMULATION.md §6.5: B severed at 30 h; C is never reached.
    const Model m = test::chainModel();
    sim::Scenario sc = test::seededScenario({ { QStringLiteral("A"), 0 } }, 20000);
    sc.sever = { { QStringLiteral("B"), 30 } };
    const sim::SimResult r = test::runScenario(m, sc, suggestTimeGrid(m, sc));
    const QVector<CompromiseCurve> curves
        = compromiseCurves(m, r, { QStringLiteral("B"), QStringLiteral("C") });
    QCOMPARE(curves.size(), 2);
    QCOMPARE(curves[1].probability.last(), 0.0);
    QVERIFY(qAbs(curves[0].probability.last() - 0.5) <= tolerance(0.5, 20000));
}

void TestCharts::suggestedTimeGrid_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<sim::Scenario>("scenario");
    QTest::addColumn<double>("end");

    const Model chain = test::chainModel();
    const auto seedA = [](double at) {
        return test::seededScenario({ { QStringLiteral("A"), at } }, 100);
    };
    // C is reached at 48 h at the earliest: 3 x 48 = 144 h.
    QTest::newRow("chain") << chain << seedA(0) << 144.0;
    // From a seed at 10 h: 3 x 58 = 174 h, rounded up to whole days.
    QTest::newRow("late seed") << chain << seedA(10) << 192.0;
    sim::Scenario horizon = seedA(0);
    horizon.horizonHours = 30.0;
    QTest::newRow("horizon") << chain << horizon << 30.0;
    // Severed at 30 h, C cannot be reached: E = 24 h, at least E + 24 h.
    sim::Scenario severed = seedA(0);
    severed.sever = { { QStringLiteral("B"), 30 } };
    QTest::newRow("severed") << chain << severed << 72.0;
    // §6.8: C is reached at 20 h at the earliest: 60 h, rounded to 72 h.
    const Model race = test::workedDelayRace();
    QTest::newRow("delay race") << race << seedA(0) << 72.0;
    // Under 48 h: whole hours. A -> B in 7 h: 3 x 7 = 21 h, at least 24 h;
    // with 13 h: 39 h.
    const Model quick = SimModelBuilder().node("A").node("B").edge("A", "B", 0.3, 0.0, 13).m;
    QTest::newRow("hours") << quick << seedA(0) << 39.0;
    // Annual: nothing can be breached directly, nothing spreads: 24 h.
    sim::Scenario annual;
    QTest::newRow("annual, nothing") << chain << annual << 24.0;
    const Model annualChain = SimModelBuilder()
                                  .node("A", 0.1)
                                  .node("B")
                                  .node("C")
                                  .edge("A", "B", 0.5)
                                  .edge("B", "C", 0.4)
                                  .m;
    QTest::newRow("annual chain") << annualChain << annual << 144.0;
    // A control strength of 1 closes the arc into B.
    const Model closed = SimModelBuilder().node("A").node("B", 0.0, 1.0).edge("A", "B", 0.5).m;
    QTest::newRow("closed arc") << closed << seedA(0) << 24.0;
    // Annual, every node a source (E = 0): the pilot's mean time of B,
    // exactly 30 h (B's own breach, at 1e-9, never happens), sets 90 h.
    const Model annualSlow
        = SimModelBuilder().node("A", 1.0).node("B", 1e-9).edge("A", "B", 1.0, 0.0, 30).m;
    QTest::newRow("annual pilot") << annualSlow << annual << 96.0;
    QTest::newRow("unknown seed") << chain
                                  << test::seededScenario({ { QStringLiteral("nobody"), 0 } }, 100)
                                  << 24.0;
}

void TestCharts::suggestedTimeGrid()
{
    QFETCH(Model, model);
    QFETCH(sim::Scenario, scenario);
    QFETCH(double, end);
    const std::vector<double> grid = suggestTimeGrid(model, scenario);
    QCOMPARE(grid.size(), std::size_t(151));
    QCOMPARE(grid.front(), 0.0);
    QCOMPARE(grid.back(), end);
    QVERIFY(std::is_sorted(grid.begin(), grid.end()));
    QVERIFY(std::adjacent_find(grid.begin(), grid.end()) == grid.end());
}

void TestCharts::lossExceedanceByHand()
{
    // Totals 0, 0, 0, 10, 10, 10, 20, 50, 100, 100 in some order.
    sim::SimResult r;
    r.trials = 10;
    r.trialExposedRecords = { 0, 0, 10, 10, 10, 50, 100, 100, 0, 20 };
    const LossExceedanceData d = lossExceedance(r);
    QCOMPARE(d.mean, 30.0);
    QCOMPARE(d.pAnyExposure, 0.7);
    const std::pair<double, double> expected[]
        = { { 0, 0.7 }, { 10, 0.4 }, { 20, 0.3 }, { 50, 0.2 }, { 100, 0.0 } };
    QCOMPARE(d.points.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(d.points[i].records, expected[i].first);
        QCOMPARE(d.points[i].probability, expected[i].second);
    }

    sim::SimResult nothing;
    nothing.trials = 3;
    nothing.trialExposedRecords = { 0, 0, 0 };
    QCOMPARE(lossExceedance(nothing).pAnyExposure, 0.0);
}

void TestCharts::lossExceedanceFromEngine()
{
    // Only B holds records (100): a trial exposes 100 exactly when B falls,
    // with p = 0.5 (§6.1).
    const Model m = test::chainModel();
    const int trials = 40000;
    const sim::SimResult r
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("A"), 0 } }, trials));
    const LossExceedanceData d = lossExceedance(r);
    QCOMPARE(d.points.size(), 2);
    QCOMPARE(d.points[0].records, 0.0);
    QVERIFY(qAbs(d.points[0].probability - 0.5) <= tolerance(0.5, trials));
    QCOMPARE(d.points[1].records, 100.0);
    QCOMPARE(d.points[1].probability, 0.0);
    QCOMPARE(d.pAnyExposure, d.points[0].probability);
    QCOMPARE(d.mean, r.expectedExposedTotal);
}

QTEST_GUILESS_MAIN(TestCharts)
#include "tst_charts.moc"
