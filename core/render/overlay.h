// The plain types of the heatmap overlay (docs/OVERLAYS.md): the colour
// ramp and scale, the legend, and an overlay ready to be put on a
// render::Diagram. No simulation types, so that the diagram and every canvas
// item can hold an overlay without the engine's headers; heatmap.h computes
// overlays from simulation results.
#pragma once

#include <QColor>
#include <QHash>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

class QPainter;
class QPointF;
class QRectF;

namespace wl::render {

struct Diagram;

// The colour ramp: ColorBrewer YlOrRd (9 classes) interpolated in sRGB,
// from pale yellow (0, coolest) to dark red (1, hottest). Its lightness
// falls strictly along the ramp, so it reads the same with every
// colour-vision deficiency and in greyscale print.
QColor heatColor(double position);
// Nodes without a value: a neutral grey, drawn with a dashed border.
QColor noValueColor();
// The seeds of a scenario (breached by assumption, not by the simulation):
// a red darker than the ramp's hot end, hatched and with a black border.
// They stay off the scale, so that the rest spreads over all of it.
QColor breachedColor();
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

// How values are spread over the ramp: in proportion to the value, or to
// its logarithm, which tells apart values that differ by orders of magnitude
// (the nodes a breach reaches next, at 0.1 % and 5 %).
enum class ScaleKind { Linear, Log };
// "linear", "log": on the command line and in the settings.
QString scaleKindName(ScaleKind kind);
std::optional<ScaleKind> scaleKindFromName(const QString &name);

// How values map to the ramp (docs/OVERLAYS.md, "Range"). position() is
// linear in the value or in its logarithm, reversed where a lower value is
// hotter.
struct HeatScale {
    QString title; // "Likelihood of compromise"
    QString unit; // "probability"
    ValueFormat format = ValueFormat::Number;
    ScaleKind kind = ScaleKind::Linear;
    double low = 0.0; // > 0 on a log scale with values
    double high = 0.0;
    bool lowerIsHotter = false;
    // The range's ends and round values between them, ascending.
    QVector<HeatTick> ticks;

    // 0 coolest .. 1 hottest; clamped to the range, so that on a log scale
    // 0 is drawn as the low end. A range of one value puts that value at the
    // hot end (or the cool end if it is 0 and higher is hotter: nothing to
    // see).
    double position(double value) const;
    QColor color(double value) const { return heatColor(position(value)); }
    QString text(double value) const { return formatValue(value, format); }
};

// What the legend over the canvas and on exported pages shows.
// The contract overlay (issue 13, docs/OBLIGATIONS.md "Contract gaps"): an
// edge's contract by its first gap in this order, else whether it has a
// contract at all.
enum class ContractState {
    NoDpa,
    NoTransferMechanism,
    SlaBeyondStatute,
    StaleReview,
    Covered,
    NoContract,
};
inline constexpr int kContractStates = 6;
QColor contractColor(ContractState state);
// "Personal data with no DPA", for the legend.
QString contractStateText(ContractState state);

// The diff overlay (docs/DIFF.md): an element added since the model it is
// compared with, removed (drawn as a ghost), or changed in a field. Green
// and purple (ColorBrewer PRGn's ends) stay apart from the heat ramp and
// the tier colours, and each mark also has its own glyph and line style.
enum class DiffMark : quint8 { None, Added, Removed, Changed };
inline constexpr int kDiffMarks = 3; // Added, Removed, Changed
QColor diffColor(DiffMark mark);
// "Added since the earlier model", for the legend.
QString diffMarkText(DiffMark mark);

struct OverlayLegend {
    std::optional<HeatScale> heat;
    int noValueCount = 0; // nodes drawn "no value"
    int breachedCount = 0; // nodes drawn breached
    bool flows = false;
    double maxFlow = 0.0; // the largest share of trials over one edge
    // The contract overlay: how many edges are drawn in each ContractState.
    bool contracts = false;
    std::array<int, kContractStates> contractCounts {};
    // The diff overlay: how many nodes and edges carry each mark (Added,
    // Removed, Changed).
    bool diff = false;
    std::array<int, kDiffMarks> diffCounts {};
    QString source; // "Annual baseline · 10,000 trials · rng seed 1"
    bool stale = false; // the model changed since the values were computed
};

QSizeF overlayLegendSize(const OverlayLegend &legend);
void paintOverlayLegend(QPainter *p, const OverlayLegend &legend, const QPointF &topLeft);
// A node's box in the breached style, `r` in the painter's coordinates:
// the fill, its hatching and the border (nodes and the legend's sample).
void paintBreachedBox(QPainter *p, const QRectF &r, double radius);
// A diff mark's badge, a disc of radius `radius` about `center` with the
// mark's glyph in white: + added, − removed, Δ changed (nodes and the
// legend's sample).
void paintDiffBadge(QPainter *p, const QPointF &center, double radius, DiffMark mark);
// The diff mark's ring about a node's box `r`: solid, dashed for a ghost.
void paintDiffRing(QPainter *p, const QRectF &r, double radius, DiffMark mark);

// An overlay ready to be put on a diagram. Values and shares are keyed by
// id, so that an overlay computed on an earlier state of the model still
// applies to the nodes and edges that remain (new ones get no value).
struct Overlay {
    std::optional<HeatScale> heat;
    QHash<QString, double> nodeValues; // node id -> value; absent: no value
    // Node ids drawn breached (the scenario's seeds), whatever their value;
    // `heat` leaves their values out of its range.
    QSet<QString> breached;
    bool flows = false;
    QHash<QString, double> edgeShares; // edge id -> share of trials, 0 to 1
    // Edges drawn by their contract (instead of flows); absent: NoContract.
    bool contracts = false;
    QHash<QString, ContractState> edgeContracts;
    // The diff overlay's marks; absent: DiffMark::None.
    bool diff = false;
    QHash<QString, DiffMark> nodeDiff;
    QHash<QString, DiffMark> edgeDiff;
    QString source;
    bool stale = false;

    bool isOff() const { return !heat && !flows && !contracts && !diff; }
};

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
