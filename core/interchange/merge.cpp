#include "interchange/merge.h"

#include <QRectF>
#include <QSet>

namespace wl::interchange {

namespace {

constexpr NodeField kComparedFields[] = {
    NodeField::Name,
    NodeField::Kind,
    NodeField::Organization,
    NodeField::GdprRole,
    NodeField::Jurisdiction,
    NodeField::BreachLikelihood,
    NodeField::ControlStrength,
    NodeField::Criticality,
    NodeField::Notes,
};

QString folded(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

bool isDefault(const Node &n, NodeField field)
{
    static const Node defaults;
    return valueOf(n, field) == valueOf(defaults, field);
}

bool sameValue(const Node &a, const Node &b, NodeField field)
{
    if (field == NodeField::Name)
        return folded(a.name) == folded(b.name);
    return valueOf(a, field) == valueOf(b, field);
}

// My node that their node `t` is, or -1.
int matchNode(const Model &mine, const Node &t, const QHash<QString, QList<int>> &byName)
{
    if (const int i = mine.nodeIndex(t.id); i >= 0)
        return i;
    for (const int i : byName.value(folded(t.name)))
        if (t.organization.trimmed().isEmpty()
            || folded(mine.nodes()[i].organization) == folded(t.organization))
            return i;
    return -1;
}

// Their nodes' positions belong to another drawing: added nodes keep them
// only if all have one, moved as a block to the right of mine; else none.
void placeAddedNodes(Model &out, int firstAdded)
{
    QRectF mine, theirs;
    bool allPlaced = true;
    for (int i = 0; i < out.nodes().size(); ++i) {
        const auto &pos = out.nodes()[i].pos;
        if (i >= firstAdded && !pos)
            allPlaced = false;
        if (pos)
            (i < firstAdded ? mine : theirs) |= QRectF(*pos, QSizeF(1, 1));
    }
    const QPointF shift = mine.isNull()
        ? QPointF()
        : QPointF(mine.right() + 200 - theirs.left(), mine.top() - theirs.top());
    for (int i = firstAdded; i < out.nodes().size(); ++i) {
        const auto &pos = out.nodes()[i].pos;
        out.setPosition(i, allPlaced ? std::optional<QPointF>(*pos + shift) : std::nullopt);
    }
}

} // namespace

MergePlan planMerge(const Model &mine, const Model &theirs)
{
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < mine.nodes().size(); ++i)
        byName[folded(mine.nodes()[i].name)].append(i);

    MergePlan plan;
    QSet<int> taken;
    for (const Node &t : theirs.nodes()) {
        const int i = matchNode(mine, t, byName);
        if (i < 0 || taken.contains(i)) {
            ++plan.newNodes;
            continue;
        }
        taken.insert(i);
        const Node &m = mine.nodes()[i];
        plan.matches.insert(t.id, m.id);
        MergeConflict conflict { t.id, m.id, {} };
        for (const NodeField field : kComparedFields)
            if (!isDefault(t, field) && !isDefault(m, field) && !sameValue(t, m, field))
                conflict.fields.append(field);
        if (!conflict.fields.isEmpty())
            plan.conflicts.append(conflict);
    }
    return plan;
}

std::optional<Model> applyMerge(const Model &mine, const Model &theirs, const MergePlan &plan,
    const QList<Resolution> &resolutions, QString *error, QHash<QString, QString> *theirToMerged)
{
    if (resolutions.size() != plan.conflicts.size()) {
        *error = QStringLiteral("%1 conflicts but %2 resolutions")
                     .arg(plan.conflicts.size())
                     .arg(resolutions.size());
        return std::nullopt;
    }
    QHash<QString, std::pair<Resolution, QList<NodeField>>> decided;
    for (qsizetype i = 0; i < plan.conflicts.size(); ++i)
        decided.insert(plan.conflicts[i].theirId, { resolutions[i], plan.conflicts[i].fields });

    Model out = mine;
    const int firstAdded = int(out.nodes().size());
    QHash<QString, QString> nodeIds; // their id -> merged id
    for (const Node &t : theirs.nodes()) {
        const QString matched = plan.matches.value(t.id);
        const auto [resolution, fields] = decided.value(t.id, { Resolution::KeepMine, {} });
        if (matched.isEmpty() || resolution == Resolution::Both) {
            Node n = t;
            n.id = out.freeId(ElementType::Node, t.id);
            nodeIds.insert(t.id, n.id);
            out.appendNode(std::move(n));
            continue;
        }
        nodeIds.insert(t.id, matched);
        const int index = out.nodeIndex(matched);
        const Node m = out.nodes()[index];
        for (const NodeField field : kComparedFields) {
            const bool fill = isDefault(m, field) && !isDefault(t, field);
            const bool take = resolution == Resolution::TakeTheirs && fields.contains(field);
            if (fill || take)
                out.setValue(ElementType::Node, index, int(field), valueOf(t, field));
        }
        QStringList tags = m.tags;
        for (const QString &tag : t.tags)
            if (!tags.contains(tag))
                tags.append(tag);
        if (tags != m.tags)
            out.setValue(ElementType::Node, index, int(NodeField::Tags), tags);
    }
    placeAddedNodes(out, firstAdded);

    QHash<QString, QString> assetIds;
    for (const DataAsset &a : theirs.data()) {
        const QString owner = nodeIds.value(a.owner);
        const DataAsset *same = mine.dataAsset(a.id);
        if (!same)
            for (const DataAsset &m : mine.data())
                if (m.owner == owner && folded(m.name) == folded(a.name)) {
                    same = &m;
                    break;
                }
        if (same) {
            assetIds.insert(a.id, same->id);
            continue;
        }
        DataAsset added = a;
        added.id = out.freeId(ElementType::DataAsset, a.id);
        added.owner = owner;
        assetIds.insert(a.id, added.id);
        out.appendDataAsset(std::move(added));
    }

    QHash<QPair<QString, QString>, int> myEdges;
    for (int i = 0; i < out.edges().size(); ++i)
        myEdges.insert({ out.edges()[i].source, out.edges()[i].target }, i);
    for (const Edge &e : theirs.edges()) {
        Edge added = e;
        added.source = nodeIds.value(e.source);
        added.target = nodeIds.value(e.target);
        if (added.source == added.target)
            continue;
        added.data.clear();
        for (const QString &asset : e.data)
            if (!added.data.contains(assetIds.value(asset)))
                added.data.append(assetIds.value(asset));
        if (const int i = myEdges.value({ added.source, added.target }, -1); i >= 0) {
            QStringList data = out.edges()[i].data;
            for (const QString &asset : added.data)
                if (!data.contains(asset))
                    data.append(asset);
            if (data != out.edges()[i].data)
                out.setValue(ElementType::Edge, i, int(EdgeField::Data), data);
            continue;
        }
        added.id = out.freeId(ElementType::Edge, e.id);
        myEdges.insert({ added.source, added.target }, int(out.edges().size()));
        out.appendEdge(std::move(added));
    }
    if (theirToMerged)
        *theirToMerged = std::move(nodeIds);
    return out;
}

QStringList addedNodeIds(const Model &mine, const Model &merged)
{
    QStringList ids;
    for (const Node &n : merged.nodes())
        if (mine.nodeIndex(n.id) < 0)
            ids.append(n.id);
    return ids;
}

} // namespace wl::interchange
