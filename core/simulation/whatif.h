// "What if we sever / harden this vendor?": runs a scenario and the same
// scenario with one change, with the same rng seed, and reports both results
// and their differences. Because draws are counter-based (SIMULATION.md §4)
// and neither change renumbers nodes or arcs, both runs see exactly the same
// random draws (common random numbers): a difference is the effect of the
// change, not Monte Carlo noise between two independent runs.
#pragma once

#include "simulation/engine.h"

namespace wl::sim {

struct WhatIf {
    enum class Kind {
        // Adds a severance of the node at `atHours` to the scenario's plan.
        Sever,
        // Control strength 1 and breach likelihood 0 on a copy of the model:
        // the node is never breached directly and no arc into it succeeds.
        Harden,
    };
    Kind kind = Kind::Harden;
    QString node;
    double atHours = 0.0; // Sever only

    friend bool operator==(const WhatIf &, const WhatIf &) = default;
};

struct WhatIfResult {
    SimResult baseline;
    SimResult changed;
    // Per node: p_compromised(changed) − p_compromised(baseline).
    std::vector<double> deltaP;

    double deltaExposedTotal() const
    {
        return changed.expectedExposedTotal - baseline.expectedExposedTotal;
    }
    // Per category, in CompiledModel::categories order.
    double deltaExposed(int category) const
    {
        return changed.expectedExposedByCategory[category]
            - baseline.expectedExposedByCategory[category];
    }
    double deltaCompromised() const
    {
        return changed.meanCompromisedCount() - baseline.meanCompromisedCount();
    }
    // The nodes whose probability of compromise changed, largest change
    // (either way) first; ties keep model order.
    std::vector<int> nodesByChange() const;
};

struct WhatIfOutcome {
    std::optional<WhatIfResult> result;
    QString error; // a bad scenario, an unknown node, a bad sever time
    bool cancelled = false;
};

// Checks the change against the model: an existing node, a sever time that
// is finite and >= 0. Empty if acceptable.
QString checkWhatIf(const Model &model, const WhatIf &change);

// The model and scenario the change runs on.
Model changedModel(const Model &model, const WhatIf &change);
Scenario changedScenario(const Scenario &scenario, const WhatIf &change);

// Runs the baseline, then the changed scenario. `compiled` is the model's;
// progress counts the trials of both runs (2 × trials).
WhatIfOutcome runWhatIf(const Model &model, const CompiledModel &compiled, const Scenario &baseline,
    const WhatIf &change, const RunOptions &options = {});

} // namespace wl::sim
