// Likely infection paths (core/simulation/paths.h): exact answers on
// hand-made arc credits (two routes, ties, cycles, k ordering), a brute-force
// enumeration of every simple path on random credit graphs, engine runs on
// models whose most likely path is known by construction, and the assets a
// node exposes. The panel that shows them is tst_pathsview's.
#include "simtestmodel.h"
#include "simulation/paths.h"
#include "tolerance.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>

using namespace wl;
using namespace wl::sim;
using wl::test::ids;
using wl::test::SimModelBuilder;

namespace {

using wl::test::tolerance;

// A result with the given counts: what the paths read from a run.
SimResult counts(
    std::int64_t trials, std::vector<std::int64_t> compromised, std::vector<std::int64_t> travelled)
{
    SimResult r;
    r.trials = trials;
    r.compromised = std::move(compromised);
    r.travelled = std::move(travelled);
    return r;
}

// Seed A, two routes to D: A -> B -> D (arcs 0, 1) and A -> C -> D (arcs 2, 3).
Model twoRoutes()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .node("D")
        .edge("A", "B", 0.5)
        .edge("B", "D", 0.5)
        .edge("A", "C", 0.5)
        .edge("C", "D", 0.5)
        .m;
}

// Every simple path into `target` and its likelihood, by depth-first search
// over the counts themselves (not through InfectionGraph).
std::vector<double> bruteForce(const CompiledModel &c, const SimResult &r, int target)
{
    std::vector<double> out;
    std::vector<bool> used(std::size_t(c.nodeCount), false);
    const std::function<void(int, double)> walk = [&](int v, double product) {
        if (r.compromised[std::size_t(v)] == 0)
            return;
        used[std::size_t(v)] = true;
        std::int64_t credited = 0;
        for (int a = 0; a < c.arcCount(); ++a)
            if (c.arcHead[std::size_t(a)] == v)
                credited += r.travelled[std::size_t(a)];
        const double c_v = double(r.compromised[std::size_t(v)]);
        if (credited < r.compromised[std::size_t(v)])
            out.push_back(product * double(r.compromised[std::size_t(v)] - credited) / c_v);
        for (int a = 0; a < c.arcCount(); ++a) {
            const int tail = c.arcTail[std::size_t(a)];
            if (c.arcHead[std::size_t(a)] == v && r.travelled[std::size_t(a)] > 0
                && !used[std::size_t(tail)])
                walk(tail, product * double(r.travelled[std::size_t(a)]) / c_v);
        }
        used[std::size_t(v)] = false;
    };
    walk(target, 1.0);
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

} // namespace

class TestPaths : public QObject {
    Q_OBJECT

private slots:
    void twoRoutesByCounts();
    void tiesByLengthThenArcOrder();
    void cyclesGiveSimplePathsOnly();
    void kPathsOrdered_data();
    void kPathsOrdered();
    void bruteForceAgrees_data();
    void bruteForceAgrees();
    void uncompromisedOrInvalid();
    void budgetTruncates();
    void engineDiamond();
    void engineSlowRouteMoreLikely();
    void heldAssetsOfNode();
};

void TestPaths::twoRoutesByCounts()
{
    const Model m = twoRoutes();
    const CompiledModel c = compile(m);
    // B fell in 800 trials, C in 500, D in 600: 400 times over B, 200 over C.
    const InfectionGraph g(c, counts(1000, { 1000, 800, 500, 600 }, { 800, 400, 500, 200 }));
    QVERIFY(g.isValid());
    QCOMPARE(g.originShare(0), 1.0);
    QCOMPARE(g.originShare(3), 0.0);
    QCOMPARE(g.arcWeight(1), 400.0 / 600.0);
    QCOMPARE(g.arcWeight(3), 200.0 / 600.0);
    QCOMPARE(g.bestLikelihood(3), 400.0 / 600.0);

    const PathSearch s = g.topPaths(3, 5);
    QVERIFY(!s.truncated);
    QCOMPARE(s.paths.size(), std::size_t(2));
    QCOMPARE(pathNodeIds(m, s.paths[0]), ids({ "A", "B", "D" }));
    QCOMPARE(s.paths[0].arcs, std::vector<int>({ 0, 1 }));
    QCOMPARE(s.paths[0].likelihood, 2.0 / 3.0);
    QCOMPARE(pathNodeIds(m, s.paths[1]), ids({ "A", "C", "D" }));
    QCOMPARE(s.paths[1].likelihood, 1.0 / 3.0);
    QCOMPARE(pathArcIds(m, c, s.paths[1]),
        QVector<PathArcId>({ { QStringLiteral("e2"), false }, { QStringLiteral("e3"), false } }));

    // k = 1: the most likely alone. The seed's own path is the seed alone.
    QCOMPARE(g.topPaths(3, 1).paths.size(), std::size_t(1));
    QCOMPARE(pathNodeIds(m, g.topPaths(3, 1).paths[0]), ids({ "A", "B", "D" }));
    const PathSearch seed = g.topPaths(0, 3);
    QCOMPARE(seed.paths.size(), std::size_t(1));
    QCOMPARE(pathNodeIds(m, seed.paths[0]), ids({ "A" }));
    QVERIFY(seed.paths[0].arcs.empty());
    QCOMPARE(seed.paths[0].likelihood, 1.0);
}

void TestPaths::tiesByLengthThenArcOrder()
{
    // Two-arc routes over B and C and a direct edge A -> D (arc 4), each
    // credited for a third of D's compromises: equal likelihoods, so the
    // direct path comes first (fewer arcs), then B's route (lower arc
    // indexes), then C's.
    Model m = twoRoutes();
    SimModelBuilder b;
    b.m = m;
    b.edge("A", "D", 0.5);
    const CompiledModel c = compile(b.m);
    const InfectionGraph g(c, counts(900, { 900, 300, 300, 900 }, { 300, 300, 300, 300, 300 }));
    const PathSearch s = g.topPaths(3, 3);
    QCOMPARE(s.paths.size(), std::size_t(3));
    QCOMPARE(pathNodeIds(b.m, s.paths[0]), ids({ "A", "D" }));
    QCOMPARE(pathNodeIds(b.m, s.paths[1]), ids({ "A", "B", "D" }));
    QCOMPARE(pathNodeIds(b.m, s.paths[2]), ids({ "A", "C", "D" }));
    for (const InfectionPath &p : s.paths)
        QCOMPARE(p.likelihood, 1.0 / 3.0);
    // k = 2 cuts inside the tie, keeping the same order.
    const PathSearch two = g.topPaths(3, 2);
    QCOMPARE(two.paths.size(), std::size_t(2));
    QCOMPARE(pathNodeIds(b.m, two.paths[1]), ids({ "A", "B", "D" }));
}

void TestPaths::cyclesGiveSimplePathsOnly()
{
    // Annual mode, A and B breached directly and each able to reach the
    // other: the credit graph has the cycle A -> B -> A.
    const Model m = SimModelBuilder().node("A", 0.2).node("B", 0.2).edge("A", "B", 0.5, 0.5).m;
    const CompiledModel c = compile(m);
    QCOMPARE(c.arcCount(), 2); // 0: A -> B, 1: B -> A
    // A fell in 300 trials, 100 of them over B; B in 400, 200 over A.
    const InfectionGraph g(c, counts(1000, { 300, 400 }, { 200, 100 }));
    QCOMPARE(g.originShare(0), 2.0 / 3.0);
    QCOMPARE(g.originShare(1), 0.5);

    const PathSearch toB = g.topPaths(1, 10);
    QCOMPARE(toB.paths.size(), std::size_t(2)); // B alone, A -> B; never B -> A -> B
    QCOMPARE(pathNodeIds(m, toB.paths[0]), ids({ "B" }));
    QCOMPARE(toB.paths[0].likelihood, 0.5);
    QCOMPARE(pathNodeIds(m, toB.paths[1]), ids({ "A", "B" }));
    QCOMPARE(toB.paths[1].likelihood, 0.5 * (2.0 / 3.0));

    const PathSearch toA = g.topPaths(0, 10);
    QCOMPARE(toA.paths.size(), std::size_t(2));
    QCOMPARE(pathNodeIds(m, toA.paths[0]), ids({ "A" }));
    QCOMPARE(pathNodeIds(m, toA.paths[1]), ids({ "B", "A" }));
    QCOMPARE(toA.paths[1].likelihood, (1.0 / 3.0) * 0.5);
    QCOMPARE(
        pathArcIds(m, c, toA.paths[1]), QVector<PathArcId>({ { QStringLiteral("e0"), true } }));
}

void TestPaths::kPathsOrdered_data()
{
    QTest::addColumn<int>("k");
    for (int k : { 1, 2, 3, 5, 8, 12 })
        QTest::addRow("k=%d", k) << k;
}

void TestPaths::kPathsOrdered()
{
    // Seed S, eight middle nodes M1..M8, each M_i -> T credited 10 * i times
    // out of T's 360: the path over M_i has likelihood i / 36.
    QFETCH(int, k);
    SimModelBuilder b;
    b.node("S").node("T");
    std::vector<std::int64_t> compromised { 1000, 360 };
    std::vector<std::int64_t> travelled;
    for (int i = 1; i <= 8; ++i) {
        const QByteArray id = "M" + QByteArray::number(i);
        b.node(id.constData());
        compromised.push_back(500);
    }
    for (int i = 1; i <= 8; ++i) {
        const QByteArray id = "M" + QByteArray::number(i);
        b.edge("S", id.constData(), 0.5).edge(id.constData(), "T", 0.5);
        travelled.push_back(500);
        travelled.push_back(10 * i);
    }
    const CompiledModel c = compile(b.m);
    const InfectionGraph g(c, counts(1000, compromised, travelled));
    const PathSearch s = g.topPaths(1, k);
    QCOMPARE(int(s.paths.size()), std::min(k, 8));
    for (int j = 0; j < int(s.paths.size()); ++j) {
        const int i = 8 - j; // the most likely first
        QCOMPARE(pathNodeIds(b.m, s.paths[std::size_t(j)]),
            QStringList(
                { QStringLiteral("S"), QStringLiteral("M%1").arg(i), QStringLiteral("T") }));
        QCOMPARE(s.paths[std::size_t(j)].likelihood, (10.0 * i) / 360.0);
    }
}

void TestPaths::bruteForceAgrees_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 30; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestPaths::bruteForceAgrees()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int n = 4 + int(rng.bounded(4));
    SimModelBuilder b;
    std::vector<QByteArray> names;
    for (int v = 0; v < n; ++v)
        names.push_back("N" + QByteArray::number(v));
    for (const QByteArray &name : names)
        b.node(name.constData());
    const int edges = n + int(rng.bounded(2 * n));
    for (int e = 0; e < edges; ++e) {
        const int s = int(rng.bounded(n));
        const int t = (s + 1 + int(rng.bounded(n - 1))) % n;
        b.edge(names[std::size_t(s)].constData(), names[std::size_t(t)].constData(),
            rng.bounded(3) ? 0.5 : 0.0, rng.bounded(2) ? 0.5 : 0.0);
    }
    const CompiledModel c = compile(b.m);
    // Counts a run could give: each compromised node's trials split at
    // random between its arcs from compromised tails and its own start.
    std::vector<std::int64_t> compromised(static_cast<std::size_t>(n));
    for (auto &x : compromised)
        x = rng.bounded(4) ? 1 + rng.bounded(1000) : 0;
    std::vector<std::int64_t> travelled(std::size_t(c.arcCount()), 0);
    for (int v = 0; v < n; ++v) {
        std::int64_t left = compromised[std::size_t(v)];
        for (int a = 0; a < c.arcCount(); ++a)
            if (c.arcHead[std::size_t(a)] == v
                && compromised[std::size_t(c.arcTail[std::size_t(a)])] > 0 && left > 0) {
                travelled[std::size_t(a)] = std::int64_t(rng.bounded(quint32(left + 1)));
                left -= travelled[std::size_t(a)];
            }
    }
    const SimResult r = counts(1000, compromised, travelled);
    const InfectionGraph g(c, r);
    for (int target = 0; target < n; ++target) {
        const std::vector<double> all = bruteForce(c, r, target);
        for (int k : { 1, 3, 100 }) {
            const PathSearch s = g.topPaths(target, k);
            QVERIFY(!s.truncated);
            QCOMPARE(s.paths.size(), std::min(all.size(), std::size_t(k)));
            for (std::size_t j = 0; j < s.paths.size(); ++j) {
                const InfectionPath &p = s.paths[j];
                QVERIFY(qAbs(p.likelihood - all[j]) <= 1e-12 * all[j]);
                if (j > 0)
                    QVERIFY(p.likelihood <= s.paths[j - 1].likelihood);
                // A simple path of arcs that join up, from an initial
                // compromise to the target, worth the product of its shares.
                QCOMPARE(p.nodes.back(), target);
                QCOMPARE(p.arcs.size() + 1, p.nodes.size());
                std::vector<int> sorted = p.nodes;
                std::sort(sorted.begin(), sorted.end());
                QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
                double product = g.originShare(p.nodes.front());
                for (std::size_t i = 0; i < p.arcs.size(); ++i) {
                    QCOMPARE(c.arcTail[std::size_t(p.arcs[i])], p.nodes[i]);
                    QCOMPARE(c.arcHead[std::size_t(p.arcs[i])], p.nodes[i + 1]);
                    product *= g.arcWeight(p.arcs[i]);
                }
                QVERIFY(qAbs(p.likelihood - product) <= 1e-12 * product);
                QVERIFY(p.likelihood <= g.bestLikelihood(target) * (1 + 1e-12));
            }
        }
    }
}

void TestPaths::uncompromisedOrInvalid()
{
    const Model m = twoRoutes();
    const CompiledModel c = compile(m);
    const InfectionGraph g(c, counts(1000, { 1000, 800, 0, 600 }, { 800, 600, 0, 0 }));
    QVERIFY(g.topPaths(2, 5).paths.empty()); // C never fell
    QCOMPARE(g.bestLikelihood(2), 0.0);
    QCOMPARE(g.topPaths(3, 5).paths.size(), std::size_t(1));
    QVERIFY(g.topPaths(3, 0).paths.empty());
    QVERIFY(g.topPaths(-1, 5).paths.empty());
    QVERIFY(g.topPaths(4, 5).paths.empty());

    // A result for another model (one arc short) gives no graph.
    const InfectionGraph wrong(c, counts(1000, { 1000, 800, 0, 600 }, { 800, 600, 0 }));
    QVERIFY(!wrong.isValid());
    QVERIFY(wrong.topPaths(3, 5).paths.empty());
    QVERIFY(!InfectionGraph().isValid());
}

void TestPaths::budgetTruncates()
{
    const Model m = twoRoutes();
    const CompiledModel c = compile(m);
    const InfectionGraph g(c, counts(1000, { 1000, 800, 500, 600 }, { 800, 400, 500, 200 }));
    const PathSearch s = g.topPaths(3, 5, 1);
    QVERIFY(s.truncated);
    QVERIFY(s.paths.empty());
    QVERIFY(!g.topPaths(3, 5, 100).truncated);
}

void TestPaths::engineDiamond()
{
    // SIMULATION.md §6.3: D falls with p = 0.4375. B -> D (the first arc)
    // takes the credit whenever it is live and B fell: 0.25; C -> D
    // otherwise: 0.25 * 0.75. So the paths are A-B-D with 4/7 and A-C-D
    // with 3/7.
    const Model m = SimModelBuilder()
                        .node("A")
                        .node("B")
                        .node("C")
                        .node("D")
                        .edge("A", "B", 0.5)
                        .edge("A", "C", 0.5)
                        .edge("B", "D", 0.5)
                        .edge("C", "D", 0.5)
                        .m;
    const int trials = 40000;
    const SimResult r
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("A"), 0 } }, trials));
    const CompiledModel c = compile(m);
    const InfectionGraph g(c, r);
    const PathSearch s = g.topPaths(3, 5);
    QCOMPARE(s.paths.size(), std::size_t(2));
    QCOMPARE(pathNodeIds(m, s.paths[0]), ids({ "A", "B", "D" }));
    QCOMPARE(pathNodeIds(m, s.paths[1]), ids({ "A", "C", "D" }));
    const double nD = 0.4375 * trials;
    QVERIFY(qAbs(s.paths[0].likelihood - 4.0 / 7.0) <= tolerance(4.0 / 7.0, nD));
    QVERIFY(qAbs(s.paths[1].likelihood - 3.0 / 7.0) <= tolerance(3.0 / 7.0, nD));
    QCOMPARE(s.paths[0].likelihood + s.paths[1].likelihood, 1.0);
}

void TestPaths::engineSlowRouteMoreLikely()
{
    // Seed A. The fast route A -> C -> D (5 h + 5 h) succeeds with 0.25;
    // the slow one A -> B -> D (10 h + 10 h) with 0.81 and gets the credit
    // only when the fast one failed: 0.81 * 0.75 = 0.6075 of the trials, out
    // of p(D) = 0.8575. The arc A -> C is the backward arc of edge C -> A.
    const Model m = test::slowRouteModel();
    const int trials = 40000;
    const SimResult r
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("A"), 0 } }, trials));
    const CompiledModel c = compile(m);
    const InfectionGraph g(c, r);
    const PathSearch s = g.topPaths(3, 1);
    QCOMPARE(s.paths.size(), std::size_t(1));
    QCOMPARE(pathNodeIds(m, s.paths[0]), ids({ "A", "B", "D" }));
    const double slow = 0.6075 / 0.8575;
    QVERIFY(qAbs(s.paths[0].likelihood - slow) <= tolerance(slow, 0.8575 * trials));

    const PathSearch both = g.topPaths(3, 2);
    QCOMPARE(pathNodeIds(m, both.paths[1]), ids({ "A", "C", "D" }));
    QCOMPARE(pathArcIds(m, c, both.paths[1]),
        QVector<PathArcId>({ { QStringLiteral("e2"), true }, { QStringLiteral("e3"), false } }));
}

void TestPaths::heldAssetsOfNode()
{
    // SIMULATION.md §6.6: X owned by A flows to M; M is breached, A is not,
    // X leaks. Z stays with A, Y is M's own.
    const Model m = SimModelBuilder()
                        .node("A")
                        .node("M")
                        .asset("X", "A", 1200, "customer_pii")
                        .asset("Y", "M", 50, "telemetry")
                        .asset("Z", "A", 7, "credentials")
                        .edge("A", "M", 0.0, 0.0, 24, { QStringLiteral("X") })
                        .m;
    const SimResult r
        = test::runScenario(m, test::seededScenario({ { QStringLiteral("M"), 0 } }, 100));
    const CompiledModel c = compile(m);

    const auto atM = heldAssets(c, r, 1);
    QCOMPARE(atM.size(), std::size_t(2));
    QCOMPARE(atM[0].asset, 0);
    QCOMPARE(atM[0].records, qint64(1200));
    QCOMPARE(atM[0].category, QStringLiteral("customer_pii"));
    QCOMPARE(atM[0].pExposed, 1.0);
    QCOMPARE(atM[1].asset, 1);
    QCOMPARE(atM[1].category, QStringLiteral("telemetry"));
    QCOMPARE(atM[1].pExposed, 1.0);

    const auto atA = heldAssets(c, r, 0);
    QCOMPARE(atA.size(), std::size_t(2));
    QCOMPARE(atA[0].asset, 0);
    QCOMPARE(atA[1].asset, 2);
    QCOMPARE(atA[1].records, qint64(7));
    QCOMPARE(atA[1].pExposed, 0.0);

    QVERIFY(heldAssets(c, r, 2).empty());
}

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
