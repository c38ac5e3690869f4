// The parts of the one drawing path (diagram.h) that its files share: the
// geometry, colours, pens and fonts of the diagram's look, and the small
// painted pieces that nodes, edges, the legend and the page have in common.
// Internal to core/render.
#pragma once

#include "render/diagram.h"
#include "render/font.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <array>

namespace wl::render {

// Node interior, in points from the node's centre: tier band, icon tile,
// then the name (on one line or two) over the kind, with the tier chip at
// the lower right.
inline constexpr double kHalfW = kNodeWidth / 2.0;
inline constexpr double kHalfH = kNodeHeight / 2.0;
inline constexpr double kNodeRadius = 6.0;
inline constexpr double kBandWidth = 5.0;
inline constexpr double kTileSize = 26.0;
inline constexpr double kTileCenterX = -kHalfW + kBandWidth + 6.0 + kTileSize / 2.0;
inline constexpr double kTextLeft = kTileCenterX + kTileSize / 2.0 + 7.0;
inline constexpr double kTextRight = kHalfW - 7.0;
inline constexpr double kTextWidth = kTextRight - kTextLeft;
inline constexpr double kChipHeight = 11.0;
// How far a selection halo or pin reaches outside a node's box.
inline constexpr double kNodeOverhang = 6.0;

inline constexpr double kArrowLength = 9.0;
inline constexpr double kArrowHalfWidth = 4.0;
inline constexpr double kMaxLabelWidth = 150.0;
inline constexpr double kMaxAssetWidth = 150.0;
// Labels and asset names wrap onto this many lines before anything is
// elided; a badge lists this many assets (the last line may count the rest).
inline constexpr int kMaxLabelLines = 2;
inline constexpr int kMaxAssetLines = 3;
inline constexpr int kMaxBadgeLines = 4;
inline constexpr double kPillPadX = 4.0;
inline constexpr double kPillHeight = 13.0;
inline constexpr double kLabelLine = 11.0;
inline constexpr double kBadgeLine = 11.0;
inline constexpr double kBadgePadX = 5.0;
inline constexpr double kBadgePadY = 2.5;
inline constexpr double kBadgeBullet = 9.0;
inline constexpr double kCalloutGap = 2.0;
// Callouts never exceed this, so culling can skip measuring their text.
inline constexpr double kMaxCalloutWidth = kMaxAssetWidth + kBadgeBullet + 2 * kBadgePadX + 2.0;
inline constexpr double kMaxCalloutHeight = kPillHeight + (kMaxLabelLines - 1) * kLabelLine
    + kCalloutGap + kMaxBadgeLines * kMaxAssetLines * kBadgeLine + 2 * kBadgePadY + 2.0;

inline constexpr double kClusterRadius = 10.0;
using layout::kClusterPad;
using layout::kClusterTitle;

inline constexpr double kDiagramMargin = 24.0;
inline constexpr double kGridPitchX = kNodeWidth + 64.0;
inline constexpr double kGridPitchY = kNodeHeight + 56.0;
inline constexpr double kGridBlockGap = 40.0;
inline constexpr double kGridBelowGap = 80.0;
inline constexpr double kParallelStep = 14.0;

inline constexpr double kLegendPad = 14.0;
inline constexpr double kLegendColumnWidth = 200.0;
inline constexpr double kLegendKindColumnWidth = 150.0;
inline constexpr double kLegendColumnGap = 20.0;
inline constexpr double kLegendHeader = 26.0;
inline constexpr double kLegendHeading = 16.0;
inline constexpr double kLegendRow = 18.0;
inline constexpr double kLegendSectionGap = 10.0;
inline constexpr double kTitleSummaryHeight = 16.0;

// The colours that follow the paper (PrintColors): light print colours, or
// their counterparts on dark paper. The rest below — the heat ramp, the
// selection, badges, paths, the tier bands and the icon tiles — are the
// same on both.
struct Inks {
    QColor paper; // pages, pictures and the legend panels
    QColor canvas; // behind the diagram on screen
    QColor ink;
    QColor mutedInk;
    QColor border;
    QColor shadow;
    QColor edgeInk;
    QColor minimalEdgeInk;
    QColor pillFill;
    QColor pillBorder;
    QColor clusterFill;
    QColor clusterBorder;
    QColor clusterInk;
    QColor nodeFill; // a node without a heat value
};
inline const Inks kLightInks { QColor(Qt::white), QColor(0xFA, 0xFB, 0xFC),
    QColor(0x1F, 0x29, 0x37), QColor(0x5F, 0x6B, 0x7A), QColor(0xBF, 0xC7, 0xD1),
    QColor(0x0F, 0x17, 0x2A, 30), QColor(0x5B, 0x67, 0x78), QColor(0xA3, 0xAD, 0xBA),
    QColor(0xFF, 0xFF, 0xFF, 235), QColor(0xCF, 0xD5, 0xDD), QColor(0xF3, 0xF5, 0xF8),
    QColor(0xC9, 0xD0, 0xD9), QColor(0x47, 0x55, 0x69), QColor(Qt::white) };
inline const Inks kDarkInks { QColor(0x1B, 0x1E, 0x23), QColor(0x1B, 0x1E, 0x23),
    QColor(0xE6, 0xE8, 0xEB), QColor(0xA7, 0xB0, 0xBC), QColor(0x4A, 0x52, 0x60),
    QColor(0x00, 0x00, 0x00, 90), QColor(0x9A, 0xA5, 0xB4), QColor(0x5C, 0x66, 0x75),
    QColor(0x2A, 0x2F, 0x37, 235), QColor(0x4A, 0x52, 0x60), QColor(0x23, 0x27, 0x2E),
    QColor(0x3C, 0x43, 0x4E), QColor(0xAE, 0xB7, 0xC3), QColor(0x2B, 0x30, 0x38) };
// Ink on a light fill that stays light on dark paper (a light heat colour,
// a badge, an icon tile).
inline const QColor kInkOnLight = kLightInks.ink;
inline const QColor kMutedInkOnLight = kLightInks.mutedInk;
inline const QColor kIconInk(0x33, 0x41, 0x55);
inline const QColor kSelection(0x0B, 0x61, 0xA4);
inline const QColor kSelectionHalo(0x56, 0xB4, 0xE9, 110);
inline const QColor kBadgeFill(0xFA, 0xEC, 0xF3);
inline const QColor kBadgeBorder(0xCC, 0x79, 0xA7); // Okabe–Ito reddish purple
inline const QColor kBadgeInk(0x6B, 0x24, 0x4E);
inline const QColor kPinInk(0x9F, 0x1D, 0x4F);
// A highlighted path: Okabe–Ito blue, apart from every colour of the heat
// ramp (yellow to dark red).
inline const QColor kPathInk(0x00, 0x72, 0xB2);
inline const QColor kNoValueBorder(0x6B, 0x72, 0x80);
inline const QColor kHeatTile(0xFF, 0xFF, 0xFF, 225);
// What is not on a highlighted path stays visible as context, faintly.
inline constexpr double kDimmedOpacity = 0.22;
// The diff overlay: a ghost's opacity, the badge at a node's top-left corner, an edge's stroke.
inline constexpr double kGhostOpacity = 0.45;
inline constexpr double kDiffBadgeRadius = 7.0;
static_assert(kDiffBadgeRadius - 3.0 + 1.0 <= kNodeOverhang);
inline constexpr double kDiffEdgeWidth = 2.2;
inline constexpr double kPathWidth = 3.2;
// Heat fills darker than this take white text.
inline constexpr double kDarkFill = 0.4;

// Okabe–Ito: distinguishable with every common colour-vision deficiency,
// running from the trusted blue to warmer hues as parties get more remote.
inline const std::array<QColor, 5> kTierColors = {
    QColor(0x00, 0x72, 0xB2), // tier 0, internal: blue
    QColor(0x00, 0x9E, 0x73), // tier 1, third party: bluish green
    QColor(0xE6, 0x9F, 0x00), // tier 2, fourth party: orange
    QColor(0xD5, 0x5E, 0x00), // tier 3+: vermillion
    QColor(0x8C, 0x95, 0x9F), // unknown: grey
};

inline int tierSlot(int tier)
{
    return tier < 0 ? 4 : std::min(tier, 3);
}

inline QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

struct NodeLines {
    double name = 0.0;
    double name2 = 0.0;
    double kind = 0.0;
};

// Built on a thread's first use (fonts need the QGuiApplication), then
// shared by every paint call on that thread: constructing fonts and metrics
// per node is what makes a large scene slow.
struct Style {
    Inks inks;
    QFont name = detail::font(11, QFont::DemiBold);
    QFont nameSmall = detail::font(10, QFont::DemiBold);
    QFont nameTiny = detail::font(9, QFont::DemiBold); // a long name, before eliding
    QFont kind = detail::font(9, QFont::Normal);
    QFont kindSmall = detail::font(8, QFont::Normal); // a long kind, before eliding
    QFont heatValue = detail::font(9, QFont::Bold);
    QFont chip = detail::font(7, QFont::Bold);
    QFont label = detail::font(9, QFont::Normal);
    QFont badge = detail::font(8, QFont::Normal);
    QFont cluster = detail::font(10, QFont::DemiBold);
    QFont legendHeader = detail::font(12, QFont::Bold);
    QFont legendHeading = detail::font(8, QFont::Bold);
    QFont legendText = detail::font(9, QFont::Normal);
    QFont legendStrong = detail::font(9, QFont::Bold);
    QFont overlayTitle = detail::font(11, QFont::Bold); // the heatmap legend's
    QFont title = detail::font(15, QFont::Bold);
    QFontMetricsF nameFm { name };
    QFontMetricsF nameSmallFm { nameSmall };
    QFontMetricsF nameTinyFm { nameTiny };
    QFontMetricsF kindFm { kind };
    QFontMetricsF kindSmallFm { kindSmall };
    QFontMetricsF heatValueFm { heatValue };
    QFontMetricsF chipFm { chip };
    QFontMetricsF labelFm { label };
    QFontMetricsF badgeFm { badge };
    QFontMetricsF clusterFm { cluster };
    QFontMetricsF legendTextFm { legendText };
    QFontMetricsF legendStrongFm { legendStrong };
    QFontMetricsF overlayTitleFm { overlayTitle };
    QFontMetricsF titleFm { title };

    // Baselines inside a node: the name (on one line or wrapped over two)
    // over the kind, as one block centred on the box; or the name alone
    // (Reduced).
    NodeLines oneLine;
    NodeLines twoLines;
    double soloBaseline = 0.0;
    NodeLines soloWrapped; // no kind line

    QPen border { inks.border, 1.0 };
    QPen selectedBorder { kSelection, 1.8 };
    QPen halo { kSelectionHalo, 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen edge { inks.edgeInk, 1.3, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin };
    QPen selectedEdge { kSelection, 2.2, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin };
    QPen edgeHalo { kSelectionHalo, 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen arrow { inks.edgeInk, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin };
    QPen selectedArrow { kSelection, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin };
    QPen minimalEdge { inks.minimalEdgeInk, 0.0 }; // cosmetic: one device pixel at any zoom
    QPen minimalSelectedEdge { kSelection, 2.0 };
    QPen minimalSelection { kSelection, 3.0 };
    // Outlines only: filling thousands of overlapping boxes costs their area.
    QPen minimalCluster { inks.clusterBorder, 0.0 };
    QPen icon { kIconInk, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen pill { inks.pillBorder, 0.7 };
    QPen badgeBorder { kBadgeBorder, 0.8 };
    QPen clusterBorder { inks.clusterBorder, 1.0 };
    QPen legendBorder { inks.border, 0.8 };
    QPen noValueBorder { kNoValueBorder, 1.2, Qt::DashLine };
    QPen pathOutline { kPathInk, kPathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin };
    QPen pathEdge { kPathInk, kPathWidth, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin };
    QPen minimalPath { kPathInk, 3.0 };

    QPainterPath body; // the node's rounded box, centred on the origin
    QPainterPath band; // its left edge, in the tier colour
    QPainterPath shadow;
    QPainterPath tile; // behind the icon
    std::array<QColor, 5> tints;

    explicit Style(const Inks &paper)
        : inks(paper)
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

// Fonts and their metrics are reentrant, not thread-safe: the app builds
// large diagrams on a worker while it paints.
// The style of the print colours in force on this thread (printColors()).
inline const Style &style()
{
    thread_local const Style light(kLightInks);
    thread_local const Style dark(kDarkInks);
    return printColors() == PrintColors::Dark ? dark : light;
}

// ---- small pieces (diagrampieces.cpp) -------------------------------------

// An organisation's title row: a building mark, then the name, never elided
// (a box is widened to hold it instead). The left edge of the name and the
// room right of it are the layout's (layoutresult.h); the width a box needs
// for the whole title.
using layout::kClusterTitleRightPad;
using layout::kClusterTitleTextLeft;
double clusterTitleWidth(const QString &organization);

// The tier chip's text ("T0", "T?") and width.
QString chipText(int tier);
double chipWidth(const QString &text);
// The tier as a filled chip, for readers who cannot tell the colours apart
// and for black-and-white print.
void paintChip(QPainter *p, const QString &text, int tier, const QRectF &r);
void paintPin(QPainter *p, const QPointF &head);
// A label in a rounded box, one line under the other.
void paintPill(QPainter *p, const QRectF &r, const QStringList &lines);
double pillHeight(qsizetype lines);

// One line of a data-asset badge: an asset's name (marked with a bullet),
// the rest of a wrapped name, or the count of assets not listed.
struct BadgeLine {
    enum Role : quint8 { Asset, Continued, More };
    QString text;
    Role role = Asset;
};
void paintBadge(QPainter *p, const QRectF &r, const QVector<BadgeLine> &lines);

// ---- callouts (callouts.cpp) -----------------------------------------------

// What an edge's callout says and where: the label in a pill over the
// badge of the assets that flow, as one block centred on labelPos.
struct Callout {
    QStringList labelLines;
    QRectF labelRect;
    QVector<BadgeLine> badgeLines;
    QRectF badgeRect;
};
Callout callout(const EdgeVisual &e);
void paintCallout(QPainter *p, const EdgeVisual &e, const Callout &c);
// Moves every edge's callout to where it covers no node, no organisation's
// title and no other callout (buildDiagram's last step).
void placeCallouts(Diagram &d);
// The longest prefix of `text` that fits `width`, broken after a word
// where possible.
qsizetype wrapPoint(const QString &text, const QFontMetricsF &fm, double width);
QRectF outwardToWholePoints(const QRectF &r);

// ---- icons (icons.cpp) -----------------------------------------------------

// The pictogram of a node kind, 20 × 20 points × `scale` around `center`.
void paintKindIcon(QPainter *p, const QString &kind, const QPointF &center, double scale);

// ---- the page (page.cpp) ---------------------------------------------------

// The header (title and summary) and the legends around a diagram, where
// they meet `exposed` (null: everywhere).
void paintPage(QPainter *p, const Diagram &d, const QRectF &exposed);

} // namespace wl::render
