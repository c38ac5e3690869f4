#include "rankingrunner.h"

namespace wl {

RankingRunner::RankingRunner(SimulationContext *simulation, QObject *parent)
    : BackgroundJobBase(Kind::Simulation, simulation->budget(), parent)
    , m_simulation(simulation)
{
}

bool RankingRunner::start(int trials, quint64 rngSeed)
{
    if (isRunning() || trials < 1)
        return false;
    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    auto report = std::make_shared<Report>();
    report->trials = trials;
    report->rngSeed = rngSeed;
    report->model = snapshot->model();
    report->revision = snapshot->revision();
    report->cancelled = true; // until the work completes

    // Each ranking reports progress in nodes; shown as one bar, the blast
    // radius fills the first half and the hardening gain the second.
    auto work = [report, snapshot](const JobContext &context) {
        const sim::RunOptions options = context.runOptions();
        const sim::CompiledModel &compiled = *snapshot->compiled();
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
        report->concentration = sim::concentration(*snapshot->model(), report->blastRadius);
        report->digest = snapshot->digest();
        report->cancelled = false;
    };
    launch(std::move(work), [this, report](bool cancelled) {
        report->finishedAt = QDateTime::currentDateTime();
        // A cancel that came after the last node still means "not this one".
        report->cancelled = report->cancelled || cancelled;
        if (report->cancelled) {
            report->blastRadius = {};
            report->hardeningGain = {};
            report->concentration = {};
        }
        emit finished(*report);
    });
    return true;
}

WhatIfRunner::WhatIfRunner(SimulationContext *simulation, QObject *parent)
    : BackgroundJobBase(Kind::Simulation, simulation->budget(), parent)
    , m_simulation(simulation)
{
}

bool WhatIfRunner::start(
    const QString &scenarioName, const sim::Scenario &scenario, const sim::WhatIf &change)
{
    if (isRunning())
        return false;
    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    auto report = std::make_shared<Report>();
    report->scenarioName = scenarioName;
    report->scenario = scenario;
    report->change = change;
    report->model = snapshot->model();
    report->revision = snapshot->revision();

    auto work = [report, snapshot](const JobContext &context) {
        const sim::CompiledModel &compiled = *snapshot->compiled();
        report->categories = compiled.categories;
        sim::WhatIfOutcome outcome = sim::runWhatIf(
            *snapshot->model(), compiled, report->scenario, report->change, context.runOptions());
        report->error = outcome.error;
        report->cancelled = outcome.cancelled;
        if (outcome.result) {
            report->result = std::make_shared<const sim::WhatIfResult>(std::move(*outcome.result));
            report->digest = snapshot->digest();
        }
    };
    launch(std::move(work), [this, report](bool cancelled) {
        report->finishedAt = QDateTime::currentDateTime();
        report->cancelled = report->cancelled || cancelled;
        if (report->cancelled)
            report->result = nullptr;
        emit finished(*report);
    });
    return true;
}

} // namespace wl
