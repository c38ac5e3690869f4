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

// The scale for a metric's values: range and ticks as HeatScale describes.
HeatScale heatScale(sim::Metric metric, const sim::NodeValues &values);
// The scale for a metric over a range given by the caller, e.g. 0 to 1 for
// probabilities that should mean the same colour in every frame.
HeatScale heatScale(sim::Metric metric, double low, double high);

// The heat of every node and the flow of every edge from `snapshot`, the
// model the values were computed on. `result` gives the flows (SimResult::
// travelled of each edge's arcs over the trials); `compiled` is the
// snapshot's.
Overlay makeOverlay(std::optional<sim::Metric> metric, const sim::NodeValues &values,
    const Model &snapshot, const sim::CompiledModel &compiled, const sim::SimResult *result,
    bool flows);

// Share of trials in which the compromise travelled over each edge of the
// snapshot, both directions together (at most one of an edge's two arcs
// can carry it in a trial: each gives its head a time after its tail's).
QHash<QString, double> edgeShares(
    const Model &snapshot, const sim::CompiledModel &compiled, const sim::SimResult &result);

} // namespace wl::render
