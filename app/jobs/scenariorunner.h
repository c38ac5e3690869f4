// Runs one of the document's named scenarios off the GUI thread: a
// simulation BackgroundJob on the document's current SimulationSnapshot,
// with progress as queued calls and a cancel the engine checks between
// blocks of trials.
//
// A finished result is stored in the document (Document::setScenarioResult)
// only if it still describes the document: the scenario has the same name
// and settings, and the model has the same digest, as when the run started.
// Otherwise the report says so and the caller shows the result as stale.
#pragma once

#include "jobs/backgroundjob.h"
#include "jobs/simulationsnapshot.h"

#include "model/document.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace wl {

class ScenarioRunner : public QObject {
    Q_OBJECT
public:
    // What one run produced.
    struct Report {
        QString scenarioName;
        sim::Scenario scenario; // the settings it ran with
        QDateTime finishedAt;
        // Null after an error or a cancel.
        std::shared_ptr<const sim::SimResult> result;
        // The snapshot the result was computed on — its model, compiled
        // model (null if the run never began), digest and
        // Document::simulationRevision — and the result JSON (FORMAT.md §3).
        std::shared_ptr<const Model> model;
        std::shared_ptr<const sim::CompiledModel> compiled;
        QByteArray modelDigest;
        quint64 revision = 0;
        QByteArray resultJson;
        QString error;
        bool cancelled = false;
        bool stored = false; // in the document's scenario of that name
    };

    explicit ScenarioRunner(SimulationContext *simulation, QObject *parent = nullptr);

    SimulationContext *simulation() const { return m_simulation; }
    // A run is queued (behind another simulation) or going on.
    bool isRunning() const { return m_job.isRunning(); }
    // The name of the scenario being run; empty when idle.
    QString runningScenario() const;

    // Starts the scenario at `index` of the document. False if a run is
    // going on or there is no such scenario.
    bool start(int index);
    // Asks the run to stop; finished() follows with `cancelled` set.
    void cancel();

signals:
    void started(const QString &scenarioName);
    void progress(qint64 done, qint64 total);
    void finished(const wl::ScenarioRunner::Report &report);

private:
    struct Output {
        sim::RunOutcome outcome;
        QByteArray resultJson;
    };

    static Output work(const SimulationSnapshot &snapshot, const sim::Scenario &scenario,
        const JobContext &context);
    void finish(Report report, const std::shared_ptr<const SimulationSnapshot> &snapshot,
        std::optional<Output> out);

    SimulationContext *m_simulation;
    QString m_runningScenario;
    BackgroundJob<Output> m_job;
};

} // namespace wl
