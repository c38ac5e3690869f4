#include "clusteritem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace wl {

namespace {

// Room for the outline's pen and a label drawn on the border.
constexpr double kPaintMargin = 4.0;

} // namespace

ClusterLayer::ClusterLayer()
{
    setAcceptedMouseButtons(Qt::NoButton);
    // paint() needs the exposed rectangle to skip what is not shown.
    setFlag(ItemUsesExtendedStyleOption);
}

void ClusterLayer::setClusters(const QVector<render::ClusterVisual> &clusters)
{
    if (clusters == m_clusters)
        return;
    QRectF bounds;
    for (const render::ClusterVisual &c : clusters)
        bounds |= c.box.adjusted(-kPaintMargin, -kPaintMargin, kPaintMargin, kPaintMargin);
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_clusters = clusters;
    m_bounds = bounds;
    update();
}

void ClusterLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    render::paintClusterLayer(
        painter, m_clusters, render::detailForScale(scale), option->exposedRect);
}

} // namespace wl
