// Internal to core/layout: what the organisation-aware layout
// (organisationlayout.cpp) and the Graphviz runs (graphvizlayout.cpp, the
// only file that sees Graphviz) give each other.
#pragma once

#include "layout/layout.h"

#include <QPair>
#include <QSizeF>

namespace wl::layout {

// Graphviz's own units: positions in points, sizes in inches.
inline constexpr double kPointsPerInch = 72.0;
// Room between dot's ranks, in inches, for what the drawing puts half-way
// along an edge (its label and data-asset badges), which the layout does not
// know about: with the default 0.5 they sit on top of each other in the
// example model, with 1.3 they mostly clear each other.
inline constexpr double kRankSeparation = 1.3;

// neato's spline router builds a visibility graph over every node corner,
// which grows with the cube of the node count: about 0.2 s for 100 nodes and
// 7 s for 200 on the benchmark machine. Above this, edges stay straight.
inline constexpr int kMaxSplineRoutedNodes = 100;

// The engine's own layout of the model, without pins or organisation
// clusters (graphvizlayout.cpp).
LayoutOutcome layOutWithEngine(const Model &model, Engine engine, const std::atomic_bool *cancel,
    const QVector<QSizeF> &labelSizes = {});

struct BoxLayout {
    QVector<QPointF> centers; // one per box; empty on error or cancel
    QStringList messages; // Graphviz warnings
    QString error;
    bool cancelled = false;
};

// Boxes of the given sizes, at least about `gap` apart, linked by directed
// links (pairs of indexes), laid out by the engine as fixed-size nodes; for
// dot, a link's minimum length in ranks may be raised (minLength, one per
// link, or empty).
BoxLayout layOutBoxes(const QVector<QSizeF> &sizes, double gap,
    const QVector<QPair<int, int>> &links, const QVector<int> &minLength, Engine engine,
    const std::atomic_bool *cancel);

// Organisations as blocks (docs/LAYOUT.md): what computeLayout() runs
// unless pins must be kept (organisationlayout.cpp).
LayoutOutcome layOutByOrganisation(const Model &model, Engine engine,
    const std::atomic_bool *cancel, const QVector<QSizeF> &labelSizes = {},
    const QVector<double> &nodeScales = {});

// The most nodes one Graphviz run of layOutByOrganisation() is given: the
// members joined inside their organisations (one run for all of them), the
// blocks while the engine places them, the whole model while neato routes
// its edges.
int largestOrganisationRun(const Model &model, const QVector<double> &nodeScales);

inline bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Geometry without Graphviz (layoutgeometry.cpp).
QRectF nodeBox(QPointF center);
QRectF boundsOf(const LayoutResult &r);
void translate(LayoutResult &r, QPointF by);
QRectF boxAround(const QVector<QPointF> &points);

// One cluster per non-empty organisation, in order of first appearance.
struct Clusters {
    QStringList organizations;
    QVector<int> ofNode; // model order; index into organizations, or -1
};
Clusters clustersOf(const Model &model);
// Boxes around the members of the organisations `r` has none for (the
// engines that report none: sfdp, circo, twopi, neato's edge routing), with
// Graphviz's margin and room for the title.
void frameMissingClusters(const Clusters &clusters, LayoutResult &r);
// In order of first appearance, whatever order Graphviz reported them in.
void sortClusters(const Clusters &clusters, LayoutResult &r);

// Two boxes whose centres are less than `reach` apart on both axes (half
// their sizes summed, plus any gap), by more than `slack`, are pushed apart
// along the axis where they overlap least, half each way; false if they
// were not that close.
bool pushApart(QPointF &a, QPointF &b, QSizeF reach, double slack = 0.0);
// Pushes overlapping node boxes apart until none overlaps; edges at moved
// nodes lose their route, organisation frames are drawn anew.
void separateOverlaps(const Model &model, LayoutResult &r);

} // namespace wl::layout
