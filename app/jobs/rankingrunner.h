// The Weak links panel's background work: the two rankings of SIMULATION.md
// §5 (RankingRunner) and a scenario against the same scenario with one
// vendor severed or hardened (WhatIfRunner). Each takes a copy of the model
// (cheap: its containers are implicitly shared), runs on a QtConcurrent
// thread, reports progress as queued calls and stops within one block of
// trials (or one node) when cancelled.
#pragma once

#include "simulation/rankings.h"
#include "simulation/whatif.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace wl {

// One job at a time off the GUI thread, with progress and cancel. Derived
// runners say what the job computes and what its report holds.
class BackgroundRun : public QObject {
    Q_OBJECT
public:
    explicit BackgroundRun(QObject *parent = nullptr);
    // Cancels a job and waits for it.
    ~BackgroundRun() override;

    bool isRunning() const { return m_job != nullptr; }
    // Asks the job to stop; the derived runner's finished() follows with
    // `cancelled` set.
    void cancel();

    // The engine's threads; 0 (the default) means all cores. The worker
    // threads are busy for seconds, but the GUI thread only waits for
    // events, so it stays responsive even when they take every core.
    void setThreads(int threads) { m_threads = threads; }
    int threads() const { return m_threads; }

signals:
    void started();
    void progress(qint64 done, qint64 total);

protected:
    using Work = std::function<void(const sim::RunOptions &options)>;
    // Runs `work` on a worker thread, then `done` on this object's thread
    // with whether the job was cancelled. False if a job is running.
    bool launch(Work work, std::function<void(bool cancelled)> done);

private:
    struct Job;
    void onFinished();

    int m_threads = 0;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Job> m_job;
};

// Both rankings for every node: blast radius (seeded with the node alone)
// and hardening gain (annual, with common random numbers).
class RankingRunner : public BackgroundRun {
    Q_OBJECT
public:
    struct Report {
        int trials = 0;
        quint64 rngSeed = 0;
        std::shared_ptr<const Model> model; // the snapshot, for node ids
        QByteArray digest; // sim::simulationDigest of the snapshot
        QDateTime finishedAt;
        // Per node of the snapshot, model order. Empty after a cancel.
        sim::BlastRadius blastRadius;
        std::vector<double> hardeningGain;
        bool cancelled = false;
    };

    using BackgroundRun::BackgroundRun;

    // Progress counts nodes: all of them for the blast radius, then all of
    // them again for the hardening gain. False if a run is going on or
    // trials < 1.
    bool start(const Model &model, int trials, quint64 rngSeed);

signals:
    void finished(const wl::RankingRunner::Report &report);
};

// A scenario and the same scenario with one change, same rng seed.
class WhatIfRunner : public BackgroundRun {
    Q_OBJECT
public:
    struct Report {
        QString scenarioName;
        sim::Scenario scenario; // the baseline as given
        sim::WhatIf change;
        std::shared_ptr<const Model> model; // the snapshot both ran on
        QByteArray digest; // sim::simulationDigest of the snapshot
        QStringList categories; // CompiledModel::categories of the snapshot
        QDateTime finishedAt;
        // Null after an error or a cancel.
        std::shared_ptr<const sim::WhatIfResult> result;
        QString error;
        bool cancelled = false;
    };

    using BackgroundRun::BackgroundRun;

    // Progress counts the trials of both runs. False if a run is going on.
    bool start(const Model &model, const QString &scenarioName, const sim::Scenario &scenario,
        const sim::WhatIf &change);

signals:
    void finished(const wl::WhatIfRunner::Report &report);
};

} // namespace wl
