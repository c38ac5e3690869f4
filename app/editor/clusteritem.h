// An organisation's cluster box, painted through render::paintCluster below
// the edges and nodes. Not selectable: clicks go through to the canvas.
#pragma once

#include "render/diagram.h"

#include <QGraphicsItem>

namespace wl {

class ClusterItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit ClusterItem(const render::ClusterVisual &visual);

    int type() const override { return Type; }
    const render::ClusterVisual &visual() const { return m_visual; }
    void setVisual(const render::ClusterVisual &visual);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    render::ClusterVisual m_visual;
};

} // namespace wl
