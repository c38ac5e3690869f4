// Views that cut a big map down (README, "Views"): the model to draw for a
// view, derived from the document's model without changing it. A view is
// not an edit: what it derives is drawn by the one drawing path
// (buildDiagram, paintDiagram) and exported as drawn, and nothing of it is
// ever stored.
//
//   organisations   one node per organisation, edges aggregated with the
//                   data that crosses; expanded organisations show their
//                   members instead
//   neighbourhood   a node and everything within N hops, edges taken in
//                   either direction
//   filter          the nodes of one tier, kind, jurisdiction or tag
#pragma once

#include "model/model.h"
#include "render/diagram.h"
#include "render/overlay.h"

#include <QSet>

#include <optional>

namespace wl::render {

enum class ViewKind { Whole, Organisations, Neighbourhood, Filter };

enum class FilterField { Tier, Kind, Jurisdiction, Tag };
// "tier", "kind", "jurisdiction", "tag": as --view filter:FIELD=VALUE names
// them.
QString filterFieldName(FilterField field);

inline constexpr int kMinHops = 1;
inline constexpr int kMaxHops = 4;

struct ViewSpec {
    ViewKind kind = ViewKind::Whole;
    // Organisations: those shown as their members.
    QSet<QString> expanded;
    // Neighbourhood: the node in the middle and how far to reach.
    QString centre;
    int hops = kMinHops;
    // Filter: the nodes whose field has this value (a tier as its number,
    // a tag as one of the node's tags).
    FilterField field = FilterField::Kind;
    QString value;

    friend bool operator==(const ViewSpec &, const ViewSpec &) = default;
};

struct View {
    ViewSpec spec; // what it shows
    Model model; // what to draw
    // The document's nodes an aggregated node stands for (organisations),
    // keyed by the aggregated node's id; nodes shown as themselves are absent.
    QHash<QString, QStringList> members;
    // The document's edges an aggregated edge stands for.
    QHash<QString, QStringList> edgeMembers;
    // Each drawn node's tier in the document (an organisation's: its
    // members' lowest known): a view must not recompute tiers on the part
    // it shows, which may lack the internal services tiers count from.
    // Empty for the whole map, whose tiers the drawing computes itself.
    QHash<QString, int> tiers;

    bool isAggregated(const QString &nodeId) const { return members.contains(nodeId); }
};

// The view of `model`. Nodes and edges shown as themselves keep their ids
// and fields (positions too); an organisation's node takes the
// organisation's name as id and name (unless a node has that id), its
// members' kind if they share one, and no position. An aggregated edge joins
// each ordered pair of drawn nodes that the document's edges join, with the
// union of the data crossing. A neighbourhood whose centre is not in the
// model is empty.
View makeView(const Model &model, const ViewSpec &spec);

// How large each node of the view is drawn (view.model order): an
// organisation's node by its member count, 1 + log10(members) / 2 times the
// standard size, at most twice (1 member: 1; 10: 1.5; 100 and more: 2);
// every other node 1. The layout of the view takes the same scales
// (layout::LayoutOptions::nodeScales), so that no two boxes overlap.
QVector<double> viewNodeScales(const View &view);

// The diagram of a view: buildDiagram, with each organisation's node saying
// how many members it has in place of its kind, and the page's summary
// saying which view it is ("Organisations view · 14 nodes · 20 connections
// · 14 organisations", organisations drawn as nodes counted too).
Diagram buildViewDiagram(const View &view, const layout::LayoutResult *layout = nullptr);

// The overlay for a view's diagram: an organisation's node takes the worst
// (hottest) value among its members and is breached if any member is; an
// aggregated edge carries the largest share among its edges.
Overlay viewOverlay(const Overlay &overlay, const View &view);

// weaklink-cli's --view: "organisations", "neighbourhood:ID:N" (N from 1
// to 4) or "filter:FIELD=VALUE" (FIELD one of tier, kind, jurisdiction,
// tag; a tier as its number or "unknown"); nullopt, with the reason in
// *error, for anything else.
std::optional<ViewSpec> viewSpecFromName(const QString &name, QString *error);

} // namespace wl::render
