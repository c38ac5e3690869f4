// A model compiled for simulation: flat arrays only (SIMULATION.md §1). Arcs
// are numbered in arc order — edges in model order, the forward arc before
// the backward one, arcs with probability 0 left out — and also indexed by
// tail in CSR form for the propagation loop.
#pragma once

#include "model/model.h"

#include <cstdint>
#include <vector>

namespace wl::sim {

struct CompiledModel {
    int nodeCount = 0;
    std::vector<double> breachLikelihood; // per node
    std::vector<double> controlStrength; // per node

    // Arcs in arc order.
    std::vector<int> arcTail;
    std::vector<int> arcHead;
    std::vector<double> arcProbability; // p of the table, before control strength
    std::vector<double> arcDelay;
    std::vector<int> arcEdge; // index of the model edge
    std::vector<std::uint8_t> arcBackward;

    // CSR by tail: the arcs leaving node v are outArc[outStart[v] ..
    // outStart[v + 1]), in arc order.
    std::vector<int> outStart;
    std::vector<int> outArc;

    // Data assets: records and category index per asset; the assets each node
    // holds (owner, or target of an edge that carries the asset) in CSR form.
    std::vector<std::int64_t> assetRecords;
    std::vector<int> assetCategory;
    QStringList categories; // in order of first appearance among the assets
    std::vector<int> heldStart;
    std::vector<int> heldAsset;

    int arcCount() const { return int(arcTail.size()); }
    int assetCount() const { return int(assetRecords.size()); }
};

CompiledModel compile(const Model &model);

// What a simulation result depends on, as a digest: io::modelDigest of a
// copy of the model that keeps only what the engine reads — node ids,
// breach likelihoods and control strengths; asset ids, owners, categories
// and records; edge ids, ends, data, both probabilities and delays — in
// model order. Moving, pinning or renaming nodes, and editing kinds, notes,
// tags, organisations or labels, leave it as it was, so a result keyed by
// it (a scenario's stored result, the rankings) does not go stale then.
QByteArray simulationDigest(const Model &model);

} // namespace wl::sim
