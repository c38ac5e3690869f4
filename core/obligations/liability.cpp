#include "liability.h"

#include <QSet>

#include <algorithm>

namespace wl::obligations {

namespace {

// The nodes reached from `start` over `edges`, forward (target from source)
// or backward.
QSet<QString> reached(const QVector<const Edge *> &edges, const QSet<QString> &start, bool forward)
{
    QSet<QString> seen = start;
    QVector<QString> queue(start.begin(), start.end());
    while (!queue.isEmpty()) {
        const QString node = queue.takeLast();
        for (const Edge *e : edges) {
            const QString &from = forward ? e->source : e->target;
            const QString &to = forward ? e->target : e->source;
            if (from == node && !seen.contains(to)) {
                seen.insert(to);
                queue.append(to);
            }
        }
    }
    return seen;
}

} // namespace

QVector<AssetLiability> liability(const Model &model, const ObligationsResult &result)
{
    QSet<QString> seeds;
    for (const sim::TimedNode &seed : result.seeds)
        seeds.insert(seed.node);
    QVector<AssetLiability> out;
    for (const QString &assetId : result.exposedData) {
        const int index = model.dataIndex(assetId);
        if (index < 0)
            continue;
        AssetLiability entry;
        entry.asset = assetId;
        entry.owner = model.data()[index].owner;
        QVector<const Edge *> carrying;
        for (const Edge &e : model.edges())
            if (e.data.contains(assetId))
                carrying.append(&e);
        // On a breach path: reachable from the owner and reaching a seed.
        const QSet<QString> fromOwner = reached(carrying, { entry.owner }, true);
        const QSet<QString> toSeeds = reached(carrying, seeds, false);
        const auto onPath = [&](const QString &node) {
            return fromOwner.contains(node) && toSeeds.contains(node);
        };
        for (const Edge *e : carrying)
            if (onPath(e->source) && onPath(e->target) && e->target != entry.owner)
                entry.hops.append({ e->id, e->source, e->target, e->contract });
        for (const Node &n : model.nodes())
            if (n.id != entry.owner && onPath(n.id)
                && std::any_of(entry.hops.cbegin(), entry.hops.cend(),
                    [&](const LiabilityHop &h) { return h.to == n.id; }))
                entry.holders.append(n.id);
        out.append(std::move(entry));
    }
    return out;
}

} // namespace wl::obligations
