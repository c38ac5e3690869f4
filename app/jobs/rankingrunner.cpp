#include "rankingrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace wl {

// What a job works with. Shared by the GUI thread and the worker; after
// launch() only `cancel` changes.
struct BackgroundRun::Job {
    Work work;
    std::function<void(bool)> done;
    std::atomic_bool cancel { false };
};

BackgroundRun::BackgroundRun(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundRun::onFinished);
}

BackgroundRun::~BackgroundRun()
{
    cancel();
    m_watcher.waitForFinished();
}

void BackgroundRun::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

bool BackgroundRun::launch(Work work, std::function<void(bool)> done)
{
    if (m_job)
        return false;
    auto job = std::make_shared<Job>();
    job->work = std::move(work);
    job->done = std::move(done);
    m_job = job;

    // Called on the worker thread. A report still queued when its job is
    // over is dropped: its job is no longer the current one.
    const std::weak_ptr<Job> weak = job;
    sim::RunOptions options;
    options.threads = m_threads;
    options.cancel = &job->cancel;
    options.progress = [this, weak](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            this,
            [this, weak, done, total] {
                if (const auto current = weak.lock(); current && current == m_job)
                    emit progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([job, options] { job->work(options); }));
    emit started();
    return true;
}

void BackgroundRun::onFinished()
{
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    job->done(job->cancel);
}

bool RankingRunner::start(const Model &model, int trials, quint64 rngSeed)
{
    if (isRunning() || trials < 1)
        return false;
    auto report = std::make_shared<Report>();
    report->trials = trials;
    report->rngSeed = rngSeed;
    report->model = std::make_shared<const Model>(model);
    report->cancelled = true; // until the work completes

    // Each ranking reports progress in nodes; shown as one bar, the blast
    // radius fills the first half and the hardening gain the second.
    auto work = [report](const sim::RunOptions &options) {
        const Model &m = *report->model;
        const sim::CompiledModel compiled = sim::compile(m);
        const std::int64_t nodes = compiled.nodeCount;
        const auto phase = [&options, nodes](int index) {
            sim::RunOptions o = options;
            o.progress = [&options, nodes, index](std::int64_t done, std::int64_t) {
                options.progress(index * nodes + done, 2 * nodes);
            };
            return o;
        };
        auto blast = sim::blastRadius(compiled, report->trials, report->rngSeed, phase(0));
        if (!blast)
            return;
        auto gain = sim::hardeningGain(compiled, report->trials, report->rngSeed, phase(1));
        if (!gain)
            return;
        report->blastRadius = std::move(*blast);
        report->hardeningGain = std::move(*gain);
        report->digest = sim::simulationDigest(m);
        report->cancelled = false;
    };
    return launch(std::move(work), [this, report](bool cancelled) {
        report->finishedAt = QDateTime::currentDateTime();
        // A cancel that came after the last node still means "not this one".
        report->cancelled = report->cancelled || cancelled;
        if (report->cancelled) {
            report->blastRadius = {};
            report->hardeningGain = {};
        }
        emit finished(*report);
    });
}

bool WhatIfRunner::start(const Model &model, const QString &scenarioName,
    const sim::Scenario &scenario, const sim::WhatIf &change)
{
    if (isRunning())
        return false;
    auto report = std::make_shared<Report>();
    report->scenarioName = scenarioName;
    report->scenario = scenario;
    report->change = change;
    report->model = std::make_shared<const Model>(model);

    auto work = [report](const sim::RunOptions &options) {
        const Model &m = *report->model;
        const sim::CompiledModel compiled = sim::compile(m);
        report->categories = compiled.categories;
        sim::WhatIfOutcome outcome
            = sim::runWhatIf(m, compiled, report->scenario, report->change, options);
        report->error = outcome.error;
        report->cancelled = outcome.cancelled;
        if (outcome.result) {
            report->result = std::make_shared<const sim::WhatIfResult>(std::move(*outcome.result));
            report->digest = sim::simulationDigest(m);
        }
    };
    return launch(std::move(work), [this, report](bool cancelled) {
        report->finishedAt = QDateTime::currentDateTime();
        report->cancelled = report->cancelled || cancelled;
        if (report->cancelled)
            report->result = nullptr;
        emit finished(*report);
    });
}

} // namespace wl
