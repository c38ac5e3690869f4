#include "edgeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace wl {

namespace {

// How far from the line a click still hits the edge, in points.
constexpr double kHitWidth = 10.0;

bool sameLook(const render::EdgeVisual &a, const render::EdgeVisual &b)
{
    return a.id == b.id && a.arrowTip == b.arrowTip && a.arrowAngle == b.arrowAngle
        && a.labelPos == b.labelPos && a.leaderFrom == b.leaderFrom && a.label == b.label
        && a.assets == b.assets && a.flow == b.flow && a.emphasis == b.emphasis && a.path == b.path;
}

} // namespace

EdgeItem::EdgeItem(const render::EdgeVisual &visual)
    : m_visual(visual)
{
    m_visual.selected = false;
    // paint() needs the exposed rectangle: a long edge across the view
    // skips its label far outside it.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
}

void EdgeItem::setVisual(const render::EdgeVisual &visual)
{
    if (sameLook(visual, m_visual))
        return;
    prepareGeometryChange();
    m_visual = visual;
    m_visual.selected = false;
    m_bounds.reset();
    m_shape = QPainterPath();
}

QRectF EdgeItem::boundingRect() const
{
    if (!m_bounds)
        m_bounds = render::edgeBounds(m_visual);
    return *m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(kHitWidth);
        m_shape = stroker.createStroke(m_visual.path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (isSelected()) {
        render::EdgeVisual v = m_visual;
        v.selected = true;
        render::paintEdge(painter, v, render::detailForScale(scale), option->exposedRect);
        return;
    }
    render::paintEdge(painter, m_visual, render::detailForScale(scale), option->exposedRect);
}

} // namespace wl
