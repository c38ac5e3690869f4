// A node on the canvas. It holds what render::buildDiagram decided for the
// node and paints through render::paintNode, so the canvas shows exactly
// what the exporters write. The item's position is the node's centre.
#pragma once

#include "render/diagram.h"

#include <QGraphicsItem>

namespace wl {

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    explicit NodeItem(const render::NodeVisual &visual);

    int type() const override { return Type; }
    QString id() const { return m_visual.id; }
    const render::NodeVisual &visual() const { return m_visual; }
    // Takes a new look and centre; repaints only if something changed.
    void setVisual(const render::NodeVisual &visual);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateToolTip();

    // Centred on (0, 0): the item's position carries the centre.
    render::NodeVisual m_visual;
};

} // namespace wl
