#include "compiledmodel.h"

#include "io/modeljson.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace wl::sim {

CompiledModel compile(const Model &model)
{
    CompiledModel c;
    const int n = int(model.nodes().size());
    c.nodeCount = n;
    c.breachLikelihood.reserve(n);
    c.controlStrength.reserve(n);
    for (const Node &v : model.nodes()) {
        c.breachLikelihood.push_back(v.breachLikelihood);
        c.controlStrength.push_back(v.controlStrength);
    }

    const auto addArc = [&c](int tail, int head, double p, double delay, int edge, bool backward) {
        if (p <= 0.0)
            return; // SIMULATION.md §1: an arc whose probability is 0 does not exist
        c.arcTail.push_back(tail);
        c.arcHead.push_back(head);
        c.arcProbability.push_back(p);
        c.arcDelay.push_back(delay);
        c.arcEdge.push_back(edge);
        c.arcBackward.push_back(backward ? 1 : 0);
    };
    const std::size_t maxArcs = 2 * std::size_t(model.edges().size());
    c.arcTail.reserve(maxArcs);
    c.arcHead.reserve(maxArcs);
    c.arcProbability.reserve(maxArcs);
    c.arcDelay.reserve(maxArcs);
    c.arcEdge.reserve(maxArcs);
    c.arcBackward.reserve(maxArcs);
    // Resolved on all cores: the id lookups are most of compiling a large
    // model.
    const std::vector<std::array<int, 2>> ends = edgeEndIndexes(model);
    for (int i = 0; i < model.edges().size(); ++i) {
        const Edge &e = model.edges()[i];
        const auto [s, t] = ends[std::size_t(i)];
        addArc(s, t, e.pForward, e.delayHours, i, false);
        addArc(t, s, e.pBackward, e.delayHours, i, true);
    }

    // Counting sort by tail keeps arc order within each tail.
    c.outStart.assign(n + 1, 0);
    for (int tail : c.arcTail)
        ++c.outStart[tail + 1];
    for (int v = 0; v < n; ++v)
        c.outStart[v + 1] += c.outStart[v];
    c.outArc.resize(c.arcTail.size());
    std::vector<int> fill(c.outStart.begin(), c.outStart.end() - 1);
    for (int a = 0; a < c.arcCount(); ++a)
        c.outArc[fill[c.arcTail[a]]++] = a;

    // Holders: the owner and every target of an edge that carries the asset,
    // each node once per asset.
    const int assets = int(model.data().size());
    QHash<QString, int> categoryIndex;
    c.assetRecords.reserve(assets);
    c.assetCategory.reserve(assets);
    std::vector<std::vector<int>> holders(assets);
    for (int a = 0; a < assets; ++a) {
        const DataAsset &asset = model.data()[a];
        c.assetRecords.push_back(asset.records);
        auto it = categoryIndex.constFind(asset.category);
        if (it == categoryIndex.cend()) {
            it = categoryIndex.insert(asset.category, int(c.categories.size()));
            c.categories.append(asset.category);
        }
        c.assetCategory.push_back(*it);
        holders[a].push_back(model.nodeIndex(asset.owner));
    }
    for (int i = 0; i < model.edges().size(); ++i)
        for (const QString &id : model.edges()[i].data)
            holders[model.dataIndex(id)].push_back(ends[std::size_t(i)][1]);

    c.heldStart.assign(n + 1, 0);
    for (auto &h : holders) {
        std::sort(h.begin(), h.end());
        h.erase(std::unique(h.begin(), h.end()), h.end());
        for (int v : h)
            ++c.heldStart[v + 1];
    }
    for (int v = 0; v < n; ++v)
        c.heldStart[v + 1] += c.heldStart[v];
    c.heldAsset.resize(c.heldStart[n]);
    std::vector<int> heldFill(c.heldStart.begin(), c.heldStart.end() - 1);
    for (int a = 0; a < assets; ++a)
        for (int v : holders[a])
            c.heldAsset[heldFill[v]++] = a;
    return c;
}

QByteArray simulationDigest(const Model &model)
{
    Model reduced;
    reduced.reserve(model.nodes().size(), model.data().size(), model.edges().size());
    for (const Node &n : model.nodes()) {
        Node r;
        r.id = n.id;
        r.breachLikelihood = n.breachLikelihood;
        r.controlStrength = n.controlStrength;
        reduced.appendNode(std::move(r));
    }
    for (const DataAsset &a : model.data()) {
        DataAsset r;
        r.id = a.id;
        r.owner = a.owner;
        r.category = a.category;
        r.records = a.records;
        reduced.appendDataAsset(std::move(r));
    }
    for (const Edge &e : model.edges()) {
        Edge r;
        r.id = e.id;
        r.source = e.source;
        r.target = e.target;
        r.data = e.data;
        r.pForward = e.pForward;
        r.pBackward = e.pBackward;
        r.delayHours = e.delayHours;
        reduced.appendEdge(std::move(r));
    }
    return io::modelDigest(reduced);
}

} // namespace wl::sim
