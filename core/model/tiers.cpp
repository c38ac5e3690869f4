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

} // namespace wl
