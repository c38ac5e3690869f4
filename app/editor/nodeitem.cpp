#include "nodeitem.h"

#include "diagramscene.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wl {

namespace {

// Room around the box for what paintNode draws outside it (selection
// outline, pin mark).
constexpr double kPaintMargin = 8.0;

bool sameLook(const render::NodeVisual &a, const render::NodeVisual &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.caption == b.caption
        && a.tier == b.tier && a.scale == b.scale && a.pinned == b.pinned && a.heat == b.heat
        && a.emphasis == b.emphasis;
}

} // namespace

NodeItem::NodeItem(const render::NodeVisual &visual)
    : m_visual(visual)
{
    m_visual.center = QPointF();
    m_visual.selected = false;
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setPos(visual.center);
    updateToolTip();
}

void NodeItem::updateToolTip()
{
    // The heatmap's value for this node, in full (the box may elide it).
    if (!m_visual.heat.on) {
        setToolTip(QString());
        return;
    }
    if (m_visual.heat.breached) {
        setToolTip(QCoreApplication::translate("wl::NodeItem", "%1\n%2 · breached (seed)")
                       .arg(m_visual.name, m_visual.heat.text));
        return;
    }
    setToolTip(QStringLiteral("%1\n%2").arg(m_visual.name, m_visual.heat.text));
}

void NodeItem::setVisual(const render::NodeVisual &visual)
{
    if (!sameLook(visual, m_visual)) {
        if (visual.scale != m_visual.scale)
            prepareGeometryChange();
        m_visual = visual;
        m_visual.center = QPointF();
        m_visual.selected = false;
        updateToolTip();
        update();
    }
    if (pos() != visual.center)
        setPos(visual.center);
}

QRectF NodeItem::boundingRect() const
{
    const double margin = kPaintMargin * m_visual.scale;
    return render::nodeRect(QPointF(), m_visual.scale).adjusted(-margin, -margin, margin, margin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(render::nodeRect(QPointF(), m_visual.scale));
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    render::NodeVisual v = m_visual;
    v.selected = isSelected();
    render::paintNode(painter, v, render::detailForScale(scale));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        if (auto *diagram = qobject_cast<DiagramScene *>(scene()))
            diagram->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace wl
