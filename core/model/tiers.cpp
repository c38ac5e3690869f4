#include "tiers.h"

#include <algorithm>
#include <bit>
#include <vector>

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

    // Strongly connected components (Tarjan, without recursion): every
    // member of one reaches the same nodes. Tarjan finishes a component
    // only after every component it reaches, so `order` lists them sinks
    // first.
    QVector<int> component(n, -1);
    QVector<int> order; // components, sinks first
    {
        QVector<int> index(n, -1);
        QVector<int> low(n, 0);
        QVector<int> stack;
        QVector<bool> onStack(n, false);
        QVector<std::pair<int, int>> call; // node, next edge
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; ++root) {
            if (index[root] >= 0)
                continue;
            call.append({ root, start[root] });
            index[root] = low[root] = counter++;
            stack.append(root);
            onStack[root] = true;
            while (!call.isEmpty()) {
                auto &[v, k] = call.last();
                if (k < start[v + 1]) {
                    const int w = targets[k++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.append(w);
                        onStack[w] = true;
                        call.append({ w, start[w] });
                    } else if (onStack[w]) {
                        low[v] = std::min(low[v], index[w]);
                    }
                    continue;
                }
                const int done = v;
                call.removeLast();
                if (!call.isEmpty())
                    low[call.last().first] = std::min(low[call.last().first], low[done]);
                if (low[done] != index[done])
                    continue;
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component[w] = components;
                } while (w != done);
                order.append(components++);
            }
        }
    }
    const int components = int(order.size());
    QVector<QVector<int>> members(components);
    for (int v = 0; v < n; ++v)
        members[component[v]].append(v);

    // Which vendors reach each component, as bits, pushed from sources to
    // sinks; 1,024 vendors at a time, so that the bits stay small.
    QVector<int> vendors;
    for (int v = 0; v < n; ++v)
        if (tiers.value(v, kUnknownTier) == 1)
            vendors.append(v);
    constexpr int kWords = 16;
    constexpr int kChunk = kWords * 64;
    QVector<int> dependents(n, 0);
    std::vector<quint64> bits;
    for (qsizetype first = 0; first < vendors.size(); first += kChunk) {
        bits.assign(size_t(components) * kWords, 0);
        const qsizetype last = std::min(vendors.size(), first + kChunk);
        for (qsizetype i = first; i < last; ++i) {
            const int bit = int(i - first);
            bits[size_t(component[vendors[i]]) * kWords + size_t(bit / 64)] |= quint64(1)
                << (bit % 64);
        }
        for (qsizetype c = components - 1; c >= 0; --c) {
            const int from = order[c];
            const quint64 *source = &bits[size_t(from) * kWords];
            for (int v : std::as_const(members[from]))
                for (int k = start[v]; k < start[v + 1]; ++k) {
                    const int to = component[targets[k]];
                    if (to == from)
                        continue;
                    quint64 *target = &bits[size_t(to) * kWords];
                    for (int w = 0; w < kWords; ++w)
                        target[w] |= source[w];
                }
        }
        for (int v = 0; v < n; ++v) {
            const quint64 *own = &bits[size_t(component[v]) * kWords];
            for (int w = 0; w < kWords; ++w)
                dependents[v] += std::popcount(own[w]);
        }
    }
    // A vendor's own bit is in its component: it does not count itself.
    for (int v : std::as_const(vendors))
        --dependents[v];
    return dependents;
}

} // namespace wl
