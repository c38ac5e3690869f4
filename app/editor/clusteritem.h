// The organisations' cluster boxes, all in one item below the edges and
// nodes, painted through render::paintClusterLayer: one item rather than one
// per box, so that where many boxes cover the view (sfdp ignores
// organisations) the view is filled once, not once per box. Not selectable:
// clicks go through to the canvas.
#pragma once

#include "render/diagram.h"

#include <QGraphicsItem>

namespace wl {

class ClusterLayer : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    ClusterLayer();
    int type() const override { return Type; }

    const QVector<render::ClusterVisual> &clusters() const { return m_clusters; }
    void setClusters(const QVector<render::ClusterVisual> &clusters);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<render::ClusterVisual> m_clusters;
    QRectF m_bounds;
};

} // namespace wl
