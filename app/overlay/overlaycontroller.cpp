#include "overlaycontroller.h"

#include "analysis/overlaysource.h"
#include "editor/diagramscene.h"
#include "model/document.h"
#include "render/heatmap.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace wl {

namespace {

constexpr int kDefaultDebounceMs = 400;
constexpr quint64 kBaselineRngSeed = 1;

// The engine's threads: all cores but one, which stays with the GUI.
int threadCount()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

} // namespace

OverlayController::OverlayController(Document *document, DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &OverlayController::computeIfNeeded);
    connect(document, &Document::changed, this, &OverlayController::onDocumentChanged);
}

OverlayController::~OverlayController()
{
    cancel();
    for (auto *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void OverlayController::setMetric(std::optional<sim::Metric> metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    computeIfNeeded();
    refresh();
}

void OverlayController::setFlows(bool on)
{
    if (on == m_flows)
        return;
    m_flows = on;
    computeIfNeeded();
    refresh();
}

void OverlayController::setSource(Source source)
{
    if (source == Source::Scenario && !hasScenarioResult())
        source = Source::Baseline;
    if (source == m_source)
        return;
    m_source = source;
    computeIfNeeded();
    refresh();
}

void OverlayController::setScenarioResult(const QString &name,
    std::shared_ptr<const sim::SimResult> result, std::shared_ptr<const Model> snapshot, bool stale,
    std::shared_ptr<const sim::CompiledModel> compiled)
{
    if (!result || !snapshot) {
        clearScenarioResult();
        return;
    }
    m_scenario.name = name;
    m_scenario.result = std::move(result);
    m_scenario.compiled = compiled
        ? std::move(compiled)
        : std::make_shared<const sim::CompiledModel>(sim::compile(*snapshot));
    m_scenario.model = std::move(snapshot);
    m_scenario.stale = stale;
    m_scenario.generation = m_generation;
    m_source = Source::Scenario;
    emit scenarioResultChanged();
    computeIfNeeded();
    refresh();
}

void OverlayController::clearScenarioResult()
{
    if (!hasScenarioResult())
        return;
    m_scenario = Scenario();
    m_source = Source::Baseline;
    emit scenarioResultChanged();
    computeIfNeeded();
    refresh();
}

void OverlayController::setBaselineTrials(int annualTrials, int blastRadiusTrials)
{
    m_annualTrials = std::max(1, annualTrials);
    m_blastTrials = std::max(1, blastRadiusTrials);
    // What was computed with the old counts is not what was asked for.
    m_baseline = Values();
    cancel();
    computeIfNeeded();
    refresh();
}

bool OverlayController::baselineAnnualNeeded() const
{
    const bool scenarioShown = m_source == Source::Scenario && hasScenarioResult();
    return !scenarioShown && (m_flows || (m_metric && sim::metricUsesScenario(*m_metric)));
}

bool OverlayController::baselineAnnualCurrent() const
{
    return m_baseline.result && m_baseline.generation == m_generation;
}

bool OverlayController::blastCurrent() const
{
    return m_baseline.blastRadius && m_baseline.generation == m_generation;
}

bool OverlayController::isStale() const
{
    if (!isOn())
        return false;
    bool stale = false;
    if (m_metric == sim::Metric::BlastRadius)
        stale = !blastCurrent();
    const bool scenarioShown = m_source == Source::Scenario && hasScenarioResult();
    const bool usesRun = m_flows || (m_metric && sim::metricUsesScenario(*m_metric));
    if (usesRun)
        stale = stale
            || (scenarioShown ? m_scenario.stale || m_scenario.generation != m_generation
                              : !baselineAnnualCurrent());
    return stale;
}

std::optional<double> OverlayController::value(const QString &nodeId) const
{
    const auto it = m_shown.constFind(nodeId);
    if (it == m_shown.cend())
        return std::nullopt;
    return *it;
}

void OverlayController::cancel()
{
    if (m_job)
        m_job->cancel = true;
    m_job.reset();
    m_debounce.stop();
    emit computingChanged(false);
}

void OverlayController::onDocumentChanged(const ChangeEvent &event)
{
    if (!mayChangeSimulation(event))
        return;
    ++m_generation;
    // Another document: its scenario results are not this one's.
    if (event.kind == ChangeEvent::Kind::Reset && hasScenarioResult()) {
        m_scenario = Scenario();
        m_source = Source::Baseline;
        emit scenarioResultChanged();
    }
    if (m_job) {
        m_job->cancel = true;
        m_job.reset();
        emit computingChanged(false);
    }
    if (isOn())
        m_debounce.start();
    refresh();
}

void OverlayController::computeIfNeeded()
{
    if (!isOn())
        return;
    const bool annual = baselineAnnualNeeded() && !baselineAnnualCurrent();
    const bool blast = m_metric == sim::Metric::BlastRadius && !blastCurrent();
    if (!annual && !blast)
        return;
    // A run for this model that already does the work is left to finish.
    if (m_job && m_job->generation == m_generation && (m_job->annual || !annual)
        && (m_job->blast || !blast))
        return;
    startJob(annual, blast);
}

void OverlayController::startJob(bool annual, bool blast)
{
    if (m_job)
        m_job->cancel = true;
    m_debounce.stop();
    auto job = std::make_shared<Job>();
    job->model = std::make_shared<const Model>(m_document->model());
    job->generation = m_generation;
    job->annual = annual;
    job->blast = blast;
    job->annualTrials = m_annualTrials;
    job->blastTrials = m_blastTrials;
    m_job = job;

    // Progress comes from a worker thread; a report queued after its run is
    // over is dropped.
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
    auto *watcher = new QFutureWatcher<std::shared_ptr<Output>>(this);
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        onJobFinished(job, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([job, report = std::move(report)] { return work(*job, report); }));
    emit computingChanged(true);
}

std::shared_ptr<OverlayController::Output> OverlayController::work(
    Job &job, const std::function<void(std::int64_t, std::int64_t)> &progress)
{
    auto out = std::make_shared<Output>();
    out->compiled = std::make_shared<const sim::CompiledModel>(sim::compile(*job.model));
    sim::RunOptions options;
    options.threads = threadCount();
    options.cancel = &job.cancel;
    // One progress bar over both parts: the annual trials, then one step
    // per node of the ranking (each worth its trials).
    const std::int64_t annualWork = job.annual ? job.annualTrials : 0;
    const std::int64_t blastWork = job.blast ? std::int64_t(out->compiled->nodeCount) : 0;
    const std::int64_t total = annualWork + blastWork * job.blastTrials;
    if (job.annual) {
        options.progress = [&](std::int64_t done, std::int64_t) { progress(done, total); };
        sim::Scenario annual;
        annual.mode = sim::Mode::Annual;
        annual.trials = job.annualTrials;
        annual.rngSeed = kBaselineRngSeed;
        sim::RunOutcome run = sim::run(*job.model, *out->compiled, annual, options);
        if (!run.result) {
            out->cancelled = true;
            return out;
        }
        out->annual = std::make_shared<const sim::SimResult>(std::move(*run.result));
    }
    if (job.blast) {
        options.progress = [&](std::int64_t done, std::int64_t) {
            progress(annualWork + done * job.blastTrials, total);
        };
        const std::optional<sim::BlastRadius> ranking
            = sim::blastRadius(*out->compiled, job.blastTrials, kBaselineRngSeed, options);
        if (!ranking) {
            out->cancelled = true;
            return out;
        }
        out->blast = sim::blastRadiusValues(*ranking);
    }
    return out;
}

void OverlayController::onJobFinished(
    const std::shared_ptr<Job> &job, const std::shared_ptr<Output> &out)
{
    if (job != m_job)
        return; // cancelled or overtaken: a newer run (or none) is in charge
    m_job.reset();
    emit computingChanged(false);
    if (out->cancelled || job->generation != m_generation)
        return;
    if (m_baseline.generation != job->generation) {
        m_baseline = Values();
        m_baseline.generation = job->generation;
    }
    m_baseline.model = job->model;
    m_baseline.compiled = out->compiled;
    if (out->annual)
        m_baseline.result = out->annual;
    if (out->blast)
        m_baseline.blastRadius = out->blast;
    // The choice may have changed while this ran.
    computeIfNeeded();
    refresh();
}

void OverlayController::setOverride(std::optional<render::Overlay> overlay)
{
    m_override = std::move(overlay);
    refresh();
}

void OverlayController::refresh()
{
    m_shown.clear();
    if (m_override) {
        m_shown = m_override->nodeValues;
        m_scene->setOverlay(*m_override);
        emit changed();
        return;
    }
    if (!isOn()) {
        m_scene->setOverlay(render::Overlay());
        emit changed();
        return;
    }
    const bool scenarioShown = m_source == Source::Scenario && hasScenarioResult();
    // The run behind scenario metrics and flows: the scenario's, or the
    // baseline (possibly from an earlier model, or not there yet).
    const Model *runModel = scenarioShown ? m_scenario.model.get() : m_baseline.model.get();
    const sim::CompiledModel *runCompiled
        = scenarioShown ? m_scenario.compiled.get() : m_baseline.compiled.get();
    const sim::SimResult *run = scenarioShown ? m_scenario.result.get() : m_baseline.result.get();
    if (!run) {
        runModel = nullptr;
        runCompiled = nullptr;
    }
    analysis::OverlayRun runSource;
    if (scenarioShown) {
        runSource.scenario = run->scenario;
        runSource.name = m_scenario.name;
    } else {
        runSource.baseline = true;
        runSource.computing = !run;
        runSource.scenario.trials = run ? int(run->trials) : m_annualTrials;
        runSource.scenario.rngSeed = kBaselineRngSeed;
    }
    const bool blastShown = m_baseline.blastRadius && m_baseline.model && m_baseline.compiled;

    render::Overlay overlay;
    if (m_metric == sim::Metric::BlastRadius) {
        if (blastShown)
            overlay = render::makeOverlay(m_metric, *m_baseline.blastRadius, *m_baseline.model,
                *m_baseline.compiled, nullptr, false);
        else
            overlay.heat = render::heatScale(*m_metric, {});
    } else if (m_metric) {
        if (run) {
            overlay = render::makeOverlay(m_metric,
                sim::metricValues(*m_metric, *runModel, *runCompiled, *run), *runModel,
                *runCompiled, nullptr, false);
        } else {
            overlay.heat = render::heatScale(*m_metric, {});
        }
    }
    if (m_flows) {
        overlay.flows = true;
        if (run)
            overlay.edgeShares = render::edgeShares(*runModel, *runCompiled, *run);
    }
    overlay.source = analysis::overlaySource(m_metric, m_flows, runSource,
        { .trialsPerNode = m_blastTrials, .rngSeed = kBaselineRngSeed, .computing = !blastShown });
    overlay.stale = isStale();
    m_shown = overlay.nodeValues;
    m_scene->setOverlay(overlay);
    emit changed();
}

} // namespace wl
