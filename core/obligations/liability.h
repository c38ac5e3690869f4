// The liability view (issue 13 item 7): for every asset a breach exposed,
// who held it on the way from its owner to the breached nodes, and the
// contract on each hop — what a board asks after such an incident ("did our
// vendor fail its processor duties? did we vet it?"). No verdict: only the
// facts the model holds. Decision support, not legal advice.
#pragma once

#include "obligations/obligations.h"

namespace wl::obligations {

struct LiabilityHop {
    QString edge; // the edge's id
    QString from; // the holder that passed the asset on (the edge's source)
    QString to; // the holder it reached (the edge's target)
    Contract contract;

    friend bool operator==(const LiabilityHop &, const LiabilityHop &) = default;
};

struct AssetLiability {
    QString asset;
    // The asset's owner, its controller (whatever its gdpr_role says).
    QString owner;
    // Every other node on a breach path, in model order: the processors and
    // sub-processors that held the asset, the breached ones included.
    QStringList holders;
    // The edges of the breach paths, in model order.
    QVector<LiabilityHop> hops;

    friend bool operator==(const AssetLiability &, const AssetLiability &) = default;
};

// For each asset of `result.exposedData`, in that order: the breach paths
// are the edges carrying the asset that lie on a way from its owner, along
// the edges' direction, to a seed holding it. An asset a seed owns itself
// has no path: no holders, no hops.
QVector<AssetLiability> liability(const Model &model, const ObligationsResult &result);

} // namespace wl::obligations
