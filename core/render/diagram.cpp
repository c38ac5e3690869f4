#include "diagram.h"

#include "render/font.h"

#include "model/tiers.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace wl::render {

namespace {

// Node interior, in points from the node's centre: tier band, icon tile,
// then the name (on one line or two) over the kind, with the tier chip at
// the lower right.
constexpr double kHalfW = kNodeWidth / 2.0;
constexpr double kHalfH = kNodeHeight / 2.0;
constexpr double kNodeRadius = 6.0;
constexpr double kBandWidth = 5.0;
constexpr double kTileSize = 26.0;
constexpr double kTileCenterX = -kHalfW + kBandWidth + 6.0 + kTileSize / 2.0;
constexpr double kTextLeft = kTileCenterX + kTileSize / 2.0 + 7.0;
constexpr double kTextRight = kHalfW - 7.0;
constexpr double kTextWidth = kTextRight - kTextLeft;
constexpr double kChipHeight = 11.0;
// How far a selection halo or pin reaches outside a node's box.
constexpr double kNodeOverhang = 6.0;

constexpr double kArrowLength = 9.0;
constexpr double kArrowHalfWidth = 4.0;
constexpr double kMaxLabelWidth = 150.0;
constexpr double kMaxAssetWidth = 150.0;
constexpr int kMaxBadgeLines = 4;
constexpr double kPillPadX = 4.0;
constexpr double kPillHeight = 13.0;
constexpr double kBadgeLine = 11.0;
constexpr double kBadgePadX = 5.0;
constexpr double kBadgePadY = 2.5;
constexpr double kBadgeBullet = 9.0;
constexpr double kCalloutGap = 2.0;
// Callouts never exceed this, so culling can skip measuring their text.
constexpr double kMaxCalloutWidth = kMaxAssetWidth + kBadgeBullet + 2 * kBadgePadX + 2.0;
constexpr double kMaxCalloutHeight
    = kPillHeight + kCalloutGap + kMaxBadgeLines * kBadgeLine + 2 * kBadgePadY + 2.0;

constexpr double kClusterRadius = 10.0;
constexpr double kClusterPad = 14.0;
constexpr double kClusterTitle = 20.0;

constexpr double kDiagramMargin = 24.0;
constexpr double kGridPitchX = kNodeWidth + 64.0;
constexpr double kGridPitchY = kNodeHeight + 56.0;
constexpr double kGridBlockGap = 40.0;
constexpr double kGridBelowGap = 80.0;
constexpr double kParallelStep = 14.0;

constexpr double kLegendPad = 14.0;
constexpr double kLegendColumnWidth = 200.0;
constexpr double kLegendKindColumnWidth = 150.0;
constexpr double kLegendColumnGap = 20.0;
constexpr double kLegendHeader = 26.0;
constexpr double kLegendHeading = 16.0;
constexpr double kLegendRow = 18.0;
constexpr double kLegendSectionGap = 10.0;
constexpr double kTitleSummaryHeight = 16.0;

const QColor kInk(0x1F, 0x29, 0x37);
const QColor kMutedInk(0x5F, 0x6B, 0x7A);
const QColor kBorder(0xBF, 0xC7, 0xD1);
const QColor kShadow(0x0F, 0x17, 0x2A, 30);
const QColor kIconInk(0x33, 0x41, 0x55);
const QColor kEdgeInk(0x5B, 0x67, 0x78);
const QColor kMinimalEdgeInk(0xA3, 0xAD, 0xBA);
const QColor kSelection(0x0B, 0x61, 0xA4);
const QColor kSelectionHalo(0x56, 0xB4, 0xE9, 110);
const QColor kPillFill(0xFF, 0xFF, 0xFF, 235);
const QColor kPillBorder(0xCF, 0xD5, 0xDD);
const QColor kBadgeFill(0xFA, 0xEC, 0xF3);
const QColor kBadgeBorder(0xCC, 0x79, 0xA7); // Okabe–Ito reddish purple
const QColor kBadgeInk(0x6B, 0x24, 0x4E);
const QColor kClusterFill(0xF3, 0xF5, 0xF8);
const QColor kClusterBorder(0xC9, 0xD0, 0xD9);
const QColor kClusterInk(0x47, 0x55, 0x69);
const QColor kPinInk(0x9F, 0x1D, 0x4F);
// A highlighted path: Okabe–Ito blue, apart from every colour of the heat
// ramp (yellow to dark red).
const QColor kPathInk(0x00, 0x72, 0xB2);
const QColor kNoValueBorder(0x6B, 0x72, 0x80);
const QColor kHeatTile(0xFF, 0xFF, 0xFF, 225);
// What is not on a highlighted path stays visible as context, faintly.
constexpr double kDimmedOpacity = 0.22;
constexpr double kPathWidth = 3.2;
// Heat fills darker than this take white text.
constexpr double kDarkFill = 0.4;

// Okabe–Ito: distinguishable with every common colour-vision deficiency,
// running from the trusted blue to warmer hues as parties get more remote.
const std::array<QColor, 5> kTierColors = {
    QColor(0x00, 0x72, 0xB2), // tier 0, internal: blue
    QColor(0x00, 0x9E, 0x73), // tier 1, third party: bluish green
    QColor(0xE6, 0x9F, 0x00), // tier 2, fourth party: orange
    QColor(0xD5, 0x5E, 0x00), // tier 3+: vermillion
    QColor(0x8C, 0x95, 0x9F), // unknown: grey
};

int tierSlot(int tier)
{
    return tier < 0 ? 4 : std::min(tier, 3);
}

QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString humanized(const QString &identifier)
{
    QString s = identifier;
    s.replace(u'_', u' ');
    return s;
}

struct NodeLines {
    double name = 0.0;
    double name2 = 0.0;
    double kind = 0.0;
};

// Built on first use (fonts need the QGuiApplication), then shared by every
// paint call: constructing fonts and metrics per node is what makes a large
// scene slow.
struct Style {
    QFont name = detail::font(11, QFont::DemiBold);
    QFont nameSmall = detail::font(10, QFont::DemiBold);
    QFont kind = detail::font(9, QFont::Normal);
    QFont heatValue = detail::font(9, QFont::Bold);
    QFont chip = detail::font(7, QFont::Bold);
    QFont label = detail::font(9, QFont::Normal);
    QFont badge = detail::font(8, QFont::Normal);
    QFont cluster = detail::font(10, QFont::DemiBold);
    QFont legendHeader = detail::font(12, QFont::Bold);
    QFont legendHeading = detail::font(8, QFont::Bold);
    QFont legendText = detail::font(9, QFont::Normal);
    QFont title = detail::font(15, QFont::Bold);
    QFontMetricsF nameFm { name };
    QFontMetricsF nameSmallFm { nameSmall };
    QFontMetricsF kindFm { kind };
    QFontMetricsF heatValueFm { heatValue };
    QFontMetricsF chipFm { chip };
    QFontMetricsF labelFm { label };
    QFontMetricsF badgeFm { badge };
    QFontMetricsF clusterFm { cluster };
    QFontMetricsF legendTextFm { legendText };
    QFontMetricsF titleFm { title };

    // Baselines inside a node: the name (on one line or wrapped over two)
    // over the kind, as one block centred on the box; or the name alone
    // (Reduced).
    NodeLines oneLine;
    NodeLines twoLines;
    double soloBaseline = 0.0;
    NodeLines soloWrapped; // no kind line

    QPen border { kBorder, 1.0 };
    QPen selectedBorder { kSelection, 1.8 };
    QPen halo { kSelectionHalo, 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen edge { kEdgeInk, 1.3, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin };
    QPen selectedEdge { kSelection, 2.2, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin };
    QPen edgeHalo { kSelectionHalo, 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen arrow { kEdgeInk, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin };
    QPen selectedArrow { kSelection, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin };
    QPen minimalEdge { kMinimalEdgeInk, 0.0 }; // cosmetic: one device pixel at any zoom
    QPen minimalSelectedEdge { kSelection, 2.0 };
    QPen minimalSelection { kSelection, 3.0 };
    // Outlines only: filling thousands of overlapping boxes costs their area.
    QPen minimalCluster { kClusterBorder, 0.0 };
    QPen icon { kIconInk, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen pill { kPillBorder, 0.7 };
    QPen badgeBorder { kBadgeBorder, 0.8 };
    QPen clusterBorder { kClusterBorder, 1.0 };
    QPen legendBorder { kBorder, 0.8 };
    QPen noValueBorder { kNoValueBorder, 1.2, Qt::DashLine };
    QPen pathOutline { kPathInk, kPathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen pathEdge { kPathInk, kPathWidth, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin };
    QPen minimalPath { kPathInk, 3.0 };

    QPainterPath body; // the node's rounded box, centred on the origin
    QPainterPath band; // its left edge, in the tier colour
    QPainterPath shadow;
    QPainterPath tile; // behind the icon
    std::array<QColor, 5> tints;

    Style()
    {
        const auto lineHeight = [](const QFontMetricsF &fm) { return fm.ascent() + fm.descent(); };
        const double one = lineHeight(nameFm) + 1.0 + lineHeight(kindFm);
        oneLine.name = -one / 2.0 + nameFm.ascent();
        oneLine.kind = oneLine.name + nameFm.descent() + 1.0 + kindFm.ascent();
        const double two = 2.0 * lineHeight(nameSmallFm) + lineHeight(kindFm);
        twoLines.name = -two / 2.0 + nameSmallFm.ascent();
        twoLines.name2 = twoLines.name + lineHeight(nameSmallFm);
        twoLines.kind = twoLines.name2 + nameSmallFm.descent() + kindFm.ascent();
        soloBaseline = nameFm.capHeight() / 2.0;
        soloWrapped.name = -lineHeight(nameSmallFm) + nameSmallFm.ascent();
        soloWrapped.name2 = soloWrapped.name + lineHeight(nameSmallFm);

        body.addRoundedRect(
            QRectF(-kHalfW, -kHalfH, kNodeWidth, kNodeHeight), kNodeRadius, kNodeRadius);
        QPainterPath strip;
        strip.addRect(QRectF(-kHalfW, -kHalfH, kBandWidth, kNodeHeight));
        band = body.intersected(strip);
        shadow = body.translated(0.0, 1.5);
        tile.addRoundedRect(
            QRectF(kTileCenterX - kTileSize / 2.0, -kTileSize / 2.0, kTileSize, kTileSize), 5.0,
            5.0);
        for (size_t i = 0; i < tints.size(); ++i)
            tints[i] = mixed(Qt::white, kTierColors[i], 0.16);
    }
};

const Style &style()
{
    static const Style s;
    return s;
}

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

QString chipText(int tier)
{
    return tier < 0 ? QStringLiteral("T?") : QStringLiteral("T%1").arg(tier);
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
    p->setPen(luminance > 0.55 ? kInk : QColor(Qt::white));
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

bool darkFill(const NodeVisual &n)
{
    return n.heat.on && n.heat.hasValue && relativeLuminance(n.heat.color) < kDarkFill;
}

void paintNodeText(QPainter *p, const NodeVisual &n, Detail detail)
{
    const Style &s = style();
    const bool dark = darkFill(n);
    p->setPen(dark ? QColor(Qt::white) : kInk);
    if (detail == Detail::Reduced) {
        if (s.nameFm.horizontalAdvance(n.name) <= kTextWidth) {
            p->setFont(s.name);
            p->drawText(QPointF(kTextLeft, s.soloBaseline), n.name);
        } else if (s.nameSmallFm.horizontalAdvance(n.name) <= kTextWidth) {
            p->setFont(s.nameSmall);
            p->drawText(QPointF(kTextLeft, s.soloBaseline), n.name);
        } else {
            const qsizetype cut = wrapPoint(n.name, s.nameSmallFm, kTextWidth);
            p->setFont(s.nameSmall);
            p->drawText(QPointF(kTextLeft, s.soloWrapped.name), n.name.left(cut));
            p->drawText(QPointF(kTextLeft, s.soloWrapped.name2),
                s.nameSmallFm.elidedText(n.name.mid(cut).trimmed(), Qt::ElideRight, kTextWidth));
        }
        return;
    }

    const QString chip = chipText(n.tier);
    const double chipW = chipWidth(chip);
    const double besideChip = kTextWidth - chipW - 4.0;
    const NodeLines *lines = &s.oneLine;
    if (s.nameFm.horizontalAdvance(n.name) <= kTextWidth) {
        p->setFont(s.name);
        p->drawText(QPointF(kTextLeft, lines->name), n.name);
    } else if (s.nameSmallFm.horizontalAdvance(n.name) <= kTextWidth) {
        p->setFont(s.nameSmall);
        p->drawText(QPointF(kTextLeft, lines->name), n.name);
    } else {
        lines = &s.twoLines;
        const qsizetype cut = wrapPoint(n.name, s.nameSmallFm, kTextWidth);
        p->setFont(s.nameSmall);
        p->drawText(QPointF(kTextLeft, lines->name), n.name.left(cut));
        p->drawText(QPointF(kTextLeft, lines->name2),
            s.nameSmallFm.elidedText(n.name.mid(cut).trimmed(), Qt::ElideRight, kTextWidth));
    }
    // With a heatmap on, the value takes the kind's line (the icon still
    // tells the kind), so that a printed map carries its numbers.
    if (n.heat.on) {
        p->setFont(s.heatValue);
        p->setPen(dark ? QColor(Qt::white) : kInk);
        p->drawText(QPointF(kTextLeft, lines->kind),
            s.heatValueFm.elidedText(n.heat.text, Qt::ElideRight, besideChip));
    } else {
        p->setFont(s.kind);
        p->setPen(kMutedInk);
        p->drawText(QPointF(kTextLeft, lines->kind),
            s.kindFm.elidedText(humanized(n.kind), Qt::ElideRight, besideChip));
    }
    const double chipCenterY = lines->kind - s.kindFm.capHeight() / 2.0;
    paintChip(p, chip, n.tier,
        QRectF(kTextRight - chipW, chipCenterY - kChipHeight / 2.0, chipW, kChipHeight));
}

// Where an edge's label pill and asset badge go, and what they say.
struct Callout {
    QString label;
    QRectF labelRect;
    QStringList badgeLines;
    bool badgeHasMore = false; // the last line counts the assets not listed
    QRectF badgeRect;
};

struct Measured {
    QString text; // elided to the width allowed
    double width;
};

// Elided text and its width, remembered per font: a diagram repeats the same
// few integration labels and asset names thousands of times, and measuring
// them was most of the time of building a large diagram.
const Measured &measured(const QFontMetricsF &fm, int font, const QString &text, double maxWidth)
{
    thread_local QHash<QString, Measured> cache[2];
    QHash<QString, Measured> &c = cache[font];
    if (c.size() > 20000)
        c.clear();
    auto it = c.constFind(text);
    if (it == c.cend()) {
        const QString elided = fm.elidedText(text, Qt::ElideRight, maxWidth);
        it = c.insert(text, { elided, fm.horizontalAdvance(elided) });
    }
    return *it;
}

Callout callout(const EdgeVisual &e)
{
    const Style &s = style();
    Callout c;
    double labelW = 0.0, labelH = 0.0, badgeW = 0.0, badgeH = 0.0;
    if (!e.label.isEmpty()) {
        const Measured &m = measured(s.labelFm, 0, e.label, kMaxLabelWidth);
        c.label = m.text;
        labelW = m.width + 2 * kPillPadX;
        labelH = kPillHeight;
    }
    if (!e.assets.isEmpty()) {
        const qsizetype listed
            = e.assets.size() > kMaxBadgeLines ? kMaxBadgeLines - 1 : e.assets.size();
        double widest = 0.0;
        for (qsizetype i = 0; i < listed; ++i) {
            const Measured &m = measured(s.badgeFm, 1, e.assets.at(i), kMaxAssetWidth);
            c.badgeLines.append(m.text);
            widest = std::max(widest, m.width);
        }
        if (listed < e.assets.size()) {
            c.badgeLines.append(QStringLiteral("+ %1 more").arg(e.assets.size() - listed));
            c.badgeHasMore = true;
            widest = std::max(widest, s.badgeFm.horizontalAdvance(c.badgeLines.last()));
        }
        badgeW = widest + kBadgeBullet + 2 * kBadgePadX;
        badgeH = double(c.badgeLines.size()) * kBadgeLine + 2 * kBadgePadY;
    }
    const double gap = labelH > 0.0 && badgeH > 0.0 ? kCalloutGap : 0.0;
    const double top = e.labelPos.y() - (labelH + gap + badgeH) / 2.0;
    if (labelH > 0.0)
        c.labelRect = QRectF(e.labelPos.x() - labelW / 2.0, top, labelW, labelH);
    if (badgeH > 0.0)
        c.badgeRect = QRectF(e.labelPos.x() - badgeW / 2.0, top + labelH + gap, badgeW, badgeH);
    return c;
}

void paintPill(QPainter *p, const QRectF &r, const QString &text)
{
    const Style &s = style();
    p->setPen(s.pill);
    p->setBrush(kPillFill);
    p->drawRoundedRect(r, 3.0, 3.0);
    p->setFont(s.label);
    p->setPen(kMutedInk);
    p->drawText(QPointF(r.left() + kPillPadX, r.center().y() + s.labelFm.capHeight() / 2.0), text);
}

void paintDiamond(QPainter *p, const QPointF &c, double r)
{
    const QPointF points[]
        = { c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) };
    p->setPen(Qt::NoPen);
    p->setBrush(kBadgeBorder);
    p->drawPolygon(points, 4);
}

void paintBadge(QPainter *p, const QRectF &r, const QStringList &lines, bool lastIsMore)
{
    const Style &s = style();
    p->setPen(s.badgeBorder);
    p->setBrush(kBadgeFill);
    p->drawRoundedRect(r, 3.0, 3.0);
    p->setFont(s.badge);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const double mid = r.top() + kBadgePadY + (double(i) + 0.5) * kBadgeLine;
        const bool more = lastIsMore && i == lines.size() - 1;
        if (!more)
            paintDiamond(p, QPointF(r.left() + kBadgePadX + 2.5, mid), 2.6);
        p->setPen(more ? kMutedInk : kBadgeInk);
        p->drawText(
            QPointF(r.left() + kBadgePadX + kBadgeBullet, mid + s.badgeFm.capHeight() / 2.0),
            lines.at(i));
    }
}

QPolygonF arrowHead(const QPointF &tip, double angle, double length = kArrowLength,
    double halfWidth = kArrowHalfWidth)
{
    const QPointF back(std::cos(angle), std::sin(angle));
    const QPointF side(-back.y(), back.x());
    const QPointF base = tip - back * length;
    return QPolygonF({ tip, base + side * halfWidth, base - side * halfWidth });
}

// A thick flow stroke ends where its (larger) arrowhead begins, so that it
// does not show beside the arrow's point: the path up to `cut` points
// before its end, as a polyline.
QPolygonF strokeUpTo(const QPainterPath &path, double cut)
{
    const double length = path.length();
    const double end = length > cut ? path.percentAtLength(length - cut) : 0.0;
    const int samples = path.elementCount() <= 2 ? 1 : 24;
    QPolygonF line;
    line.reserve(samples + 1);
    for (int i = 0; i <= samples; ++i)
        line.append(path.pointAtPercent(end * double(i) / double(samples)));
    return line;
}

QPointF pathStart(const EdgeVisual &e)
{
    return e.path.elementCount() > 0 ? QPointF(e.path.elementAt(0)) : e.arrowTip;
}

// Liang–Barsky: whether the segment a–b meets the rectangle.
bool segmentMeets(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const QPointF d = b - a;
    const double p[4] = { -d.x(), d.x(), -d.y(), d.y() };
    const double q[4]
        = { a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y() };
    double enter = 0.0, leave = 1.0;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    return true;
}

// Whether an edge's stroke, arrowhead or halo may show in `r`: exact for
// straight edges (the long ones cross many views without touching them),
// the control-point box for splines.
bool strokeMayMeet(const EdgeVisual &e, const QRectF &r)
{
    const double reach = kArrowLength;
    const QRectF grown = r.adjusted(-reach, -reach, reach, reach);
    if (e.path.elementCount() <= 2)
        return segmentMeets(pathStart(e), e.arrowTip, grown);
    return e.path.controlPointRect().intersects(grown);
}

// Conservative, measures no text.
bool calloutMayMeet(const EdgeVisual &e, const QRectF &r)
{
    return (!e.label.isEmpty() || !e.assets.isEmpty())
        && QRectF(e.labelPos.x() - kMaxCalloutWidth / 2.0, e.labelPos.y() - kMaxCalloutHeight / 2.0,
            kMaxCalloutWidth, kMaxCalloutHeight)
               .intersects(r);
}

// The overview of a large scene is thousands of one-pixel lines and tiny
// boxes: aliased, they cost a third of the time and look the same.
class Aliased {
public:
    explicit Aliased(QPainter *p)
        : m_painter(p)
        , m_was(p->testRenderHint(QPainter::Antialiasing))
    {
        p->setRenderHint(QPainter::Antialiasing, false);
    }
    ~Aliased() { m_painter->setRenderHint(QPainter::Antialiasing, m_was); }
    Aliased(const Aliased &) = delete;
    Aliased &operator=(const Aliased &) = delete;

private:
    QPainter *m_painter;
    bool m_was;
};

// Paints what is off a highlighted path faintly, for as long as it lives.
class Dimmed {
public:
    Dimmed(QPainter *p, bool on)
        : m_painter(on ? p : nullptr)
        , m_was(p->opacity())
    {
        if (on)
            p->setOpacity(m_was * kDimmedOpacity);
    }
    ~Dimmed()
    {
        if (m_painter)
            m_painter->setOpacity(m_was);
    }
    Dimmed(const Dimmed &) = delete;
    Dimmed &operator=(const Dimmed &) = delete;

private:
    QPainter *m_painter;
    double m_was;
};

// How far from a point inside a node's box (relative to its centre) a ray
// in direction `dir` leaves the box.
double exitDistance(const QPointF &inside, const QPointF &dir)
{
    double t = std::numeric_limits<double>::infinity();
    if (dir.x() > 1e-12)
        t = std::min(t, (kHalfW - inside.x()) / dir.x());
    else if (dir.x() < -1e-12)
        t = std::min(t, (-kHalfW - inside.x()) / dir.x());
    if (dir.y() > 1e-12)
        t = std::min(t, (kHalfH - inside.y()) / dir.y());
    else if (dir.y() < -1e-12)
        t = std::min(t, (-kHalfH - inside.y()) / dir.y());
    return std::max(0.0, t);
}

double angleOf(const QPointF &v)
{
    return std::atan2(v.y(), v.x());
}

EdgeVisual routedEdge(const layout::EdgeRoute &route)
{
    EdgeVisual e;
    const QVector<QPointF> &pts = route.points;
    e.path.moveTo(pts.first());
    for (qsizetype i = 1; i + 2 < pts.size(); i += 3)
        e.path.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
    e.arrowTip = pts.last();
    // The last control point can coincide with the tip; look further back.
    for (qsizetype i = pts.size() - 2; i >= 0; --i) {
        const QPointF d = e.arrowTip - pts[i];
        if (std::abs(d.x()) + std::abs(d.y()) > 1e-6) {
            e.arrowAngle = angleOf(d);
            break;
        }
    }
    e.labelPos = route.labelPos ? *route.labelPos : e.path.pointAtPercent(0.5);
    return e;
}

struct Block {
    QString organization;
    QVector<int> members;
    int columns = 1;
    QSizeF size; // with room for the cluster frame
};

// Nodes nobody placed: each organisation as a compact block of its own (so
// its cluster box covers no other node), blocks packed on shelves, tallest
// first, below whatever is already placed.
void placeOnGrid(const Model &model, QVector<NodeVisual> &nodes, const QVector<char> &placed)
{
    QRectF taken;
    QVector<Block> blocks;
    QHash<QString, qsizetype> blockOf;
    Block loose; // no organisation: no frame needed, but packed the same way
    for (int i = 0; i < nodes.size(); ++i) {
        if (placed[i]) {
            taken |= nodeRect(nodes[i].center);
            continue;
        }
        const QString &org = model.nodes()[i].organization;
        if (org.isEmpty()) {
            loose.members.append(i);
            continue;
        }
        auto it = blockOf.find(org);
        if (it == blockOf.end()) {
            it = blockOf.insert(org, blocks.size());
            blocks.append(Block { org, {}, 1, {} });
        }
        blocks[*it].members.append(i);
    }
    if (!loose.members.isEmpty())
        blocks.append(loose);
    if (blocks.isEmpty())
        return;

    double area = 0.0, widest = 0.0;
    for (Block &b : blocks) {
        const double n = double(b.members.size());
        b.columns = std::max(1, int(std::ceil(std::sqrt(n * kGridPitchY / kGridPitchX))));
        const int rows = int(std::ceil(n / b.columns));
        b.size = QSizeF((b.columns - 1) * kGridPitchX + kNodeWidth + 2 * kClusterPad,
            (rows - 1) * kGridPitchY + kNodeHeight + 2 * kClusterPad + kClusterTitle);
        area += (b.size.width() + kGridBlockGap) * (b.size.height() + kGridBlockGap);
        widest = std::max(widest, b.size.width());
    }
    std::stable_sort(blocks.begin(), blocks.end(),
        [](const Block &a, const Block &b) { return a.size.height() > b.size.height(); });
    const double shelfWidth = std::max({ widest, std::sqrt(area) * 1.5, taken.width() });

    const QPointF origin
        = taken.isNull() ? QPointF(0, 0) : QPointF(taken.left(), taken.bottom() + kGridBelowGap);
    double x = 0.0, y = 0.0, shelfHeight = 0.0;
    for (const Block &b : blocks) {
        if (x > 0.0 && x + b.size.width() > shelfWidth) {
            x = 0.0;
            y += shelfHeight + kGridBlockGap;
            shelfHeight = 0.0;
        }
        const QPointF first = origin
            + QPointF(x + kClusterPad + kNodeWidth / 2.0,
                y + kClusterPad + kClusterTitle + kNodeHeight / 2.0);
        for (qsizetype k = 0; k < b.members.size(); ++k) {
            const qsizetype row = k / b.columns, column = k % b.columns;
            nodes[b.members[k]].center
                = first + QPointF(double(column) * kGridPitchX, double(row) * kGridPitchY);
        }
        x += b.size.width() + kGridBlockGap;
        shelfHeight = std::max(shelfHeight, b.size.height());
    }
}

QRectF outwardToWholePoints(const QRectF &r)
{
    return QRectF(QPointF(std::floor(r.left()), std::floor(r.top())),
        QPointF(std::ceil(r.right()), std::ceil(r.bottom())));
}

// The page around the diagram: a header with the title and a summary above
// it, and the legend beside it or below it, whichever gives a page closer to
// the proportions of landscape paper.
struct PageLayout {
    QRectF header;
    QStringList titleLines; // at most two
    QRectF legend;
    QRectF page;
};

QStringList wrappedTitle(const QString &title, double width)
{
    const QFontMetricsF &fm = style().titleFm;
    if (title.isEmpty())
        return {};
    if (fm.horizontalAdvance(title) <= width)
        return { title };
    const qsizetype cut = wrapPoint(title, fm, width);
    return { title.left(cut), fm.elidedText(title.mid(cut).trimmed(), Qt::ElideRight, width) };
}

// The standard legend, with the overlay's above it when there is one.
QSizeF legendBlockSize(const Diagram &d)
{
    QSizeF size = legendSize();
    if (d.overlay) {
        const QSizeF overlay = overlayLegendSize(*d.overlay);
        size = QSizeF(std::max(size.width(), overlay.width()),
            size.height() + kLegendSectionGap + overlay.height());
    }
    return size;
}

PageLayout pageLayout(const Diagram &d)
{
    const QRectF &b = d.bounds;
    const QSizeF legend = legendBlockSize(d);
    const auto withHeader = [&](const QPointF &legendTopLeft) {
        PageLayout l;
        l.legend = QRectF(legendTopLeft, legend);
        const QRectF body = b | l.legend.adjusted(0, 0, kDiagramMargin, kDiagramMargin);
        const double width = body.width() - 2 * kDiagramMargin;
        l.titleLines = wrappedTitle(d.title, width);
        const double height
            = double(l.titleLines.size()) * style().titleFm.height() + kTitleSummaryHeight;
        // b's own margin separates the header from the diagram.
        l.header = QRectF(b.left() + kDiagramMargin, b.top() - height, width, height);
        l.page = outwardToWholePoints(
            body | l.header.adjusted(-kDiagramMargin, -kDiagramMargin, 0, 0));
        return l;
    };
    const PageLayout right = withHeader(QPointF(b.right(), b.top() + kDiagramMargin));
    const PageLayout below = withHeader(QPointF(b.left() + kDiagramMargin, b.bottom()));
    const auto misfit = [](const QRectF &page) {
        return std::abs(std::log(page.width() / page.height() / std::sqrt(2.0)));
    };
    return misfit(below.page) < misfit(right.page) ? below : right;
}

void paintHeader(QPainter *p, const Diagram &d, const PageLayout &l)
{
    const Style &s = style();
    p->setPen(kInk);
    p->setFont(s.title);
    double y = l.header.top();
    for (const QString &line : l.titleLines) {
        p->drawText(QPointF(l.header.left(), y + s.titleFm.ascent()), line);
        y += s.titleFm.height();
    }
    const QString summary
        = QStringLiteral("Supply-chain map · %1 nodes · %2 connections · %3 organisations")
              .arg(d.nodes.size())
              .arg(d.edges.size())
              .arg(d.clusters.size());
    p->setPen(kMutedInk);
    p->setFont(s.legendText);
    p->drawText(QPointF(l.header.left(), y + 3.0 + s.legendTextFm.ascent()),
        s.legendTextFm.elidedText(summary, Qt::ElideRight, l.header.width()));
}

void paintEdgeStroke(QPainter *p, const EdgeVisual &e, Detail detail)
{
    const Style &s = style();
    const Dimmed dimmed(p, e.emphasis == Emphasis::Dimmed);
    const bool onPath = e.emphasis == Emphasis::Highlighted;
    if (detail == Detail::Minimal) {
        const Aliased aliased(p);
        if (e.selected) {
            p->setPen(s.minimalSelectedEdge);
        } else if (onPath) {
            p->setPen(s.minimalPath);
        } else if (e.flow.on) {
            // Cosmetic: one to three device pixels, by the flow.
            QPen pen(e.flow.color, std::clamp(e.flow.width / 2.5, 1.0, 3.0));
            pen.setCosmetic(true);
            p->setPen(pen);
        } else {
            p->setPen(s.minimalEdge);
        }
        p->drawLine(pathStart(e), e.arrowTip);
        return;
    }
    p->setBrush(Qt::NoBrush);
    if (e.selected) {
        p->setPen(s.edgeHalo);
        p->drawPath(e.path);
    }
    QColor ink = kEdgeInk;
    if (e.selected) {
        ink = kSelection;
        p->setPen(s.selectedEdge);
    } else if (onPath) {
        ink = kPathInk;
        p->setPen(s.pathEdge);
    } else if (e.flow.on) {
        ink = e.flow.color;
        p->setPen(QPen(ink, e.flow.width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    } else {
        p->setPen(s.edge);
    }
    const bool thick = e.flow.on && !e.selected && !onPath && e.flow.width > kArrowHalfWidth;
    if (!thick) {
        p->drawPath(e.path);
        p->setPen(QPen(ink, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p->setBrush(ink);
        p->drawPolygon(arrowHead(e.arrowTip, e.arrowAngle));
        return;
    }
    const double length = kArrowLength + e.flow.width;
    p->drawPolyline(strokeUpTo(e.path, length * 0.8));
    p->setPen(QPen(ink, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    p->setBrush(ink);
    p->drawPolygon(arrowHead(e.arrowTip, e.arrowAngle, length, e.flow.width * 0.9));
}

void paintEdgeCallout(QPainter *p, const EdgeVisual &e)
{
    const Dimmed dimmed(p, e.emphasis == Emphasis::Dimmed);
    const Callout c = callout(e);
    if (!c.label.isEmpty())
        paintPill(p, c.labelRect, c.label);
    if (!c.badgeLines.isEmpty())
        paintBadge(p, c.badgeRect, c.badgeLines, c.badgeHasMore);
}

void paintClusterTitle(QPainter *p, const ClusterVisual &c)
{
    const Style &s = style();
    // A small building before the name marks the box as an organisation.
    const double baseline = c.box.top() + 7.0 + s.clusterFm.ascent();
    const QRectF building(c.box.left() + 10.0, baseline - 9.0, 7.0, 9.0);
    p->setPen(Qt::NoPen);
    p->setBrush(kClusterInk);
    p->drawRect(building);
    p->setBrush(kClusterFill);
    for (const double dx : { 1.5, 4.0 })
        for (const double dy : { 1.5, 4.5 })
            p->drawRect(QRectF(building.left() + dx, building.top() + dy, 1.5, 1.6));
    p->setFont(s.cluster);
    p->setPen(kClusterInk);
    const double left = building.right() + 5.0;
    p->drawText(QPointF(left, baseline),
        s.clusterFm.elidedText(c.organization, Qt::ElideRight, c.box.right() - 10.0 - left));
}

QRectF clusterTitleRect(const ClusterVisual &c)
{
    return QRectF(c.box.left(), c.box.top(), c.box.width(), kClusterPad + kClusterTitle);
}

// Clusters as paintCluster draws them, in two passes (fills, then borders
// and titles) so that work nobody sees is skipped. Every cluster has the
// same opaque fill, so the clusters that cover the whole view (many, when
// a layout that ignores organisations, like sfdp, spreads them over the
// scene) are one fill of the view, and their borders lie outside it.
void paintClusters(QPainter *p, const QVector<ClusterVisual> &clusters, const QRectF &exposed)
{
    const Style &s = style();
    const bool cull = !exposed.isNull();
    const QRectF view = exposed.adjusted(-2, -2, 2, 2);
    QVector<const ClusterVisual *> covering, partial;
    for (const ClusterVisual &c : clusters) {
        if (!cull || c.box.intersects(exposed)) {
            const QRectF inner
                = c.box.adjusted(kClusterRadius, kClusterRadius, -kClusterRadius, -kClusterRadius);
            (cull && inner.contains(view) ? covering : partial).append(&c);
        }
    }
    p->setPen(Qt::NoPen);
    p->setBrush(kClusterFill);
    if (!covering.isEmpty())
        p->drawRect(view);
    for (const ClusterVisual *c : partial)
        p->drawRoundedRect(c->box, kClusterRadius, kClusterRadius);
    for (const ClusterVisual *c : partial) {
        p->setPen(s.clusterBorder);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(c->box, kClusterRadius, kClusterRadius);
        paintClusterTitle(p, *c);
    }
    for (const ClusterVisual *c : covering)
        if (clusterTitleRect(*c).intersects(exposed))
            paintClusterTitle(p, *c);
}

// paintClusters for the canvas, where a view at full zoom can meet hundreds
// of overlapping boxes: their union is filled as a region of disjoint
// rectangles (each box as two crossing bands, its rounded corners as small
// discs), so each pixel is filled about once, not once per box. Scene
// points are whole at the zooms that show fills, so the bands' rounding
// stays under the border.
void paintClusterFills(QPainter *p, const QVector<ClusterVisual> &clusters, const QRectF &exposed)
{
    const Style &s = style();
    const QRectF view = exposed.adjusted(-2, -2, 2, 2);
    const double r = kClusterRadius;
    QVector<const ClusterVisual *> covering, partial;
    QRegion fill;
    for (const ClusterVisual &c : clusters) {
        if (!c.box.intersects(exposed))
            continue;
        if (c.box.adjusted(r, r, -r, -r).contains(view)) {
            covering.append(&c);
            fill += view.toAlignedRect();
            continue;
        }
        partial.append(&c);
        fill += (c.box.adjusted(0, r, 0, -r) & view).toRect();
        fill += (c.box.adjusted(r, 0, -r, 0) & view).toRect();
    }
    p->setPen(Qt::NoPen);
    p->setBrush(kClusterFill);
    for (const QRect &rect : fill)
        p->drawRect(rect);
    for (const ClusterVisual *c : partial)
        for (const QPointF &corner :
            { c->box.topLeft() + QPointF(r, r), c->box.topRight() + QPointF(-r, r),
                c->box.bottomLeft() + QPointF(r, -r), c->box.bottomRight() + QPointF(-r, -r) })
            if (view.contains(corner))
                p->drawEllipse(corner, r, r);
    for (const ClusterVisual *c : partial) {
        p->setPen(s.clusterBorder);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(c->box, r, r);
        paintClusterTitle(p, *c);
    }
    for (const ClusterVisual *c : covering)
        if (clusterTitleRect(*c).intersects(exposed))
            paintClusterTitle(p, *c);
}

void paintMinimal(QPainter *p, const Diagram &d, const QRectF &exposed)
{
    const Aliased aliased(p);
    const bool cull = !exposed.isNull();
    QVector<QRectF> rects;
    rects.reserve(d.clusters.size());
    for (const ClusterVisual &c : d.clusters)
        if (!cull || (c.box.intersects(exposed) && !c.box.contains(exposed)))
            rects.append(c.box);
    p->setPen(style().minimalCluster);
    p->setBrush(Qt::NoBrush);
    p->drawRects(rects.constData(), int(rects.size()));

    // Edges and nodes that look like all the others go in one call each;
    // the rest (selected, on or off a path, with a flow or a heat) one by
    // one, after them.
    const auto plainEdge = [](const EdgeVisual &e) {
        return !e.selected && !e.flow.on && e.emphasis == Emphasis::Normal;
    };
    QVector<QLineF> lines;
    lines.reserve(d.edges.size());
    for (const EdgeVisual &e : d.edges)
        if (plainEdge(e) && (!cull || segmentMeets(pathStart(e), e.arrowTip, exposed)))
            lines.append(QLineF(pathStart(e), e.arrowTip));
    p->setPen(style().minimalEdge);
    p->drawLines(lines.constData(), int(lines.size()));
    for (const EdgeVisual &e : d.edges)
        if (!plainEdge(e) && (!cull || segmentMeets(pathStart(e), e.arrowTip, exposed)))
            paintEdge(p, e, Detail::Minimal);

    const auto plainNode = [](const NodeVisual &n) {
        return !n.selected && !n.heat.on && n.emphasis == Emphasis::Normal;
    };
    std::array<QVector<QRectF>, 5> byTier;
    for (const NodeVisual &n : d.nodes) {
        const QRectF r = nodeRect(n.center);
        if (plainNode(n) && (!cull || r.intersects(exposed)))
            byTier[size_t(tierSlot(n.tier))].append(r);
    }
    p->setPen(Qt::NoPen);
    for (size_t t = 0; t < byTier.size(); ++t) {
        p->setBrush(kTierColors[t]);
        p->drawRects(byTier[t].constData(), int(byTier[t].size()));
    }
    for (const NodeVisual &n : d.nodes)
        if (!plainNode(n) && (!cull || nodeRect(n.center).intersects(exposed)))
            paintNode(p, n, Detail::Minimal);
}

} // namespace

QRectF nodeRect(const QPointF &center)
{
    return QRectF(center.x() - kHalfW, center.y() - kHalfH, kNodeWidth, kNodeHeight);
}

Detail detailForScale(double scale)
{
    // Below these, 9 px edge labels and then 11 px names shrink under about
    // 6 and 4 device pixels: unreadable, and most of the paint time.
    if (scale < 0.35)
        return Detail::Minimal;
    if (scale < 0.65)
        return Detail::Reduced;
    return Detail::Full;
}

QColor tierColor(int tier)
{
    return kTierColors[size_t(tierSlot(tier))];
}

EdgeVisual straightEdge(const QPointF &from, const QPointF &to, double offset)
{
    EdgeVisual e;
    const QPointF delta = to - from;
    const double length = std::hypot(delta.x(), delta.y());
    if (length < 1e-9) {
        e.path.moveTo(from);
        e.path.lineTo(to);
        e.arrowTip = to;
        e.labelPos = to;
        return e;
    }
    const QPointF dir = delta / length;
    const QPointF shift = QPointF(-dir.y(), dir.x()) * offset;
    const QPointF a = from + shift, b = to + shift;
    const double out = exitDistance(shift, dir);
    const double in = exitDistance(shift, -dir);
    QPointF start = a, end = b;
    // Overlapping boxes leave nothing between them: keep the centre line.
    if (out + in < length) {
        start = a + dir * out;
        end = b - dir * in;
    }
    e.path.moveTo(start);
    e.path.lineTo(end);
    e.arrowTip = end;
    e.arrowAngle = angleOf(dir);
    e.labelPos = (start + end) / 2.0;
    return e;
}

Diagram buildDiagram(const Model &model, const layout::LayoutResult *layout)
{
    Diagram d;
    d.title = model.name;
    const QVector<Node> &nodes = model.nodes();
    const qsizetype n = nodes.size();
    const QVector<int> tiers = computeTiers(model);
    QVector<char> fromLayout(n, false), placed(n, false);
    d.nodes.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Node &node = nodes[i];
        NodeVisual &v = d.nodes[i];
        v.id = node.id;
        v.name = node.name;
        v.kind = node.kind;
        v.tier = tiers[i];
        v.pinned = node.pinned;
        if (layout && i < layout->nodeCenters.size()) {
            v.center = layout->nodeCenters[i];
            fromLayout[i] = placed[i] = true;
        } else if (node.pos) {
            v.center = *node.pos;
            placed[i] = true;
        }
    }
    placeOnGrid(model, d.nodes, placed);

    // Straight edges between one pair of nodes fan out side by side; the
    // offset's sign is taken along the pair's lower-to-higher index so that
    // A→B and B→A separate too.
    const auto pairKey = [](int s, int t) {
        return (quint64(quint32(std::min(s, t))) << 32) | quint32(std::max(s, t));
    };
    const QVector<Edge> &edges = model.edges();
    QVector<char> routed(edges.size(), false);
    QHash<quint64, int> pairCount;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const int s = model.nodeIndex(edges[i].source), t = model.nodeIndex(edges[i].target);
        const layout::EdgeRoute *route
            = layout && i < layout->edges.size() ? &layout->edges[i] : nullptr;
        routed[i] = route && route->points.size() >= 4 && (route->points.size() - 1) % 3 == 0
            && fromLayout[s] && fromLayout[t];
        if (!routed[i])
            ++pairCount[pairKey(s, t)];
    }
    QHash<quint64, int> pairSeen;
    d.edges.reserve(edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const Edge &edge = edges[i];
        const int s = model.nodeIndex(edge.source), t = model.nodeIndex(edge.target);
        EdgeVisual e;
        if (routed[i]) {
            e = routedEdge(layout->edges[i]);
        } else {
            const quint64 key = pairKey(s, t);
            const int count = pairCount.value(key);
            const int k = pairSeen[key]++;
            const double step = count > 1 ? std::min(kParallelStep, 36.0 / (count - 1)) : 0.0;
            const double offset = (k - (count - 1) / 2.0) * step * (s < t ? 1.0 : -1.0);
            e = straightEdge(d.nodes[s].center, d.nodes[t].center, offset);
        }
        e.id = edge.id;
        e.label = edge.label.isEmpty() ? humanized(edge.integration) : edge.label;
        for (const QString &id : edge.data) {
            const DataAsset *asset = model.dataAsset(id);
            e.assets.append(asset ? asset->name : id);
        }
        d.edges.append(std::move(e));
    }

    QHash<QString, QRectF> layoutClusters;
    if (layout)
        for (const layout::ClusterBox &c : layout->clusters)
            layoutClusters.insert(c.organization, c.box);
    QHash<QString, qsizetype> clusterOf;
    for (qsizetype i = 0; i < n; ++i) {
        const QString &org = nodes[i].organization;
        if (org.isEmpty())
            continue;
        const QRectF members = nodeRect(d.nodes[i].center);
        auto it = clusterOf.find(org);
        if (it == clusterOf.end()) {
            clusterOf.insert(org, d.clusters.size());
            d.clusters.append(ClusterVisual { org, members });
        } else {
            d.clusters[*it].box |= members;
        }
    }
    for (ClusterVisual &c : d.clusters) {
        const auto fromLayoutBox = layoutClusters.constFind(c.organization);
        c.box = fromLayoutBox != layoutClusters.cend()
            ? *fromLayoutBox
            : c.box.adjusted(-kClusterPad, -kClusterPad - kClusterTitle, kClusterPad, kClusterPad);
    }

    QRectF all;
    for (const NodeVisual &v : d.nodes)
        all |= nodeRect(v.center).adjusted(
            -kNodeOverhang, -kNodeOverhang, kNodeOverhang, kNodeOverhang);
    for (const EdgeVisual &e : d.edges)
        all |= edgeBounds(e);
    for (const ClusterVisual &c : d.clusters)
        all |= c.box;
    d.bounds = outwardToWholePoints(
        all.adjusted(-kDiagramMargin, -kDiagramMargin, kDiagramMargin, kDiagramMargin));
    return d;
}

void paintClusterLayer(
    QPainter *p, const QVector<ClusterVisual> &clusters, Detail detail, const QRectF &exposed)
{
    if (detail != Detail::Minimal) {
        paintClusterFills(p, clusters, exposed);
        return;
    }
    const Aliased aliased(p);
    p->setPen(style().minimalCluster);
    p->setBrush(Qt::NoBrush);
    for (const ClusterVisual &c : clusters)
        if (c.box.intersects(exposed) && !c.box.contains(exposed))
            p->drawRect(c.box);
}

void paintCluster(QPainter *p, const ClusterVisual &c, Detail detail)
{
    if (detail == Detail::Minimal) {
        const Aliased aliased(p);
        p->setPen(style().minimalCluster);
        p->setBrush(Qt::NoBrush);
        p->drawRect(c.box);
        return;
    }
    p->setPen(style().clusterBorder);
    p->setBrush(kClusterFill);
    p->drawRoundedRect(c.box, kClusterRadius, kClusterRadius);
    paintClusterTitle(p, c);
}

void paintEdge(QPainter *p, const EdgeVisual &e, Detail detail)
{
    paintEdgeStroke(p, e, detail);
    if (detail == Detail::Full)
        paintEdgeCallout(p, e);
}

QRectF edgeBounds(const EdgeVisual &e)
{
    // A flow's arrowhead is longer by the flow's width (at most 8 points).
    const double reach = std::max(kArrowLength + 8.0, style().edgeHalo.widthF() / 2.0);
    QRectF r = e.path.controlPointRect().adjusted(-reach, -reach, reach, reach);
    r |= QRectF(e.arrowTip, e.arrowTip).adjusted(-reach, -reach, reach, reach);
    const Callout c = callout(e);
    if (!c.labelRect.isNull())
        r |= c.labelRect.adjusted(-1, -1, 1, 1);
    if (!c.badgeRect.isNull())
        r |= c.badgeRect.adjusted(-1, -1, 1, 1);
    return r;
}

void paintNode(QPainter *p, const NodeVisual &n, Detail detail)
{
    const Style &s = style();
    const Dimmed dimmed(p, n.emphasis == Emphasis::Dimmed);
    if (detail == Detail::Minimal) {
        const Aliased aliased(p);
        p->setPen(n.selected                          ? s.minimalSelection
                : n.emphasis == Emphasis::Highlighted ? s.minimalPath
                                                      : QPen(Qt::NoPen));
        p->setBrush(
            n.heat.on ? (n.heat.hasValue ? n.heat.color : noValueColor()) : tierColor(n.tier));
        p->drawRect(nodeRect(n.center));
        return;
    }
    const QTransform saved = p->transform();
    p->translate(n.center);
    if (n.emphasis == Emphasis::Highlighted) {
        p->setPen(s.pathOutline);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(
            QRectF(-kHalfW - 3.0, -kHalfH - 3.0, kNodeWidth + 6.0, kNodeHeight + 6.0),
            kNodeRadius + 2.0, kNodeRadius + 2.0);
    }
    if (n.selected) {
        p->setPen(s.halo);
        p->setBrush(Qt::NoBrush);
        p->drawPath(s.body);
    }
    if (detail == Detail::Full) {
        p->setPen(Qt::NoPen);
        p->setBrush(kShadow);
        p->drawPath(s.shadow);
    }
    const bool noValue = n.heat.on && !n.heat.hasValue;
    p->setPen(n.selected ? s.selectedBorder : noValue ? s.noValueBorder : s.border);
    p->setBrush(!n.heat.on ? QColor(Qt::white) : noValue ? noValueColor() : n.heat.color);
    p->drawPath(s.body);
    const size_t slot = size_t(tierSlot(n.tier));
    p->setPen(Qt::NoPen);
    p->setBrush(kTierColors[slot]);
    p->drawPath(s.band);
    // On a heat fill the icon sits on white, so that it reads on every
    // colour of the ramp.
    p->setBrush(n.heat.on ? kHeatTile : s.tints[slot]);
    p->drawPath(s.tile);
    paintIcon(p, iconFor(n.kind), QPointF(kTileCenterX, 0.0), 1.0);
    paintNodeText(p, n, detail);
    if (n.pinned)
        paintPin(p, QPointF(kHalfW - 3.0, -kHalfH + 3.0));
    p->setTransform(saved);
}

QSizeF legendSize()
{
    const double kinds = double(vocab::knownKinds().size());
    const double height
        = kLegendPad + kLegendHeader + kLegendHeading + kinds * kLegendRow + kLegendPad;
    return QSizeF(
        2 * kLegendPad + kLegendColumnWidth + kLegendColumnGap + kLegendKindColumnWidth, height);
}

void paintLegend(QPainter *p, const QPointF &topLeft)
{
    const Style &s = style();
    const QRectF panel(topLeft, legendSize());
    p->setPen(s.legendBorder);
    p->setBrush(Qt::white);
    p->drawRoundedRect(panel, 8.0, 8.0);
    p->setPen(kInk);
    p->setFont(s.legendHeader);
    p->drawText(QPointF(panel.left() + kLegendPad, panel.top() + kLegendPad + 11.0),
        QStringLiteral("Legend"));

    const double top = panel.top() + kLegendPad + kLegendHeader;
    const double textOffset = 34.0;
    const auto heading = [&](double x, double y, const QString &text) {
        p->setPen(kMutedInk);
        p->setFont(s.legendHeading);
        p->drawText(QPointF(x, y + 9.0), text);
    };
    const auto rowText = [&](double x, double mid, const QString &text, double width) {
        p->setPen(kInk);
        p->setFont(s.legendText);
        p->drawText(QPointF(x + textOffset, mid + s.legendTextFm.capHeight() / 2.0),
            s.legendTextFm.elidedText(text, Qt::ElideRight, width - textOffset));
    };

    double x = panel.left() + kLegendPad;
    double y = top;
    heading(x, y, QStringLiteral("TIER · DISTANCE FROM FIRST PARTY"));
    y += kLegendHeading;
    const std::pair<int, const char *> tiers[] = {
        { 0, "Tier 0 · internal (first party)" },
        { 1, "Tier 1 · third party" },
        { 2, "Tier 2 · fourth party" },
        { 3, "Tier 3+ · further out" },
        { kUnknownTier, "Tier unknown · not connected" },
    };
    for (const auto &[tier, text] : tiers) {
        const double mid = y + kLegendRow / 2.0;
        const QString chip = tier == 3 ? QStringLiteral("T3+") : chipText(tier);
        const double w = chipWidth(chip);
        p->setPen(Qt::NoPen);
        p->setBrush(tierColor(tier));
        p->drawRoundedRect(QRectF(x, mid - 6.0, 4.0, 12.0), 1.5, 1.5);
        paintChip(p, chip, tier, QRectF(x + 7.0, mid - kChipHeight / 2.0, w, kChipHeight));
        rowText(x, mid, QString::fromUtf8(text), kLegendColumnWidth);
        y += kLegendRow;
    }

    y += kLegendSectionGap;
    heading(x, y, QStringLiteral("CONNECTIONS"));
    y += kLegendHeading;
    double mid = y + kLegendRow / 2.0;
    EdgeVisual sample;
    sample.path = QPainterPath(QPointF(x, mid));
    sample.path.lineTo(x + 28.0, mid);
    sample.arrowTip = QPointF(x + 28.0, mid);
    paintEdge(p, sample, Detail::Reduced);
    rowText(x, mid, QStringLiteral("Data / calls flow source → target"), kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    const QString labelSample = QStringLiteral("api");
    paintPill(p,
        QRectF(x, mid - kPillHeight / 2.0, s.labelFm.horizontalAdvance(labelSample) + 2 * kPillPadX,
            kPillHeight),
        labelSample);
    rowText(x, mid, QStringLiteral("Integration or label"), kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    const QString assetSample = QStringLiteral("pii");
    const double badgeHeight = kBadgeLine + 2 * kBadgePadY;
    paintBadge(p,
        QRectF(x, mid - badgeHeight / 2.0,
            s.badgeFm.horizontalAdvance(assetSample) + kBadgeBullet + 2 * kBadgePadX, badgeHeight),
        { assetSample }, false);
    rowText(x, mid, QStringLiteral("Data assets that flow"), kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    p->setPen(s.clusterBorder);
    p->setBrush(kClusterFill);
    p->drawRoundedRect(QRectF(x, mid - 7.0, 28.0, 14.0), 4.0, 4.0);
    rowText(x, mid, QStringLiteral("Organisation (cluster)"), kLegendColumnWidth);
    y += kLegendRow;

    mid = y + kLegendRow / 2.0;
    paintPin(p, QPointF(x + 14.0, mid - 2.0));
    rowText(x, mid, QStringLiteral("Pinned position"), kLegendColumnWidth);

    x = panel.left() + kLegendPad + kLegendColumnWidth + kLegendColumnGap;
    y = top;
    heading(x, y, QStringLiteral("NODE KIND"));
    y += kLegendHeading;
    for (const QString &kind : vocab::knownKinds()) {
        const double rowMid = y + kLegendRow / 2.0;
        const double tile = 16.0;
        p->setPen(Qt::NoPen);
        p->setBrush(s.tints[4]);
        p->drawRoundedRect(QRectF(x + 4.0, rowMid - tile / 2.0, tile, tile), 3.0, 3.0);
        paintIcon(p, iconFor(kind), QPointF(x + 4.0 + tile / 2.0, rowMid), 0.62);
        p->setPen(kInk);
        p->setFont(s.legendText);
        p->drawText(QPointF(x + 26.0, rowMid + s.legendTextFm.capHeight() / 2.0),
            s.legendTextFm.elidedText(
                humanized(kind), Qt::ElideRight, kLegendKindColumnWidth - 26.0));
        y += kLegendRow;
    }
}

void paintDiagram(
    QPainter *p, const Diagram &d, Detail detail, bool withLegend, const QRectF &exposed)
{
    const bool cull = !exposed.isNull();
    if (detail == Detail::Minimal) {
        paintMinimal(p, d, exposed);
    } else {
        paintClusters(p, d.clusters, exposed);
        for (const EdgeVisual &e : d.edges) {
            if (!cull || strokeMayMeet(e, exposed))
                paintEdgeStroke(p, e, detail);
            if (detail == Detail::Full && (!cull || calloutMayMeet(e, exposed)))
                paintEdgeCallout(p, e);
        }
        for (const NodeVisual &n : d.nodes)
            if (!cull
                || nodeRect(n.center)
                       .adjusted(-kNodeOverhang, -kNodeOverhang, kNodeOverhang, kNodeOverhang)
                       .intersects(exposed))
                paintNode(p, n, detail);
    }
    if (withLegend) {
        const PageLayout l = pageLayout(d);
        if (!cull || l.header.intersects(exposed))
            paintHeader(p, d, l);
        if (!cull || l.legend.intersects(exposed)) {
            QPointF at = l.legend.topLeft();
            if (d.overlay) {
                paintOverlayLegend(p, *d.overlay, at);
                at.ry() += overlayLegendSize(*d.overlay).height() + kLegendSectionGap;
            }
            paintLegend(p, at);
        }
    }
}

QRectF diagramPageRect(const Diagram &d, bool withLegend)
{
    return withLegend ? pageLayout(d).page : d.bounds;
}

} // namespace wl::render
