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

} // namespace wl::test
