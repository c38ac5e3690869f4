// Small simulation models for the path and chart tests, written the way
// SIMULATION.md §6 writes them: every arc probability not given is 0, so
// the defaults by integration add no arcs.
#pragma once

#include "simulation/engine.h"

#include <QtGlobal>

namespace wl::test {

struct SimModelBuilder {
    Model m;

    SimModelBuilder &node(const char *id, double likelihood = 0.0, double control = 0.0)
    {
        Node n;
        n.id = QString::fromLatin1(id);
        n.name = n.id;
        n.breachLikelihood = likelihood;
        n.controlStrength = control;
        m.appendNode(n);
        return *this;
    }
    SimModelBuilder &edge(const char *src, const char *dst, double forward, double backward = 0.0,
        double delay = 24.0, QStringList data = {})
    {
        Edge e;
        e.id = QStringLiteral("e%1").arg(m.edges().size());
        e.source = QString::fromLatin1(src);
        e.target = QString::fromLatin1(dst);
        e.pForward = forward;
        e.pBackward = backward;
        e.delayHours = delay;
        e.data = std::move(data);
        m.appendEdge(e);
        return *this;
    }
    SimModelBuilder &asset(const char *id, const char *owner, qint64 records = 0,
        const char *category = "other", int sensitivity = 3)
    {
        DataAsset a;
        a.id = QString::fromLatin1(id);
        a.name = a.id;
        a.owner = QString::fromLatin1(owner);
        a.records = records;
        a.category = QString::fromLatin1(category);
        a.sensitivity = sensitivity;
        m.appendDataAsset(a);
        return *this;
    }
};

inline sim::Scenario seededScenario(std::initializer_list<sim::TimedNode> seeds, int trials)
{
    sim::Scenario sc;
    sc.mode = sim::Mode::Seeded;
    sc.seeds = seeds;
    sc.trials = trials;
    return sc;
}

inline sim::SimResult runScenario(
    const Model &m, const sim::Scenario &sc, std::vector<double> timeGrid = {})
{
    sim::RunOptions o;
    o.timeGrid = std::move(timeGrid);
    const sim::CompiledModel c = sim::compile(m);
    sim::RunOutcome out = sim::run(m, c, sc, o);
    if (!out.result)
        qFatal("simulation failed: %s", qPrintable(out.error));
    return *out.result;
}

// Ids as a list, from literals.
inline QStringList ids(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

// Five nodes whose figures put each in a known cell of the risk matrix:
//   A p 1     (L5), holds X: 10^6 records x 3 = 3e6   (I3)
//   B p 0.003 (L1), holds nothing                      (I1)
//   C p 0.05  (L3), holds Y: 2e9 x 5 = 1e10            (I5)
//   D p 0.2   (L4), holds X (carried A -> D) and Z: 3e6 + 999 x 1  (I3)
//   E p 0     (L1), holds Z' 500 x 2 = 1000            (I2)
inline Model matrixModel()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .node("D")
        .node("E")
        .asset("X", "A", 1000000, "customer_pii", 3)
        .asset("Y", "C", 2000000000, "prompts", 5)
        .asset("Z", "D", 999, "telemetry", 1)
        .asset("W", "E", 500, "telemetry", 2)
        .edge("A", "D", 0.5, 0.0, 24, { QStringLiteral("X") })
        .edge("A", "D", 0.5, 0.0, 24, { QStringLiteral("X") })
        .m;
}

inline sim::SimResult matrixResult()
{
    sim::SimResult r;
    r.trials = 1000;
    r.compromised = { 1000, 3, 50, 200, 0 };
    return r;
}

// Two routes from A to D: the fast one A -> C -> D (5 h + 5 h, the arc
// A -> C the backward arc of edge C -> A) succeeds with 0.25, the slow one
// A -> B -> D (10 h + 10 h) with 0.81.
inline Model slowRouteModel()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .node("D")
        .edge("A", "B", 0.9, 0.0, 10)
        .edge("B", "D", 0.9, 0.0, 10)
        .edge("C", "A", 0.0, 0.5, 5)
        .edge("C", "D", 0.5, 0.0, 5)
        .m;
}

// SIMULATION.md §6.1 with an asset of 100 records held by B alone.
inline Model chainModel()
{
    return SimModelBuilder()
        .node("A")
        .node("B")
        .node("C")
        .asset("logs", "B", 100, "telemetry")
        .edge("A", "B", 0.5)
        .edge("B", "C", 0.4)
        .m;
}

} // namespace wl::test
