// The breach propagation engine (SIMULATION.md): runs N independent trials of
// a scenario on a compiled model, in parallel, and reports every figure of
// §3. Plain C++: no QObject, callable from any thread.
#pragma once

#include "model/scenario.h"
#include "simulation/compiledmodel.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace wl::sim {

// Trials per block. A run checks RunOptions::cancel between blocks, so a
// cancel takes effect within one block per thread. Fixed, so that block
// boundaries — and with them every floating-point sum — are the same
// whatever the number of threads.
inline constexpr std::int64_t kBlockTrials = 256;

struct RunOptions {
    int threads = 0; // 0: all cores
    // Called with (trials done, trials in all) from the calling thread, a few
    // times per second at most.
    std::function<void(std::int64_t, std::int64_t)> progress;
    const std::atomic_bool *cancel = nullptr;
    // Ascending times in hours. When given, the result also counts, for
    // every node and asset, the trials compromised (exposed) by each of
    // these times: the timeline of a tabletop exercise and the cumulative
    // probability curves.
    std::vector<double> timeGrid;
};

struct SimResult {
    Scenario scenario; // as run: seeds and severance merged
    std::int64_t trials = 0;
    std::vector<std::int64_t> compromised; // per node: trials with T(v) <= H
    std::vector<double> meanHours; // per node; NaN where never compromised
    std::vector<std::int64_t> exposed; // per asset
    std::vector<std::int64_t> travelled; // per arc (arc order)
    std::vector<std::int64_t> histogram; // [k] = trials with exactly k compromised
    double expectedExposedTotal = 0.0;
    std::vector<double> expectedExposedByCategory; // CompiledModel::categories order
    std::vector<std::int64_t> trialExposedRecords; // per trial: records of the exposed assets

    // With RunOptions::timeGrid: trials with T(v) <= timeGrid[k] at
    // [v * timeGrid.size() + k], and likewise per asset for its first
    // exposure. Empty without a grid.
    std::vector<double> timeGrid;
    std::vector<std::int64_t> compromisedBy;
    std::vector<std::int64_t> exposedBy;

    double pCompromised(int v) const { return double(compromised[v]) / double(trials); }
    // Probability of compromise (exposure) by timeGrid[k].
    double pCompromisedBy(int v, int k) const
    {
        return double(compromisedBy[std::size_t(v) * timeGrid.size() + std::size_t(k)])
            / double(trials);
    }
    double pExposedBy(int asset, int k) const
    {
        return double(exposedBy[std::size_t(asset) * timeGrid.size() + std::size_t(k)])
            / double(trials);
    }
    double meanCompromisedCount() const;
};

struct RunOutcome {
    std::optional<SimResult> result;
    QString error; // an unknown node id, a bad number
    bool cancelled = false;
};

// Checks the scenario against the model (node ids, times, trials).
QString checkScenario(const Model &model, const Scenario &scenario);

RunOutcome run(const Model &model, const CompiledModel &compiled, const Scenario &scenario,
    const RunOptions &options = {});

// The Wilson score interval at 95 % (z = 1.959963984540054), no continuity
// correction.
std::pair<double, double> wilson95(std::int64_t successes, std::int64_t trials);

// One progress report for work done in several runs, one after the other:
// part(i) gives run i options whose progress reports count towards the
// whole, each run weighed by its share of the work (its weight). Cancel
// and threads are the whole's.
class ProgressParts {
public:
    ProgressParts(const RunOptions &whole, std::vector<std::int64_t> weights);
    RunOptions part(std::size_t index) const;

private:
    const RunOptions &m_whole;
    std::vector<std::int64_t> m_weights;
    std::int64_t m_total = 0;
};

} // namespace wl::sim
