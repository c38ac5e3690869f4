#include "chainview.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace wl {

namespace {

constexpr int kBoxWidth = 236;
constexpr int kBoxHeight = 44;
constexpr int kColumnGap = 92;
constexpr int kRowGap = 14;
constexpr int kMargin = 12;

const QColor kLate(0xc6, 0x28, 0x28);
const QColor kArrow(0x55, 0x5b, 0x66);

} // namespace

ChainView::ChainView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notificationChain"));
    setAccessibleName(tr("Notification chain"));
}

void ChainView::setResult(const std::optional<obligations::ObligationsResult> &result,
    const Model &model, const ObligationsClock &clock)
{
    m_boxes.clear();
    m_hops.clear();
    m_boxOf.clear();
    if (result) {
        QHash<QString, double> aware;
        for (const obligations::Party &p : result->parties)
            aware.insert(p.node, p.awareHours);
        QHash<QString, double> shortest;
        for (const obligations::Obligation &o : result->obligations) {
            if (!o.dueHours)
                continue;
            const double length = *o.dueHours - o.clockStartsHours;
            const auto it = shortest.find(o.node);
            if (it == shortest.end() || length < *it)
                shortest.insert(o.node, length);
        }
        for (const obligations::Party &p : result->parties) {
            Box box;
            box.node = p.node;
            box.title = partyName(model, p.node);
            box.subtitle = tr("learnt %1").arg(clock.at(p.awareHours));
            // Parties come earliest first, so a teller always has its box.
            const auto teller = m_boxOf.constFind(p.toldBy);
            box.column = teller == m_boxOf.cend() ? 0 : m_boxes[*teller].column + 1;
            m_boxOf.insert(p.node, int(m_boxes.size()));
            m_boxes.append(box);
            if (!p.toldBy.isEmpty()) {
                Hop hop;
                hop.from = p.toldBy;
                hop.to = p.node;
                hop.lagHours = p.awareHours - aware.value(p.toldBy);
                if (const auto s = shortest.constFind(p.node); s != shortest.cend())
                    hop.shortestClockHours = *s;
                m_hops.append(hop);
            }
        }
    }
    layOut();
    updateGeometry();
    // In a scroll area that does not resize it: its size is the picture's.
    adjustSize();
    update();
}

void ChainView::layOut()
{
    QVector<int> rowsInColumn;
    for (Box &box : m_boxes) {
        if (box.column >= rowsInColumn.size())
            rowsInColumn.resize(box.column + 1);
        box.row = rowsInColumn[box.column]++;
    }
    m_columns = int(rowsInColumn.size());
    m_rows
        = rowsInColumn.isEmpty() ? 0 : *std::max_element(rowsInColumn.begin(), rowsInColumn.end());
}

QRect ChainView::boxRect(const Box &box) const
{
    return QRect(kMargin + box.column * (kBoxWidth + kColumnGap),
        kMargin + box.row * (kBoxHeight + kRowGap), kBoxWidth, kBoxHeight);
}

QSize ChainView::sizeHint() const
{
    if (m_boxes.isEmpty())
        return minimumSizeHint();
    return QSize(2 * kMargin + m_columns * kBoxWidth + (m_columns - 1) * kColumnGap,
        2 * kMargin + m_rows * kBoxHeight + (m_rows - 1) * kRowGap);
}

QSize ChainView::minimumSizeHint() const
{
    return QSize(kBoxWidth + 2 * kMargin, kBoxHeight + 2 * kMargin);
}

void ChainView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_boxes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No notification chain"));
        return;
    }
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    QFont small = normal;
    small.setPointSizeF(normal.pointSizeF() * 0.9);

    for (const Hop &hop : m_hops) {
        const QRect from = boxRect(m_boxes[m_boxOf.value(hop.from)]);
        const QRect to = boxRect(m_boxes[m_boxOf.value(hop.to)]);
        const QColor colour = hop.usesUpClock() ? kLate : kArrow;
        const QPointF a(from.right() + 1, from.center().y());
        const QPointF b(to.left() - 1, to.center().y());
        QPainterPath path(a);
        const double bend = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
        p.setPen(QPen(colour, hop.usesUpClock() ? 2.5 : 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        QPolygonF head;
        head << b << b + QPointF(-8, -4) << b + QPointF(-8, 4);
        p.setBrush(colour);
        p.drawPolygon(head);
        // The lag above the arrow's end, where arrows from one teller part.
        const QRectF label(b.x() - kColumnGap + 4, b.y() - 19, kColumnGap - 12, 16);
        p.setFont(hop.usesUpClock() ? bold : small);
        p.setPen(colour);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            tr("+%1").arg(ObligationsClock::span(hop.lagHours)));
    }

    for (const Box &box : m_boxes) {
        const QRect r = boxRect(box);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        const QRect text = r.adjusted(8, 4, -8, -4);
        p.setPen(palette().color(QPalette::Text));
        p.setFont(bold);
        p.drawText(text.adjusted(0, 0, 0, -text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(box.title, Qt::ElideRight, text.width()));
        p.setFont(small);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(text.adjusted(0, text.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(box.subtitle, Qt::ElideRight, text.width()));
    }
}

} // namespace wl
