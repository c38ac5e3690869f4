#include "clusteritem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wl {

namespace {

// Room for the outline's pen and a label drawn on the border.
constexpr double kPaintMargin = 4.0;

} // namespace

ClusterItem::ClusterItem(const render::ClusterVisual &visual)
    : m_visual(visual)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ClusterItem::setVisual(const render::ClusterVisual &visual)
{
    if (visual.organization == m_visual.organization && visual.box == m_visual.box)
        return;
    prepareGeometryChange();
    m_visual = visual;
}

QRectF ClusterItem::boundingRect() const
{
    return m_visual.box.adjusted(-kPaintMargin, -kPaintMargin, kPaintMargin, kPaintMargin);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    render::paintCluster(painter, m_visual, render::detailForScale(scale));
}

} // namespace wl
