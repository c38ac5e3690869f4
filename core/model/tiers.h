// Tiers (DOMAIN.md): internal services are tier 0; every other node's tier is
// its fewest hops, edges taken in either direction, to a tier-0 node.
#pragma once

#include "model.h"

namespace wl {

inline constexpr int kUnknownTier = -1;

// One entry per node, in model order; kUnknownTier where no internal service
// can be reached.
QVector<int> computeTiers(const Model &m);

// Fourth-party concentration (FORMAT.md §4): per node, in model order, how
// many tier-1 nodes (our direct vendors, as `tiers` gives them) reach it
// following edges from source to target, directly or through others; a
// node does not count itself.
QVector<int> tierOneDependents(const Model &m, const QVector<int> &tiers);

} // namespace wl
