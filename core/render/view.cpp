#include "render/view.h"

#include "model/tiers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace wl::render {

namespace {

// "1 member", "10 members": plain English where no translation is loaded
// (weaklink-cli), which Qt's "%n member(s)" is not.
QString counted(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate("wl::render::View", one)
                  : QCoreApplication::translate("wl::render::View", many).arg(n);
}

// An id no node of `taken` has: `wanted`, else `wanted` with a number.
QString freeId(const QString &wanted, const QSet<QString> &taken)
{
    QString id = wanted;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return id;
}

QVector<char> neighbourhood(const Model &m, const QString &centre, int hops)
{
    QVector<char> keep(m.nodes().size(), 0);
    const int start = m.nodeIndex(centre);
    if (start < 0)
        return keep;
    QVector<QVector<int>> adjacent(m.nodes().size());
    for (const Edge &e : m.edges()) {
        const int s = m.nodeIndex(e.source);
        const int t = m.nodeIndex(e.target);
        adjacent[s].append(t);
        adjacent[t].append(s);
    }
    keep[start] = 1;
    QVector<int> frontier { start };
    for (int hop = 0; hop < hops && !frontier.isEmpty(); ++hop) {
        QVector<int> next;
        for (const int i : std::as_const(frontier))
            for (const int j : std::as_const(adjacent[i]))
                if (!keep[j]) {
                    keep[j] = 1;
                    next.append(j);
                }
        frontier = std::move(next);
    }
    return keep;
}

QVector<char> matching(const Model &m, FilterField field, const QString &value)
{
    QVector<char> keep(m.nodes().size(), 0);
    const QVector<int> tiers = field == FilterField::Tier ? computeTiers(m) : QVector<int>();
    for (int i = 0; i < m.nodes().size(); ++i) {
        const Node &n = m.nodes()[i];
        switch (field) {
        case FilterField::Tier: keep[i] = QString::number(tiers[i]) == value; break;
        case FilterField::Kind: keep[i] = n.kind == value; break;
        case FilterField::Jurisdiction: keep[i] = n.jurisdiction == value; break;
        case FilterField::Tag: keep[i] = n.tags.contains(value); break;
        }
    }
    return keep;
}

// The edges between drawn nodes, `drawnAs` giving each document node's
// drawn id (empty: not drawn). An ordered pair joined by one edge keeps that
// edge; a pair joined by several gets one edge standing for them all.
void aggregateEdges(const Model &m, const QVector<QString> &drawnAs, View &view)
{
    QVector<QPair<QString, QString>> pairs;
    QHash<QPair<QString, QString>, QVector<int>> edgesOf;
    for (int i = 0; i < m.edges().size(); ++i) {
        const Edge &e = m.edges()[i];
        const QString &s = drawnAs[m.nodeIndex(e.source)];
        const QString &t = drawnAs[m.nodeIndex(e.target)];
        if (s.isEmpty() || t.isEmpty() || s == t)
            continue;
        QVector<int> &group = edgesOf[{ s, t }];
        if (group.isEmpty())
            pairs.append({ s, t });
        group.append(i);
    }
    QSet<QString> taken;
    for (const Edge &e : m.edges())
        taken.insert(e.id);
    for (const auto &pair : std::as_const(pairs)) {
        const QVector<int> &group = edgesOf[pair];
        Edge edge = m.edges()[group.first()];
        edge.source = pair.first;
        edge.target = pair.second;
        if (group.size() > 1) {
            const QString id = freeId(pair.first + QStringLiteral(" → ") + pair.second, taken);
            taken.insert(id);
            QStringList ids;
            for (const int i : group) {
                const Edge &e = m.edges()[i];
                ids.append(e.id);
                if (e.integration != edge.integration)
                    edge.integration = QStringLiteral("other");
                for (const QString &asset : e.data)
                    if (!edge.data.contains(asset))
                        edge.data.append(asset);
                edge.pForward = std::max(edge.pForward, e.pForward);
                edge.pBackward = std::max(edge.pBackward, e.pBackward);
                edge.delayHours = std::min(edge.delayHours, e.delayHours);
            }
            edge.id = id;
            edge.label
                = counted(group.size(), QT_TRANSLATE_NOOP("wl::render::View", "1 connection"),
                    QT_TRANSLATE_NOOP("wl::render::View", "%1 connections"));
            view.edgeMembers.insert(id, ids);
        }
        view.model.appendEdge(std::move(edge));
    }
}

View organisations(const Model &m, const QSet<QString> &expanded)
{
    View view;
    QSet<QString> nodeIds;
    QStringList organizations;
    QHash<QString, QVector<int>> membersOf;
    for (int i = 0; i < m.nodes().size(); ++i) {
        const Node &n = m.nodes()[i];
        if (n.organization.isEmpty() || expanded.contains(n.organization)) {
            nodeIds.insert(n.id);
            continue;
        }
        QVector<int> &members = membersOf[n.organization];
        if (members.isEmpty())
            organizations.append(n.organization);
        members.append(i);
    }

    QVector<QString> drawnAs(m.nodes().size());
    QHash<QString, QString> organizationId;
    for (const QString &organization : std::as_const(organizations)) {
        const QString id = freeId(organization, nodeIds);
        nodeIds.insert(id);
        organizationId.insert(organization, id);
    }
    QSet<QString> placed;
    for (int i = 0; i < m.nodes().size(); ++i) {
        const Node &n = m.nodes()[i];
        const QString id = organizationId.value(n.organization);
        if (id.isEmpty()) {
            drawnAs[i] = n.id;
            view.model.appendNode(n);
            continue;
        }
        drawnAs[i] = id;
        if (placed.contains(id))
            continue;
        placed.insert(id);
        Node group;
        group.id = id;
        group.name = n.organization;
        group.kind = n.kind;
        QStringList ids;
        for (const int k : std::as_const(membersOf[n.organization])) {
            const Node &member = m.nodes()[k];
            ids.append(member.id);
            if (member.kind != group.kind)
                group.kind = QStringLiteral("other");
            group.breachLikelihood = std::max(group.breachLikelihood, member.breachLikelihood);
            group.criticality = std::max(group.criticality, member.criticality);
        }
        view.members.insert(id, ids);
        view.model.appendNode(std::move(group));
    }
    for (const DataAsset &a : m.data())
        view.model.appendDataAsset(a);
    aggregateEdges(m, drawnAs, view);
    return view;
}

View subset(const Model &m, const QVector<char> &keep)
{
    View view;
    QVector<QString> drawnAs(m.nodes().size());
    for (int i = 0; i < m.nodes().size(); ++i)
        if (keep[i]) {
            drawnAs[i] = m.nodes()[i].id;
            view.model.appendNode(m.nodes()[i]);
        }
    for (const DataAsset &a : m.data())
        view.model.appendDataAsset(a);
    aggregateEdges(m, drawnAs, view);
    return view;
}

} // namespace

View makeView(const Model &model, const ViewSpec &spec)
{
    View view;
    switch (spec.kind) {
    case ViewKind::Whole: view.model = model; break;
    case ViewKind::Organisations: view = organisations(model, spec.expanded); break;
    case ViewKind::Neighbourhood:
        view = subset(model, neighbourhood(model, spec.centre, spec.hops));
        break;
    case ViewKind::Filter: view = subset(model, matching(model, spec.field, spec.value)); break;
    }
    view.model.name = model.name;
    view.spec = spec;
    if (spec.kind == ViewKind::Whole)
        return view; // buildDiagram computes these tiers itself
    const QVector<int> tiers = computeTiers(model);
    for (int i = 0; i < model.nodes().size(); ++i)
        view.tiers.insert(model.nodes()[i].id, tiers[i]);
    for (auto it = view.members.cbegin(); it != view.members.cend(); ++it) {
        int lowest = kUnknownTier;
        for (const QString &member : *it) {
            const int tier = tiers[model.nodeIndex(member)];
            if (tier != kUnknownTier && (lowest == kUnknownTier || tier < lowest))
                lowest = tier;
        }
        view.tiers.insert(it.key(), lowest);
    }
    return view;
}

QVector<double> viewNodeScales(const View &view)
{
    QVector<double> scales;
    scales.reserve(view.model.nodes().size());
    for (const Node &n : view.model.nodes()) {
        const auto it = view.members.constFind(n.id);
        scales << (it == view.members.cend()
                ? 1.0
                : std::min(
                    2.0, 1.0 + std::log10(double(std::max<qsizetype>(it->size(), 1))) / 2.0));
    }
    return scales;
}

Diagram buildViewDiagram(const View &view, const layout::LayoutResult *layout)
{
    Diagram d = buildDiagram(view.model, layout, viewNodeScales(view));
    for (NodeVisual &n : d.nodes) {
        n.tier = view.tiers.value(n.id, n.tier);
        if (const auto it = view.members.constFind(n.id); it != view.members.cend())
            n.caption = counted(it->size(), QT_TRANSLATE_NOOP("wl::render::View", "1 member"),
                QT_TRANSLATE_NOOP("wl::render::View", "%1 members"));
    }
    const ViewSpec &spec = view.spec;
    QString what;
    switch (spec.kind) {
    case ViewKind::Whole: return d;
    case ViewKind::Organisations:
        what = QCoreApplication::translate("wl::render::View", "Organisations view");
        break;
    case ViewKind::Neighbourhood:
        what = spec.hops == 1
            ? QCoreApplication::translate("wl::render::View", "Neighbourhood of %1 within 1 hop")
                  .arg(spec.centre)
            : QCoreApplication::translate("wl::render::View", "Neighbourhood of %1 within %2 hops")
                  .arg(spec.centre)
                  .arg(spec.hops);
        break;
    case ViewKind::Filter:
        what = QCoreApplication::translate("wl::render::View", "Filter: %1 = %2")
                   .arg(filterFieldName(spec.field),
                       spec.field == FilterField::Tier && spec.value.toInt() == kUnknownTier
                           ? QStringLiteral("unknown")
                           : spec.value);
        break;
    }
    d.summary = QStringList { what,
        counted(d.nodes.size(), QT_TRANSLATE_NOOP("wl::render::View", "1 node"),
            QT_TRANSLATE_NOOP("wl::render::View", "%1 nodes")),
        counted(d.edges.size(), QT_TRANSLATE_NOOP("wl::render::View", "1 connection"),
            QT_TRANSLATE_NOOP("wl::render::View", "%1 connections")),
        counted(d.clusters.size() + view.members.size(),
            QT_TRANSLATE_NOOP("wl::render::View", "1 organisation"),
            QT_TRANSLATE_NOOP("wl::render::View", "%1 organisations")) }
                    .join(QStringLiteral(" · "));
    return d;
}

QString filterFieldName(FilterField field)
{
    switch (field) {
    case FilterField::Tier: return QStringLiteral("tier");
    case FilterField::Kind: return QStringLiteral("kind");
    case FilterField::Jurisdiction: return QStringLiteral("jurisdiction");
    case FilterField::Tag: return QStringLiteral("tag");
    }
    return {};
}

Overlay viewOverlay(const Overlay &overlay, const View &view)
{
    Overlay out = overlay;
    const auto hotness
        = [&overlay](double value) { return overlay.heat ? overlay.heat->position(value) : value; };
    for (auto it = view.members.cbegin(); it != view.members.cend(); ++it) {
        std::optional<double> worst;
        for (const QString &member : *it) {
            if (overlay.breached.contains(member))
                out.breached.insert(it.key());
            const auto value = overlay.nodeValues.constFind(member);
            if (value != overlay.nodeValues.cend() && (!worst || hotness(*value) > hotness(*worst)))
                worst = *value;
        }
        if (worst)
            out.nodeValues.insert(it.key(), *worst);
    }
    for (auto it = view.edgeMembers.cbegin(); it != view.edgeMembers.cend(); ++it) {
        double largest = 0.0;
        for (const QString &member : *it)
            largest = std::max(largest, overlay.edgeShares.value(member));
        out.edgeShares.insert(it.key(), largest);
    }
    return out;
}

std::optional<ViewSpec> viewSpecFromName(const QString &name, QString *error)
{
    ViewSpec spec;
    if (name == u"organisations") {
        spec.kind = ViewKind::Organisations;
        return spec;
    }
    const QString prefix = QStringLiteral("neighbourhood:");
    const qsizetype colon = name.lastIndexOf(u':');
    if (name.startsWith(prefix) && colon > prefix.size()) {
        bool ok = false;
        spec.kind = ViewKind::Neighbourhood;
        spec.centre = name.mid(prefix.size(), colon - prefix.size());
        spec.hops = name.mid(colon + 1).toInt(&ok);
        if (ok && spec.hops >= kMinHops && spec.hops <= kMaxHops)
            return spec;
        *error = QStringLiteral("--view: hops must be from %1 to %2, not \"%3\"")
                     .arg(kMinHops)
                     .arg(kMaxHops)
                     .arg(name.mid(colon + 1));
        return std::nullopt;
    }
    const QString filter = QStringLiteral("filter:");
    if (name.startsWith(filter)) {
        const QString rest = name.mid(filter.size());
        const qsizetype equals = rest.indexOf(u'=');
        const QString field = rest.left(equals);
        spec.kind = ViewKind::Filter;
        spec.value = equals < 0 ? QString() : rest.mid(equals + 1);
        bool known = false;
        for (const FilterField f :
            { FilterField::Tier, FilterField::Kind, FilterField::Jurisdiction, FilterField::Tag })
            if (field == filterFieldName(f)) {
                spec.field = f;
                known = true;
            }
        if (!known || equals < 0 || spec.value.isEmpty()) {
            *error = QStringLiteral("--view: a filter is filter:FIELD=VALUE with FIELD one of "
                                    "tier, kind, jurisdiction, tag, not \"%1\"")
                         .arg(rest);
            return std::nullopt;
        }
        if (spec.field == FilterField::Tier) {
            bool ok = false;
            const int tier = spec.value.toInt(&ok);
            if (spec.value == u"unknown")
                spec.value = QString::number(kUnknownTier);
            else if (!ok || tier < 0) {
                *error = QStringLiteral("--view: a tier is 0, 1, 2, … or unknown, not \"%1\"")
                             .arg(spec.value);
                return std::nullopt;
            }
        }
        return spec;
    }
    *error = QStringLiteral("--view: unknown view \"%1\"; use organisations, "
                            "neighbourhood:ID:N or filter:FIELD=VALUE")
                 .arg(name);
    return std::nullopt;
}

} // namespace wl::render
