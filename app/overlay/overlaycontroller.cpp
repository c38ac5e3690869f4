#include "overlaycontroller.h"

#include "analysis/overlaysource.h"
#include "editor/diagramscene.h"
#include "jobs/simulationsnapshot.h"

#include "model/document.h"
#include "obligations/contractgaps.h"
#include "render/heatmap.h"

#include <QLocale>

namespace wl {

namespace {

constexpr int kDefaultDebounceMs = 400;

} // namespace

OverlayController::OverlayController(
    SimulationContext *simulation, DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
    , m_document(simulation->document())
    , m_scene(scene)
    , m_job(BackgroundJobBase::Kind::Simulation, simulation->budget())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &OverlayController::computeIfNeeded);
    connect(m_document, &Document::changed, this, &OverlayController::onDocumentChanged);
    connect(&m_job, &BackgroundJobBase::progress, this, &OverlayController::progress);
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
    if (on)
        m_contracts = false;
    computeIfNeeded();
    refresh();
}

void OverlayController::setContracts(bool on)
{
    if (on == m_contracts)
        return;
    m_contracts = on;
    if (on)
        m_flows = false;
    refresh();
}

void OverlayController::setScale(render::ScaleKind scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    emit scaleChanged(scale);
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
    m_scenario.revision = m_document->simulationRevision();
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

void OverlayController::setBaselineTrials(int annualTrials, int blastRadiusTrials, quint64 rngSeed)
{
    m_annualTrials = std::max(1, annualTrials);
    m_blastTrials = std::max(1, blastRadiusTrials);
    m_rngSeed = rngSeed;
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
    return m_baseline.result && m_baseline.revision == m_document->simulationRevision()
        && m_baseline.result->trials == m_annualTrials;
}

bool OverlayController::blastCurrent() const
{
    return m_baseline.blastRadius && m_baseline.revision == m_document->simulationRevision();
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
            || (scenarioShown
                    ? m_scenario.stale || m_scenario.revision != m_document->simulationRevision()
                    // A quick first run is of the model as it is (computing,
                    // not stale).
                    : !(m_baseline.result
                        && m_baseline.revision == m_document->simulationRevision()));
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
    m_job.cancel();
    m_request.reset();
    m_debounce.stop();
}

void OverlayController::onDocumentChanged(const ChangeEvent &event)
{
    // A contract is not a simulation input, but the contract overlay shows it.
    if (!mayChangeSimulation(event)) {
        if (m_contracts)
            refresh();
        return;
    }
    // Another document: its scenario results are not this one's.
    if (event.kind == ChangeEvent::Kind::Reset && hasScenarioResult()) {
        m_scenario = Scenario();
        m_source = Source::Baseline;
        emit scenarioResultChanged();
    }
    cancel();
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
    if (m_request && m_request->revision == m_document->simulationRevision()
        && (m_request->annual || !annual) && (m_request->blast || !blast))
        return;
    startJob(annual, blast);
}

void OverlayController::startJob(bool annual, bool blast)
{
    m_debounce.stop();
    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    Request request { snapshot->revision(), annual, blast, m_annualTrials, m_blastTrials,
        m_rngSeed };
    // A large model's first picture comes from fewer trials (the run with
    // all of them follows): nothing of this model is shown yet.
    const bool shownForModel = m_baseline.result && m_baseline.revision == snapshot->revision();
    if (annual && !shownForModel && m_quickTrials < m_annualTrials
        && snapshot->model()->nodes().size() >= m_quickNodes) {
        request.annualTrials = m_quickTrials;
        request.blast = false;
    }
    m_request = request;
    // Supersedes a run of an earlier model or choice.
    m_job.start([snapshot, request](
                    const JobContext &context) { return work(*snapshot, request, context); },
        [this, request, snapshot](
            std::optional<Output> out) { onJobFinished(request, snapshot, std::move(out)); });
    emit computingChanged(true);
}

OverlayController::Output OverlayController::work(
    const SimulationSnapshot &snapshot, const Request &request, const JobContext &context)
{
    Output out;
    const sim::CompiledModel &compiled = *snapshot.compiled();
    sim::RunOptions options = context.runOptions();
    // One progress bar over both parts: the annual trials, then one step
    // per node of the ranking (each worth its trials).
    const std::int64_t annualWork = request.annual ? request.annualTrials : 0;
    const std::int64_t blastWork = request.blast ? std::int64_t(compiled.nodeCount) : 0;
    const std::int64_t total = annualWork + blastWork * request.blastTrials;
    if (request.annual) {
        options.progress = [&](std::int64_t done, std::int64_t) { context.progress(done, total); };
        sim::Scenario annual;
        annual.mode = sim::Mode::Annual;
        annual.trials = request.annualTrials;
        annual.rngSeed = request.rngSeed;
        sim::RunOutcome run = sim::run(*snapshot.model(), compiled, annual, options);
        if (!run.result) {
            out.cancelled = true;
            return out;
        }
        out.annual = std::make_shared<const sim::SimResult>(std::move(*run.result));
    }
    if (request.blast) {
        options.progress = [&](std::int64_t done, std::int64_t) {
            context.progress(annualWork + done * request.blastTrials, total);
        };
        const std::optional<sim::BlastRadius> ranking
            = sim::blastRadius(compiled, request.blastTrials, request.rngSeed, options);
        if (!ranking) {
            out.cancelled = true;
            return out;
        }
        out.blast = sim::blastRadiusValues(*ranking);
    }
    return out;
}

void OverlayController::onJobFinished(const Request &request,
    const std::shared_ptr<const SimulationSnapshot> &snapshot, std::optional<Output> out)
{
    m_request.reset();
    emit computingChanged(false);
    if (!out || out->cancelled || request.revision != m_document->simulationRevision())
        return;
    if (m_baseline.revision != request.revision) {
        m_baseline = Values();
        m_baseline.revision = request.revision;
    }
    m_baseline.model = snapshot->model();
    m_baseline.compiled = snapshot->compiled();
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
        m_scene->setOverlay(contractOverlay(render::Overlay()));
        emit changed();
        return;
    }
    const bool scenarioShown = m_source == Source::Scenario && hasScenarioResult();
    // The run behind scenario metrics and flows: the scenario's, or the
    // baseline (possibly from an earlier model, or not there yet).
    const Model *runModel = scenarioShown ? m_scenario.model.get() : m_baseline.model.get();
    const sim::CompiledModel *runCompiled
        = scenarioShown ? m_scenario.compiled.get() : m_baseline.compiled.get();
    const std::shared_ptr<const sim::SimResult> &runHeld
        = scenarioShown ? m_scenario.result : m_baseline.result;
    const sim::SimResult *run = runHeld.get();
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
        // A quick first run is shown while the full one computes.
        runSource.computing = !run
            || (m_baseline.revision == m_document->simulationRevision()
                && !baselineAnnualCurrent());
        runSource.scenario.trials = run ? int(run->trials) : m_annualTrials;
        runSource.scenario.rngSeed = m_rngSeed;
    }
    const bool blastShown = m_baseline.blastRadius && m_baseline.model && m_baseline.compiled;

    render::Overlay overlay;
    render::HeatOptions heat { .scale = m_scale, .breached = {} };
    if (m_metric == sim::Metric::BlastRadius) {
        if (blastShown)
            overlay = render::makeOverlay(m_metric, *m_baseline.blastRadius, *m_baseline.model,
                *m_baseline.compiled, nullptr, false, heat);
        else
            overlay.heat = render::heatScale(*m_metric, {}, m_scale);
    } else if (m_metric) {
        if (run) {
            // The scenario's seeds are breached by assumption: off the scale.
            if (scenarioShown)
                heat.breached = render::seedIds(run->scenario);
            overlay = render::makeOverlay(m_metric,
                sim::metricValues(*m_metric, *runModel, *runCompiled, *run), *runModel,
                *runCompiled, nullptr, false, heat);
        } else {
            overlay.heat = render::heatScale(*m_metric, {}, m_scale);
        }
    }
    if (m_flows) {
        overlay.flows = true;
        if (run) {
            if (m_flowsOf.run != runHeld)
                m_flowsOf = { runHeld, render::edgeShares(*runModel, *runCompiled, *run) };
            overlay.edgeShares = m_flowsOf.shares;
        }
    }
    overlay.source = analysis::overlaySource(m_metric, m_flows, runSource,
        { .trialsPerNode = m_blastTrials, .rngSeed = m_rngSeed, .computing = !blastShown });
    overlay.stale = isStale();
    m_shown = overlay.nodeValues;
    m_scene->setOverlay(contractOverlay(std::move(overlay)));
    emit changed();
}

namespace {

render::ContractState contractState(obligations::GapKind kind)
{
    switch (kind) {
    case obligations::GapKind::NoDpa: return render::ContractState::NoDpa;
    case obligations::GapKind::NoTransferMechanism:
        return render::ContractState::NoTransferMechanism;
    case obligations::GapKind::SlaBeyondStatute: return render::ContractState::SlaBeyondStatute;
    case obligations::GapKind::StaleReview: return render::ContractState::StaleReview;
    }
    return render::ContractState::Covered;
}

} // namespace

render::Overlay OverlayController::contractOverlay(render::Overlay overlay) const
{
    if (!m_contracts)
        return overlay;
    const obligations::RulesResult &rules = obligations::builtInRules();
    const Model &model = m_document->model();
    overlay.contracts = true;
    overlay.edgeContracts.clear();
    for (const Edge &e : model.edges())
        if (!e.contract.isEmpty())
            overlay.edgeContracts.insert(e.id, render::ContractState::Covered);
    if (rules.ok()) {
        // Gaps come in edge order, then in GapKind's: an edge keeps its first.
        QSet<QString> seen;
        for (const obligations::ContractGap &gap :
            obligations::contractGaps(model, *rules.rules, QDate::currentDate())) {
            if (!seen.contains(gap.edge))
                overlay.edgeContracts.insert(gap.edge, contractState(gap.kind));
            seen.insert(gap.edge);
        }
    }
    const QString line = tr("Contracts as of %1 · decision support, not legal advice")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    overlay.source
        = overlay.source.isEmpty() ? line : overlay.source + QStringLiteral(" · ") + line;
    return overlay;
}

} // namespace wl
