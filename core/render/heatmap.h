// The heatmap overlay (docs/OVERLAYS.md): a node's fill by a metric, edges
// by how often the compromise travelled over them, a highlighted path, and
// the legend that explains them. Everything here ends up in a
// render::Diagram (applyOverlay, applyEmphasis) and is drawn by
// paintNode/paintEdge/paintDiagram, so the canvas, the exports and
// weaklink-cli show the same picture.
#pragma once

#include "simulation/metrics.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <optional>

class QPainter;
class QPointF;

namespace wl::render {

struct Diagram;

// The colour ramp: ColorBrewer YlOrRd (9 classes) interpolated in sRGB,
// from pale yellow (0, coolest) to dark red (1, hottest). Its lightness
// falls strictly along the ramp, so it reads the same with every
// colour-vision deficiency and in greyscale print.
QColor heatColor(double position);
// Nodes without a value: a neutral grey, drawn with a dashed border.
QColor noValueColor();
// Relative luminance (WCAG) of a colour, 0 black to 1 white.
double relativeLuminance(const QColor &c);

enum class ValueFormat {
    Percent, // 0.4375 -> "43.8 %"
    Number, // 3 significant digits, k / M / G above a thousand
    Hours, // "48 h"
};
QString formatValue(double value, ValueFormat format);

struct HeatTick {
    double value = 0.0;
    QString label;
};

// How values map to the ramp. The range runs from 0 (or, for
// time-to-compromise, the smallest value) to the largest value; position()
// is linear in the value, reversed where a lower value is hotter.
struct HeatScale {
    QString title; // "Likelihood of compromise"
    QString unit; // "probability"
    ValueFormat format = ValueFormat::Number;
    double low = 0.0;
    double high = 0.0;
    bool lowerIsHotter = false;
    // The range's ends and round values between them, ascending.
    QVector<HeatTick> ticks;

    // 0 coolest .. 1 hottest; clamped to the range. A range of one value
    // puts that value at the hot end (or the cool end if it is 0 and higher
    // is hotter: nothing to see).
    double position(double value) const;
    QColor color(double value) const { return heatColor(position(value)); }
    QString text(double value) const { return formatValue(value, format); }
};

// The scale for a metric's values: range and ticks as described above.
HeatScale heatScale(sim::Metric metric, const sim::NodeValues &values);
// The scale for a metric over a range given by the caller, e.g. 0 to 1 for
// probabilities that should mean the same colour in every frame.
HeatScale heatScale(sim::Metric metric, double low, double high);

// What the legend over the canvas and on exported pages shows.
struct OverlayLegend {
    std::optional<HeatScale> heat;
    int noValueCount = 0; // nodes drawn "no value"
    bool flows = false;
    double maxFlow = 0.0; // the largest share of trials over one edge
    QString source; // "Annual baseline · 10,000 trials · rng seed 1"
    bool stale = false; // the model changed since the values were computed
};

QSizeF overlayLegendSize(const OverlayLegend &legend);
void paintOverlayLegend(QPainter *p, const OverlayLegend &legend, const QPointF &topLeft);

// An overlay ready to be put on a diagram. Values and shares are keyed by
// id, so that an overlay computed on an earlier state of the model still
// applies to the nodes and edges that remain (new ones get no value).
struct Overlay {
    std::optional<HeatScale> heat;
    QHash<QString, double> nodeValues; // node id -> value; absent: no value
    bool flows = false;
    QHash<QString, double> edgeShares; // edge id -> share of trials, 0 to 1
    QString source;
    bool stale = false;

    bool isOff() const { return !heat && !flows; }
};

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

// Puts the overlay on the diagram's nodes and edges and sets its legend; an
// overlay that is off removes both.
void applyOverlay(Diagram &d, const Overlay &overlay);
// With ids given, every other node and edge is dimmed and the given ones
// emphasised; with none, emphasis is off.
void applyEmphasis(Diagram &d, const QSet<QString> &nodeIds, const QSet<QString> &edgeIds);

// Edge stroke width for a flow share, given the largest share drawn:
// 1.5 + 6.5 × share / max points, thin grey where nothing travelled.
double flowWidth(double share, double maxShare);
QColor flowColor(double share, double maxShare);

} // namespace wl::render
