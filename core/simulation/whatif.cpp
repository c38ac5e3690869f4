#include "whatif.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wl::sim {

std::vector<int> WhatIfResult::nodesByChange() const
{
    std::vector<int> order;
    for (int v = 0; v < int(deltaP.size()); ++v)
        if (deltaP[v] != 0.0)
            order.push_back(v);
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return std::abs(deltaP[a]) > std::abs(deltaP[b]); });
    return order;
}

QString checkWhatIf(const Model &model, const WhatIf &change)
{
    if (model.nodeIndex(change.node) < 0)
        return QStringLiteral("unknown node id \"%1\"").arg(change.node);
    if (change.kind == WhatIf::Kind::Sever
        && (!std::isfinite(change.atHours) || change.atHours < 0.0))
        return QStringLiteral("the sever time must be a finite number of hours >= 0");
    return {};
}

Model changedModel(const Model &model, const WhatIf &change)
{
    Model m = model;
    const int v = m.nodeIndex(change.node);
    if (change.kind == WhatIf::Kind::Harden && v >= 0) {
        m.setValue(ElementType::Node, v, int(NodeField::ControlStrength), 1.0);
        m.setValue(ElementType::Node, v, int(NodeField::BreachLikelihood), 0.0);
    }
    return m;
}

Scenario changedScenario(const Scenario &scenario, const WhatIf &change)
{
    Scenario s = scenario;
    if (change.kind == WhatIf::Kind::Sever)
        s.sever.append({ change.node, change.atHours });
    return s;
}

WhatIfOutcome runWhatIf(const Model &model, const CompiledModel &compiled, const Scenario &baseline,
    const WhatIf &change, const RunOptions &options)
{
    WhatIfOutcome out;
    out.error = checkScenario(model, baseline);
    if (out.error.isEmpty())
        out.error = checkWhatIf(model, change);
    if (!out.error.isEmpty())
        return out;

    // One progress bar for both runs: the baseline fills its first half.
    const auto phase = [&options](int index) {
        RunOptions o = options;
        if (options.progress)
            o.progress = [&options, index](std::int64_t done, std::int64_t total) {
                options.progress(index * total + done, 2 * total);
            };
        return o;
    };

    RunOutcome first = run(model, compiled, baseline, phase(0));
    if (!first.result) {
        out.error = first.error;
        out.cancelled = first.cancelled;
        return out;
    }
    // Hardening changes parameters only: node and arc numbering stay, so the
    // draws of every trial are those of the baseline.
    const bool harden = change.kind == WhatIf::Kind::Harden;
    const Model hardened = harden ? changedModel(model, change) : Model();
    const CompiledModel recompiled = harden ? compile(hardened) : CompiledModel();
    RunOutcome second = run(harden ? hardened : model, harden ? recompiled : compiled,
        changedScenario(baseline, change), phase(1));
    if (!second.result) {
        out.error = second.error;
        out.cancelled = second.cancelled;
        return out;
    }

    WhatIfResult r { std::move(*first.result), std::move(*second.result), {} };
    r.deltaP.resize(std::size_t(compiled.nodeCount));
    for (int v = 0; v < compiled.nodeCount; ++v)
        r.deltaP[v] = double(r.changed.compromised[v] - r.baseline.compromised[v])
            / double(r.baseline.trials);
    out.result = std::move(r);
    return out;
}

} // namespace wl::sim
