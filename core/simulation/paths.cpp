#include "simulation/paths.h"

#include <algorithm>
#include <queue>

namespace wl::sim {

namespace {

// A path grown backwards from the target: `front` is its node farthest
// from the target, reached over `arc` from the entry `parent` (nearer the
// target). The target's own entry has no parent.
struct Partial {
    int front;
    int arc;
    int parent;
    double product; // the weights of the arcs so far
};

struct QueueItem {
    double priority;
    int entry;
    bool closed; // the path ends at `front`, an initially compromised node
    bool operator<(const QueueItem &other) const { return priority < other.priority; }
};

// Products of the same factors in another order differ in the last bits:
// the search goes on while a partial path might still reach the k-th
// likelihood within this margin, and the final order compares exactly.
constexpr double kSlack = 1e-9;

bool onPath(const std::vector<Partial> &entries, int entry, int node)
{
    for (int e = entry; e >= 0; e = entries[std::size_t(e)].parent)
        if (entries[std::size_t(e)].front == node)
            return true;
    return false;
}

InfectionPath pathOf(const std::vector<Partial> &entries, int entry, double likelihood)
{
    InfectionPath p;
    p.likelihood = likelihood;
    for (int e = entry; e >= 0; e = entries[std::size_t(e)].parent) {
        const Partial &part = entries[std::size_t(e)];
        p.nodes.push_back(part.front);
        if (part.arc >= 0)
            p.arcs.push_back(part.arc);
    }
    return p;
}

bool moreLikely(const InfectionPath &a, const InfectionPath &b)
{
    if (a.likelihood != b.likelihood)
        return a.likelihood > b.likelihood;
    if (a.arcs.size() != b.arcs.size())
        return a.arcs.size() < b.arcs.size();
    return a.arcs < b.arcs;
}

} // namespace

InfectionGraph::InfectionGraph(const CompiledModel &c, const SimResult &r)
{
    const auto n = std::size_t(c.nodeCount);
    const auto arcs = std::size_t(c.arcCount());
    if (r.trials <= 0 || r.compromised.size() != n || r.travelled.size() != arcs)
        return;
    m_valid = true;
    m_arcWeight.assign(arcs, 0.0);
    m_origin.assign(n, 0.0);
    m_best.assign(n, 0.0);
    m_arcTail = c.arcTail;

    std::vector<std::int64_t> credited(n, 0);
    for (std::size_t a = 0; a < arcs; ++a)
        credited[std::size_t(c.arcHead[a])] += r.travelled[a];
    for (std::size_t v = 0; v < n; ++v)
        if (r.compromised[v] > 0)
            m_origin[v] = double(std::max<std::int64_t>(0, r.compromised[v] - credited[v]))
                / double(r.compromised[v]);

    m_inStart.assign(n + 1, 0);
    for (std::size_t a = 0; a < arcs; ++a) {
        const auto head = std::size_t(c.arcHead[a]);
        if (r.travelled[a] > 0 && r.compromised[head] > 0) {
            m_arcWeight[a] = double(r.travelled[a]) / double(r.compromised[head]);
            ++m_inStart[head + 1];
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        m_inStart[v + 1] += m_inStart[v];
    m_inArc.resize(std::size_t(m_inStart[n]));
    std::vector<int> fill(m_inStart.begin(), m_inStart.end() - 1);
    for (std::size_t a = 0; a < arcs; ++a)
        if (m_arcWeight[a] > 0.0)
            m_inArc[std::size_t(fill[std::size_t(c.arcHead[a])]++)] = int(a);

    // Best path likelihood per node: Dijkstra maximising a product of
    // factors <= 1, from every node with an initial share.
    std::priority_queue<std::pair<double, int>> heap;
    for (std::size_t v = 0; v < n; ++v) {
        m_best[v] = m_origin[v];
        if (m_best[v] > 0.0)
            heap.push({ m_best[v], int(v) });
    }
    while (!heap.empty()) {
        const auto [value, u] = heap.top();
        heap.pop();
        if (value < m_best[std::size_t(u)])
            continue;
        for (int i = c.outStart[std::size_t(u)]; i < c.outStart[std::size_t(u) + 1]; ++i) {
            const int a = c.outArc[std::size_t(i)];
            const double candidate = value * m_arcWeight[std::size_t(a)];
            const auto head = std::size_t(c.arcHead[std::size_t(a)]);
            if (candidate > m_best[head]) {
                m_best[head] = candidate;
                heap.push({ candidate, int(head) });
            }
        }
    }
}

PathSearch InfectionGraph::topPaths(int target, int k, int maxExpansions) const
{
    PathSearch out;
    if (!m_valid || k <= 0 || target < 0 || target >= nodeCount()
        || m_best[std::size_t(target)] <= 0.0)
        return out;

    std::vector<Partial> entries { { target, -1, -1, 1.0 } };
    std::priority_queue<QueueItem> queue;
    queue.push({ m_best[std::size_t(target)], 0, false });
    std::vector<InfectionPath> &found = out.paths;
    int expansions = 0;

    // The k-th likelihood found so far, 0 while fewer than k.
    const auto threshold = [&] {
        if (int(found.size()) < k)
            return 0.0;
        std::nth_element(found.begin(), found.begin() + (k - 1), found.end(), moreLikely);
        return found[std::size_t(k - 1)].likelihood;
    };

    while (!queue.empty()) {
        const QueueItem item = queue.top();
        const double kth = threshold();
        if (kth > 0.0 && item.priority < kth * (1.0 - kSlack))
            break;
        queue.pop();
        const Partial part = entries[std::size_t(item.entry)];
        if (item.closed) {
            found.push_back(pathOf(entries, item.entry, item.priority));
            continue;
        }
        if (++expansions > maxExpansions) {
            out.truncated = true;
            break;
        }
        const auto u = std::size_t(part.front);
        if (m_origin[u] > 0.0)
            queue.push({ part.product * m_origin[u], item.entry, true });
        for (int i = m_inStart[u]; i < m_inStart[u + 1]; ++i) {
            const int a = m_inArc[std::size_t(i)];
            const int tail = m_arcTail[std::size_t(a)];
            if (m_best[std::size_t(tail)] <= 0.0 || onPath(entries, item.entry, tail))
                continue;
            const double product = part.product * m_arcWeight[std::size_t(a)];
            entries.push_back({ tail, a, item.entry, product });
            queue.push({ product * m_best[std::size_t(tail)], int(entries.size()) - 1, false });
        }
    }
    std::sort(found.begin(), found.end(), moreLikely);
    if (int(found.size()) > k)
        found.resize(std::size_t(k));
    return out;
}

QStringList pathNodeIds(const Model &model, const InfectionPath &path)
{
    QStringList ids;
    ids.reserve(qsizetype(path.nodes.size()));
    for (int v : path.nodes)
        ids.append(model.nodes()[v].id);
    return ids;
}

QVector<PathArcId> pathArcIds(
    const Model &model, const CompiledModel &compiled, const InfectionPath &path)
{
    QVector<PathArcId> ids;
    ids.reserve(qsizetype(path.arcs.size()));
    for (int a : path.arcs)
        ids.append({ model.edges()[compiled.arcEdge[std::size_t(a)]].id,
            compiled.arcBackward[std::size_t(a)] != 0 });
    return ids;
}

std::vector<HeldAssetFigures> heldAssets(
    const CompiledModel &compiled, const SimResult &result, int v)
{
    std::vector<HeldAssetFigures> out;
    if (v < 0 || v >= compiled.nodeCount || result.trials <= 0
        || result.exposed.size() != std::size_t(compiled.assetCount()))
        return out;
    for (int i = compiled.heldStart[std::size_t(v)]; i < compiled.heldStart[std::size_t(v) + 1];
         ++i) {
        const auto a = std::size_t(compiled.heldAsset[std::size_t(i)]);
        out.push_back({ int(a), compiled.assetRecords[a],
            compiled.categories.value(compiled.assetCategory[a]),
            double(result.exposed[a]) / double(result.trials) });
    }
    return out;
}

} // namespace wl::sim
