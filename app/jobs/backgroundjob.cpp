#include "backgroundjob.h"

#include "backgroundthreads.h"

#include <QThread>

namespace wl {

// One start of a job. Shared by the job, the budget and the worker; the
// worker reads only `work`, `threads`, `cancel` and `poster`, all set before
// it starts.
struct JobRun {
    enum class State { Queued, Working, Returned };

    BackgroundJobBase::Kind kind = BackgroundJobBase::Kind::Simulation;
    std::function<void(const JobContext &)> work;
    std::function<void(bool)> done;
    std::atomic_bool cancel { false };
    int threads = 0;
    State state = State::Queued;
    // Where progress is posted. The job waits for the work before it goes,
    // so the pointer outlives every post.
    BackgroundJobBase *poster = nullptr;
    // The same job, for the GUI thread: null once it is gone.
    QPointer<BackgroundJobBase> owner;
    QFuture<void> future;
};

ThreadBudget::ThreadBudget(int threads, QObject *parent)
    : QObject(parent)
    , m_threads(std::max(1, threads))
{
}

ThreadBudget::~ThreadBudget() = default;

ThreadBudget *ThreadBudget::instance()
{
    static ThreadBudget budget(defaultThreads());
    return &budget;
}

int ThreadBudget::defaultThreads()
{
    return std::max(1, QThread::idealThreadCount());
}

void ThreadBudget::enqueue(const std::shared_ptr<JobRun> &run)
{
    m_queue.append(run);
    dispatch();
}

void ThreadBudget::withdraw(const JobRun *run)
{
    m_queue.removeIf([run](const std::shared_ptr<JobRun> &r) { return r.get() == run; });
}

void ThreadBudget::dispatch()
{
    // Announced after the queue is settled: a slot on started() may queue or
    // withdraw runs.
    QList<std::shared_ptr<JobRun>> started;
    for (auto it = m_queue.begin(); it != m_queue.end() && m_inUse < m_threads;) {
        const std::shared_ptr<JobRun> run = *it;
        const bool simulation = run->kind == BackgroundJobBase::Kind::Simulation;
        if (simulation && m_simulationRunning) {
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        run->threads = simulation ? m_threads - m_inUse : 1;
        m_inUse += run->threads;
        m_simulationRunning = m_simulationRunning || simulation;
        launch(run);
        started.append(run);
    }
    for (const std::shared_ptr<JobRun> &run : std::as_const(started))
        if (run->owner && run == run->owner->m_current)
            emit run->owner->started();
}

void ThreadBudget::launch(const std::shared_ptr<JobRun> &run)
{
    run->state = JobRun::State::Working;
    // Its job waits for it from now on.
    run->owner->m_working.append(run);
    run->future = runInBackground([this, run] {
        run->work(JobContext(run));
        QMetaObject::invokeMethod(
            this, [this, run] { release(run); }, Qt::QueuedConnection);
    });
}

void ThreadBudget::release(const std::shared_ptr<JobRun> &run)
{
    run->state = JobRun::State::Returned;
    m_inUse -= run->threads;
    if (run->kind == BackgroundJobBase::Kind::Simulation)
        m_simulationRunning = false;
    if (run->owner)
        run->owner->onReturned(run);
    dispatch();
}

JobContext::JobContext(std::shared_ptr<JobRun> run)
    : m_run(std::move(run))
{
}

int JobContext::threads() const
{
    return m_run->threads;
}

bool JobContext::isCancelled() const
{
    return m_run->cancel.load(std::memory_order_relaxed);
}

const std::atomic_bool *JobContext::cancelFlag() const
{
    return &m_run->cancel;
}

void JobContext::progress(std::int64_t done, std::int64_t total) const
{
    BackgroundJobBase *job = m_run->poster;
    QMetaObject::invokeMethod(
        job,
        [job, run = m_run, done, total] {
            if (job->m_current == run)
                emit job->progress(done, total);
        },
        Qt::QueuedConnection);
}

sim::RunOptions JobContext::runOptions() const
{
    sim::RunOptions options;
    options.threads = threads();
    options.cancel = cancelFlag();
    options.progress = [context = *this](std::int64_t done, std::int64_t total) {
        context.progress(done, total);
    };
    return options;
}

BackgroundJobBase::BackgroundJobBase(Kind kind, ThreadBudget *budget, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_budget(budget ? budget : ThreadBudget::instance())
{
}

BackgroundJobBase::~BackgroundJobBase()
{
    if (m_current && m_current->state == JobRun::State::Queued)
        m_budget->withdraw(m_current.get());
    for (const std::shared_ptr<JobRun> &run : std::as_const(m_working)) {
        run->cancel = true;
        run->future.waitForFinished();
    }
}

bool BackgroundJobBase::isQueued() const
{
    return m_current && m_current->state == JobRun::State::Queued;
}

int BackgroundJobBase::grantedThreads() const
{
    return m_current && m_current->state == JobRun::State::Working ? m_current->threads : 0;
}

void BackgroundJobBase::cancel()
{
    if (!m_current || m_current->cancel)
        return;
    m_current->cancel = true;
    if (m_current->state != JobRun::State::Queued)
        return; // delivered when the work returns
    // Never started: nothing to wait for, but the answer still comes as a
    // queued call, as it does for a run that was working.
    m_budget->withdraw(m_current.get());
    QMetaObject::invokeMethod(
        this, [this, run = m_current] { deliver(run); }, Qt::QueuedConnection);
}

void BackgroundJobBase::launch(
    std::function<void(const JobContext &)> work, std::function<void(bool)> done)
{
    if (m_current) {
        // Superseded: stopped, and never heard of again.
        m_current->cancel = true;
        if (m_current->state == JobRun::State::Queued)
            m_budget->withdraw(m_current.get());
    }
    auto run = std::make_shared<JobRun>();
    run->kind = m_kind;
    run->work = std::move(work);
    run->done = std::move(done);
    run->poster = this;
    run->owner = this;
    m_current = run;
    m_budget->enqueue(run);
}

void BackgroundJobBase::onReturned(const std::shared_ptr<JobRun> &run)
{
    m_working.removeOne(run);
    deliver(run);
}

void BackgroundJobBase::deliver(const std::shared_ptr<JobRun> &run)
{
    if (run != m_current)
        return;
    // Cleared first: `done` may start the next run.
    m_current.reset();
    run->done(run->cancel);
}

} // namespace wl
