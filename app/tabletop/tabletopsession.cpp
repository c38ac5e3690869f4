#include "tabletopsession.h"

#include <algorithm>

namespace wl::tabletop {

TabletopSession::TabletopSession(SimulationContext *simulation, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
    , m_document(simulation->document())
    , m_job(BackgroundJobBase::Kind::Simulation, simulation->budget())
{
    m_runTimer.setSingleShot(true);
    m_runTimer.setInterval(150);
    connect(&m_runTimer, &QTimer::timeout, this, &TabletopSession::startRun);
    m_clocksTimer.setSingleShot(true);
    m_clocksTimer.setInterval(0);
    connect(&m_clocksTimer, &QTimer::timeout, this, &TabletopSession::clocksChanged);
    connect(&m_job, &BackgroundJobBase::progress, this, &TabletopSession::progress);
    connect(m_document, &Document::changed, this, &TabletopSession::onDocumentChanged);
    connect(m_document, &Document::exerciseChanged, this, &TabletopSession::onExerciseChanged);
    scheduleRun();
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
    return m_projectionRevision != m_document->simulationRevision()
        || !(projected(m_projection->settings) == projected(settings()));
}

void TabletopSession::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && (!m_projection || isStale()))
        scheduleRun();
    if (active && m_clocksPending) {
        m_clocksPending = false;
        m_clocksTimer.start();
    }
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
    if (m_nodeMapRevision != m_document->simulationRevision()) {
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
        m_nodeMapRevision = m_document->simulationRevision();
    }
    for (size_t v = 0; v < out.size(); ++v)
        if (m_nodeMap[v] >= 0)
            out[v] = m_projection->pNode(m_nodeMap[v], m_timeIndex);
    return out;
}

const obligations::ExerciseClocks &TabletopSession::clocks() const
{
    if (!m_clocks) {
        const obligations::RulesResult &rules = obligations::builtInRules();
        if (rules.ok()) {
            m_clocks = obligations::exerciseClocks(
                m_document->model(), *rules.rules, m_document->exercise());
        } else {
            m_clocks.emplace();
            m_clocks->problem = tr("The notification rules could not be read: %1").arg(rules.error);
        }
    }
    return *m_clocks;
}

void TabletopSession::invalidateClocks()
{
    m_clocks.reset();
    if (m_active)
        m_clocksTimer.start();
    else
        m_clocksPending = true;
}

void TabletopSession::run()
{
    m_runTimer.stop();
    startRun();
}

void TabletopSession::cancel()
{
    m_runTimer.stop();
    m_job.cancel();
}

void TabletopSession::onDocumentChanged(const ChangeEvent &event)
{
    // Positions and the model's name matter to neither the projection nor
    // the clocks; roles, jurisdictions, tags, contracts and node names
    // matter to the clocks.
    if (!mayChangeSimulation(event))
        return;
    invalidateClocks();
    updateStale();
    scheduleRun();
}

void TabletopSession::onExerciseChanged(const ExerciseChange &change)
{
    invalidateClocks();
    switch (change.kind) {
    case ExerciseChange::Kind::Reset:
        // Another document: its projection is yet to be made.
        cancel();
        m_projection.reset();
        m_timeIndex = 0;
        m_nodeMapRevision.reset();
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
    if (!problem.isEmpty()) {
        // What runs was asked for settings that no longer hold.
        m_job.cancel();
        return;
    }

    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    // A run in progress is superseded: the engine stops within one block,
    // and this one starts when it has.
    m_job.start([snapshot, s](const JobContext &context) { return work(*snapshot, s, context); },
        [this, revision = snapshot->revision()](
            std::optional<Output> out) { onFinished(revision, std::move(out)); });
    emit runStarted();
}

TabletopSession::Output TabletopSession::work(
    const SimulationSnapshot &snapshot, const ExerciseSettings &settings, const JobContext &context)
{
    Output out;
    if (std::optional<Projection> p = analysis::project(
            settings, snapshot.model(), *snapshot.compiled(), context.runOptions(), &out.error))
        out.projection = std::make_shared<Projection>(std::move(*p));
    return out;
}

void TabletopSession::onFinished(quint64 revision, std::optional<Output> out)
{
    if (out && out->projection) {
        // Keep t where the facilitator was.
        const double hours = currentHours();
        m_projection = std::move(out->projection);
        m_projectionRevision = revision;
        m_nodeMapRevision.reset();
        m_timeIndex = m_projection->indexAtOrBefore(hours);
        setProblem({});
        emit projectionChanged();
        emit frameChanged();
    } else if (out) {
        setProblem(out->error);
    }
    updateStale();
    emit runFinished();
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
