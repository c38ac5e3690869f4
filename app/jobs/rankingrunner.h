// The Weak links panel's background work: the two rankings of SIMULATION.md
// §5 (RankingRunner) and a scenario against the same scenario with one
// vendor severed or hardened (WhatIfRunner). Each is a simulation
// BackgroundJob on the document's current SimulationSnapshot: it reports
// progress as queued calls and stops within one block of trials (or one
// node) when cancelled.
#pragma once

#include "jobs/backgroundjob.h"
#include "jobs/simulationsnapshot.h"

#include "simulation/rankings.h"
#include "simulation/whatif.h"

#include <QDateTime>

#include <memory>

namespace wl {

// Both rankings for every node: blast radius (seeded with the node alone)
// and hardening gain (annual, with common random numbers).
class RankingRunner : public BackgroundJobBase {
    Q_OBJECT
public:
    struct Report {
        int trials = 0;
        quint64 rngSeed = 0;
        std::shared_ptr<const Model> model; // the snapshot, for node ids
        QByteArray digest; // sim::simulationDigest of the snapshot
        quint64 revision = 0; // Document::simulationRevision of the snapshot
        QDateTime finishedAt;
        // Per node of the snapshot, model order. Empty after a cancel.
        sim::BlastRadius blastRadius;
        std::vector<double> hardeningGain;
        // Fourth-party concentration from that blast radius, in its order
        // (sim::concentration): counted on the worker too, one search per
        // vendor.
        std::vector<sim::ConcentrationEntry> concentration;
        bool cancelled = false;
    };

    explicit RankingRunner(SimulationContext *simulation, QObject *parent = nullptr);

    // Progress counts nodes: all of them for the blast radius, then all of
    // them again for the hardening gain. False if a run is going on or
    // trials < 1.
    bool start(int trials, quint64 rngSeed);

signals:
    void finished(const wl::RankingRunner::Report &report);

private:
    SimulationContext *m_simulation;
};

// A scenario and the same scenario with one change, same rng seed.
class WhatIfRunner : public BackgroundJobBase {
    Q_OBJECT
public:
    struct Report {
        QString scenarioName;
        sim::Scenario scenario; // the baseline as given
        sim::WhatIf change;
        std::shared_ptr<const Model> model; // the snapshot both ran on
        QByteArray digest; // sim::simulationDigest of the snapshot
        quint64 revision = 0; // Document::simulationRevision of the snapshot
        QStringList categories; // CompiledModel::categories of the snapshot
        QDateTime finishedAt;
        // Null after an error or a cancel.
        std::shared_ptr<const sim::WhatIfResult> result;
        QString error;
        bool cancelled = false;
    };

    explicit WhatIfRunner(SimulationContext *simulation, QObject *parent = nullptr);

    // Progress counts the trials of both runs. False if a run is going on.
    bool start(
        const QString &scenarioName, const sim::Scenario &scenario, const sim::WhatIf &change);

signals:
    void finished(const wl::WhatIfRunner::Report &report);

private:
    SimulationContext *m_simulation;
};

} // namespace wl
