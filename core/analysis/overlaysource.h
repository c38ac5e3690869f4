// The source line of the heatmap legend (docs/OVERLAYS.md): which run or
// ranking the values on the canvas, on an exported page or in a
// weaklink-cli picture come from, with the trials and the rng seed that
// reproduce them. One function for the app and the command line, so that
// the same computation is described the same way. Like the rest of the
// legend it is English, with English digit grouping ("10,000 trials"), in
// every locale: an exported picture reads the same wherever it was made.
#pragma once

#include "simulation/metrics.h"

#include <QString>

#include <optional>

namespace wl::analysis {

// The run behind the scenario metrics (all but blast radius) and the flows.
struct OverlayRun {
    sim::Scenario scenario;
    // The saved scenario it ran ("Breach of A"); empty for a scenario given
    // on the command line.
    QString name;
    // The app's annual baseline rather than a scenario of the user's.
    bool baseline = false;
    bool computing = false; // asked for, not there yet
};

// The blast-radius ranking behind that metric.
struct OverlayRanking {
    int trialsPerNode = sim::kDefaultBlastRadiusTrials;
    quint64 rngSeed = 1;
    bool computing = false;
};

// "Seeded: A at 0 h · sever B at 30 h · horizon 72 h · 2,000 trials · rng
// seed 1"; "Annual scenario · …"; "Scenario “Breach of A” · Seeded: …";
// "Annual baseline · 10,000 trials · rng seed 1"; "Blast-radius ranking ·
// 2,000 trials per node · rng seed 1", followed by " · flows: " and the run
// where flows are drawn from a run the metric does not use; " · computing…"
// after what is not there yet. Empty with neither a metric nor flows.
QString overlaySource(std::optional<sim::Metric> metric, bool flows, const OverlayRun &run,
    const OverlayRanking &ranking = {});

} // namespace wl::analysis
