#include "diagramparts.h"

#include <QPainter>

#include <atomic>
#include <cmath>

namespace wl::render {

namespace {

std::atomic<PrintColors> g_printColors { PrintColors::Light };
// -1: none on this thread.
thread_local int t_printColors = -1;

} // namespace

void setPrintColors(PrintColors colors)
{
    g_printColors = colors;
}

PrintColors printColors()
{
    return t_printColors < 0 ? g_printColors.load() : PrintColors(t_printColors);
}

PrintColorsScope::PrintColorsScope(PrintColors colors)
    : m_previous(t_printColors)
{
    t_printColors = int(colors);
}

PrintColorsScope::~PrintColorsScope()
{
    t_printColors = m_previous;
}

QColor paperColor()
{
    return style().inks.paper;
}

QColor canvasColor()
{
    return style().inks.canvas;
}

namespace {

void paintDiamond(QPainter *p, const QPointF &c, double r)
{
    const QPointF points[]
        = { c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) };
    p->setPen(Qt::NoPen);
    p->setBrush(kBadgeBorder);
    p->drawPolygon(points, 4);
}

} // namespace

QString chipText(int tier)
{
    return tier < 0 ? QStringLiteral("T?") : QStringLiteral("T%1").arg(tier);
}

double clusterTitleWidth(const QString &organization)
{
    return kClusterTitleTextLeft + style().clusterFm.horizontalAdvance(organization)
        + kClusterTitleRightPad;
}

double chipWidth(const QString &text)
{
    return style().chipFm.horizontalAdvance(text) + 7.0;
}

// The tier as a filled chip, for readers who cannot tell the colours apart
// and for black-and-white print.
void paintChip(QPainter *p, const QString &text, int tier, const QRectF &r)
{
    const Style &s = style();
    const QColor &c = kTierColors[size_t(tierSlot(tier))];
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    p->drawRoundedRect(r, 3.0, 3.0);
    const double luminance = 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF();
    p->setPen(luminance > 0.55 ? kInkOnLight : QColor(Qt::white));
    p->setFont(s.chip);
    const double x = r.center().x() - s.chipFm.horizontalAdvance(text) / 2.0;
    p->drawText(QPointF(x, r.center().y() + s.chipFm.capHeight() / 2.0), text);
}

void paintPin(QPainter *p, const QPointF &head)
{
    p->setPen(QPen(kPinInk, 1.4, Qt::SolidLine, Qt::RoundCap));
    p->drawLine(head, head + QPointF(-4.0, 5.0));
    p->setPen(QPen(Qt::white, 1.0));
    p->setBrush(kPinInk);
    p->drawEllipse(head, 3.6, 3.6);
}

double pillHeight(qsizetype lines)
{
    return kPillHeight + double(std::max<qsizetype>(lines, 1) - 1) * kLabelLine;
}

void paintPill(QPainter *p, const QRectF &r, const QStringList &lines)
{
    const Style &s = style();
    p->setPen(s.pill);
    p->setBrush(s.inks.pillFill);
    p->drawRoundedRect(r, 3.0, 3.0);
    p->setFont(s.label);
    p->setPen(s.inks.mutedInk);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const double mid = r.top() + kPillHeight / 2.0 + double(i) * kLabelLine;
        p->drawText(QPointF(r.left() + kPillPadX, mid + s.labelFm.capHeight() / 2.0), lines.at(i));
    }
}

void paintBadge(QPainter *p, const QRectF &r, const QVector<BadgeLine> &lines)
{
    const Style &s = style();
    p->setPen(s.badgeBorder);
    p->setBrush(kBadgeFill);
    p->drawRoundedRect(r, 3.0, 3.0);
    p->setFont(s.badge);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const BadgeLine &line = lines.at(i);
        const double mid = r.top() + kBadgePadY + (double(i) + 0.5) * kBadgeLine;
        if (line.role == BadgeLine::Asset)
            paintDiamond(p, QPointF(r.left() + kBadgePadX + 2.5, mid), 2.6);
        p->setPen(line.role == BadgeLine::More ? kMutedInkOnLight : kBadgeInk);
        p->drawText(
            QPointF(r.left() + kBadgePadX + kBadgeBullet, mid + s.badgeFm.capHeight() / 2.0),
            line.text);
    }
}

// The longest prefix that fits, broken after a word where possible.
qsizetype wrapPoint(const QString &text, const QFontMetricsF &fm, double width)
{
    for (qsizetype i = text.lastIndexOf(u' '); i > 0; i = text.lastIndexOf(u' ', i - 1)) {
        if (fm.horizontalAdvance(text.left(i)) <= width)
            return i;
    }
    qsizetype lo = 1, hi = text.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi + 1) / 2;
        if (fm.horizontalAdvance(text.left(mid)) <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

QRectF outwardToWholePoints(const QRectF &r)
{
    return QRectF(QPointF(std::floor(r.left()), std::floor(r.top())),
        QPointF(std::ceil(r.right()), std::ceil(r.bottom())));
}

} // namespace wl::render
