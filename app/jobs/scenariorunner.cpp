#include "scenariorunner.h"

#include "analysis/chartdata.h"

#include "simulation/resultjson.h"

namespace wl {

ScenarioRunner::ScenarioRunner(SimulationContext *simulation, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
    , m_job(BackgroundJobBase::Kind::Simulation, simulation->budget())
{
    connect(&m_job, &BackgroundJobBase::progress, this, &ScenarioRunner::progress);
    // Another document, or the same reloaded: what runs now belongs to
    // nothing the user sees.
    connect(simulation->document(), &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Reset)
            cancel();
    });
}

QString ScenarioRunner::runningScenario() const
{
    return isRunning() ? m_runningScenario : QString();
}

bool ScenarioRunner::start(int index)
{
    const QVector<SavedScenario> &scenarios = m_simulation->document()->scenarios();
    if (isRunning() || index < 0 || index >= scenarios.size())
        return false;
    Report report;
    report.scenarioName = scenarios[index].name;
    report.scenario = scenarios[index].scenario;
    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    m_runningScenario = report.scenarioName;
    m_job.start([snapshot, scenario = report.scenario](
                    const JobContext &context) { return work(*snapshot, scenario, context); },
        [this, report, snapshot](
            std::optional<Output> out) { finish(report, snapshot, std::move(out)); });
    emit started(report.scenarioName);
    return true;
}

void ScenarioRunner::cancel()
{
    m_job.cancel();
}

ScenarioRunner::Output ScenarioRunner::work(
    const SimulationSnapshot &snapshot, const sim::Scenario &scenario, const JobContext &context)
{
    const Model &model = *snapshot.model();
    const sim::CompiledModel &compiled = *snapshot.compiled();
    sim::RunOptions options = context.runOptions();
    // Counts by time for the charts' cumulative curves (docs/CHARTS.md).
    options.timeGrid = analysis::suggestTimeGrid(model, compiled, scenario);
    Output out;
    out.outcome = sim::run(model, compiled, scenario, options);
    if (out.outcome.result && !context.isCancelled()) {
        out.resultJson = sim::writeResultJson(model, compiled, *out.outcome.result);
        // Made here rather than on the GUI thread, which compares it next.
        snapshot.digest();
    }
    return out;
}

void ScenarioRunner::finish(Report report,
    const std::shared_ptr<const SimulationSnapshot> &snapshot, std::optional<Output> out)
{
    report.finishedAt = QDateTime::currentDateTime();
    report.model = snapshot->model();
    report.revision = snapshot->revision();
    // A cancel that came after the last block still means "not this one".
    report.cancelled = !out || out->outcome.cancelled;
    if (!out) {
        emit finished(report);
        return;
    }
    report.compiled = snapshot->compiled();
    report.error = out->outcome.error;
    if (out->outcome.result && !report.cancelled) {
        report.result = std::make_shared<const sim::SimResult>(std::move(*out->outcome.result));
        report.modelDigest = snapshot->digest();
        report.resultJson = out->resultJson;

        Document *document = m_simulation->document();
        const QVector<SavedScenario> &scenarios = document->scenarios();
        for (int i = 0; i < scenarios.size(); ++i) {
            if (scenarios[i].name != report.scenarioName)
                continue;
            // The model may have changed and changed back (an undo): the
            // digest, not the revision, decides.
            if (scenarios[i].scenario == report.scenario
                && m_simulation->snapshot()->digest() == report.modelDigest) {
                document->setScenarioResult(i, report.resultJson, report.modelDigest);
                report.stored = true;
            }
            break;
        }
    }
    emit finished(report);
}

} // namespace wl
