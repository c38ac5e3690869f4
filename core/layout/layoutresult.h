// What a layout produces: plain geometry in points, y pointing down, indexed
// like the model it was computed from. Free of Graphviz, so that rendering,
// the canvas and the commands never see a Graphviz type.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wl::layout {

// Node boxes are all one size, so the layout engines and the drawing agree
// without measuring text (render elides long names).
inline constexpr double kNodeWidth = 160.0; // points
inline constexpr double kNodeHeight = 48.0; // points

// The frame the drawing puts around an organisation's members, which the
// layout leaves room for: padding on every side, and above the members a
// title row with the name between a left and a right inset.
inline constexpr double kClusterPad = 14.0;
inline constexpr double kClusterTitle = 20.0;
inline constexpr double kClusterTitleTextLeft = 22.0;
inline constexpr double kClusterTitleRightPad = 10.0;

enum class Engine { Dot, Neato, Fdp, Sfdp, Circo, Twopi };

QString engineName(Engine e);
std::optional<Engine> engineFromName(const QString &name);
const QStringList &engineNames();
// Which engines honour pinned nodes (pos with '!'): neato and fdp; dot,
// sfdp, circo and twopi ignore pins.
bool engineHonoursPins(Engine e);
// FORMAT.md §2: dot up to 1,500 nodes, sfdp above.
Engine defaultEngine(int nodeCount);

struct EdgeRoute {
    // A piecewise cubic Bézier (Graphviz's form): 3n + 1 points, from the
    // tail's boundary to the head's; the arrowhead is drawn at the last point.
    QVector<QPointF> points;
    // Where Graphviz placed the edge label, if it placed one.
    std::optional<QPointF> labelPos;
};

struct ClusterBox {
    QString organization;
    QRectF box;
};

struct LayoutResult {
    QString engine;
    QVector<QPointF> nodeCenters; // model order
    QVector<EdgeRoute> edges; // model order; empty points = draw straight
    QVector<ClusterBox> clusters; // one per non-empty organisation with nodes
    QRectF bounds; // everything above, in points
    QStringList messages; // Graphviz warnings, for the user
};

} // namespace wl::layout
