#include "scenariorunner.h"

#include "charts/chartdata.h"

#include "simulation/resultjson.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace wl {

// What a run works on. Shared by the GUI thread and the worker; after
// start() only `cancel` changes.
struct ScenarioRunner::Job {
    QString name;
    sim::Scenario scenario;
    std::shared_ptr<const Model> model;
    quint64 generation = 0;
    // From an earlier run on the same model, else null / empty: the worker
    // makes them.
    std::shared_ptr<const sim::CompiledModel> compiled;
    QByteArray digest;
    std::atomic_bool cancel { false };
};

struct ScenarioRunner::Output {
    sim::RunOutcome outcome;
    std::shared_ptr<const sim::CompiledModel> compiled;
    QByteArray digest;
    QByteArray resultJson;
};

ScenarioRunner::ScenarioRunner(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Output>>::finished, this,
        &ScenarioRunner::onFinished);
    connect(document, &Document::changed, this, &ScenarioRunner::onDocumentChanged);
}

ScenarioRunner::~ScenarioRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

QString ScenarioRunner::runningScenario() const
{
    return m_job ? m_job->name : QString();
}

int ScenarioRunner::threadCount()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

bool ScenarioRunner::start(int index)
{
    const Model &m = m_document->model();
    if (m_job || index < 0 || index >= m.scenarios.size())
        return false;
    auto job = std::make_shared<Job>();
    job->name = m.scenarios[index].name;
    job->scenario = m.scenarios[index].scenario;
    job->model = std::make_shared<const Model>(m);
    job->generation = m_generation;
    if (m_compiledGeneration == m_generation)
        job->compiled = m_compiled;
    if (m_digestGeneration == m_generation)
        job->digest = m_digest;
    m_job = job;

    // Called on the worker thread. A report still queued when its run is
    // over is dropped: its job is no longer the current one.
    const std::weak_ptr<Job> weak = job;
    auto progress = [this, weak](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            this,
            [this, weak, done, total] {
                if (const auto current = weak.lock(); current && current == m_job)
                    emit this->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([job, progress = std::move(progress)] { return work(*job, progress); }));
    emit started(job->name);
    return true;
}

void ScenarioRunner::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

QByteArray ScenarioRunner::modelDigest()
{
    if (m_digestGeneration != m_generation) {
        m_digest = sim::simulationDigest(m_document->model());
        m_digestGeneration = m_generation;
    }
    return m_digest;
}

std::shared_ptr<ScenarioRunner::Output> ScenarioRunner::work(
    const Job &job, const std::function<void(std::int64_t, std::int64_t)> &progress)
{
    auto out = std::make_shared<Output>();
    out->compiled = job.compiled
        ? job.compiled
        : std::make_shared<const sim::CompiledModel>(sim::compile(*job.model));
    sim::RunOptions options;
    options.threads = threadCount();
    options.progress = progress;
    options.cancel = &job.cancel;
    // Counts by time for the charts' cumulative curves (docs/CHARTS.md).
    options.timeGrid = charts::suggestTimeGrid(*job.model, *out->compiled, job.scenario);
    out->outcome = sim::run(*job.model, *out->compiled, job.scenario, options);
    if (out->outcome.result && !job.cancel) {
        out->resultJson = sim::writeResultJson(*job.model, *out->compiled, *out->outcome.result);
        out->digest = job.digest.isEmpty() ? sim::simulationDigest(*job.model) : job.digest;
    }
    return out;
}

void ScenarioRunner::onDocumentChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::ScenariosChanged)
        return;
    ++m_generation;
    // Another document, or the same reloaded: what runs now belongs to
    // nothing the user sees.
    if (event.kind == ChangeEvent::Kind::Reset)
        cancel();
}

void ScenarioRunner::onFinished()
{
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    const std::shared_ptr<Output> out = m_watcher.result();
    if (job->generation == m_generation) {
        m_compiled = out->compiled;
        m_compiledGeneration = m_generation;
    }

    Report report;
    report.scenarioName = job->name;
    report.scenario = job->scenario;
    report.finishedAt = QDateTime::currentDateTime();
    report.model = job->model;
    report.compiled = out->compiled;
    report.error = out->outcome.error;
    // A cancel that came after the last block still means "not this one".
    report.cancelled = out->outcome.cancelled || job->cancel;
    if (out->outcome.result && !report.cancelled) {
        report.result = std::make_shared<const sim::SimResult>(std::move(*out->outcome.result));
        report.modelDigest = out->digest;
        report.resultJson = out->resultJson;
        if (job->generation == m_generation) {
            m_digest = out->digest;
            m_digestGeneration = m_generation;
        }

        const Model &m = m_document->model();
        for (int i = 0; i < m.scenarios.size(); ++i) {
            if (m.scenarios[i].name != job->name)
                continue;
            // The model may have changed and changed back (an undo): the
            // digest, not the generation, decides.
            if (m.scenarios[i].scenario == job->scenario && modelDigest() == out->digest) {
                m_document->setScenarioResult(i, report.resultJson, report.modelDigest);
                report.stored = true;
            }
            break;
        }
    }
    emit finished(report);
}

} // namespace wl
