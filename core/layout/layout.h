// Automatic layout with Graphviz. This header is free of Graphviz types;
// graphvizlayout.cpp is the only file that includes Graphviz headers.
//
// Graphviz 2.42 is not thread-safe, even with one context per thread: every
// call into it (graph building, layout, rendering, agclose) runs behind one
// process-wide mutex. Callers may run computeLayout() on any thread.
#pragma once

#include "layout/layoutresult.h"
#include "model/model.h"

#include <QSizeF>

#include <atomic>

namespace wl::layout {

struct LayoutOptions {
    Engine engine = Engine::Dot;
    // Pinned nodes with a position keep it (neato, fdp: pos "x,y!"); engines
    // that cannot honour pins ignore this (see engineHonoursPins()). Kept
    // pins take the place of the organisation blocks (computeLayout()).
    bool keepPinned = true;
    // The size in points of each edge's label as the drawing shows it
    // (model order; render::calloutSizes): dot leaves room for each and
    // places it beside its edge (EdgeRoute::labelPos). Empty: no labels.
    QVector<QSizeF> labelSizes;
    // How many times the standard size each node is (model order; empty:
    // all 1): an organisation's node in the organisations view
    // (render::viewNodeScales). Honoured by the layout by organisation (not
    // by the pinned whole-model run, which views never use).
    QVector<double> nodeScales;
};

struct LayoutOutcome {
    std::optional<LayoutResult> result;
    QString error; // Graphviz's own messages where it gave any
    bool cancelled = false;
};

// Lays out a snapshot of the model by organisation (docs/LAYOUT.md): each
// organisation's members as a block framed with room for its title, the
// blocks placed without overlapping, by the engine while there are at most
// 100 of them, else packed by tier; edges routed by neato up to 100 nodes,
// else straight (those inside an organisation keep the engine's route).
// Every organisation gets a box (clusters). With pins to keep (neato, fdp)
// the engine lays out the whole model with a cluster per organisation
// instead, which keeps the pins but may let boxes overlap.
//
// `cancel` is checked before and after each Graphviz run (Graphviz itself
// cannot be interrupted); a cancelled run returns cancelled = true and no
// result. Without pins the drawing's top-left corner is at (0, 0). A pinned
// position beyond ±10^6 points is an error before Graphviz runs (fdp
// crashes on such values).
LayoutOutcome computeLayout(
    const Model &model, const LayoutOptions &options, const std::atomic_bool *cancel = nullptr);

// The most nodes that one Graphviz run of computeLayout() — or of
// routeEdges() when `routeOnly` — is given for this model: what the time
// Graphviz takes, which nothing can interrupt, grows with. Blocks placed by
// our own packing and edges left straight cost Graphviz nothing. Cheap: no
// Graphviz runs.
int largestGraphvizRun(const Model &model, const LayoutOptions &options, bool routeOnly = false);

// Routes edges for the positions the nodes already have (every node fixed;
// nodes without a position are placed by neato): what exporters use to draw
// a model with stored positions with proper splines. neato's router grows
// with the cube of the node count, so above 100 nodes (or with positions
// beyond ±10^6 points) a model whose nodes all have positions gets no
// routes: its edges are drawn straight. The result has no cluster boxes:
// neato does not lay clusters out around fixed nodes (it reports their bare
// extent, without room for the title), so the drawing frames each
// organisation's members itself (render::buildDiagram).
LayoutOutcome routeEdges(const Model &model, const QVector<double> &nodeScales = {});

// The model as a DOT graph that `dot` renders: nodes with their names and
// kinds, clusters per organisation, edges with labels; positions as pos
// attributes where the model has them (points, with inputscale=72; y up, as
// Graphviz has it; '!' where pinned). Written through cgraph (agwrite), with
// the same graph attributes the layout uses, so `dot` lays it out alike.
QByteArray writeDot(const Model &model, QString *error = nullptr);

// A DOT graph as cgraph reads it, without laying it out: names and the raw
// attributes the DOT importer maps (interchange::readDot). Labels are as
// written (escapes unresolved); `htmlLabel` marks an HTML-like one.
struct DotGraph {
    struct Cluster {
        QString name;
        // Empty when the cluster sets none (an inherited label is not its own).
        QString label;
        bool htmlLabel = false;
    };
    struct Node {
        QString name;
        QString label;
        bool htmlLabel = false;
        QString kind; // the `kind` attribute weaklink-cli export writes
        QString pos;
        QVector<Cluster> clusters; // outermost first
    };
    struct Edge {
        QString tail;
        QString head;
        QString label;
        bool htmlLabel = false;
    };
    QString name;
    QString label;
    bool htmlLabel = false;
    bool directed = true;
    QString inputScale;
    QVector<Node> nodes; // in the order cgraph keeps them
    QVector<Edge> edges; // per node, its out-edges
};

// Parses DOT with cgraph. Graphviz crashes on some inputs: the product
// calls this only in a child process (files::readDotInChild). On failure
// returns nothing and sets *error to Graphviz's messages.
std::optional<DotGraph> parseDot(const QByteArray &dot, QString *error);

} // namespace wl::layout
