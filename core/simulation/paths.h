// "Why is this node affected?": the most likely infection paths of a node,
// reconstructed from a run's arc credits (SimResult::travelled), and the data
// assets the node exposes when it falls. docs/CHARTS.md defines the figures.
//
// In every trial each compromised node owes its compromise time to exactly
// one arc (the credited one) or to its own initial compromise (a seed at its
// start time, an annual breach). Over all trials this gives, for a node v
// compromised in C(v) trials,
//
//   w(a)  = travelled(a) / C(head(a))                 share of v's compromises over arc a
//   o(v)  = (C(v) - sum of travelled into v) / C(v)   share that were initial
//
// and w over the arcs into v plus o(v) add up to 1. A path
// r -> ... -> v follows credited arcs from a node r with o(r) > 0; its
// likelihood is o(r) times the product of w along it: the share of v's
// compromises that came this way, treating each node's credit as
// independent of how the node then passed the compromise on (the engine
// does not keep the per-trial chains). Paths are simple: no node twice.
#pragma once

#include "simulation/engine.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace wl::sim {

struct InfectionPath {
    std::vector<int> nodes; // node indexes, the initially compromised node first, the target last
    std::vector<int> arcs; // arc indexes; arcs[i] leads from nodes[i] to nodes[i + 1]
    double likelihood = 0.0;
};

struct PathSearch {
    std::vector<InfectionPath> paths; // most likely first
    // The search stopped at its expansion budget: the paths found are the
    // most likely among those explored, not necessarily overall.
    bool truncated = false;
};

// An arc of a path named the way FORMAT.md §3 names arcs.
struct PathArcId {
    QString edge;
    bool backward = false;
    friend bool operator==(const PathArcId &, const PathArcId &) = default;
};

// A data asset a node holds, with what the run says about it.
struct HeldAssetFigures {
    int asset = 0; // index in the model's data and the compiled model
    qint64 records = 0;
    QString category;
    double pExposed = 0.0;
};

// The credit graph of one run, built once per result; topPaths() then
// answers per node. Plain data: safe to use from any thread once built.
class InfectionGraph {
public:
    InfectionGraph() = default;
    // `result` must come from a run on the model `compiled` was compiled
    // from; otherwise the graph is invalid and finds no paths.
    InfectionGraph(const CompiledModel &compiled, const SimResult &result);

    bool isValid() const { return m_valid; }
    int nodeCount() const { return int(m_origin.size()); }

    // w(a) and o(v) above; 0 where the head (node) was never compromised.
    double arcWeight(int arc) const { return m_arcWeight[std::size_t(arc)]; }
    double originShare(int v) const { return m_origin[std::size_t(v)]; }
    // The likelihood of v's single most likely path, simple or not (an upper
    // bound for every simple path ending at v); 0 where none.
    double bestLikelihood(int v) const { return m_best[std::size_t(v)]; }

    // The k most likely simple paths ending at `target`, by likelihood
    // descending; equal likelihoods by fewer arcs, then by their arc indexes
    // from the origin on. A target that was itself initially compromised has
    // the path of that node alone (no arcs) among them. Best-first search
    // guided by bestLikelihood(); it gives up after `maxExpansions` partial
    // paths (PathSearch::truncated).
    PathSearch topPaths(int target, int k, int maxExpansions = 200000) const;

private:
    bool m_valid = false;
    std::vector<double> m_arcWeight;
    std::vector<double> m_origin;
    std::vector<double> m_best;
    std::vector<int> m_arcTail;
    // CSR by head: the arcs into v with a positive weight.
    std::vector<int> m_inStart;
    std::vector<int> m_inArc;
};

// Node ids of a path, in path order.
QStringList pathNodeIds(const Model &model, const InfectionPath &path);
// Edge id and direction of each arc of a path, in path order.
QVector<PathArcId> pathArcIds(
    const Model &model, const CompiledModel &compiled, const InfectionPath &path);

// The assets node v holds (its owned assets and those edges carry to it), in
// asset order, with records, category and p_exposed from the run.
std::vector<HeldAssetFigures> heldAssets(
    const CompiledModel &compiled, const SimResult &result, int v);

} // namespace wl::sim
