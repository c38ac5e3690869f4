// The engine against SIMULATION.md: the worked examples of §6, an exact
// solver that enumerates every live-arc outcome of small random models, the
// reproducibility rules of §4 and the rankings of §5.
#include "simtestmodel.h"
#include "simulation/engine.h"
#include "simulation/largepages.h"
#include "simulation/random.h"
#include "simulation/rankings.h"
#include "simulation/resultjson.h"
#include "testmodels.h"
#include "tolerance.h"
#include "workedexamples.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace wl;
using namespace wl::sim;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// Test models without the defaults by integration (SIMULATION.md §6).
using Builder = wl::test::SimModelBuilder;

Scenario seeded(std::initializer_list<TimedNode> seeds, int trials = 40000)
{
    return wl::test::seededScenario(seeds, trials);
}

SimResult runOrFail(
    const Model &m, const Scenario &sc, int threads = 0, std::vector<double> timeGrid = {})
{
    RunOptions o;
    o.threads = threads;
    o.timeGrid = std::move(timeGrid);
    const CompiledModel c = compile(m);
    RunOutcome out = sim::run(m, c, sc, o);
    if (!out.result)
        qFatal("simulation failed: %s", qPrintable(out.error));
    return *out.result;
}

using wl::test::tolerance;

} // namespace

class TestSimulation : public QObject {
    Q_OBJECT

private slots:
    void workedExamples_data();
    void workedExamples();
    void exposureWithoutCompromise();
    void annualExpectedCount();
    void generatorIsPinned();
    void largeArraysStartOnLargePages();
    void resultInPiecesIsTheWholeResult();
    void horizonCutsLateCompromise();
    void seedGivenTwiceKeepsSmallerTime();
    void histogramAddsUpToTrials();
    void travelledCreditsFirstArcOnTies();
    void exactSolverAgrees_data();
    void exactSolverAgrees();
    void sameSeedSameJson();
    void threadCountDoesNotChangeJson();
    void queueDoesNotChangeResults_data();
    void queueDoesNotChangeResults();
    void longPathsAddUpAsArrivals();
    void differentSeedDifferentResult();
    void badScenarios_data();
    void badScenarios();
    void cancel();
    void wilsonInterval();
    void blastRadiusByConstruction();
    void hardeningGainByConstruction();
    void rankingsAreThreadIndependent();
    void resultJsonShape();
    void timelineWorkedExamples_data();
    void timelineWorkedExamples();
    void timelineEqualsHorizonRuns();
    void timelineAssetsAndTrialRecords();
    void timeGridMustAscend();
};

void TestSimulation::workedExamples_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("node");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("meanHours"); // NaN: not checked

    const double unchecked = std::nan("");
    const Model chain = wl::test::workedChain();
    QTest::newRow("1 chain B") << chain << seeded({ { s("A"), 0 } }) << s("B") << 0.5 << 24.0;
    QTest::newRow("1 chain C") << chain << seeded({ { s("A"), 0 } }) << s("C") << 0.2 << 48.0;

    const Model backward = wl::test::workedBackward();
    QTest::newRow("2 backward seed M")
        << backward << seeded({ { s("M"), 0 } }) << s("A") << 0.3 << 24.0;
    QTest::newRow("2 backward seed A")
        << backward << seeded({ { s("A"), 0 } }) << s("M") << 0.0 << unchecked;

    const Model diamond = wl::test::workedDiamond();
    QTest::newRow("3 diamond") << diamond << seeded({ { s("A"), 0 } }) << s("D") << 0.4375 << 48.0;

    const Model control = wl::test::workedControl();
    QTest::newRow("4 control B") << control << seeded({ { s("A"), 0 } }) << s("B") << 0.25 << 24.0;
    QTest::newRow("4 control C") << control << seeded({ { s("A"), 0 } }) << s("C") << 0.1 << 48.0;

    Scenario severB = seeded({ { s("A"), 0 } });
    severB.sever = { { s("B"), 30 } };
    QTest::newRow("5 severance B") << chain << severB << s("B") << 0.5 << 24.0;
    QTest::newRow("5 severance C") << chain << severB << s("C") << 0.0 << unchecked;

    const Model race = wl::test::workedDelayRace();
    QTest::newRow("8 delay race") << race << seeded({ { s("A"), 0 } }) << s("C") << 1.0 << 20.0;

    Scenario late = seeded({ { s("A"), 5 } });
    QTest::newRow("seed start time shifts") << chain << late << s("C") << 0.2 << 53.0;
}

void TestSimulation::workedExamples()
{
    QFETCH(Model, model);
    QFETCH(Scenario, scenario);
    QFETCH(QString, node);
    QFETCH(double, p);
    QFETCH(double, meanHours);
    const SimResult r = runOrFail(model, scenario);
    const int v = model.nodeIndex(node);
    const double estimate = r.pCompromised(v);
    QVERIFY2(std::fabs(estimate - p) <= tolerance(p, r.trials),
        qPrintable(QStringLiteral("p(%1) = %2, expected %3").arg(node).arg(estimate).arg(p)));
    if (!std::isnan(meanHours)) {
        // In these examples every path to the node has one length, so the
        // mean is exact, not an estimate.
        QCOMPARE(r.meanHours[v], meanHours);
    }
}

void TestSimulation::exposureWithoutCompromise()
{
    // §6.6: the vendor is breached, the first party's data leaks, the first
    // party is untouched.
    const Model m = Builder()
                        .node("A")
                        .node("M")
                        .asset("X", "A", 500, "customer_pii")
                        .edge("A", "M", 0.0, 0.0, 24, { s("X") })
                        .m;
    const SimResult r = runOrFail(m, seeded({ { s("M"), 0 } }, 1000));
    QCOMPARE(r.compromised[0], 0);
    QCOMPARE(r.exposed[0], 1000);
    QCOMPARE(r.expectedExposedTotal, 500.0);
    QCOMPARE(r.expectedExposedByCategory, std::vector<double> { 500.0 });
    QCOMPARE(compile(m).arcCount(), 0);
}

void TestSimulation::annualExpectedCount()
{
    // §6.7: two isolated nodes, likelihoods 0.1 and 0.2.
    const Model m = wl::test::workedAnnual();
    Scenario sc;
    sc.trials = 100000;
    const SimResult r = runOrFail(m, sc);
    QVERIFY(std::fabs(r.pCompromised(0) - 0.1) <= tolerance(0.1, sc.trials));
    QVERIFY(std::fabs(r.pCompromised(1) - 0.2) <= tolerance(0.2, sc.trials));
    // K = X + Y with independent Bernoullis: Var K = 0.09 + 0.16.
    QVERIFY(std::fabs(r.meanCompromisedCount() - 0.3) <= 5.0 * std::sqrt(0.25 / sc.trials));
    QCOMPARE(r.meanHours[0], 0.0);
}

// The generator of docs/SIMULATION-ENGINE.md is a format: results for an
// rng_seed must not change unnoticed. The expected values were computed
// from the documented formulas of generator 3 by a separate Python program
// (wyrand and lowbias32 on Python integers), not by this code.
void TestSimulation::generatorIsPinned()
{
    const std::uint64_t key = random::trialKey(1, 0);
    QCOMPARE(key, 0x08b4fda8c892b50eULL);
    QCOMPARE(random::arcDraw(key, 0), 0xa02f9b87U);
    QCOMPARE(random::arcDraw(key, 5), 0x6b8ce9b9U);
    // The propagation keeps each arc's offset and recovers the arc from it.
    for (const std::uint64_t arc : { 0ULL, 1ULL, 5ULL, 123456789ULL, (1ULL << 40) + 3 }) {
        QCOMPARE(random::arcAt(random::arcOffset(arc)), arc);
        QCOMPARE(random::arcDrawAt(key, random::arcOffset(arc)), random::arcDraw(key, arc));
    }
    QCOMPARE(random::arcDrawAt(key, random::arcOffset(5)), 0x6b8ce9b9U);
    QCOMPARE(random::nodeDraw(key, 0), 0xeb9f6940U);
    QCOMPARE(random::nodeDraw(key, 1), 0xb7d2105bU);

    // Annual mode, rng_seed 7, 1,000 trials: node a's draw against 0.3,
    // node b's against 0.6.
    Scenario sc;
    sc.trials = 1000;
    sc.rngSeed = 7;
    const SimResult pair = runOrFail(Builder().node("a", 0.3).node("b", 0.6).m, sc);
    QCOMPARE(pair.compromised, (std::vector<std::int64_t> { 314, 616 }));
    // a -> b with p 0.5: b falls in the trials where a is breached and arc
    // 0's draw is below 0.5.
    const SimResult arc = runOrFail(Builder().node("a", 0.3).node("b").edge("a", "b", 0.5).m, sc);
    QCOMPARE(arc.compromised, (std::vector<std::int64_t> { 314, 162 }));
    QCOMPARE(arc.travelled, (std::vector<std::int64_t> { 162 }));
}

void TestSimulation::horizonCutsLateCompromise()
{
    // Chain A -> B -> C with certain arcs: B at 24 h, C at 48 h. With a
    // horizon of 30 h only A and B count, and the arc B -> C carried nothing.
    const Model m
        = Builder().node("A").node("B").node("C").edge("A", "B", 1.0).edge("B", "C", 1.0).m;
    Scenario sc = seeded({ { s("A"), 0 } }, 100);
    sc.horizonHours = 30.0;
    const SimResult r = runOrFail(m, sc);
    QCOMPARE(r.compromised, (std::vector<std::int64_t> { 100, 100, 0 }));
    QCOMPARE(r.travelled, (std::vector<std::int64_t> { 100, 0 }));
    QCOMPARE(r.histogram[2], 100);
    // A seed that starts after the horizon is not compromised at all.
    Scenario late = seeded({ { s("A"), 31 } }, 100);
    late.horizonHours = 30.0;
    QCOMPARE(runOrFail(m, late).compromised, (std::vector<std::int64_t> { 0, 0, 0 }));
}

void TestSimulation::seedGivenTwiceKeepsSmallerTime()
{
    const Model m = Builder().node("A").node("B").edge("A", "B", 1.0).m;
    const SimResult r = runOrFail(m, seeded({ { s("A"), 10 }, { s("A"), 4 } }, 10));
    QCOMPARE(r.scenario.seeds.size(), 1);
    QCOMPARE(r.scenario.seeds[0].atHours, 4.0);
    QCOMPARE(r.meanHours[1], 28.0);
}

void TestSimulation::histogramAddsUpToTrials()
{
    const Model m
        = Builder().node("A").node("B").node("C").edge("A", "B", 0.5).edge("A", "C", 0.5).m;
    const SimResult r = runOrFail(m, seeded({ { s("A"), 0 } }, 12345));
    std::int64_t sum = 0;
    for (auto h : r.histogram)
        sum += h;
    QCOMPARE(sum, 12345);
    QCOMPARE(r.histogram[0], 0); // the seed is always compromised
    // K − 1 ~ Binomial(2, 0.5): P(K = 1) = 0.25, P(K = 2) = 0.5, P(K = 3) = 0.25.
    QVERIFY(std::fabs(r.histogram[2] / 12345.0 - 0.5) <= tolerance(0.5, 12345));
}

void TestSimulation::travelledCreditsFirstArcOnTies()
{
    // Two certain paths reach D at 48 h: via B (edges e0, e2) and via C
    // (edges e1, e3). The first arc in arc order that ties, e2 (B -> D), gets
    // the credit for D every time; e3 never does.
    const Model m = Builder()
                        .node("A")
                        .node("B")
                        .node("C")
                        .node("D")
                        .edge("A", "B", 1.0)
                        .edge("A", "C", 1.0)
                        .edge("B", "D", 1.0)
                        .edge("C", "D", 1.0)
                        .m;
    const SimResult r = runOrFail(m, seeded({ { s("A"), 0 } }, 50));
    QCOMPARE(r.travelled, (std::vector<std::int64_t> { 50, 50, 50, 0 }));
    // A seed that an arc reaches at exactly its start time keeps no credit.
    const Model m2 = Builder().node("A").node("B").edge("A", "B", 1.0).m;
    const SimResult r2 = runOrFail(m2, seeded({ { s("A"), 0 }, { s("B"), 24 } }, 20));
    QCOMPARE(r2.travelled, (std::vector<std::int64_t> { 0 }));
}

namespace {

// Exact figures by enumerating every outcome of the random choices (arcs
// with 0 < q < 1; in annual mode, nodes with 0 < likelihood < 1), written
// independently of the engine: its own arc list, and Bellman-Ford instead of
// Dijkstra.
struct Exact {
    std::vector<double> p, meanT, sdT, pExposed, pTravelled;
    double meanCount = 0, sdCount = 0, meanRecords = 0, sdRecords = 0;
    int choices = 0;
};

struct Arc {
    int tail, head;
    double q, delay;
};

std::vector<Arc> arcsOf(const Model &m)
{
    std::vector<Arc> arcs;
    for (const Edge &e : m.edges()) {
        const int s = m.nodeIndex(e.source), t = m.nodeIndex(e.target);
        if (e.pForward > 0)
            arcs.push_back({ s, t, e.pForward * (1 - m.nodes()[t].controlStrength), e.delayHours });
        if (e.pBackward > 0)
            arcs.push_back(
                { t, s, e.pBackward * (1 - m.nodes()[s].controlStrength), e.delayHours });
    }
    return arcs;
}

Exact solveExactly(const Model &m, const Scenario &sc)
{
    const int n = int(m.nodes().size());
    const std::vector<Arc> arcs = arcsOf(m);
    std::vector<int> randomArcs, randomNodes;
    for (int a = 0; a < int(arcs.size()); ++a)
        if (arcs[a].q > 0 && arcs[a].q < 1)
            randomArcs.push_back(a);
    if (sc.mode == Mode::Annual)
        for (int v = 0; v < n; ++v)
            if (m.nodes()[v].breachLikelihood > 0 && m.nodes()[v].breachLikelihood < 1)
                randomNodes.push_back(v);
    Exact x;
    x.choices = int(randomArcs.size() + randomNodes.size());
    std::vector<double> sumT(n), sumT2(n);
    double sumK2 = 0, sumR2 = 0;
    x.p.assign(n, 0);
    x.pExposed.assign(m.data().size(), 0);
    x.pTravelled.assign(arcs.size(), 0);
    std::vector<double> sever(n, kInf);
    for (const TimedNode &c : sc.sever)
        sever[m.nodeIndex(c.node)] = std::min(sever[m.nodeIndex(c.node)], c.atHours);
    const double horizon = sc.horizonHours.value_or(kInf);

    for (std::uint64_t outcome = 0; outcome < (std::uint64_t(1) << x.choices); ++outcome) {
        double weight = 1.0;
        std::vector<bool> live(arcs.size());
        for (int a = 0; a < int(arcs.size()); ++a)
            live[a] = arcs[a].q >= 1;
        std::vector<double> start(n, kInf);
        int bit = 0;
        for (int a : randomArcs) {
            const bool on = (outcome >> bit++) & 1;
            live[a] = on;
            weight *= on ? arcs[a].q : 1 - arcs[a].q;
        }
        if (sc.mode == Mode::Annual) {
            for (int v = 0; v < n; ++v)
                if (m.nodes()[v].breachLikelihood >= 1)
                    start[v] = 0;
            for (int v : randomNodes) {
                const bool on = (outcome >> bit++) & 1;
                const double l = m.nodes()[v].breachLikelihood;
                weight *= on ? l : 1 - l;
                if (on)
                    start[v] = 0;
            }
        } else {
            for (const TimedNode &sd : sc.seeds)
                start[m.nodeIndex(sd.node)] = std::min(start[m.nodeIndex(sd.node)], sd.atHours);
        }
        // Bellman-Ford over live, allowed arcs.
        std::vector<double> T = start;
        for (int round = 0; round < n; ++round)
            for (int a = 0; a < int(arcs.size()); ++a) {
                if (!live[a] || T[arcs[a].tail] == kInf)
                    continue;
                const double arrival = T[arcs[a].tail] + arcs[a].delay;
                if (arrival <= std::min(sever[arcs[a].tail], sever[arcs[a].head])
                    && arrival < T[arcs[a].head])
                    T[arcs[a].head] = arrival;
            }
        int k = 0;
        std::vector<bool> comp(n);
        for (int v = 0; v < n; ++v) {
            if (T[v] == kInf || T[v] > horizon)
                continue;
            comp[v] = true;
            ++k;
            x.p[v] += weight;
            sumT[v] += weight * T[v];
            sumT2[v] += weight * T[v] * T[v];
            if (T[v] == start[v])
                continue; // reached at its own start: no arc gets credit
            for (int a = 0; a < int(arcs.size()); ++a) {
                const Arc &arc = arcs[a];
                if (arc.head == v && live[a] && T[arc.tail] + arc.delay == T[v]
                    && T[v] <= std::min(sever[arc.tail], sever[arc.head])) {
                    x.pTravelled[a] += weight;
                    break;
                }
            }
        }
        x.meanCount += weight * k;
        sumK2 += weight * k * k;
        double records = 0;
        for (int a = 0; a < m.data().size(); ++a) {
            bool exposed = comp[m.nodeIndex(m.data()[a].owner)];
            for (const Edge &e : m.edges())
                if (e.data.contains(m.data()[a].id) && comp[m.nodeIndex(e.target)])
                    exposed = true;
            if (exposed) {
                x.pExposed[a] += weight;
                records += double(m.data()[a].records);
            }
        }
        x.meanRecords += weight * records;
        sumR2 += weight * records * records;
    }
    x.meanT.resize(n);
    x.sdT.resize(n);
    for (int v = 0; v < n; ++v) {
        x.meanT[v] = x.p[v] > 0 ? sumT[v] / x.p[v] : std::nan("");
        x.sdT[v] = x.p[v] > 0
            ? std::sqrt(std::max(0.0, sumT2[v] / x.p[v] - x.meanT[v] * x.meanT[v]))
            : 0;
    }
    x.sdCount = std::sqrt(std::max(0.0, sumK2 - x.meanCount * x.meanCount));
    x.sdRecords = std::sqrt(std::max(0.0, sumR2 - x.meanRecords * x.meanRecords));
    return x;
}

// A small random model with at most `maxChoices` random choices, and a
// scenario exercising seeds, start times, severance, horizon or annual mode.
std::pair<Model, Scenario> randomCase(quint32 seed, int maxChoices)
{
    QRandomGenerator rng(seed);
    const double probabilities[] = { 0.0, 0.0, 0.25, 0.5, 0.8, 1.0 };
    const double delays[] = { 1, 2, 3, 5, 8 };
    for (;;) {
        Builder b;
        const int n = 3 + int(rng.bounded(4));
        const char *names[] = { "n0", "n1", "n2", "n3", "n4", "n5" };
        const bool annual = rng.bounded(3) == 0;
        for (int v = 0; v < n; ++v)
            b.node(names[v], annual ? probabilities[rng.bounded(6)] * 0.6 : 0.0,
                rng.bounded(3) == 0 ? 0.5 : 0.0);
        const int assets = 1 + int(rng.bounded(2));
        const char *assetNames[] = { "x", "y" };
        for (int a = 0; a < assets; ++a)
            b.asset(assetNames[a], names[rng.bounded(n)], 10 + rng.bounded(90), a ? "pii" : "logs");
        const int edges = 2 + int(rng.bounded(5));
        for (int i = 0; i < edges; ++i) {
            const int src = int(rng.bounded(n));
            const int dst = (src + 1 + int(rng.bounded(n - 1))) % n;
            QStringList data;
            if (rng.bounded(3) == 0)
                data << s("x");
            b.edge(names[src], names[dst], probabilities[rng.bounded(6)],
                probabilities[rng.bounded(6)], delays[rng.bounded(5)], data);
        }
        Scenario sc;
        sc.trials = 40000;
        sc.rngSeed = seed;
        if (annual) {
            sc.mode = Mode::Annual;
        } else {
            sc.mode = Mode::Seeded;
            sc.seeds.append({ s(names[0]), 0.0 });
            if (rng.bounded(2))
                sc.seeds.append({ s(names[rng.bounded(n)]), double(rng.bounded(4)) });
        }
        if (rng.bounded(2))
            sc.sever.append({ s(names[rng.bounded(n)]), double(2 + rng.bounded(6)) });
        if (rng.bounded(3) == 0)
            sc.horizonHours = double(3 + rng.bounded(8));
        Exact probe = solveExactly(b.m, sc);
        if (probe.choices <= maxChoices && probe.choices >= 2)
            return { b.m, sc };
    }
}

} // namespace

void TestSimulation::exactSolverAgrees_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("case %1").arg(seed))) << seed;
}

void TestSimulation::exactSolverAgrees()
{
    QFETCH(quint32, seed);
    const auto [m, sc] = randomCase(seed, 14);
    const Exact x = solveExactly(m, sc);
    const SimResult r = runOrFail(m, sc);
    const double n = double(r.trials);
    for (int v = 0; v < m.nodes().size(); ++v) {
        QVERIFY2(std::fabs(r.pCompromised(v) - x.p[v]) <= tolerance(x.p[v], n),
            qPrintable(QStringLiteral("p(%1) %2 vs exact %3")
                           .arg(v)
                           .arg(r.pCompromised(v), 0, 'g', 17)
                           .arg(x.p[v], 0, 'g', 17)));
        if (x.p[v] > 0.01) {
            const double se = x.sdT[v] / std::sqrt(double(r.compromised[v]));
            QVERIFY2(std::fabs(r.meanHours[v] - x.meanT[v]) <= 5 * se + 1e-9,
                qPrintable(QStringLiteral("mean T(%1) %2 vs exact %3")
                               .arg(v)
                               .arg(r.meanHours[v])
                               .arg(x.meanT[v])));
        }
    }
    for (int a = 0; a < m.data().size(); ++a)
        QVERIFY(std::fabs(double(r.exposed[a]) / n - x.pExposed[a]) <= tolerance(x.pExposed[a], n));
    const CompiledModel c = compile(m);
    QCOMPARE(c.arcCount(), int(arcsOf(m).size()));
    for (int a = 0; a < c.arcCount(); ++a)
        QVERIFY2(std::fabs(double(r.travelled[a]) / n - x.pTravelled[a])
                <= tolerance(x.pTravelled[a], n),
            qPrintable(QStringLiteral("p_travelled(%1) %2 vs exact %3")
                           .arg(a)
                           .arg(r.travelled[a] / n)
                           .arg(x.pTravelled[a])));
    QVERIFY(
        std::fabs(r.meanCompromisedCount() - x.meanCount) <= 5 * x.sdCount / std::sqrt(n) + 1e-9);
    QVERIFY(
        std::fabs(r.expectedExposedTotal - x.meanRecords) <= 5 * x.sdRecords / std::sqrt(n) + 1e-9);
}

namespace {

QByteArray jsonFor(const Model &m, const Scenario &sc, int threads)
{
    const CompiledModel c = compile(m);
    return writeResultJson(m, c, runOrFail(m, sc, threads));
}

std::pair<Model, Scenario> mediumCase()
{
    // Large enough for many blocks and real contention between threads.
    Builder b;
    QRandomGenerator rng(7);
    for (int v = 0; v < 300; ++v)
        b.node(qPrintable(QStringLiteral("v%1").arg(v)), rng.generateDouble() * 0.05,
            rng.generateDouble() * 0.5);
    for (int i = 0; i < 900; ++i) {
        const int s = int(rng.bounded(300));
        const int t = (s + 1 + int(rng.bounded(299))) % 300;
        b.edge(qPrintable(QStringLiteral("v%1").arg(s)), qPrintable(QStringLiteral("v%1").arg(t)),
            rng.generateDouble() * 0.4, rng.generateDouble() * 0.2,
            1 + rng.bounded(72) + rng.generateDouble());
    }
    b.asset("a", "v3", 1000);
    Scenario sc;
    sc.trials = 3000;
    sc.rngSeed = 99;
    return { b.m, sc };
}

} // namespace

void TestSimulation::sameSeedSameJson()
{
    const auto [m, sc] = mediumCase();
    QCOMPARE(jsonFor(m, sc, 2), jsonFor(m, sc, 2));
}

void TestSimulation::threadCountDoesNotChangeJson()
{
    const auto [m, sc] = mediumCase();
    const QByteArray one = jsonFor(m, sc, 1);
    QCOMPARE(jsonFor(m, sc, 2), one);
    QCOMPARE(jsonFor(m, sc, 3), one);
    QCOMPARE(jsonFor(m, sc, 8), one);
}

// Runs whose arcs have at most 16 distinct delays use a queue of one list
// per delay, the others a radix heap (docs/SIMULATION-ENGINE.md). Both must
// give the same results: a model with five delays, then the same with arcs
// of 20 more delays into an extra node of control strength 1. Those arcs
// never succeed and come last in arc order, and the extra node last in
// model order, so every other draw is as it was.
void TestSimulation::queueDoesNotChangeResults_data()
{
    // The run with five delays uses a StepQueue (annual, whole multiples of
    // a whole number of hours) or a DelayQueue (the others), the run with
    // twenty more a RadixHeap.
    QTest::addColumn<bool>("annual");
    QTest::addColumn<std::vector<double>>("delays");
    QTest::newRow("annual, whole hours") << true << std::vector<double> { 1, 2, 3, 5, 8 };
    QTest::newRow("annual, multiples of 4 hours")
        << true << std::vector<double> { 4, 12, 24, 48, 72 };
    QTest::newRow("annual, fractions of hours")
        << true << std::vector<double> { 1.5, 2, 3.25, 5, 8 };
    QTest::newRow("seeded, sever, horizon") << false << std::vector<double> { 1, 2, 3, 5, 8 };
}

void TestSimulation::queueDoesNotChangeResults()
{
    QFETCH(bool, annual);
    QFETCH(std::vector<double>, delays);
    Builder b;
    QRandomGenerator rng(11);
    for (int v = 0; v < 200; ++v)
        b.node(qPrintable(QStringLiteral("v%1").arg(v)), rng.generateDouble() * 0.05,
            rng.bounded(4) == 0 ? 0.5 : 0.0);
    for (int i = 0; i < 600; ++i) {
        const int s = int(rng.bounded(200));
        const int t = (s + 1 + int(rng.bounded(199))) % 200;
        b.edge(qPrintable(QStringLiteral("v%1").arg(s)), qPrintable(QStringLiteral("v%1").arg(t)),
            rng.generateDouble() * 0.4, rng.generateDouble() * 0.3, delays[rng.bounded(5)]);
    }
    Scenario sc;
    sc.trials = 2000;
    sc.rngSeed = 5;
    if (annual) {
        sc.mode = Mode::Annual;
    } else {
        sc.mode = Mode::Seeded;
        sc.seeds = { { s("v0"), 0.0 }, { s("v7"), 3.0 }, { s("v9"), 30.0 } };
        sc.sever = { { s("v1"), 10.0 } };
        sc.horizonHours = 60.0;
    }
    const SimResult few = runOrFail(b.m, sc);
    const int arcs = compile(b.m).arcCount();

    b.node("shut", 0.0, 1.0);
    for (int i = 0; i < 20; ++i)
        b.edge(qPrintable(QStringLiteral("v%1").arg(i)), "shut", 0.5, 0.0, 100.0 + i);
    const SimResult many = runOrFail(b.m, sc);

    QCOMPARE(many.histogram.back(), std::int64_t(0));
    QCOMPARE(
        std::vector<std::int64_t>(many.histogram.begin(), many.histogram.end() - 1), few.histogram);
    QCOMPARE(many.exposed, few.exposed);
    QCOMPARE(many.compromised.back(), std::int64_t(0));
    for (int v = 0; v < 200; ++v) {
        QCOMPARE(many.compromised[v], few.compromised[v]);
        if (few.compromised[v] > 0)
            QCOMPARE(many.meanHours[v], few.meanHours[v]);
    }
    QCOMPARE(std::vector<std::int64_t>(many.travelled.begin(), many.travelled.begin() + arcs),
        few.travelled);
}

void TestSimulation::longPathsAddUpAsArrivals()
{
    // A chain whose times pass 2^53 hours: each node's time is its
    // predecessor's plus the delay, rounded as a double (SIMULATION.md),
    // whichever queue the run uses. Here the delays are whole hours with a
    // common step, where times below 2^53 would be exact.
    const double delay = 1099511627777.0; // 2^40 + 1
    const int n = 9000;
    Builder b;
    for (int v = 0; v < n; ++v)
        b.node(qPrintable(QStringLiteral("c%1").arg(v)), v == 0 ? 1.0 : 0.0, 0.0);
    for (int v = 0; v + 1 < n; ++v)
        b.edge(qPrintable(QStringLiteral("c%1").arg(v)),
            qPrintable(QStringLiteral("c%1").arg(v + 1)), 1.0, 0.0, delay);
    Scenario sc;
    sc.mode = Mode::Annual;
    sc.trials = 3;
    const SimResult r = runOrFail(b.m, sc);
    QCOMPARE(r.histogram[n], std::int64_t(3));
    double t = 0.0;
    for (int v = 1; v < n; ++v)
        t += delay;
    QVERIFY(t != double(n - 1) * delay); // the test needs rounding to differ
    QCOMPARE(r.meanHours[n - 1], t);
}

void TestSimulation::differentSeedDifferentResult()
{
    auto [m, sc] = mediumCase();
    const QByteArray a = jsonFor(m, sc, 2);
    sc.rngSeed = 100;
    QVERIFY(jsonFor(m, sc, 2) != a);
}

void TestSimulation::badScenarios_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown seed") << seeded({ { s("nobody"), 0 } })
                                  << s("unknown node id \"nobody\" in seed");
    Scenario sever = seeded({ { s("A"), 0 } });
    sever.sever = { { s("ghost"), 3 } };
    QTest::newRow("unknown sever") << sever << s("unknown node id \"ghost\" in sever");
    QTest::newRow("zero trials") << seeded({ { s("A"), 0 } }, 0)
                                 << s("trials must be a positive integer");
    QTest::newRow("negative time")
        << seeded({ { s("A"), -1 } }) << s("seed time of \"A\" must be finite and at least 0");
    Scenario both = seeded({ { s("A"), 0 } });
    both.mode = Mode::Annual;
    QTest::newRow("annual with seeds") << both << s("annual mode takes no seed nodes");
}

void TestSimulation::badScenarios()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, error);
    const Model m = Builder().node("A").m;
    const RunOutcome out = sim::run(m, compile(m), scenario);
    QVERIFY(!out.result);
    QCOMPARE(out.error, error);
}

void TestSimulation::cancel()
{
    const auto [m, sc] = mediumCase();
    std::atomic_bool stop { true };
    RunOptions o;
    o.cancel = &stop;
    const RunOutcome out = sim::run(m, compile(m), sc, o);
    QVERIFY(out.cancelled);
    QVERIFY(!out.result);
}

void TestSimulation::wilsonInterval()
{
    // Worked by hand: p = 0.5, n = 100: centre 0.5, half width
    // z/(1 + z²/n) * sqrt(0.25/100 + z²/40000) = 0.0961...; interval
    // [0.40383, 0.59617].
    const auto [low, high] = wilson95(50, 100);
    QVERIFY(std::fabs(low - 0.4038315) < 1e-6);
    QVERIFY(std::fabs(high - 0.5961685) < 1e-6);
    // p = 0, n = 10: [0, z²/(n + z²)] = [0, 0.27754].
    const auto [low0, high0] = wilson95(0, 10);
    QCOMPARE(low0, 0.0);
    QVERIFY(std::fabs(high0 - 0.2775328) < 1e-6);
}

namespace {

// C (likelihood 1, holds Y: 10 records) -> A (holds X: 100 records) -> D,
// every arc certain; E isolated.
Model rankingModel()
{
    return Builder()
        .node("C", 1.0)
        .node("A")
        .node("D")
        .node("E")
        .asset("X", "A", 100)
        .asset("Y", "C", 10)
        .edge("C", "A", 1.0)
        .edge("A", "D", 1.0)
        .m;
}

} // namespace

void TestSimulation::blastRadiusByConstruction()
{
    const Model m = rankingModel();
    const auto b = blastRadius(compile(m), 50, 1);
    QVERIFY(b);
    // From C: A and D fall, X and Y leak. From A: D falls, X leaks. From D
    // or E: nothing else.
    QCOMPARE(b->expectedOtherCompromised, (std::vector<double> { 2, 1, 0, 0 }));
    QCOMPARE(b->expectedExposedRecords, (std::vector<double> { 110, 100, 0, 0 }));
    const QByteArray json = writeBlastRadiusJson(m, *b, 50, 1);
    // Sorted largest first; D and E tie and keep model order.
    QVERIFY(json.indexOf("\"C\"") < json.indexOf("\"A\""));
    QVERIFY(json.indexOf("\"A\"") < json.indexOf("\"D\""));
    QVERIFY(json.indexOf("\"D\"") < json.indexOf("\"E\""));
}

void TestSimulation::hardeningGainByConstruction()
{
    const Model m = rankingModel();
    const auto g = hardeningGain(compile(m), 50, 1);
    QVERIFY(g);
    // Baseline: C falls every year and takes A and D: 110 records exposed.
    // Hardening C stops everything (110); hardening A keeps X safe (100)
    // — Y is still held by the breached C; D and E hold nothing.
    QCOMPARE(*g, (std::vector<double> { 110, 100, 0, 0 }));
}

void TestSimulation::rankingsAreThreadIndependent()
{
    const auto [m, sc] = mediumCase();
    const CompiledModel c = compile(m);
    RunOptions one, three;
    one.threads = 1;
    three.threads = 3;
    QCOMPARE(writeBlastRadiusJson(m, *blastRadius(c, 40, 5, one), 40, 5),
        writeBlastRadiusJson(m, *blastRadius(c, 40, 5, three), 40, 5));
    QCOMPARE(writeHardeningGainJson(m, *hardeningGain(c, 200, 5, one), 200, 5),
        writeHardeningGainJson(m, *hardeningGain(c, 200, 5, three), 200, 5));
}

void TestSimulation::resultJsonShape()
{
    const Model m = Builder()
                        .node("A")
                        .node("B")
                        .asset("X", "A", 7, "customer_pii")
                        .edge("A", "B", 1.0, 0.0, 24, { s("X") })
                        .m;
    Scenario sc = seeded({ { s("A"), 0 } }, 4);
    sc.sever = { { s("B"), 30 } };
    // 4 of 4 trials: the Wilson interval is [n / (n + z²), 1] = [4 / 7.841458820694124, 1].
    const QByteArray expected = R"({
  "format": "weaklink-simulation",
  "version": 1,
  "scenario": {
    "mode": "seeded",
    "seeds": [ { "node": "A", "at_hours": 0 } ],
    "trials": 4,
    "rng_seed": 1,
    "horizon_hours": null,
    "sever": [ { "node": "B", "at_hours": 30 } ]
  },
  "nodes": [
    { "id": "A", "p_compromised": 1, "ci95": [0.5101091635454027, 1], "mean_hours_to_compromise": 0 },
    { "id": "B", "p_compromised": 1, "ci95": [0.5101091635454027, 1], "mean_hours_to_compromise": 24 }
  ],
  "data": [
    { "id": "X", "category": "customer_pii", "records": 7, "p_exposed": 1 }
  ],
  "expected_exposed_records": {
    "total": 7,
    "by_category": {
      "customer_pii": 7
    }
  },
  "compromised_count": {
    "mean": 2,
    "histogram": [[2, 4]]
  },
  "arcs": [
    { "edge": "e0", "direction": "forward", "p_travelled": 1 }
  ]
}
)";
    QCOMPARE(QString::fromUtf8(writeResultJson(m, compile(m), runOrFail(m, sc))),
        QString::fromUtf8(expected));
}

void TestSimulation::timelineWorkedExamples_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("node");
    QTest::addColumn<std::vector<double>>("grid");
    QTest::addColumn<std::vector<double>>("expected"); // P(T(node) <= grid[k])

    // SIMULATION.md §6.1: B falls at 24 h with p 0.5, C at 48 h with p 0.2.
    const Model chain = wl::test::workedChain();
    const std::vector<double> grid { 0, 23, 24, 47, 48, 100 };
    const Scenario fromA = seeded({ { s("A"), 0 } });
    QTest::newRow("chain A") << chain << fromA << s("A") << grid
                             << std::vector<double> { 1, 1, 1, 1, 1, 1 };
    QTest::newRow("chain B") << chain << fromA << s("B") << grid
                             << std::vector<double> { 0, 0, 0.5, 0.5, 0.5, 0.5 };
    QTest::newRow("chain C") << chain << fromA << s("C") << grid
                             << std::vector<double> { 0, 0, 0, 0, 0.2, 0.2 };
    // §6.5: severing B at 30 h leaves B as it was and cuts C at every t.
    Scenario severed = fromA;
    severed.sever = { { s("B"), 30 } };
    QTest::newRow("severed B") << chain << severed << s("B") << grid
                               << std::vector<double> { 0, 0, 0.5, 0.5, 0.5, 0.5 };
    QTest::newRow("severed C") << chain << severed << s("C") << grid
                               << std::vector<double> { 0, 0, 0, 0, 0, 0 };
    // A seed starting later: nothing before its start.
    QTest::newRow("late seed") << chain << seeded({ { s("A"), 10 } }) << s("B")
                               << std::vector<double> { 9, 10, 33, 34 }
                               << std::vector<double> { 0, 0, 0, 0.5 };
    // §6.8: C is reached at 20 h through B, never later.
    const Model race = wl::test::workedDelayRace();
    QTest::newRow("race C") << race << fromA << s("C") << std::vector<double> { 19.5, 20, 150 }
                            << std::vector<double> { 0, 1, 1 };
}

void TestSimulation::timelineWorkedExamples()
{
    QFETCH(Model, model);
    QFETCH(Scenario, scenario);
    QFETCH(QString, node);
    QFETCH(std::vector<double>, grid);
    QFETCH(std::vector<double>, expected);
    const SimResult r = runOrFail(model, scenario, 0, grid);
    QCOMPARE(r.timeGrid, grid);
    const int v = model.nodeIndex(node);
    for (std::size_t k = 0; k < grid.size(); ++k)
        QVERIFY2(std::fabs(r.pCompromisedBy(v, int(k)) - expected[k])
                <= tolerance(expected[k], double(r.trials)),
            qPrintable(QStringLiteral("t = %1: %2, expected %3")
                           .arg(grid[k])
                           .arg(r.pCompromisedBy(v, int(k)))
                           .arg(expected[k])));
}

void TestSimulation::timelineEqualsHorizonRuns()
{
    // With counter-based draws a horizon only prunes what arrives after it,
    // so the count by t must equal, exactly, the count of a run with horizon
    // t: both describe the same trials.
    for (quint32 seed = 1; seed <= 12; ++seed) {
        auto [m, sc] = randomCase(seed, 14);
        sc.trials = 3000;
        sc.horizonHours.reset();
        const std::vector<double> grid { 0, 1, 2.5, 4, 7, 12, 30 };
        const SimResult timeline = runOrFail(m, sc, 2, grid);
        for (std::size_t k = 0; k < grid.size(); ++k) {
            Scenario cut = sc;
            cut.horizonHours = grid[k];
            const SimResult r = runOrFail(m, cut, 1);
            for (int v = 0; v < m.nodes().size(); ++v)
                QCOMPARE(
                    timeline.compromisedBy[std::size_t(v) * grid.size() + k], r.compromised[v]);
            for (int a = 0; a < m.data().size(); ++a)
                QCOMPARE(timeline.exposedBy[std::size_t(a) * grid.size() + k], r.exposed[a]);
        }
    }
}

void TestSimulation::timelineAssetsAndTrialRecords()
{
    // §6.6: M is seeded at 5 h and holds X (carried to it from A), so X is
    // exposed from 5 h in every trial; Y, owned by A, never is.
    const Model m = Builder()
                        .node("A")
                        .node("M")
                        .edge("A", "M", 0.0, 0.0, 24, { s("X") })
                        .asset("X", "A", 700)
                        .asset("Y", "A", 50)
                        .m;
    const SimResult r = runOrFail(m, seeded({ { s("M"), 5 } }, 500), 0, { 4, 5, 6 });
    QCOMPARE(r.pExposedBy(0, 0), 0.0);
    QCOMPARE(r.pExposedBy(0, 1), 1.0);
    QCOMPARE(r.pExposedBy(0, 2), 1.0);
    QCOMPARE(r.pExposedBy(1, 2), 0.0);
    QCOMPARE(r.trialExposedRecords, std::vector<std::int64_t>(500, 700));

    // The per-trial records average to the expected exposed records.
    const auto [mm, sc] = mediumCase();
    const SimResult medium = runOrFail(mm, sc, 2);
    QCOMPARE(medium.trialExposedRecords.size(), std::size_t(sc.trials));
    double sum = 0;
    for (std::int64_t x : medium.trialExposedRecords)
        sum += double(x);
    QVERIFY(sum > 0);
    QCOMPARE(sum / sc.trials, medium.expectedExposedTotal);
}

void TestSimulation::timeGridMustAscend()
{
    const Model m = Builder().node("A").m;
    RunOptions o;
    o.timeGrid = { 5, 1 };
    const CompiledModel c = compile(m);
    const RunOutcome out = sim::run(m, c, seeded({ { s("A"), 0 } }, 10), o);
    QVERIFY(!out.result);
    QVERIFY(out.error.contains(QStringLiteral("ascending")));
}

QTEST_GUILESS_MAIN(TestSimulation)
// The engine's large arrays start on a 2 MiB boundary, so that the kernel can
// back them with huge pages, and keep their contents when they grow; small
// ones are plain allocations.
void TestSimulation::largeArraysStartOnLargePages()
{
    using detail::kLargeArray;
    using detail::kLargePage;
    detail::LargeVector<std::uint32_t> a(kLargeArray / sizeof(std::uint32_t));
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = std::uint32_t(i * 2654435761U);
#if defined(__linux__)
    QCOMPARE(reinterpret_cast<std::uintptr_t>(a.data()) % kLargePage, std::uintptr_t(0));
#endif
    a.resize(3 * kLargePage / sizeof(std::uint32_t) + 1, 7);
#if defined(__linux__)
    QCOMPARE(reinterpret_cast<std::uintptr_t>(a.data()) % kLargePage, std::uintptr_t(0));
#endif
    for (std::size_t i = 0; i < kLargeArray / sizeof(std::uint32_t); ++i)
        QCOMPARE(a[i], std::uint32_t(i * 2654435761U));
    QCOMPARE(a.back(), 7U);

    detail::LargeVector<std::uint32_t> small(100, 3);
    small.push_back(4);
    QCOMPARE(small.size(), std::size_t(101));
    QCOMPARE(small.back(), 4U);
}

// The result handed over in pieces (for the CLI to write while it makes
// the next) is the whole result's bytes, cut after lines, in more than one
// piece for a large model.
void TestSimulation::resultInPiecesIsTheWholeResult()
{
    const Model m = test::generatedModel(16, 20000, 50000, 500);
    const CompiledModel c = compile(m);
    Scenario sc;
    sc.mode = Mode::Annual;
    sc.trials = 20;
    const SimResult r = runOrFail(m, sc);
    const QByteArray whole = writeResultJson(m, c, r);
    QVERIFY(whole.size() > 6'000'000); // over one piece of 4 MiB

    QByteArrayList pieces;
    writeResultJson(m, c, r, [&](QByteArray piece) { pieces.append(piece); });
    QVERIFY(pieces.size() >= 2);
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
        QVERIFY(pieces[i].endsWith('}'));
    QCOMPARE(pieces.join(), whole);

    // A small result is one piece.
    const Model small = test::generatedModel(17, 30, 60, 5);
    pieces.clear();
    writeResultJson(small, compile(small), runOrFail(small, sc),
        [&](QByteArray piece) { pieces.append(piece); });
    QCOMPARE(pieces.size(), 1);
    QCOMPARE(pieces.constFirst(), writeResultJson(small, compile(small), runOrFail(small, sc)));
}

#include "tst_simulation.moc"
