// The pictograms of the node kinds, drawn with the icon pen (diagramparts.h).
#include "diagramparts.h"

#include "model/model.h"

#include <QPainter>

#include <cmath>

namespace wl::render {

namespace {

// A pictogram in a 20 × 20 box centred on the origin: strokes drawn with the
// icon pen, solids filled in the same ink.
struct Icon {
    QPainterPath stroke;
    QPainterPath fill;
};

Icon serverIcon()
{
    Icon i;
    i.stroke.addRoundedRect(QRectF(-8, -8.5, 16, 7.5), 1.5, 1.5);
    i.stroke.addRoundedRect(QRectF(-8, 1, 16, 7.5), 1.5, 1.5);
    i.stroke.moveTo(0, -4.75);
    i.stroke.lineTo(4.5, -4.75);
    i.stroke.moveTo(0, 4.75);
    i.stroke.lineTo(4.5, 4.75);
    i.fill.addEllipse(QPointF(-4.5, -4.75), 1.2, 1.2);
    i.fill.addEllipse(QPointF(-4.5, 4.75), 1.2, 1.2);
    return i;
}

Icon chipIcon()
{
    Icon i;
    i.stroke.addRoundedRect(QRectF(-6, -6, 12, 12), 2, 2);
    for (const double k : { -3.0, 0.0, 3.0 }) {
        i.stroke.moveTo(k, -6);
        i.stroke.lineTo(k, -9);
        i.stroke.moveTo(k, 6);
        i.stroke.lineTo(k, 9);
        i.stroke.moveTo(-6, k);
        i.stroke.lineTo(-9, k);
        i.stroke.moveTo(6, k);
        i.stroke.lineTo(9, k);
    }
    i.fill.addRoundedRect(QRectF(-2.75, -2.75, 5.5, 5.5), 1, 1);
    return i;
}

Icon cloudIcon()
{
    QPainterPath base;
    base.addRoundedRect(QRectF(-9, 0, 18, 7), 3.5, 3.5);
    QPainterPath left;
    left.addEllipse(QPointF(-3.5, 0.5), 4.5, 4.5);
    QPainterPath right;
    right.addEllipse(QPointF(2.5, -1.5), 5.5, 5.5);
    Icon i;
    i.stroke = base.united(left).united(right).simplified();
    return i;
}

Icon barChartIcon()
{
    Icon i;
    i.stroke.moveTo(-9, 8.5);
    i.stroke.lineTo(9, 8.5);
    i.fill.addRect(QRectF(-7, 1, 3.6, 6));
    i.fill.addRect(QRectF(-1.8, -3, 3.6, 10));
    i.fill.addRect(QRectF(3.4, -7.5, 3.6, 14.5));
    return i;
}

Icon pulseIcon()
{
    Icon i;
    i.stroke.addRoundedRect(QRectF(-9, -7.5, 18, 15), 2, 2);
    i.stroke.moveTo(-7, 1);
    i.stroke.lineTo(-3.5, 1);
    i.stroke.lineTo(-1.5, -4);
    i.stroke.lineTo(1, 5);
    i.stroke.lineTo(3, -1);
    i.stroke.lineTo(4.2, 1);
    i.stroke.lineTo(7, 1);
    return i;
}

Icon tagIcon()
{
    QPainterPath tag;
    tag.moveTo(-8, -5.5);
    tag.lineTo(3, -5.5);
    tag.lineTo(9, 0);
    tag.lineTo(3, 5.5);
    tag.lineTo(-8, 5.5);
    tag.closeSubpath();
    tag.addEllipse(QPointF(-4, 0), 1.6, 1.6);
    const QTransform turn = QTransform().rotate(-40);
    Icon i;
    i.stroke = turn.map(tag);
    return i;
}

Icon cylinderIcon()
{
    Icon i;
    const QRectF top(-7, -9, 14, 5);
    i.stroke.addEllipse(top);
    i.stroke.moveTo(-7, -6.5);
    i.stroke.lineTo(-7, 6.5);
    i.stroke.arcTo(QRectF(-7, 4, 14, 5), 180, 180);
    i.stroke.lineTo(7, -6.5);
    i.stroke.arcMoveTo(QRectF(-7, -2, 14, 5), 180);
    i.stroke.arcTo(QRectF(-7, -2, 14, 5), 180, 180);
    return i;
}

Icon keyIcon()
{
    Icon i;
    i.stroke.addEllipse(QPointF(-4.5, 0), 4, 4);
    i.stroke.moveTo(-0.5, 0);
    i.stroke.lineTo(9, 0);
    i.stroke.moveTo(5.5, 0);
    i.stroke.lineTo(5.5, 3.5);
    i.stroke.moveTo(8.5, 0);
    i.stroke.lineTo(8.5, 3);
    i.fill.addEllipse(QPointF(-4.5, 0), 1.3, 1.3);
    return i;
}

Icon cardIcon()
{
    Icon i;
    i.stroke.addRoundedRect(QRectF(-9, -6.5, 18, 13), 2, 2);
    i.stroke.moveTo(-6, 3.5);
    i.stroke.lineTo(-1, 3.5);
    i.fill.addRect(QRectF(-9, -3.5, 18, 3));
    return i;
}

Icon headsetIcon()
{
    Icon i;
    const QRectF head(-7, -8, 14, 14);
    i.stroke.arcMoveTo(head, 180);
    i.stroke.arcTo(head, 180, -180);
    i.stroke.moveTo(7, 5);
    i.stroke.quadTo(7, 8.5, 2, 8.5);
    i.fill.addRoundedRect(QRectF(-9.5, -2, 4.5, 7.5), 1.5, 1.5);
    i.fill.addRoundedRect(QRectF(5, -2, 4.5, 7.5), 1.5, 1.5);
    i.fill.addEllipse(QPointF(1, 8.5), 1.6, 1.6);
    return i;
}

Icon packageIcon()
{
    Icon i;
    const QPointF top(0, -9), rightTop(8, -4.5), rightBottom(8, 4.5), bottom(0, 9),
        leftBottom(-8, 4.5), leftTop(-8, -4.5), middle(0, 0);
    i.stroke.moveTo(top);
    for (const QPointF &p : { rightTop, rightBottom, bottom, leftBottom, leftTop })
        i.stroke.lineTo(p);
    i.stroke.closeSubpath();
    i.stroke.moveTo(leftTop);
    i.stroke.lineTo(middle);
    i.stroke.lineTo(rightTop);
    i.stroke.moveTo(middle);
    i.stroke.lineTo(bottom);
    i.stroke.moveTo(4, -6.75);
    i.stroke.lineTo(-4, -2.25);
    return i;
}

Icon tableIcon()
{
    Icon i;
    i.stroke.addRect(QRectF(-9, -7, 18, 14));
    i.stroke.moveTo(-9, 2);
    i.stroke.lineTo(9, 2);
    i.stroke.moveTo(-3, -3);
    i.stroke.lineTo(-3, 7);
    i.stroke.moveTo(3, -3);
    i.stroke.lineTo(3, 7);
    i.fill.addRect(QRectF(-9, -7, 18, 4));
    return i;
}

Icon circleIcon()
{
    Icon i;
    i.stroke.addEllipse(QPointF(0, 0), 8, 8);
    for (const double x : { -3.6, 0.0, 3.6 })
        i.fill.addEllipse(QPointF(x, 0), 1.3, 1.3);
    return i;
}

// In the order of vocab::knownKinds(); "other" last, also for unknown kinds.
const std::array<Icon, 13> &icons()
{
    static const std::array<Icon, 13> all = { serverIcon(), chipIcon(), cloudIcon(), barChartIcon(),
        pulseIcon(), tagIcon(), cylinderIcon(), keyIcon(), cardIcon(), headsetIcon(), packageIcon(),
        tableIcon(), circleIcon() };
    return all;
}

const Icon &iconFor(const QString &kind)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const QStringList &kinds = vocab::knownKinds();
        for (int i = 0; i < kinds.size(); ++i)
            h.insert(kinds.at(i), i);
        return h;
    }();
    return icons().at(size_t(index.value(kind, int(icons().size()) - 1)));
}

void paintIcon(QPainter *p, const Icon &icon, const QPointF &center, double scale)
{
    const QTransform saved = p->transform();
    p->translate(center);
    p->scale(scale, scale);
    p->setPen(style().icon);
    p->setBrush(Qt::NoBrush);
    p->drawPath(icon.stroke);
    if (!icon.fill.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(kIconInk);
        p->drawPath(icon.fill);
    }
    p->setTransform(saved);
}

} // namespace

void paintKindIcon(QPainter *p, const QString &kind, const QPointF &center, double scale)
{
    paintIcon(p, iconFor(kind), center, scale);
}

} // namespace wl::render
