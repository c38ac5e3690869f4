// The heatmap overlay (docs/OVERLAYS.md) computed from simulation results:
// a node's fill by a metric, edges by how often the compromise travelled
// over them, and the legend's scale and source line. Everything here ends up
// in a render::Diagram (overlay.h: applyOverlay, applyEmphasis) and is drawn
// by paintNode/paintEdge/paintDiagram, so the canvas, the exports and
// weaklink-cli show the same picture.
#pragma once

#include "render/overlay.h"
#include "simulation/metrics.h"

#include <QHash>
#include <QString>

#include <optional>

namespace wl::render {

// The scale for a metric's values, with round ends (docs/OVERLAYS.md,
// "Range"). Linear: from 0 (for time-to-compromise, from the smallest value)
// to the largest, both rounded outwards to a multiple of the ticks' step
// (1, 2 or 5 × 10^k, about four steps). Log: from the smallest positive
// value to the largest, rounded outwards to 1, 2 or 5 × 10^k.
HeatScale heatScale(
    sim::Metric metric, const sim::NodeValues &values, ScaleKind kind = ScaleKind::Linear);
// The scale for a metric over a range given by the caller, e.g. 0 to 1 for
// probabilities that should mean the same colour in every frame (a log
// scale needs a positive `low`).
HeatScale heatScale(
    sim::Metric metric, double low, double high, ScaleKind kind = ScaleKind::Linear);

// The nodes a scenario breaches by assumption: its seeds (none in annual
// mode).
QSet<QString> seedIds(const sim::Scenario &scenario);

// The heat of every node and the flow of every edge from `snapshot`, the
// model the values were computed on. `result` gives the flows (SimResult::
// travelled of each edge's arcs over the trials); `compiled` is the
// snapshot's. The `breached` nodes are drawn so and left out of the
// scale's range.
struct HeatOptions {
    ScaleKind scale = ScaleKind::Linear;
    QSet<QString> breached;
};
Overlay makeOverlay(std::optional<sim::Metric> metric, const sim::NodeValues &values,
    const Model &snapshot, const sim::CompiledModel &compiled, const sim::SimResult *result,
    bool flows, const HeatOptions &heat = {});

// Share of trials in which the compromise travelled over each edge of the
// snapshot, both directions together (at most one of an edge's two arcs
// can carry it in a trial: each gives its head a time after its tail's).
QHash<QString, double> edgeShares(
    const Model &snapshot, const sim::CompiledModel &compiled, const sim::SimResult &result);

} // namespace wl::render
