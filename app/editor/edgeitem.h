// An edge on the canvas: the route, arrowhead, label and asset badge that
// render::buildDiagram worked out, painted through render::paintEdge. The
// item sits at the scene origin; its visual is in scene coordinates.
#pragma once

#include "render/diagram.h"

#include <QGraphicsItem>

#include <optional>

namespace wl {

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit EdgeItem(const render::EdgeVisual &visual);

    int type() const override { return Type; }
    QString id() const { return m_visual.id; }
    const render::EdgeVisual &visual() const { return m_visual; }
    // Takes a new route and look; repaints only if something changed.
    void setVisual(const render::EdgeVisual &visual);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    render::EdgeVisual m_visual;
    // Both are computed on first use: measuring the label and badge text
    // (bounds) and stroking the path (shape) are most of the cost of
    // updating thousands of edges, and the next paint or click is soon
    // enough.
    mutable std::optional<QRectF> m_bounds;
    mutable QPainterPath m_shape;
};

} // namespace wl
