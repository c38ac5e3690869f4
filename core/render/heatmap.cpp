#include "heatmap.h"

#include "render/diagramparts.h"

#include "diagram.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace wl::render {

namespace {

// ColorBrewer YlOrRd, 9 classes (Cynthia Brewer, colorbrewer2.org): marked
// there as safe for colour-blind readers; its lightness falls from stop to
// stop.
const std::array<QColor, 9> kRamp = {
    QColor(0xFF, 0xFF, 0xCC),
    QColor(0xFF, 0xED, 0xA0),
    QColor(0xFE, 0xD9, 0x76),
    QColor(0xFE, 0xB2, 0x4C),
    QColor(0xFD, 0x8D, 0x3C),
    QColor(0xFC, 0x4E, 0x2A),
    QColor(0xE3, 0x1A, 0x1C),
    QColor(0xBD, 0x00, 0x26),
    QColor(0x80, 0x00, 0x26),
};
const QColor kNoValue(0xD5, 0xD9, 0xDF);
// Darker than the ramp's hot end (#800026), so that no value is drawn like
// a breach.
const QColor kBreached(0x3B, 0x00, 0x14);
const QColor kBreachedHatch(0xFF, 0xFF, 0xFF, 80);
const QColor kBreachedBorder(0x00, 0x00, 0x00);
constexpr double kHatchPitch = 7.0;
constexpr double kHatchWidth = 1.6;
constexpr double kBreachedBorderWidth = 2.0;
const QColor kNoFlow(0xC3, 0xC9, 0xD1);
// Flows start a third of the way up the ramp: its pale end would vanish on
// the white canvas as a thin line.
constexpr double kFlowRampStart = 0.3;
constexpr double kFlowMinWidth = 1.5;
constexpr double kFlowWidthRange = 6.5;
constexpr double kNoFlowWidth = 1.0;

// The legend, in points.
constexpr double kPad = 12.0;
constexpr double kWidth = 280.0;
constexpr double kTitleLine = 17.0;
constexpr double kTextLine = 14.0;
constexpr double kStaleHeight = 18.0;
constexpr double kBarHeight = 12.0;
constexpr double kTickLength = 4.0;
constexpr double kTickLabels = 14.0;
constexpr double kRow = 18.0;
constexpr double kGap = 6.0;
constexpr double kLabelGap = 6.0; // at least between two tick labels

const QColor kStaleFill(0xFF, 0xF4, 0xD6);
const QColor kStaleBorder(0xE6, 0x9F, 0x00); // Okabe–Ito orange
const QColor kStaleInk(0x7A, 0x4A, 0x00);

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Up to three significant digits, without trailing zeros.
QString significant(double v)
{
    if (v == 0.0)
        return QStringLiteral("0");
    const double a = std::abs(v);
    if (a < 0.001)
        return QString::number(v, 'g', 2);
    const int decimals = std::clamp(2 - int(std::floor(std::log10(a))), 0, 6);
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

// 1, 2 or 5 × 10^k near `raw`: the step between ticks.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    return (norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0) * magnitude;
}

// About four steps between the ends.
double linearStep(double low, double high)
{
    return niceStep((high - low) / 4.0);
}

// The ends and the multiples of `step` between them, none within half a
// step of an end (where a range given by the caller does not end on one).
QVector<HeatTick> linearTicks(double low, double high, double step, ValueFormat format)
{
    QVector<HeatTick> ticks;
    ticks.append({ low, formatValue(low, format) });
    if (!(high > low))
        return ticks;
    for (double k = std::ceil(low / step);; k += 1.0) {
        const double t = k * step;
        if (t >= high - step / 2.0)
            break;
        if (t > low + step / 2.0)
            ticks.append({ t, formatValue(t, format) });
    }
    ticks.append({ high, formatValue(high, format) });
    return ticks;
}

// Floating-point slack when rounding to a step: 0.06 / 0.02 is not quite 3.
constexpr double kSlack = 1e-9;

// 1, 2 or 5 × 10^k: the largest at most v, or the smallest at least v.
double roundDown125(double v)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(v) + kSlack));
    const double norm = v / magnitude * (1.0 + kSlack);
    return (norm >= 5.0 ? 5.0 : norm >= 2.0 ? 2.0 : 1.0) * magnitude;
}

double roundUp125(double v)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(v) - kSlack));
    const double norm = v / magnitude * (1.0 - kSlack);
    return (norm <= 1.0 ? 1.0 : norm <= 2.0 ? 2.0 : norm <= 5.0 ? 5.0 : 10.0) * magnitude;
}

// Log ticks: the ends and every 1, 2 and 5 × 10^k between them where these
// are at most four, else the powers of ten between them (at most four:
// every second or third where there are many decades).
QVector<HeatTick> logTicks(double low, double high, ValueFormat format)
{
    QVector<HeatTick> ticks;
    ticks.append({ low, formatValue(low, format) });
    if (!(high > low) || !(low > 0.0))
        return ticks;
    const double top = high * (1.0 - kSlack);
    QVector<double> all, decades;
    for (double d = std::pow(10.0, std::floor(std::log10(low) + kSlack)); d <= top; d *= 10.0) {
        for (const double f : { 1.0, 2.0, 5.0 })
            if (const double t = f * d; t > low * (1.0 + kSlack) && t < top)
                all.append(t);
        if (d > low * (1.0 + kSlack))
            decades.append(d);
    }
    const bool sparse = all.size() <= 4;
    const qsizetype every = sparse ? 1 : (decades.size() + 3) / 4;
    const QVector<double> &between = sparse ? all : decades;
    for (qsizetype i = 0; i < between.size(); i += every)
        ticks.append({ between[i], formatValue(between[i], format) });
    ticks.append({ high, formatValue(high, format) });
    return ticks;
}

// The source on one line, or on two broken after a " · " where it is long.
QStringList sourceLines(const QString &source)
{
    const QFontMetricsF &fm = style().legendTextFm;
    const double width = kWidth - 2 * kPad;
    if (fm.horizontalAdvance(source) <= width)
        return { source };
    const QString separator = QStringLiteral(" · ");
    for (qsizetype i = source.lastIndexOf(separator); i > 0;
         i = source.lastIndexOf(separator, i - 1)) {
        if (fm.horizontalAdvance(source.left(i)) <= width)
            return { source.left(i), source.mid(i + separator.size()) };
    }
    return { source };
}

QString legendTitle(const OverlayLegend &l)
{
    if (l.heat)
        return l.heat->title;
    if (l.diff)
        return QCoreApplication::translate("wl::render", "Changes");
    return l.contracts ? QCoreApplication::translate("wl::render", "Contracts on flows")
                       : QCoreApplication::translate("wl::render", "Propagation flows");
}

// The contract overlay's stroke widths: a gap stands out, a covered flow is
// plain, a flow without a contract stays thin.
double contractWidth(ContractState state)
{
    return state == ContractState::NoContract ? 1.0 : state == ContractState::Covered ? 2.0 : 3.5;
}

// The states the legend lists: those drawn, in ContractState's order.
int contractRows(const OverlayLegend &l)
{
    if (!l.contracts)
        return 0;
    return int(std::count_if(
        l.contractCounts.begin(), l.contractCounts.end(), [](int n) { return n > 0; }));
}

// The marks the legend lists: those drawn, in DiffMark's order.
int diffRows(const OverlayLegend &l)
{
    if (!l.diff)
        return 0;
    return int(
        std::count_if(l.diffCounts.begin(), l.diffCounts.end(), [](int n) { return n > 0; }));
}

QString scaleLine(const HeatScale &h)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(h.unit,
            h.kind == ScaleKind::Log ? QCoreApplication::translate("wl::render", "log scale")
                                     : QCoreApplication::translate("wl::render", "linear scale"),
            h.lowerIsHotter ? QCoreApplication::translate("wl::render", "darker = sooner")
                            : QCoreApplication::translate("wl::render", "darker = higher"));
}

// How a log scale shows what it cannot: 0, and anything under its low end.
bool hasZeroNote(const HeatScale &h)
{
    return h.kind == ScaleKind::Log && h.low > 0.0;
}

QString zeroNote(const HeatScale &h)
{
    return QCoreApplication::translate("wl::render", "%1 and values under %2 are drawn as %2")
        .arg(formatValue(0.0, h.format), formatValue(h.low, h.format));
}

// Text lines above the colour bar.
int heatTextLines(const OverlayLegend &l)
{
    return !l.heat ? 0 : hasZeroNote(*l.heat) ? 2 : 1;
}

QString breachedText(int count)
{
    return QCoreApplication::translate("wl::render", "Breached (seed), off the scale (%1)")
        .arg(count);
}

QString noValueText(const HeatScale &h)
{
    return h.lowerIsHotter
        ? QCoreApplication::translate("wl::render", "No value: never compromised")
        : QCoreApplication::translate("wl::render", "No value: not in the model run");
}

QString flowText(double maxFlow)
{
    return QCoreApplication::translate("wl::render", "Width: share of trials it spread (max %1)")
        .arg(formatValue(maxFlow, ValueFormat::Percent));
}

} // namespace

QColor contractColor(ContractState state)
{
    switch (state) {
    case ContractState::NoDpa: return QColor(0xc6, 0x28, 0x28);
    case ContractState::NoTransferMechanism: return QColor(0x8e, 0x24, 0xaa);
    case ContractState::SlaBeyondStatute: return QColor(0xef, 0x6c, 0x00);
    case ContractState::StaleReview: return QColor(0x9e, 0x86, 0x00);
    case ContractState::Covered: return QColor(0x2e, 0x7d, 0x32);
    case ContractState::NoContract: return QColor(0xb0, 0xb5, 0xbd);
    }
    return {};
}

QColor diffColor(DiffMark mark)
{
    switch (mark) {
    case DiffMark::Added: return QColor(0x1b, 0x78, 0x37);
    case DiffMark::Changed: return QColor(0x76, 0x2a, 0x83);
    case DiffMark::Removed: return QColor(0x6b, 0x72, 0x80);
    case DiffMark::None: break;
    }
    return {};
}

QString diffMarkText(DiffMark mark)
{
    switch (mark) {
    case DiffMark::Added: return QCoreApplication::translate("wl::render", "Added");
    case DiffMark::Removed:
        return QCoreApplication::translate("wl::render", "Removed (drawn as a ghost)");
    case DiffMark::Changed: return QCoreApplication::translate("wl::render", "Changed");
    case DiffMark::None: break;
    }
    return {};
}

void paintDiffBadge(QPainter *p, const QPointF &center, double radius, DiffMark mark)
{
    if (mark == DiffMark::None)
        return;
    p->save();
    p->setPen(QPen(Qt::white, 1.0));
    p->setBrush(diffColor(mark));
    p->drawEllipse(center, radius, radius);
    const double a = radius * 0.55;
    p->setPen(
        QPen(Qt::white, std::max(1.2, radius / 4.0), Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    p->setBrush(Qt::NoBrush);
    switch (mark) {
    case DiffMark::Added:
        p->drawLine(center + QPointF(-a, 0), center + QPointF(a, 0));
        p->drawLine(center + QPointF(0, -a), center + QPointF(0, a));
        break;
    case DiffMark::Removed: p->drawLine(center + QPointF(-a, 0), center + QPointF(a, 0)); break;
    case DiffMark::Changed:
        p->drawPolygon(QPolygonF({ center + QPointF(0, -a), center + QPointF(a, a * 0.8),
            center + QPointF(-a, a * 0.8) }));
        break;
    case DiffMark::None: break;
    }
    p->restore();
}

void paintDiffRing(QPainter *p, const QRectF &r, double radius, DiffMark mark)
{
    if (mark == DiffMark::None)
        return;
    p->save();
    p->setPen(QPen(diffColor(mark), 2.5, mark == DiffMark::Removed ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r, radius, radius);
    p->restore();
}

QString contractStateText(ContractState state)
{
    switch (state) {
    case ContractState::NoDpa:
        return QCoreApplication::translate("wl::render", "Personal data with no DPA");
    case ContractState::NoTransferMechanism:
        return QCoreApplication::translate("wl::render", "Transfer with no mechanism");
    case ContractState::SlaBeyondStatute:
        return QCoreApplication::translate("wl::render", "SLA longer than the statutory clock");
    case ContractState::StaleReview:
        return QCoreApplication::translate("wl::render", "Reviewed over a year ago");
    case ContractState::Covered:
        return QCoreApplication::translate("wl::render", "Contract, no gap");
    case ContractState::NoContract: return QCoreApplication::translate("wl::render", "No contract");
    }
    return {};
}

QColor heatColor(double position)
{
    const double t
        = std::clamp(std::isnan(position) ? 0.0 : position, 0.0, 1.0) * double(kRamp.size() - 1);
    const size_t i = std::min(size_t(t), kRamp.size() - 2);
    const double f = t - double(i);
    const QColor &a = kRamp[i];
    const QColor &b = kRamp[i + 1];
    // Eight bits a channel, as every export writes it: what the canvas
    // fills is what a file holds. The channel that changes most is rounded
    // first and the others follow its step, so that rounding never makes a
    // colour lighter than one before it (between #E31A1C and #BD0026 blue
    // rises while red falls).
    const std::array<int, 3> from = { a.red(), a.green(), a.blue() };
    const std::array<int, 3> to = { b.red(), b.green(), b.blue() };
    size_t lead = 0;
    for (size_t k = 1; k < 3; ++k)
        if (std::abs(to[k] - from[k]) > std::abs(to[lead] - from[lead]))
            lead = k;
    const double span = double(to[lead] - from[lead]);
    const double g = span == 0.0
        ? f
        : (double(std::lround(from[lead] + span * f)) - double(from[lead])) / span;
    const auto channel
        = [&](size_t k) { return int(std::lround(from[k] + (to[k] - from[k]) * g)); };
    return QColor(channel(0), channel(1), channel(2));
}

QColor noValueColor()
{
    return kNoValue;
}

QColor breachedColor()
{
    return kBreached;
}

void paintBreachedBox(QPainter *p, const QRectF &r, double radius)
{
    QPainterPath box;
    box.addRoundedRect(r, radius, radius);
    // The hatching as a path cut to the box, not a clip: every export
    // engine draws paths alike.
    QPainterPath lines;
    for (double x = r.left() - r.height(); x < r.right(); x += kHatchPitch) {
        lines.moveTo(x, r.bottom());
        lines.lineTo(x + r.height(), r.top());
    }
    QPainterPathStroker stroker;
    stroker.setWidth(kHatchWidth);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(kBreached);
    p->drawPath(box);
    p->setBrush(kBreachedHatch);
    p->drawPath(stroker.createStroke(lines).intersected(box));
    p->setPen(QPen(kBreachedBorder, kBreachedBorderWidth));
    p->setBrush(Qt::NoBrush);
    p->drawPath(box);
    p->restore();
}

double relativeLuminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QString formatValue(double value, ValueFormat format)
{
    switch (format) {
    case ValueFormat::Percent: return significant(value * 100.0) + QStringLiteral(" %");
    case ValueFormat::Hours: return significant(value) + QStringLiteral(" h");
    case ValueFormat::Number: break;
    }
    const double a = std::abs(value);
    if (a >= 1e9)
        return significant(value / 1e9) + u'G';
    if (a >= 1e6)
        return significant(value / 1e6) + u'M';
    if (a >= 1e3)
        return significant(value / 1e3) + u'k';
    return significant(value);
}

QString scaleKindName(ScaleKind kind)
{
    return kind == ScaleKind::Log ? QStringLiteral("log") : QStringLiteral("linear");
}

std::optional<ScaleKind> scaleKindFromName(const QString &name)
{
    if (name == u"linear")
        return ScaleKind::Linear;
    if (name == u"log")
        return ScaleKind::Log;
    return std::nullopt;
}

double HeatScale::position(double value) const
{
    if (!(high > low)) {
        if (lowerIsHotter)
            return 1.0;
        return high > 0.0 && value >= high ? 1.0 : 0.0;
    }
    const double t = kind == ScaleKind::Log
        ? (value > low ? (std::log(value) - std::log(low)) / (std::log(high) - std::log(low)) : 0.0)
        : (value - low) / (high - low);
    const double clamped = std::clamp(t, 0.0, 1.0);
    return lowerIsHotter ? 1.0 - clamped : clamped;
}

namespace {

HeatScale scaleOf(sim::Metric metric, ScaleKind kind)
{
    HeatScale h;
    h.title = sim::metricTitle(metric);
    h.unit = sim::metricUnit(metric);
    h.format = metric == sim::Metric::Likelihood  ? ValueFormat::Percent
        : metric == sim::Metric::TimeToCompromise ? ValueFormat::Hours
                                                  : ValueFormat::Number;
    h.lowerIsHotter = sim::metricLowerIsHotter(metric);
    h.kind = kind;
    return h;
}

} // namespace

HeatScale heatScale(sim::Metric metric, double low, double high, ScaleKind kind)
{
    HeatScale h = scaleOf(metric, kind);
    h.low = low;
    h.high = high;
    h.ticks = kind == ScaleKind::Log ? logTicks(low, high, h.format)
        : high > low                 ? linearTicks(low, high, linearStep(low, high), h.format)
                                     : linearTicks(low, high, 1.0, h.format);
    return h;
}

HeatScale heatScale(sim::Metric metric, const sim::NodeValues &values, ScaleKind kind)
{
    HeatScale h = scaleOf(metric, kind);
    bool any = false;
    double lo = 0.0, hi = 0.0;
    std::optional<double> smallestPositive;
    for (const std::optional<double> &v : values) {
        if (!v)
            continue;
        lo = any ? std::min(lo, *v) : *v;
        hi = any ? std::max(hi, *v) : *v;
        any = true;
        if (*v > 0.0)
            smallestPositive = std::min(smallestPositive.value_or(*v), *v);
    }
    if (kind == ScaleKind::Log) {
        // From the smallest positive value: 0 has no logarithm and is drawn
        // as the low end.
        if (smallestPositive) {
            h.low = roundDown125(*smallestPositive);
            h.high = roundUp125(hi);
        }
        h.ticks = logTicks(h.low, h.high, h.format);
        return h;
    }
    // Quantities start at 0, so that a fill says how much, not only how it
    // ranks; times start at the earliest.
    if (!h.lowerIsHotter)
        lo = std::min(0.0, lo);
    if (!(hi > lo)) {
        h.low = lo;
        h.high = hi;
        h.ticks = linearTicks(lo, hi, 1.0, h.format);
        return h;
    }
    const double step = linearStep(lo, hi);
    h.low = std::floor(lo / step + kSlack) * step;
    h.high = std::ceil(hi / step - kSlack) * step;
    h.ticks = linearTicks(h.low, h.high, step, h.format);
    return h;
}

QSet<QString> seedIds(const sim::Scenario &scenario)
{
    QSet<QString> ids;
    if (scenario.mode == sim::Mode::Seeded)
        for (const sim::TimedNode &seed : scenario.seeds)
            ids.insert(seed.node);
    return ids;
}

QSizeF overlayLegendSize(const OverlayLegend &l)
{
    double h
        = kPad + kTitleLine + kTextLine * double(heatTextLines(l) + sourceLines(l.source).size());
    if (l.stale)
        h += kGap + kStaleHeight;
    if (l.heat) {
        h += kGap + kBarHeight + kTickLength + kTickLabels;
        if (l.breachedCount > 0)
            h += kRow;
        if (l.noValueCount > 0)
            h += kRow;
    }
    if (l.flows)
        h += kRow;
    h += kRow * contractRows(l);
    h += kRow * diffRows(l);
    return QSizeF(kWidth, h + kPad);
}

void paintOverlayLegend(QPainter *p, const OverlayLegend &l, const QPointF &topLeft)
{
    const Style &s = style();
    const QRectF panel(topLeft, overlayLegendSize(l));
    const double left = panel.left() + kPad;
    const double width = panel.width() - 2 * kPad;
    p->save();
    p->setPen(QPen(style().inks.border, 0.8));
    p->setBrush(style().inks.paper);
    p->drawRoundedRect(panel, 8.0, 8.0);

    double y = panel.top() + kPad;
    const auto text = [&](const QFont &font, const QFontMetricsF &fm, const QColor &ink,
                          const QString &line, double height) {
        p->setFont(font);
        p->setPen(ink);
        p->drawText(QPointF(left, y + fm.ascent()), fm.elidedText(line, Qt::ElideRight, width));
        y += height;
    };
    // A row's label after its sample, with how many elements it stands for.
    const auto countedRow = [&](const QString &label, int count) {
        p->setPen(style().inks.ink);
        p->drawText(QPointF(left + 34.0, y + kRow / 2.0 + s.legendTextFm.capHeight() / 2.0),
            s.legendTextFm.elidedText(
                QStringLiteral("%1 (%2)").arg(label).arg(count), Qt::ElideRight, width - 34.0));
        y += kRow;
    };
    text(s.overlayTitle, s.overlayTitleFm, style().inks.ink, legendTitle(l), kTitleLine);
    if (l.heat)
        text(s.legendText, s.legendTextFm, style().inks.mutedInk, scaleLine(*l.heat), kTextLine);
    if (l.heat && hasZeroNote(*l.heat))
        text(s.legendText, s.legendTextFm, style().inks.mutedInk, zeroNote(*l.heat), kTextLine);
    for (const QString &line : sourceLines(l.source))
        text(s.legendText, s.legendTextFm, style().inks.mutedInk, line, kTextLine);

    if (l.stale) {
        y += kGap;
        const QRectF pill(left, y, width, kStaleHeight);
        p->setPen(QPen(kStaleBorder, 1.0));
        p->setBrush(kStaleFill);
        p->drawRoundedRect(pill, 4.0, 4.0);
        p->setFont(s.legendStrong);
        p->setPen(kStaleInk);
        p->drawText(
            QPointF(pill.left() + 6.0, pill.center().y() + s.legendStrongFm.capHeight() / 2.0),
            s.legendStrongFm.elidedText(QCoreApplication::translate("wl::render",
                                            "STALE · the model changed since these values"),
                Qt::ElideRight, pill.width() - 12.0));
        y += kStaleHeight;
    }

    if (l.heat) {
        const HeatScale &h = *l.heat;
        y += kGap;
        const QRectF bar(left, y, width, kBarHeight);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (size_t i = 0; i < kRamp.size(); ++i)
            gradient.setColorAt(double(i) / double(kRamp.size() - 1), kRamp[i]);
        p->setPen(QPen(style().inks.border, 0.6));
        p->setBrush(gradient);
        p->drawRect(bar);
        y += kBarHeight;
        p->setFont(s.legendText);
        p->setPen(QPen(style().inks.ink, 0.8));
        // Every tick gets its mark; the labels of the ends first, then
        // those between that do not run into a label already drawn.
        QVector<QRectF> labelled;
        const auto tick = [&](const HeatTick &t, bool end) {
            const double pos = h.position(t.value);
            const double x = bar.left() + pos * bar.width();
            p->drawLine(QPointF(x, y), QPointF(x, y + kTickLength));
            const double w = s.legendTextFm.horizontalAdvance(t.label);
            const double at = pos < 0.08 ? x : pos > 0.92 ? x - w : x - w / 2.0;
            const QRectF room(at - kLabelGap / 2.0, y, w + kLabelGap, kTickLabels);
            if (!end && std::any_of(labelled.cbegin(), labelled.cend(), [&](const QRectF &r) {
                    return r.intersects(room);
                }))
                return;
            labelled.append(room);
            p->drawText(QPointF(at, y + kTickLength + s.legendTextFm.ascent()), t.label);
        };
        if (!h.ticks.isEmpty()) {
            tick(h.ticks.first(), true);
            if (h.ticks.size() > 1)
                tick(h.ticks.last(), true);
        }
        for (qsizetype i = 1; i + 1 < h.ticks.size(); ++i)
            tick(h.ticks[i], false);
        y += kTickLength + kTickLabels;
        if (l.breachedCount > 0) {
            const double mid = y + kRow / 2.0;
            paintBreachedBox(p, QRectF(left, mid - 6.0, 26.0, 12.0), 3.0);
            p->setFont(s.legendText);
            p->setPen(style().inks.ink);
            p->drawText(QPointF(left + 34.0, mid + s.legendTextFm.capHeight() / 2.0),
                s.legendTextFm.elidedText(
                    breachedText(l.breachedCount), Qt::ElideRight, width - 34.0));
            y += kRow;
        }
        if (l.noValueCount > 0) {
            const double mid = y + kRow / 2.0;
            p->setPen(QPen(kNoValueBorder, 1.0, Qt::DashLine));
            p->setBrush(kNoValue);
            p->drawRoundedRect(QRectF(left, mid - 6.0, 26.0, 12.0), 3.0, 3.0);
            p->setPen(style().inks.ink);
            p->drawText(QPointF(left + 34.0, mid + s.legendTextFm.capHeight() / 2.0),
                s.legendTextFm.elidedText(
                    QStringLiteral("%1 (%2)").arg(noValueText(h)).arg(l.noValueCount),
                    Qt::ElideRight, width - 34.0));
            y += kRow;
        }
    }

    if (l.flows) {
        const double mid = y + kRow / 2.0;
        const double widths[] = { flowWidth(0.15, 1.0), flowWidth(0.5, 1.0), flowWidth(1.0, 1.0) };
        double x = left;
        for (const double w : widths) {
            p->setPen(QPen(flowColor((w - kFlowMinWidth) / kFlowWidthRange, 1.0), w, Qt::SolidLine,
                Qt::FlatCap));
            p->drawLine(QPointF(x, mid), QPointF(x + 8.0, mid));
            x += 10.0;
        }
        p->setFont(s.legendText);
        p->setPen(style().inks.ink);
        p->drawText(QPointF(left + 34.0, mid + s.legendTextFm.capHeight() / 2.0),
            s.legendTextFm.elidedText(flowText(l.maxFlow), Qt::ElideRight, width - 34.0));
        y += kRow;
    }

    if (l.contracts) {
        p->setFont(s.legendText);
        for (int i = 0; i < kContractStates; ++i) {
            if (l.contractCounts[std::size_t(i)] == 0)
                continue;
            const auto state = ContractState(i);
            const double mid = y + kRow / 2.0;
            p->setPen(QPen(contractColor(state), contractWidth(state), Qt::SolidLine, Qt::FlatCap));
            p->drawLine(QPointF(left, mid), QPointF(left + 26.0, mid));
            countedRow(contractStateText(state), l.contractCounts[std::size_t(i)]);
        }
    }

    if (l.diff) {
        p->setFont(s.legendText);
        for (int i = 0; i < kDiffMarks; ++i) {
            if (l.diffCounts[std::size_t(i)] == 0)
                continue;
            const auto mark = DiffMark(i + 1);
            const double mid = y + kRow / 2.0;
            p->setPen(QPen(diffColor(mark), 2.5,
                mark == DiffMark::Removed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
            p->drawLine(QPointF(left + 8.0, mid), QPointF(left + 26.0, mid));
            paintDiffBadge(p, QPointF(left + 6.0, mid), 6.0, mark);
            countedRow(diffMarkText(mark), l.diffCounts[std::size_t(i)]);
        }
    }
    p->restore();
}

QHash<QString, double> edgeShares(
    const Model &snapshot, const sim::CompiledModel &compiled, const sim::SimResult &result)
{
    QHash<QString, double> shares;
    if (result.trials <= 0)
        return shares;
    std::vector<std::int64_t> perEdge(std::size_t(snapshot.edges().size()), 0);
    for (int a = 0; a < compiled.arcCount() && a < int(result.travelled.size()); ++a)
        perEdge[std::size_t(compiled.arcEdge[a])] += result.travelled[a];
    shares.reserve(snapshot.edges().size());
    for (qsizetype i = 0; i < snapshot.edges().size(); ++i)
        shares.insert(snapshot.edges()[i].id, double(perEdge[i]) / double(result.trials));
    return shares;
}

Overlay makeOverlay(std::optional<sim::Metric> metric, const sim::NodeValues &values,
    const Model &snapshot, const sim::CompiledModel &compiled, const sim::SimResult *result,
    bool flows, const HeatOptions &heat)
{
    Overlay o;
    if (metric) {
        const QVector<Node> &nodes = snapshot.nodes();
        // The breached nodes are off the scale: the rest spreads over it.
        sim::NodeValues scaled = values;
        o.nodeValues.reserve(nodes.size());
        for (qsizetype i = 0; i < nodes.size() && i < qsizetype(values.size()); ++i) {
            if (values[i])
                o.nodeValues.insert(nodes[i].id, *values[i]);
            if (heat.breached.contains(nodes[i].id)) {
                o.breached.insert(nodes[i].id);
                scaled[std::size_t(i)].reset();
            }
        }
        o.heat = heatScale(*metric, scaled, heat.scale);
    }
    if (flows && result) {
        o.flows = true;
        o.edgeShares = edgeShares(snapshot, compiled, *result);
    }
    return o;
}

double flowWidth(double share, double maxShare)
{
    if (!(share > 0.0) || !(maxShare > 0.0))
        return kNoFlowWidth;
    return kFlowMinWidth + kFlowWidthRange * std::min(1.0, share / maxShare);
}

QColor flowColor(double share, double maxShare)
{
    if (!(share > 0.0) || !(maxShare > 0.0))
        return kNoFlow;
    return heatColor(kFlowRampStart + (1.0 - kFlowRampStart) * std::min(1.0, share / maxShare));
}

void applyOverlay(Diagram &d, const Overlay &o)
{
    d.overlay.reset();
    for (NodeVisual &n : d.nodes) {
        n.heat = NodeHeat();
        n.diff = DiffMark::None;
    }
    for (EdgeVisual &e : d.edges) {
        e.flow = EdgeFlow();
        e.diff = DiffMark::None;
    }
    if (o.isOff())
        return;
    OverlayLegend legend;
    legend.heat = o.heat;
    legend.source = o.source;
    legend.stale = o.stale;
    if (o.heat) {
        for (NodeVisual &n : d.nodes) {
            n.heat.on = true;
            const auto it = o.nodeValues.constFind(n.id);
            if (o.breached.contains(n.id)) {
                n.heat.breached = true;
                n.heat.hasValue = it != o.nodeValues.cend();
                n.heat.color = kBreached;
                n.heat.text = it == o.nodeValues.cend()
                    ? QCoreApplication::translate("wl::render", "breached")
                    : o.heat->text(*it);
                ++legend.breachedCount;
                continue;
            }
            if (it == o.nodeValues.cend()) {
                n.heat.text = QCoreApplication::translate("wl::render", "no value");
                ++legend.noValueCount;
                continue;
            }
            n.heat.hasValue = true;
            n.heat.color = o.heat->color(*it);
            n.heat.text = o.heat->text(*it);
        }
    }
    if (o.flows) {
        legend.flows = true;
        for (const EdgeVisual &e : std::as_const(d.edges))
            legend.maxFlow = std::max(legend.maxFlow, o.edgeShares.value(e.id, 0.0));
        for (EdgeVisual &e : d.edges) {
            e.flow.on = true;
            e.flow.share = o.edgeShares.value(e.id, 0.0);
            e.flow.width = flowWidth(e.flow.share, legend.maxFlow);
            e.flow.color = flowColor(e.flow.share, legend.maxFlow);
        }
    }
    if (o.contracts && !o.flows) {
        legend.contracts = true;
        for (EdgeVisual &e : d.edges) {
            const ContractState state = o.edgeContracts.value(e.id, ContractState::NoContract);
            ++legend.contractCounts[std::size_t(state)];
            e.flow.on = true;
            e.flow.color = contractColor(state);
            e.flow.width = contractWidth(state);
        }
    }
    if (o.diff) {
        legend.diff = true;
        const auto count = [&](DiffMark mark) {
            if (mark != DiffMark::None)
                ++legend.diffCounts[std::size_t(mark) - 1];
            return mark;
        };
        for (NodeVisual &n : d.nodes)
            n.diff = count(o.nodeDiff.value(n.id, DiffMark::None));
        for (EdgeVisual &e : d.edges)
            e.diff = count(o.edgeDiff.value(e.id, DiffMark::None));
    }
    d.overlay = legend;
}

void applyEmphasis(Diagram &d, const QSet<QString> &nodeIds, const QSet<QString> &edgeIds)
{
    const bool on = !nodeIds.isEmpty() || !edgeIds.isEmpty();
    for (NodeVisual &n : d.nodes)
        n.emphasis = !on             ? Emphasis::Normal
            : nodeIds.contains(n.id) ? Emphasis::Highlighted
                                     : Emphasis::Dimmed;
    for (EdgeVisual &e : d.edges)
        e.emphasis = !on             ? Emphasis::Normal
            : edgeIds.contains(e.id) ? Emphasis::Highlighted
                                     : Emphasis::Dimmed;
}

} // namespace wl::render
