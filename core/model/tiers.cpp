#include "tiers.h"

namespace wl {

QVector<int> computeTiers(const Model &m)
{
    const int n = int(m.nodes().size());
    // Undirected adjacency in CSR form: one pass to count, one to fill.
    QVector<int> start(n + 1, 0);
    QVector<std::pair<int, int>> ends;
    ends.reserve(m.edges().size());
    for (const Edge &e : m.edges()) {
        const int s = m.nodeIndex(e.source);
        const int t = m.nodeIndex(e.target);
        ends.append({ s, t });
        ++start[s + 1];
        ++start[t + 1];
    }
    for (int i = 0; i < n; ++i)
        start[i + 1] += start[i];
    QVector<int> neighbours(start[n]);
    QVector<int> fill(start.begin(), start.end() - 1);
    for (const auto &[s, t] : ends) {
        neighbours[fill[s]++] = t;
        neighbours[fill[t]++] = s;
    }

    QVector<int> tier(n, kUnknownTier);
    QVector<int> queue;
    queue.reserve(n);
    for (int i = 0; i < n; ++i)
        if (m.nodes()[i].kind == u"internal_service") {
            tier[i] = 0;
            queue.append(i);
        }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        for (int k = start[v]; k < start[v + 1]; ++k) {
            const int w = neighbours[k];
            if (tier[w] == kUnknownTier) {
                tier[w] = tier[v] + 1;
                queue.append(w);
            }
        }
    }
    return tier;
}

QVector<int> tierOneDependents(const Model &m, const QVector<int> &tiers)
{
    const int n = int(m.nodes().size());
    // Edges source -> target in CSR form.
    QVector<int> start(n + 1, 0);
    for (const Edge &e : m.edges())
        ++start[m.nodeIndex(e.source) + 1];
    for (int i = 0; i < n; ++i)
        start[i + 1] += start[i];
    QVector<int> targets(start[n]);
    QVector<int> fill(start.begin(), start.end() - 1);
    for (const Edge &e : m.edges())
        targets[fill[m.nodeIndex(e.source)]++] = m.nodeIndex(e.target);

    // One search per vendor; `seenBy` marks a node reached by the vendor
    // searching now, so that nothing is cleared between searches.
    QVector<int> dependents(n, 0);
    QVector<int> seenBy(n, -1);
    QVector<int> queue;
    queue.reserve(n);
    for (int u = 0; u < n; ++u) {
        if (tiers.value(u, kUnknownTier) != 1)
            continue;
        queue.clear();
        queue.append(u);
        seenBy[u] = u;
        for (qsizetype head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            for (int k = start[v]; k < start[v + 1]; ++k) {
                const int w = targets[k];
                if (seenBy[w] != u) {
                    seenBy[w] = u;
                    ++dependents[w];
                    queue.append(w);
                }
            }
        }
    }
    return dependents;
}

} // namespace wl
