#include "tabletopsession.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace wl::tabletop {

struct TabletopSession::Job {
    ExerciseSettings settings;
    std::shared_ptr<const Model> model;
    quint64 generation = 0;
    std::atomic_bool cancel { false };
    QString error; // written by the worker, read after it finished
};

TabletopSession::TabletopSession(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_runTimer.setSingleShot(true);
    m_runTimer.setInterval(150);
    connect(&m_runTimer, &QTimer::timeout, this, &TabletopSession::startRun);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Projection>>::finished, this,
        &TabletopSession::onFinished);
    connect(document, &Document::changed, this, &TabletopSession::onDocumentChanged);
    connect(document, &Document::exerciseChanged, this, &TabletopSession::onExerciseChanged);
    scheduleRun();
}

TabletopSession::~TabletopSession()
{
    cancel();
    m_watcher.waitForFinished();
}

ExerciseSettings TabletopSession::projected(ExerciseSettings s)
{
    s.start = {};
    return s;
}

bool TabletopSession::isStale() const
{
    if (!m_projection)
        return false;
    return m_projectionGeneration != m_modelGeneration
        || !(projected(m_projection->settings) == projected(settings()));
}

void TabletopSession::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && (!m_projection || isStale()))
        scheduleRun();
}

double TabletopSession::currentHours() const
{
    return m_projection ? m_projection->timeline()[size_t(m_timeIndex)] : 0.0;
}

QString TabletopSession::clockText() const
{
    return exercise::clockText(settings(), currentHours());
}

void TabletopSession::setTimeIndex(int index)
{
    if (!m_projection)
        return;
    index = std::clamp(index, 0, int(m_projection->timeline().size()) - 1);
    if (index == m_timeIndex)
        return;
    m_timeIndex = index;
    emit frameChanged();
}

void TabletopSession::setCurrentHours(double hours)
{
    if (m_projection)
        setTimeIndex(m_projection->indexAtOrBefore(hours));
}

void TabletopSession::stepForward()
{
    setTimeIndex(m_timeIndex + 1);
}

void TabletopSession::stepBack()
{
    setTimeIndex(m_timeIndex - 1);
}

std::vector<std::optional<double>> TabletopSession::nodeProbabilities() const
{
    const Model &m = m_document->model();
    std::vector<std::optional<double>> out(size_t(m.nodes().size()));
    if (!m_projection)
        return out;
    if (m_nodeMapGeneration != m_modelGeneration) {
        // Usually the same nodes in the same order; ids decide when not.
        const Model &snapshot = *m_projection->model;
        m_nodeMap.assign(out.size(), -1);
        for (size_t v = 0; v < out.size(); ++v) {
            const QString &id = m.nodes()[qsizetype(v)].id;
            m_nodeMap[v]
                = qsizetype(v) < snapshot.nodes().size() && snapshot.nodes()[qsizetype(v)].id == id
                ? int(v)
                : snapshot.nodeIndex(id);
        }
        m_nodeMapGeneration = m_modelGeneration;
    }
    for (size_t v = 0; v < out.size(); ++v)
        if (m_nodeMap[v] >= 0)
            out[v] = m_projection->pNode(m_nodeMap[v], m_timeIndex);
    return out;
}

void TabletopSession::run()
{
    m_runTimer.stop();
    startRun();
}

void TabletopSession::cancel()
{
    m_runTimer.stop();
    m_rerun = false;
    if (m_job)
        m_job->cancel = true;
}

void TabletopSession::onDocumentChanged(const ChangeEvent &event)
{
    if (!mayChangeSimulation(event))
        return;
    ++m_modelGeneration;
    updateStale();
    scheduleRun();
}

void TabletopSession::onExerciseChanged(const ExerciseChange &change)
{
    switch (change.kind) {
    case ExerciseChange::Kind::Reset:
        // Another document: its projection is yet to be made.
        cancel();
        m_projection.reset();
        m_timeIndex = 0;
        m_nodeMapGeneration = 0;
        ++m_modelGeneration;
        emit projectionChanged();
        emit frameChanged();
        updateStale();
        scheduleRun();
        return;
    case ExerciseChange::Kind::SettingsChanged:
        if (m_projection && projected(m_projection->settings) == projected(settings())) {
            // The clock or nothing that matters: relabel, or undo back to
            // what is shown.
            updateStale();
            emit frameChanged();
            return;
        }
        updateStale();
        scheduleRun();
        emit frameChanged();
        return;
    case ExerciseChange::Kind::LogInserted:
    case ExerciseChange::Kind::LogRemoved:
    case ExerciseChange::Kind::LogEdited: return;
    }
}

void TabletopSession::scheduleRun()
{
    if (m_active)
        m_runTimer.start();
}

void TabletopSession::startRun()
{
    if (m_job) {
        // The engine stops within one block; the newest settings run then.
        m_job->cancel = true;
        m_rerun = true;
        return;
    }
    const ExerciseSettings &s = settings();
    const Model &m = m_document->model();
    QString problem = exercise::checkSettings(s);
    if (problem.isEmpty() && s.vendor.isEmpty())
        problem = tr("Choose the breached vendor to start the exercise.");
    else if (problem.isEmpty() && m.nodeIndex(s.vendor) < 0)
        problem = tr("The breached vendor \"%1\" is not in the model.").arg(s.vendor);
    if (problem.isEmpty())
        problem = sim::checkScenario(m, exercise::scenario(s));
    setProblem(problem);
    if (!problem.isEmpty())
        return;

    auto job = std::make_shared<Job>();
    job->settings = s;
    job->model = std::make_shared<const Model>(m);
    job->generation = m_modelGeneration;
    m_job = job;

    const std::weak_ptr<Job> weak = job;
    auto report = [this, weak](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            this,
            [this, weak, done, total] {
                if (const auto current = weak.lock(); current && current == m_job)
                    emit progress(done, total);
            },
            Qt::QueuedConnection);
    };
    // All cores but one, which stays with the GUI.
    const int threads = std::max(1, QThread::idealThreadCount() - 1);
    m_watcher.setFuture(QtConcurrent::run([job, report, threads]() {
        sim::RunOptions options;
        options.threads = threads;
        options.progress = report;
        options.cancel = &job->cancel;
        std::optional<Projection> p
            = analysis::project(job->settings, job->model, options, &job->error);
        return p ? std::make_shared<Projection>(std::move(*p)) : std::shared_ptr<Projection>();
    }));
    emit runStarted();
}

void TabletopSession::onFinished()
{
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    std::shared_ptr<Projection> p = m_watcher.result();
    if (p && !job->cancel) {
        // Keep t where the facilitator was.
        const double hours = currentHours();
        m_projection = std::move(p);
        m_projectionGeneration = job->generation;
        m_nodeMapGeneration = 0;
        m_timeIndex = m_projection->indexAtOrBefore(hours);
        setProblem({});
        emit projectionChanged();
        emit frameChanged();
    } else if (!job->cancel) {
        setProblem(job->error);
    }
    updateStale();
    emit runFinished();
    if (std::exchange(m_rerun, false))
        startRun();
}

void TabletopSession::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

void TabletopSession::updateStale()
{
    const bool stale = isStale();
    if (stale == m_lastStale)
        return;
    m_lastStale = stale;
    emit staleChanged(stale);
}

} // namespace wl::tabletop
