// Work off the GUI thread, the one way every job of the app runs: a typed
// result, progress delivered as queued calls, cancel through an atomic flag
// the work polls, and supersede — starting a job again cancels the run under
// way, whose result is then never delivered.
//
// Every job draws its worker threads from one ThreadBudget: one per core.
// Jobs running together never hold more threads than that, and simulations
// run one at a time whatever is free: a job that finds no thread free, or a
// simulation while another runs, waits in the budget's queue. The GUI
// thread, idle between events, keeps up beside them (docs/PERFORMANCE.md
// measures its longest pause during the rankings). A cancelled or
// superseded run keeps its threads until its work has returned, so that its
// successor does not fight it for the cores.
#pragma once

#include "simulation/engine.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace wl {

class BackgroundJobBase;
struct JobRun;

// Hands out worker threads to jobs and starts queued jobs, in the order they
// were started, as threads come free. Lives on the GUI thread, like the jobs;
// must outlive them.
class ThreadBudget : public QObject {
    Q_OBJECT
public:
    explicit ThreadBudget(int threads, QObject *parent = nullptr);
    ~ThreadBudget() override;

    // The process's budget, which jobs use unless given another:
    // defaultThreads() threads.
    static ThreadBudget *instance();
    // One thread per core, at least one.
    static int defaultThreads();

    int threads() const { return m_threads; }
    // Granted to runs whose work has not returned yet.
    int threadsInUse() const { return m_inUse; }

private:
    friend class BackgroundJobBase;

    void enqueue(const std::shared_ptr<JobRun> &run);
    void withdraw(const JobRun *run);
    // Called on this thread once the work of `run` has returned.
    void release(const std::shared_ptr<JobRun> &run);
    void dispatch();
    void launch(const std::shared_ptr<JobRun> &run);

    const int m_threads;
    int m_inUse = 0;
    bool m_simulationRunning = false;
    QList<std::shared_ptr<JobRun>> m_queue;
};

// What the work gets on its worker thread.
class JobContext {
public:
    // Granted by the budget: at least 1.
    int threads() const;
    bool isCancelled() const;
    const std::atomic_bool *cancelFlag() const;
    // Thread-safe. Reaches the job's progress() signal as a queued call,
    // unless the run is no longer the job's current one by then.
    void progress(std::int64_t done, std::int64_t total) const;
    // The engine's options for this run: its threads, progress and cancel.
    sim::RunOptions runOptions() const;

private:
    friend class ThreadBudget;
    explicit JobContext(std::shared_ptr<JobRun> run);
    std::shared_ptr<JobRun> m_run;
};

// The untyped part of BackgroundJob: the run under way, its signals, and the
// waiting for work that has not returned when the job goes.
class BackgroundJobBase : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        // The engine: every thread free when it starts, one simulation at a
        // time.
        Simulation,
        // Work on the thread it runs on, e.g. Graphviz.
        SingleThread,
    };

    // A null budget is ThreadBudget::instance().
    explicit BackgroundJobBase(
        Kind kind, ThreadBudget *budget = nullptr, QObject *parent = nullptr);
    // Cancels, and waits for work still running (the engine stops within
    // one block of trials).
    ~BackgroundJobBase() override;

    // A run is queued or on a worker: a result (or its cancel) is to come.
    bool isRunning() const { return m_current != nullptr; }
    // The run waits for threads, or for another simulation to end.
    bool isQueued() const;
    // The current run's threads; 0 while queued or idle.
    int grantedThreads() const;

    // Asks the run to stop; its result arrives as cancelled (nullopt) once
    // its work has returned, or as a queued call if it never began.
    void cancel();

signals:
    // The current run left the queue: its work has begun on a worker.
    void started();
    void progress(qint64 done, qint64 total);

protected:
    // Queues `work`, superseding a run under way. `done` follows on this
    // object's thread with whether the run was cancelled; never for a run
    // that was superseded.
    void launch(std::function<void(const JobContext &)> work, std::function<void(bool)> done);

private:
    friend class ThreadBudget;
    friend class JobContext;

    // From the budget, on this thread.
    void onReturned(const std::shared_ptr<JobRun> &run);
    void deliver(const std::shared_ptr<JobRun> &run);

    const Kind m_kind;
    ThreadBudget *const m_budget;
    std::shared_ptr<JobRun> m_current;
    // Runs whose work is on a worker, current or not.
    QList<std::shared_ptr<JobRun>> m_working;
};

// A job whose work returns a Result.
template<typename Result> class BackgroundJob : public BackgroundJobBase {
public:
    using Work = std::function<Result(const JobContext &)>;
    // The result, or nullopt when the run was cancelled.
    using Done = std::function<void(std::optional<Result>)>;

    using BackgroundJobBase::BackgroundJobBase;

    // Runs `work` on a worker thread once the budget allows, superseding a
    // run under way; `done` follows on this object's thread. `work` must
    // hold copies of what it reads: it may outlive this call by far.
    void start(Work work, Done done)
    {
        auto result = std::make_shared<std::optional<Result>>();
        launch([work = std::move(work), result](
                   const JobContext &context) { result->emplace(work(context)); },
            [done = std::move(done), result](
                bool cancelled) { done(cancelled ? std::nullopt : std::move(*result)); });
    }
};

} // namespace wl
