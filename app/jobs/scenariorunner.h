// Runs one of the document's named scenarios off the GUI thread: the engine
// gets a copy of the model (cheap: its containers are implicitly shared) on
// a QtConcurrent thread, progress comes back as queued calls, and cancel is
// an atomic flag the engine checks between blocks of trials.
//
// A finished result is stored in the document (Document::setScenarioResult)
// only if it still describes the document: the scenario has the same name
// and settings, and the model has the same digest, as when the run started.
// Otherwise the report says so and the caller shows the result as stale.
#pragma once

#include "model/document.h"
#include "simulation/engine.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
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
        // The snapshot the result was computed on, its digest and the result
        // JSON (FORMAT.md §3).
        std::shared_ptr<const Model> model;
        std::shared_ptr<const sim::CompiledModel> compiled; // of `model`
        QByteArray modelDigest;
        QByteArray resultJson;
        QString error;
        bool cancelled = false;
        bool stored = false; // in the document's scenario of that name
    };

    explicit ScenarioRunner(Document *document, QObject *parent = nullptr);
    // Cancels a run and waits for it: the engine stops within one block of
    // trials.
    ~ScenarioRunner() override;

    bool isRunning() const { return m_job != nullptr; }
    // The name of the scenario being run; empty when idle.
    QString runningScenario() const;

    // Starts the scenario at `index` of the document. False if a run is
    // going on or there is no such scenario.
    bool start(int index);
    // Asks the run to stop; finished() follows with `cancelled` set.
    void cancel();

    // sim::simulationDigest of the document's model, computed at most once per
    // change of the model (a run reuses the digest of its snapshot).
    QByteArray modelDigest();

signals:
    void started(const QString &scenarioName);
    void progress(qint64 done, qint64 total);
    void finished(const wl::ScenarioRunner::Report &report);

private:
    struct Job;
    struct Output;

    // The engine's threads: all cores but one, which stays with the GUI.
    static int threadCount();
    static std::shared_ptr<Output> work(
        const Job &job, const std::function<void(std::int64_t, std::int64_t)> &progress);
    void onDocumentChanged(const ChangeEvent &event);
    void onFinished();

    Document *m_document;
    QFutureWatcher<std::shared_ptr<Output>> m_watcher;
    std::shared_ptr<Job> m_job;

    // Incremented on every change of the model proper (not of its
    // scenarios): the generation the caches below are valid for, 0 for
    // none.
    quint64 m_generation = 1;
    std::shared_ptr<const sim::CompiledModel> m_compiled;
    quint64 m_compiledGeneration = 0;
    QByteArray m_digest;
    quint64 m_digestGeneration = 0;
};

} // namespace wl
