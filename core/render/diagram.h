// The one drawing code path (ARCHITECTURE.md): how nodes, edges, clusters
// and the legend look is decided here, in QPainter code that needs only Qt
// Gui. The canvas items paint through these functions and so do the SVG, PNG
// and PDF exporters, so an export is exactly what the canvas shows.
#pragma once

#include "layout/layoutresult.h"
#include "model/model.h"
#include "render/overlay.h"

#include <QColor>
#include <QLineF>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace wl::render {

using layout::kNodeHeight;
using layout::kNodeWidth;
// A node's box; `scale` enlarges it about its centre (an organisation's
// node in the organisations view: NodeVisual::scale).
QRectF nodeRect(const QPointF &center, double scale = 1.0);

// Level of detail: the canvas picks it from the zoom, exporters use Full.
enum class Detail {
    Full, // icons, names, edge labels, asset badges, splines
    Reduced, // boxes with names, edges without labels or badges
    Minimal, // coloured boxes, straight edges, cluster outlines; no text and no
             // antialiasing: the overview of thousands of nodes
};
// The level of detail for a view scale (device pixels per point): Full from
// 0.65, Reduced from 0.35, Minimal below.
Detail detailForScale(double scale);
// The smallest pixel size of a node's name at scale 1 (a name wrapped over
// two lines): at a view scale s, every name is at least s times as high.
int smallestNamePixelSize();

// A highlighted path (overlay.h, applyEmphasis): the path's nodes and edges
// are emphasised, everything else dimmed.
enum class Emphasis : quint8 { Normal, Dimmed, Highlighted };

// A node's heat (overlay.h, applyOverlay): its fill and the value written
// in place of the kind.
struct NodeHeat {
    bool on = false;
    bool breached = false; // drawn breached (a seed), whatever its value
    bool hasValue = false; // else drawn "no value" (unless breached)
    QColor color;
    QString text; // the value, formatted

    friend bool operator==(const NodeHeat &, const NodeHeat &) = default;
};

// An edge drawn by how often the compromise travelled over it.
struct EdgeFlow {
    bool on = false;
    double share = 0.0; // of trials
    double width = 0.0;
    QColor color;

    friend bool operator==(const EdgeFlow &, const EdgeFlow &) = default;
};

struct NodeVisual {
    QString id;
    QString name;
    QString kind;
    QString caption; // written in place of the kind if not empty (views)
    int tier = -1; // kUnknownTier
    QPointF center;
    // Drawn this many times the standard size (an organisation's node, by
    // its member count: render/view.h); everything scales with it.
    double scale = 1.0;
    bool pinned = false;
    bool selected = false;
    NodeHeat heat;
    Emphasis emphasis = Emphasis::Normal;
    DiffMark diff = DiffMark::None;
};

struct EdgeVisual {
    QString id;
    QPainterPath path; // spline or straight line, tail to head boundary
    QPointF arrowTip; // end of path
    double arrowAngle = 0.0; // radians, direction the arrow points
    QPointF labelPos; // the centre of the label and badge (buildDiagram places it)
    // Set when the label and badge had to move away from the edge to hide
    // nothing: the point on the edge a leader line runs from.
    std::optional<QPointF> leaderFrom;
    QString label; // the edge label, else its integration ("api call")
    QStringList assets; // names of the data assets that flow
    bool selected = false;
    EdgeFlow flow;
    Emphasis emphasis = Emphasis::Normal;
    DiffMark diff = DiffMark::None;
};

struct ClusterVisual {
    QString organization;
    QRectF box;

    friend bool operator==(const ClusterVisual &, const ClusterVisual &) = default;
};

struct Diagram {
    QString title;
    // The line under the title on a page; empty: "Supply-chain map" with
    // the counts of nodes, connections and organisations (views say what
    // they show instead: buildViewDiagram).
    QString summary;
    QVector<NodeVisual> nodes; // model order
    QVector<EdgeVisual> edges; // model order
    QVector<ClusterVisual> clusters;
    QRectF bounds; // nodes, edges and clusters, with a margin
    // The heatmap's legend, while an overlay is on (applyOverlay): exported
    // pages show it above the standard legend.
    std::optional<OverlayLegend> overlay;
};

// Builds what to draw (needs the QGuiApplication: it measures edge labels
// for the bounds). Node centres come from `layout` if given, else from
// the nodes' stored positions; nodes with neither are placed on a grid below
// the rest. Edges follow the layout's routes where the layout has them and
// both ends are where the layout put them, else run straight between the
// node boxes. Cluster boxes are computed from member nodes when the layout
// has none for an organisation. The grid gives each organisation a block of
// its own, so that its cluster box covers no other node. The bounds are in
// whole points.
// `nodeScales` (model order; empty: all 1) draws nodes larger
// (NodeVisual::scale); the layout should have been given the same scales.
Diagram buildDiagram(const Model &model, const layout::LayoutResult *layout = nullptr,
    const QVector<double> &nodeScales = {});

// Straight edge between two node boxes, clipped to their borders. `offset`
// shifts it sideways by that many points (positive: to the right, looking
// from `from` to `to`), so that parallel edges between one pair of nodes do
// not lie on top of each other.
// `fromScale` and `toScale` are the two nodes' NodeVisual::scale.
EdgeVisual straightEdge(const QPointF &from, const QPointF &to, double offset = 0.0,
    double fromScale = 1.0, double toScale = 1.0);

// `e` drawn straight between two node centres (straightEdge), keeping what
// it says and how it is marked: its id, label, assets, selection, flow,
// emphasis and diff mark.
EdgeVisual straightened(const EdgeVisual &e, const QPointF &from, const QPointF &to);

// Moves the nodes of `d` whose stored position in `model` differs from
// where `d` draws them, and draws their edges straight (without the
// fan-out of parallel edges or the placing of labels): a picture of a few
// moved nodes at once, until the diagram is built again. `d` must be the
// diagram of `model`'s nodes and edges in model order, else nothing
// changes; so does a change of more than `mostMoved` nodes (a whole layout,
// which only the rebuild draws as it is). Returns how many nodes moved.
int followPositions(Diagram &d, const Model &model, int mostMoved);

QColor tierColor(int tier);

void paintCluster(QPainter *p, const ClusterVisual &c, Detail detail);
// All cluster boxes that meet `exposed`, looking as paintCluster draws each,
// but without painting a pixel twice where boxes cover all of `exposed`
// (sfdp spreads organisations over the scene, so at full zoom dozens of
// boxes can cover the whole view): the canvas's one cluster layer.
void paintClusterLayer(
    QPainter *p, const QVector<ClusterVisual> &clusters, Detail detail, const QRectF &exposed);
// `exposed` (if not null) limits the work to what shows there: a long edge
// that crosses a view draws its line but not its label far off.
void paintEdge(QPainter *p, const EdgeVisual &e, Detail detail, const QRectF &exposed = QRectF());
void paintNode(QPainter *p, const NodeVisual &n, Detail detail);
// The bounding rectangle paintEdge may touch (path, arrow, label, badge).
QRectF edgeBounds(const EdgeVisual &e);
// Where an edge's stroke and arrowhead may be: mayMeet(r) is exact for a
// straight edge (a long edge crosses many views without touching them),
// the control points' box for a spline.
struct EdgeStroke {
    bool straight = true;
    QLineF line; // a straight edge's, from its start to the arrow's tip
    QRectF box; // a spline's control points
    bool mayMeet(const QRectF &r) const;
};
EdgeStroke edgeStroke(const EdgeVisual &e);

// Where paintEdge may draw, compactly, to be asked often:
// edgeExtent(e).mayShowIn(r) says whether anything of the edge (its stroke,
// halo, label or badge) may show in `r`.
struct EdgeExtent {
    EdgeStroke stroke;
    QRectF callout; // where the label and badge may be (null: neither)
    bool mayShowIn(const QRectF &r) const;
};
EdgeExtent edgeExtent(const EdgeVisual &e);
// Where paintEdge draws the edge's label and badge (null if it has
// neither). buildDiagram places them so that they cover no node, no
// organisation's title and no other edge's label or badge.
QRectF calloutRect(const EdgeVisual &e);
// The size of each edge's label and badge as buildDiagram draws them
// (model order; empty for an edge with neither): what the layout is given
// (layout::LayoutOptions::labelSizes) so that dot leaves room for them.
QVector<QSizeF> calloutSizes(const Model &model);

// The paper everything is drawn on: light print colours (the default, and
// always on the command line), or dark paper (the app's Preferences, "dark
// export"): the canvas, its legends and every diagram export follow it. Set
// for the process, read by every thread that paints; a PrintColorsScope
// overrides it on one thread (the board report is always on light paper).
enum class PrintColors { Light, Dark };
void setPrintColors(PrintColors colors);
PrintColors printColors();
class PrintColorsScope {
public:
    explicit PrintColorsScope(PrintColors colors);
    ~PrintColorsScope();
    PrintColorsScope(const PrintColorsScope &) = delete;
    PrintColorsScope &operator=(const PrintColorsScope &) = delete;

private:
    int m_previous;
};
// What pages and pictures are filled with, and what the canvas shows
// behind the diagram, in the print colours in force.
QColor paperColor();
QColor canvasColor();

// The legend: node kinds with their icons, tier colours, edge notation.
QSizeF legendSize();
void paintLegend(QPainter *p, const QPointF &topLeft);

// Everything, clusters below edges below nodes; with `withLegend` also a
// header above the diagram (title, counts) and the legend beside or below
// it, with the overlay's legend (if any) on top of it. `exposed` limits the work to what is
// visible. Clusters are all filled before any is framed, so where boxes overlap every border shows
// (painted one by one, a later fill would hide an earlier border).
void paintDiagram(QPainter *p, const Diagram &d, Detail detail, bool withLegend,
    const QRectF &exposed = QRectF());
// The page the diagram occupies when painted with its header and legend, in
// whole points.
QRectF diagramPageRect(const Diagram &d, bool withLegend);
// Where that page shows the overlay's legend (null without an overlay):
// beside or below the drawing, never over it.
QRectF overlayLegendRect(const Diagram &d);

} // namespace wl::render
